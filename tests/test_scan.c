/* test_scan.c: the tally of a log's replies: what counts, grouping, order, odd input */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <errno.h>
#include <unistd.h>

#include "testing.h"

/* The tally of bytes[0..len) read from a file, as "count reply enhanced" lines. */
static char *tally(const char *bytes, size_t len, enum scan_by by)
{
	struct scan *s = scan_new();
	struct scan_row *rows;
	struct capture c;
	FILE *f = tmpfile();
	size_t n;

	assert_non_null(s);
	assert_non_null(f);
	assert_int_equal(fwrite(bytes, 1, len, f), len);
	assert_int_equal(fflush(f), 0);
	rewind(f);
	assert_int_equal(scan_fd(s, fileno(f)), 0);
	fclose(f);
	rows = scan_rows(s, by, &n);
	assert_non_null(rows);
	capture_open(&c);
	for (size_t i = 0; i < n; i++) {
		char a[16] = "-", b[16] = "-";

		if (rows[i].has_code)
			code_format(&rows[i].code, a, sizeof(a));
		if (rows[i].has_enhanced)
			code_format(&rows[i].enhanced, b, sizeof(b));
		fprintf(c.f, "%zu %s %s\n", rows[i].count, a, b);
	}
	free(rows);
	scan_free(s);
	return capture_close(&c);
}

static void check(const char *log, enum scan_by by, const char *want)
{
	char *got = tally(log, strlen(log), by);

	assert_string_equal(got, want);
	free(got);
}

static const char postfix[] =
    "Nov 22 06:25:14 mx1 postfix/smtpd[23412]: connect from unknown[203.0.113.250]\n"
    "Nov 22 06:25:14 mx1 postfix/smtpd[23412]: NOQUEUE: reject: RCPT from "
    "unknown[203.0.113.250]: 554 5.7.1 <a@example.net>: Relay access denied; from=<b@example.org> "
    "to=<a@example.net> proto=ESMTP helo=<x>\n"
    "Nov 22 06:25:15 mx1 postfix/smtp[23413]: 4Xk2Lm1yZ7z9tQ: to=<c@example.com>, "
    "relay=mx.example.com[192.0.2.25]:25, delay=0.4, delays=0.1/0/0.2/0.1, dsn=2.0.0, "
    "status=sent (250 2.0.0 Ok: queued as 4Xk3)\n"
    "Nov 22 06:25:16 mx1 postfix/smtp[23413]: 4Xk2Lm1yZ7z9tR: to=<d@example.com>, "
    "relay=none, delay=30, delays=0/0/30/0, dsn=4.4.1, status=deferred (connect to "
    "mx.example.com[192.0.2.25]:25: Connection timed out)\n"
    "Nov 22 06:25:17 mx1 postfix/smtp[23413]: 4Xk2Lm1yZ7z9tS: to=<e@example.com>, "
    "relay=mx.example.com[192.0.2.25]:25, dsn=5.1.1, status=bounced (host "
    "mx.example.com[192.0.2.25] said: 550 5.1.1 <e@example.com>: User unknown (in reply to "
    "RCPT TO command))\n"
    "Nov 22 06:25:18 mx1 postfix/smtp[23414]: 4Xk2Lm1yZ7z9tT: to=<f@example.com>, "
    "relay=mx.example.com[192.0.2.25]:25, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 4Xk4)\n"
    "Nov 22 06:25:19 mx1 postfix/anvil[1021]: statistics: max cache size 250 at Nov 22 06:25:19\n";

static void test_scan_pairs_most_first(void **state)
{
	(void)state;
	check(postfix, SCAN_PAIR,
	      "2 250 2.0.0\n"
	      "1 550 5.1.1\n"
	      "1 554 5.7.1\n"
	      "1 - 4.4.1\n");
}

static void test_scan_by_reply_adds_up(void **state)
{
	(void)state;
	check(postfix, SCAN_REPLY,
	      "2 250 -\n"
	      "1 550 -\n"
	      "1 554 -\n"
	      "1 - -\n");
}

static void test_scan_by_enhanced_adds_up(void **state)
{
	(void)state;
	check("a said: 550 5.1.1 x\nb said: 554 5.1.1 y\nc said: 550 z\n", SCAN_ENHANCED,
	      "2 - 5.1.1\n"
	      "1 - -\n");
}

/* Times, pids, ports, sizes, addresses, queue ids and TLS bits are no replies. */
static void test_scan_numbers_are_no_replies(void **state)
{
	(void)state;
	check("Nov 22 06:25:14 mx1 postfix/smtpd[250]: connect from unknown[203.0.113.250]\n"
	      "2026-11-22T06:25:14.250+00:00 mx1 postfix/qmgr[421]: 4X250: from=<a@b>, size=550, "
	      "nrcpt=1 (queue active)\n"
	      "Nov 22 06:25:14 mx1 postfix/smtpd[1]: Anonymous TLS connection established from "
	      "x[192.0.2.5]:25: TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n"
	      "Nov 22 06:25:14 mx1 postfix/anvil[1]: statistics: max cache size 250 at Nov 22\n",
	      SCAN_PAIR, "");
}

