/* test_list.c: filters, searches and command names select the right codes */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testing.h"

/* The ids filter_each gives, space-separated. */
static void collect(const struct entry *e, void *arg)
{
	char *ids = arg;
	size_t used = strlen(ids);

	snprintf(ids + used, 8192 - used, "%s%s", used ? " " : "", e->id);
}

static const char *run(const char *spec, unsigned kinds)
{
	static char ids[8192];
	struct filter f = {.kinds = kinds, .cls = -1, .subject = -1, .detail = -1};
	const char *why;

	ids[0] = '\0';
	if (spec)
		assert_true(filter_parse(spec, &f, &why));
	filter_each(&f, collect, ids);
	return ids;
}

#define BOTH (FILTER_REPLY | FILTER_ENHANCED)

static size_t count(const char *ids)
{
	size_t n = *ids ? 1 : 0;

	for (; *ids; ids++)
		n += *ids == ' ';
	return n;
}

static void test_list_all(void **state)
{
	const char *ids;

	(void)state;
	assert_int_equal(count(run(NULL, FILTER_REPLY)), 48);
	ids = run(NULL, BOTH);
	/* Reply codes first, in order, then enhanced codes by class. */
	assert_prefix(ids, "211 214 220 221");
	assert_non_null(strstr(ids, "557 2.1.5"));
	assert_non_null(strstr(ids, " 4.2.1 "));
	assert_non_null(strstr(ids, " 5.2.1 "));
	assert_null(strstr(ids, " 5.2.2 ")); /* the registry means X.2.2 as transient only */
	/* Listed in the classes its associated reply codes give when the registry names none. */
	assert_non_null(strstr(ids, " 5.7.26 "));
	assert_null(strstr(ids, " 4.7.26 "));
	/* X.s.d only for a code with neither. */
	assert_non_null(strstr(ids, " X.7.28"));
	assert_null(strstr(ids, " 4.1.1 ")); /* X.1.1 is for permanent failures only */
}

static void test_list_filters(void **state)
{
	(void)state;
	assert_string_equal(run("55x", BOTH), "550 551 552 553 554 555 556 557");
	assert_string_equal(run("550", BOTH), "550");
	assert_string_equal(run("X.7.26", BOTH), "5.7.26");
	assert_string_equal(run("5.7.26", BOTH), "5.7.26");
	assert_string_equal(run("4.2", BOTH), "4.2.1 4.2.2 4.2.4");
	assert_string_equal(run("X.2", BOTH), "4.2.1 4.2.2 4.2.4 5.2.1 5.2.3 5.2.4 X.2.0");
	assert_prefix(run("3", BOTH), "334 354 355");
	assert_string_equal(run("3xx", BOTH), run("3", BOTH));
	assert_string_equal(run("2xx", FILTER_ENHANCED), run("2", FILTER_ENHANCED));
	assert_prefix(run("2xx", FILTER_ENHANCED), "2.1.5 ");
	assert_string_equal(run("4.9", BOTH), "");
}

static void test_list_filter_invalid(void **state)
{
	static const char *const bad[] = {"",        "6", "59x", "5.", "5.07", "6.1", "5.1234",
	                                  "5.7.1.1", "x", "xx",  "55", "5x",   "abc", "5.x"};
	struct filter f;
	const char *why;

	(void)state;
	for (size_t i = 0; i < sizeof(bad) / sizeof(*bad); i++) {
		f = (struct filter){.kinds = BOTH};
		if (filter_parse(bad[i], &f, &why))
			fail_msg("filter '%s' accepted", bad[i]);
		assert_non_null(why);
	}
	/* A subject with --reply, a reply range with --enhanced: nothing to select. */
	f = (struct filter){.kinds = FILTER_REPLY};
	assert_false(filter_parse("5.7", &f, &why));
	assert_int_equal(f.kinds, 0);
	f = (struct filter){.kinds = FILTER_ENHANCED};
	assert_false(filter_parse("55x", &f, &why));
}

static void test_list_command(void **state)
{
	struct filter f = {.kinds = BOTH, .cls = -1, .subject = -1, .detail = -1};
	char ids[8192] = "";

	(void)state;
	assert_int_equal(command_parse("rcpt"), CMD_RCPT);
	assert_int_equal(command_parse("RCPT"), CMD_RCPT);
	assert_int_equal(command_parse("helo"), CMD_EHLO);
	assert_int_equal(command_parse("EHLO"), CMD_EHLO);
	assert_int_equal(command_parse("greeting"), CMD_GREETING);
	assert_int_equal(command_parse("RCP"), 0);
	assert_int_equal(command_parse("RCPTX"), 0);
	assert_int_equal(command_parse(""), 0);
	/* Reply codes that may answer RCPT, those that answer any command included. */
	f.command = CMD_RCPT;
	filter_each(&f, collect, ids);
	assert_non_null(strstr(ids, "550"));
	assert_non_null(strstr(ids, "421"));
	assert_null(strstr(ids, "354"));
	assert_null(strchr(ids, '.')); /* no enhanced code answers a command */
}

static void test_list_search(void **state)
{
	static const char *const full[] = {"MAILBOX", "full"};
	static const char *const none[] = {"mailbox", "zzzz"};
	struct filter f = {.kinds = BOTH, .cls = -1, .subject = -1, .detail = -1};
	char ids[8192] = "";

	(void)state;
	f.words = full;
	f.nwords = 2;
	assert_true(filter_each(&f, collect, ids) > 0);
	assert_non_null(strstr(ids, "552"));
	assert_non_null(strstr(ids, "4.2.2"));
	assert_null(strstr(ids, "221"));
	f.words = none;
	assert_int_equal(filter_each(&f, collect, ids), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_list_all),
	    cmocka_unit_test(test_list_filters),
	    cmocka_unit_test(test_list_filter_invalid),
	    cmocka_unit_test(test_list_command),
	    cmocka_unit_test(test_list_search),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