/* The last line counts without its newline; CR before a newline is no part of a reply. */
static void test_scan_crlf_and_no_last_newline(void **state)
{
	(void)state;
	check("a said: 550 5.1.1 x\r\nb said: 421\r\nc said: 250 2.0.0 ok", SCAN_PAIR,
	      "1 250 2.0.0\n"
	      "1 421 -\n"
	      "1 550 5.1.1\n");
}

/* NUL reads as a space, as explain reads it; bytes that are not UTF-8 are just bytes. */
static void test_scan_nul_and_bad_utf8(void **state)
{
	static const char log[] = "a said:\0"
	                          "550 5.1.1 \xff\xfe x\n\xc3\x28 said: 452\x00"
	                          "4.2.2\n";
	char *got;

	(void)state;
	got = tally(log, sizeof(log) - 1, SCAN_PAIR);
	assert_string_equal(got, "1 452 4.2.2\n1 550 5.1.1\n");
	free(got);
}

/*
 * A line longer than a chunk (256 KiB) counts by its first 8191 bytes, as
 * explain reads it, and the lines after it count as usual.
 */
static void test_scan_long_lines(void **state)
{
	size_t len = 600000;
	char *log = malloc(len + 64), *got;

	(void)state;
	assert_non_null(log);
	memset(log, 'x', len);
	memcpy(log, "a said: 550 5.1.1 ", 18);
	memcpy(log + 100000, " said: 421 4.7.0 ", 17); /* past 8191 bytes: not read */
	strcpy(log + len, "\nb said: 250 2.0.0 ok\n");
	got = tally(log, strlen(log), SCAN_PAIR);
	assert_string_equal(got, "1 250 2.0.0\n1 550 5.1.1\n");
	free(got);
	/* No newline at all. */
	log[len] = '\0';
	got = tally(log, len, SCAN_PAIR);
	assert_string_equal(got, "1 550 5.1.1\n");
	free(got);
	free(log);
}

/* A code that the 8191-byte cut ends ("550" of "5501") counts, as explain counts it. */
static void test_scan_code_at_the_cut(void **state)
{
	size_t len = 9000;
	char *log = malloc(len + 2), *got;

	(void)state;
	assert_non_null(log);
	memset(log, 'x', len);
	memcpy(log + REPLY_LINE_MAX - 1 - 10, " said: 5501", 11); /* "1" is cut */
	strcpy(log + len, "\n");
	got = tally(log, len + 1, SCAN_PAIR);
	assert_string_equal(got, "1 550 -\n");
	free(got);
	free(log);
}

/* Lines across the chunks' boundaries: many lines, every one counted once. */
static void test_scan_many_chunks(void **state)
{
	const char *one = "Nov 22 06:25:15 mx1 postfix/smtp[1]: 4X: to=<c@example.com>, dsn=2.0.0, "
	                  "status=sent (250 2.0.0 Ok)\n";
	size_t n = 20000, len = strlen(one);
	char *log = malloc(n * len + 1), *got;

	(void)state;
	assert_non_null(log);
	for (size_t i = 0; i < n; i++)
		memcpy(log + i * len, one, len);
	got = tally(log, n * len, SCAN_PAIR);
	assert_string_equal(got, "20000 250 2.0.0\n");
	free(got);
	free(log);
}

static void test_scan_nothing(void **state)
{
	(void)state;
	check("", SCAN_PAIR, "");
	check("\n\n\n", SCAN_PAIR, "");
	check("no replies here\n", SCAN_PAIR, "");
}

/* A read error is the errno; what was read before it stays counted. */
static void test_scan_read_error(void **state)
{
	struct scan *s = scan_new();
	int fds[2];

	(void)state;
	assert_non_null(s);
	assert_int_equal(pipe(fds), 0);
	close(fds[0]);
	assert_int_equal(scan_fd(s, fds[1]), EBADF); /* a write end is not for reading */
	close(fds[1]);
	assert_int_equal(scan_total(s), 0);
	scan_free(s);
}

/* The name of a row: the enhanced code's unless it is X.Y.0. */
static void test_scan_row_names(void **state)
{
	struct scan_row row = {.count = 1};
	struct entry e;
	const char *why;

	(void)state;
	assert_false(scan_row_entry(&row, &e));
	row.has_code = code_parse("550", &row.code, &why);
	row.has_enhanced = code_parse("5.1.1", &row.enhanced, &why);
	assert_true(scan_row_entry(&row, &e));
	assert_string_equal(e.id, "5.1.1");
	code_parse("5.1.0", &row.enhanced, &why);
	assert_true(scan_row_entry(&row, &e));
	assert_string_equal(e.id, "550");
	row.has_code = false;
	assert_true(scan_row_entry(&row, &e));
	assert_string_equal(e.id, "5.1.0");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_scan_pairs_most_first),
	    cmocka_unit_test(test_scan_by_reply_adds_up),
	    cmocka_unit_test(test_scan_by_enhanced_adds_up),
	    cmocka_unit_test(test_scan_numbers_are_no_replies),
	    cmocka_unit_test(test_scan_crlf_and_no_last_newline),
	    cmocka_unit_test(test_scan_nul_and_bad_utf8),
	    cmocka_unit_test(test_scan_long_lines),
	    cmocka_unit_test(test_scan_code_at_the_cut),
	    cmocka_unit_test(test_scan_many_chunks),
	    cmocka_unit_test(test_scan_nothing),
	    cmocka_unit_test(test_scan_read_error),
	    cmocka_unit_test(test_scan_row_names),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
