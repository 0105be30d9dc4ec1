/* test_reply.c: replies found in pasted replies, bounce fields, transcripts and log lines */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testing.h"

#define MAX_REPLIES 8

struct found {
	int n;
	struct reply reply[MAX_REPLIES];
};

static void keep(const struct reply *r, void *arg)
{
	struct found *f = arg;

	assert_true(f->n < MAX_REPLIES);
	f->reply[f->n++] = *r;
}

/* Every reply in text, its lines separated by \n. */
static struct found *read_all(const char *text)
{
	static struct reply_reader rd;
	static struct found f;

	f.n = 0;
	reply_reader_init(&rd, keep, &f);
	for (const char *p = text; *p;) {
		size_t len = strcspn(p, "\n");

		reply_reader_line(&rd, p, len);
		p += len + (p[len] == '\n');
	}
	reply_reader_end(&rd);
	return &f;
}

/* The only reply in text. */
static struct reply *one(const char *text)
{
	struct found *f = read_all(text);

	assert_int_equal(f->n, 1);
	return &f->reply[0];
}

/* r's reply code ("550"; "" for none) and enhanced code ("5.1.1"; "" for none). */
static void assert_codes(const struct reply *r, const char *code, const char *enhanced)
{
	char id[16] = "";

	if (r->has_code)
		code_format(&r->code, id, sizeof(id));
	assert_string_equal(id, code);
	id[0] = '\0';
	if (r->has_enhanced)
		code_format(&r->enhanced, id, sizeof(id));
	assert_string_equal(id, enhanced);
}

static bool has_warning(const struct reply *r, const char *part)
{
	for (int i = 0; i < r->nwarnings; i++)
		if (strstr(r->warning[i], part))
			return true;
	return false;
}

static void test_reply_plain(void **state)
{
	struct reply *r = one("550 5.1.1 <a@example.com>: Recipient address rejected");

	(void)state;
	assert_codes(r, "550", "5.1.1");
	assert_string_equal(r->text, "<a@example.com>: Recipient address rejected");
	assert_int_equal(r->verdict, VERDICT_PERMANENT);
	assert_int_equal(r->command, 0);
	assert_int_equal(r->nwarnings, 0);
	assert_true(r->known);
}

static void test_reply_bare_codes(void **state)
{
	struct found *f = read_all("250\n354 \n503 sender not yet given\n");

	(void)state;
	assert_int_equal(f->n, 3);
	assert_codes(&f->reply[0], "250", "");
	assert_string_equal(f->reply[0].text, "");
	assert_int_equal(f->reply[0].verdict, VERDICT_SUCCESS);
	assert_codes(&f->reply[1], "354", "");
	assert_int_equal(f->reply[1].verdict, VERDICT_INTERMEDIATE);
	assert_codes(&f->reply[2], "503", "");
	assert_string_equal(f->reply[2].text, "sender not yet given");
}

static void test_reply_enhanced_only(void **state)
{
	struct reply *r = one("5.7.708 Access denied, traffic not accepted from this IP");

	(void)state;
	assert_codes(r, "", "5.7.708");
	assert_int_equal(r->verdict, VERDICT_PERMANENT);
	assert_false(r->known);
	assert_true(has_warning(r, "5.7.708 is not in the IANA registry"));
}

static void test_reply_multiline_lines(void **state)
{
	struct reply *r =
	    one("550-5.7.26 This mail has been blocked.\r\n"
	        "550-5.7.26 Gmail requires SPF or DKIM.\r\n"
	        "550 5.7.26  https://support.google.com/mail/answer/81126 - gsmtp\r\n");

	(void)state;
	assert_codes(r, "550", "5.7.26");
	assert_string_equal(r->text, "This mail has been blocked. Gmail requires SPF or DKIM. "
	                             "https://support.google.com/mail/answer/81126 - gsmtp");
	assert_false(r->more);
	assert_int_equal(r->nwarnings, 0);
	assert_string_equal(r->input,
	                    "550-5.7.26 This mail has been blocked.\n"
	                    "550-5.7.26 Gmail requires SPF or DKIM.\n"
	                    "550 5.7.26  https://support.google.com/mail/answer/81126 - gsmtp");
}

static void test_reply_multiline_folded(void **state)
{
	struct reply *r = one("550-5.1.1 The account does not exist. Please try 550-5.1.1 "
	                      "double-checking the address. 550 5.1.1 https://support.google.com/"
	                      "mail/?p=NoSuchUser - gsmtp");

	(void)state;
	assert_codes(r, "550", "5.1.1");
	assert_string_equal(r->text,
	                    "The account does not exist. Please try double-checking the "
	                    "address. https://support.google.com/mail/?p=NoSuchUser - gsmtp");
	assert_int_equal(r->nwarnings, 0);
}

static void test_reply_multiline_odd(void **state)
{
	struct found *f = read_all("550-5.7.1 first\n551-5.7.2 second\n550 5.7.1 last\n"
	                           "550-no last line\n");

	(void)state;
	assert_int_equal(f->n, 2);
	assert_string_equal(f->reply[0].text, "first second last");
	assert_true(has_warning(&f->reply[0], "different reply codes"));
	assert_true(has_warning(&f->reply[0], "different enhanced codes"));
	assert_true(has_warning(&f->reply[1], "no last line"));
}

static void test_reply_class_mismatch(void **state)
{
	struct reply *r = one("550 4.2.2 Mailbox full");

	(void)state;
	assert_codes(r, "550", "4.2.2");
	assert_int_equal(r->verdict, VERDICT_PERMANENT); /* the reply code decides */
	assert_true(has_warning(r, "the classes disagree"));
	assert_true(r->known);
	assert_true(has_warning(one("354 2.0.0 go ahead"), "a 3xx reply carries no enhanced"));
}

static void test_reply_malformed_enhanced(void **state)
{
	struct reply *r = one("550 5.1.1234 Odd");

	(void)state;
	assert_codes(r, "550", "");
	assert_string_equal(r->text, "Odd");
	assert_true(has_warning(r, "'5.1.1234' is no enhanced code"));
	assert_false(r->known);
	/* An address after the code is text, not a malformed code. */
	r = one("550 192.0.2.1 is blocked");
	assert_codes(r, "550", "");
	assert_string_equal(r->text, "192.0.2.1 is blocked");
	assert_int_equal(r->nwarnings, 0);
}

static void test_reply_unknown_code(void **state)
{
	struct reply *r = one("529 5.7.99 Odd");

	(void)state;
	assert_false(r->known);
	assert_true(has_warning(r, "529 is not in the tables"));
	assert_true(has_warning(r, "5.7.99 is not in the IANA registry"));
}

static void test_reply_text_cleaned(void **state)
{
	struct reply *r = one("  550\t5.1.1   bad \xff\xfe bytes \x1b[31m red  ");

	(void)state;
	assert_codes(r, "550", "5.1.1");
	assert_string_equal(r->text, "bad \xef\xbf\xbd\xef\xbf\xbd bytes ?[31m red");
}

static void test_reply_dsn_fields(void **state)
{
	struct found *f =
	    read_all("Final-Recipient: rfc822; a@example.net\n"
	             "Action: failed\n"
	             "Status: 5.1.1\n"
	             "Remote-MTA: dns; mx.example.net\n"
	             "Diagnostic-Code: smtp; 550 5.1.1 <a@example.net>: Recipient\n"
	             "    address rejected: User unknown\n"
	             "\n"
	             "Final-Recipient: rfc822; b@example.net\n"
	             "Action: delayed\n"
	             "Status: 4.4.1\n"
	             "Diagnostic-Code: X-Postfix; connect to mx.example.net: timed out\n"
	             "\n"
	             "Final-Recipient: rfc822; c@example.net\n"
	             "Status: 5.2.2\n"
	             "Diagnostic-Code: smtp; 552 Quota exceeded\n"
	             "Final-Recipient: rfc822; d@example.net\n"
	             "Status: 5.1.1\n"
	             "Diagnostic-Code: smtp; 550 5.2.1 Disabled\n");

	(void)state;
	assert_int_equal(f->n, 4);
	/* One reply for each recipient: the field's reply, its Status merged in. */
	assert_codes(&f->reply[0], "550", "5.1.1");
	assert_string_equal(f->reply[0].text, "<a@example.net>: Recipient address rejected: User "
	                                      "unknown");
	assert_int_equal(f->reply[0].nwarnings, 0);
	assert_codes(&f->reply[1], "", "4.4.1");
	assert_string_equal(f->reply[1].text, "connect to mx.example.net: timed out");
	assert_codes(&f->reply[2], "552", "5.2.2"); /* the Status fills in the enhanced code */
	assert_codes(&f->reply[3], "550", "5.2.1");
	assert_true(has_warning(&f->reply[3], "the Status field says 5.1.1, the reply 5.2.1"));
}

static void test_reply_dsn_folded_multiline(void **state)
{
	struct reply *r =
	    one("Status: 5.1.1\n"
	        "Diagnostic-Code: smtp; 550-5.1.1 The account does not exist.\n"
	        "    550-5.1.1 Please try double-checking the address.\n"
	        "    550 5.1.1 https://support.google.com/mail/?p=NoSuchUser - gsmtp\n");

	(void)state;
	assert_codes(r, "550", "5.1.1");
	assert_string_equal(r->text,
	                    "The account does not exist. Please try double-checking the "
	                    "address. https://support.google.com/mail/?p=NoSuchUser - gsmtp");
	assert_int_equal(r->nwarnings, 0);
}

static void test_reply_postfix(void **state)
{
	struct reply *r;

	(void)state;
	r = one("Nov 22 10:15:01 mx1 postfix/smtp[25501]: 4F2A81C0B2: to=<a@example.net>, "
	        "relay=mx.example.net[192.0.2.25]:25, delay=1.2, delays=0.1/0/0.5/0.6, dsn=5.1.1, "
	        "status=bounced (host mx.example.net[192.0.2.25] said: 550 5.1.1 <a@example.net>: "
	        "User unknown (in reply to RCPT TO command))");
	assert_codes(r, "550", "5.1.1");
	assert_string_equal(r->text, "<a@example.net>: User unknown");
	assert_int_equal(r->command, CMD_RCPT);

	r = one("Nov 22 10:15:02 mx1 postfix/smtp[25502]: 5A1B2C3D4E: to=<b@example.org>, "
	        "relay=mx.example.org[198.51.100.7]:25, dsn=2.0.0, status=sent (250 2.0.0 Ok: "
	        "queued as 7D8E9F0A1B)");
	assert_codes(r, "250", "2.0.0");
	assert_string_equal(r->text, "Ok: queued as 7D8E9F0A1B");

	r = one("Nov 22 10:15:03 mx1 postfix/smtpd[3301]: NOQUEUE: reject: RCPT from "
	        "unknown[203.0.113.9]: 554 5.7.1 <c@example.com>: Relay access denied; "
	        "from=<s@example.biz> to=<c@example.com> proto=ESMTP helo=<example.biz>");
	assert_codes(r, "554", "5.7.1");
	assert_string_equal(r->text, "<c@example.com>: Relay access denied");
	assert_int_equal(r->command, CMD_RCPT);

	r = one("Nov 22 10:15:05 mx1 postfix/smtp[25504]: 7C3D4E5F6A: to=<e@example.net>, "
	        "relay=none, delay=30, dsn=4.4.1, status=deferred (connect to "
	        "mx.example.net[192.0.2.25]:25: Connection timed out)");
	assert_codes(r, "", "4.4.1");
	assert_string_equal(r->text,
	                    "connect to mx.example.net[192.0.2.25]:25: Connection timed out");
	assert_int_equal(r->verdict, VERDICT_TRANSIENT);

	r = one("Nov 22 10:15:18 mx1 postfix/smtp[25506]: 0A6B7C8D9E: host "
	        "mx.example.net[192.0.2.25] refused to talk to me: 554 5.7.1 Service unavailable");
	assert_codes(r, "554", "5.7.1");
	assert_int_equal(r->command, CMD_GREETING);

	r = one("Nov 22 10:15:17 mx1 postfix/cleanup[3303]: 9E5F6A7B8C: milter-reject: "
	        "END-OF-MESSAGE from unknown[203.0.113.9]: 5.7.1 Spam message rejected; "
	        "from=<a@example.biz> to=<b@example.com> proto=ESMTP helo=<x>");
	assert_codes(r, "", "5.7.1");
	assert_string_equal(r->text, "Spam message rejected");
	assert_int_equal(r->command, CMD_DATA);
}

static void test_reply_postfix_bounce_text(void **state)
{
	struct reply *r = one("<a@example.net>: host mx.example.net[192.0.2.25] said: 550 5.1.1\n"
	                      "    <a@example.net>: Recipient address rejected: User unknown in\n"
	                      "    local recipient table (in reply to RCPT TO command)\n");

	(void)state;
	assert_codes(r, "550", "5.1.1");
	assert_string_equal(r->text, "<a@example.net>: Recipient address rejected: User unknown in "
	                             "local recipient table");
	assert_int_equal(r->command, CMD_RCPT);
}

static void test_reply_exim(void **state)
{
	struct reply *r;

	(void)state;
	r = one("2026-11-22 10:15:07 1vXyZa-000123-AB ** g@example.net R=dnslookup T=remote_smtp "
	        "H=mx.example.net [192.0.2.25]: SMTP error from remote mail server after "
	        "RCPT TO:<g@example.net>: 550 5.1.1 <g@example.net>: User unknown");
	assert_codes(r, "550", "5.1.1");
	assert_string_equal(r->text, "<g@example.net>: User unknown");
	assert_int_equal(r->command, CMD_RCPT);

	r = one("2026-11-22 10:15:08 1vXyZb-000124-CD == h@example.org R=dnslookup T=remote_smtp "
	        "defer (-44) H=mx.example.org [198.51.100.7]: SMTP error from remote mail server "
	        "after MAIL FROM:<a@example.com> SIZE=2048: 451 4.7.1 Greylisted");
	assert_codes(r, "451", "4.7.1");
	assert_int_equal(r->command, CMD_MAIL);

	r = one("2026-11-22 10:15:09 1vXyZc-000125-EF ** i@example.net: SMTP error from remote "
	        "mail server after end of data: 552 5.3.4 Message size exceeds fixed limit");
	assert_int_equal(r->command, CMD_DATA);

	/* Exim's bounce puts the reply on the line after the command. */
	r = one("    SMTP error from remote mail server after RCPT TO:<g@example.net>:\n"
	        "    550 Unrouteable address\n");
	assert_codes(r, "550", "");
	assert_string_equal(r->text, "Unrouteable address");
	assert_int_equal(r->command, CMD_RCPT);
}

static void test_reply_sendmail(void **state)
{
	struct reply *r;

	(void)state;
	r = one("Nov 22 10:15:10 mx2 sendmail[4410]: 2AMAF9Xa004410: to=<j@example.net>, "
	        "delay=00:00:01, mailer=esmtp, pri=120345, relay=mx.example.net. [192.0.2.25], "
	        "dsn=5.1.1, stat=User unknown");
	assert_codes(r, "", "5.1.1");
	assert_string_equal(r->text, "User unknown");

	r = one("Nov 22 10:15:11 mx2 sendmail[4411]: 2AMAF9Xb004411: ruleset=check_rcpt, "
	        "arg1=<k@example.com>, relay=[203.0.113.9], reject=550 5.7.1 <k@example.com>... "
	        "Relaying denied");
	assert_codes(r, "550", "5.7.1");
	assert_int_equal(r->command, CMD_RCPT);

	r = one("Nov 22 10:15:12 mx2 sendmail[4412]: 2AMAF9Xc004412: to=<l@example.org>, "
	        "dsn=4.0.0, stat=Deferred: 451 4.3.0 Temporary system failure");
	assert_codes(r, "451", "4.3.0");
	assert_string_equal(r->text, "Temporary system failure");

	r = one("reply=550 5.1.1 <m@example.com>... User unknown");
	assert_codes(r, "550", "5.1.1");
}

static void test_reply_qmail(void **state)
{
	struct reply *r;

	(void)state;
	r = one("Sorry, no mailbox here by that name. (#5.1.1)");
	assert_codes(r, "", "5.1.1");
	assert_string_equal(r->text, "Sorry, no mailbox here by that name.");

	r = one("Nov 22 10:15:13 mx3 qmail: 1700000000.123456 delivery 42: failure: "
	        "Sorry,_no_mailbox_here_by_that_name._(#5.1.1)/");
	assert_codes(r, "", "5.1.1");
	assert_string_equal(r->text, "Sorry, no mailbox here by that name.");

	r = one("Nov 22 10:15:14 mx3 qmail: 1700000000.223456 delivery 43: failure: "
	        "192.0.2.25_does_not_like_recipient./Remote_host_said:_550_5.1.1_User_unknown/"
	        "Giving_up_on_192.0.2.25./");
	assert_codes(r, "550", "5.1.1");
	assert_string_equal(r->text, "User unknown");
	/* The input is kept as it was given. */
	assert_non_null(strstr(r->input, "Remote_host_said:_550"));
}

static void test_reply_transcripts(void **state)
{
	struct found *f = read_all("<-  220 mx.example.net ESMTP\n"
	                           " -> EHLO client.example.com\n"
	                           "<-  250-mx.example.net\n"
	                           "<-  250 8BITMIME\n"
	                           " -> RCPT TO:<nobody@example.net>\n"
	                           "<** 550 5.1.1 User unknown\n"
	                           "C: DATA\n"
	                           "S: 354 Go ahead\n");

	(void)state;
	assert_int_equal(f->n, 4);
	assert_int_equal(f->reply[0].command, 0);
	assert_int_equal(f->reply[1].command, CMD_EHLO);
	assert_string_equal(f->reply[1].text, "mx.example.net 8BITMIME");
	assert_int_equal(f->reply[2].command, CMD_RCPT);
	assert_codes(&f->reply[2], "550", "5.1.1");
	assert_int_equal(f->reply[3].command, CMD_DATA);
	assert_codes(&f->reply[3], "354", "");
}

/*
 * Each way a log line leads up to a reply, with a reply that has no enhanced
 * code: only the anchor can find it.
 */
static void test_reply_anchors(void **state)
{
	static const struct {
		const char *line, *text;
		unsigned command;
	} cases[] = {
	    {"to=<a@example.net>, dsn=5.0.0, status=bounced (host mx.example.net[192.0.2.25] said: "
	     "550 Unrouteable address (in reply to RCPT TO command))",
	     "Unrouteable address", CMD_RCPT},
	    {"host mx.example.net[192.0.2.25] refused to talk to me: 550 Go away", "Go away",
	     CMD_GREETING},
	    {"** a@example.net: SMTP error from remote mail server after RCPT TO:<a@example.net>: "
	     "550 Unrouteable address",
	     "Unrouteable address", CMD_RCPT},
	    {"** a@example.net: SMTP error from remote mailer after RCPT TO:<a@example.net>: host "
	     "mx.example.net [192.0.2.25]: 550 relay not permitted",
	     "relay not permitted", CMD_RCPT},
	    {"NOQUEUE: reject: MAIL from unknown[203.0.113.9]: 550 Go away; from=<a@example.biz> "
	     "proto=ESMTP",
	     "Go away", CMD_MAIL},
	    {"NOQUEUE: reject_warning: VRFY from unknown[203.0.113.9]: 550 No; proto=ESMTP", "No",
	     CMD_VRFY},
	    {"2AMAF9Xa004410: reply=550 Administrative prohibition", "Administrative prohibition",
	     0},
	    {"2AMAF9Xa004410: ruleset=check_mail, arg1=<a@example.biz>, reject=550 Go away",
	     "Go away", CMD_MAIL},
	    {"to=<b@example.org>, relay=mx.example.org[198.51.100.7]:25, dsn=2.0.0, status=sent "
	     "(250 OK id=1vXyZa-000123-AB)",
	     "OK id=1vXyZa-000123-AB", 0},
	    {"Remote Server returned '554 smtp;554 Message rejected'", "Message rejected", 0},
	};

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(*cases); i++) {
		struct found *f = read_all(cases[i].line);

		if (f->n != 1 || !f->reply[0].has_code || f->reply[0].has_enhanced ||
		    strcmp(f->reply[0].text, cases[i].text) != 0 ||
		    f->reply[0].command != cases[i].command)
			fail_msg("%d replies, text '%s', command %u in: %s", f->n,
			         f->n ? f->reply[0].text : "", f->n ? f->reply[0].command : 0,
			         cases[i].line);
	}
}

/* Times, pids, sizes, ports, addresses and queue ids are never codes. */
static void test_reply_not_codes(void **state)
{
	static const char *const lines[] = {
	    "Nov 22 10:15:16 mx1 postfix/qmgr[2550]: 4F2A81C0B2: from=<s@example.com>, size=550, "
	    "nrcpt=1 (queue active)",
	    "Nov 22 10:15:16 mx1 postfix/smtp[4501]: connect to mx.example.net[192.0.2.250]:25: "
	    "Connection refused",
	    "Nov 22 10:15:16 mx1 postfix/smtpd[4502]: 550ABCDEF1: client=unknown[198.51.100.250]",
	    "2026-11-22 10:15:16 550 messages in queue",
	    "10:15:16.550 port 550 pid 2550 size 421 bytes",
	    "192.0.2.250 5.1.1 something",
	    "Nov 22 10:15:16 mx1 postfix/smtp[4504]: 550ABCDEF1: lost connection with "
	    "mx.example.net[192.0.2.25] while sending RCPT TO",
	    "Received: from mx.example.net ([192.0.2.25]:550) by mx1 with ESMTP id 421; 22 Nov "
	    "2026",
	    "version 4.2.2 released",
	};

	(void)state;
	for (size_t i = 0; i < sizeof(lines) / sizeof(*lines); i++) {
		struct found *f = read_all(lines[i]);

		if (f->n != 0)
			fail_msg("a reply found in: %s", lines[i]);
	}
}

static void test_reply_long_line(void **state)
{
	size_t len = 3 * REPLY_LINE_MAX;
	char *text = malloc(len + 64);
	struct found *f;

	(void)state;
	assert_non_null(text);
	memcpy(text, "550 5.1.1 ", 10);
	memset(text + 10, 'x', len - 10);
	strcpy(text + len, "\n250 2.0.0 Ok\n");
	f = read_all(text);
	assert_int_equal(f->n, 2);
	assert_true(has_warning(&f->reply[0], "only its start was read"));
	assert_int_equal(strlen(f->reply[0].text), REPLY_TEXT_MAX - 1);
	assert_codes(&f->reply[1], "250", "2.0.0");
	free(text);
}

static void test_reply_text_cut_whole_characters(void **state)
{
	char text[REPLY_TEXT_MAX + 64] = "550 5.1.1 x";
	struct reply *r;

	(void)state;
	/* Three-byte characters from one byte past the start: none may be cut. */
	for (size_t i = strlen(text); i + 3 < sizeof(text) - 1; i += 3)
		memcpy(text + i, "\xe4\xb8\xad", 3), text[i + 3] = '\0';
	r = one(text);
	assert_true(strlen(r->text) < REPLY_TEXT_MAX);
	assert_int_equal(text_width(r->text, strlen(r->text)), 1 + 2 * (strlen(r->text) - 1) / 3);
}

/* Found by fuzzing: a folded reply's last code at the very end of its text. */
static void test_reply_folded_code_at_end(void **state)
{
	struct reply *r;

	(void)state;
	r = one("550-a 550 ");
	assert_string_equal(r->text, "a");
	assert_false(r->more);
	/* "550;" is no code: the text ends before Postfix's envelope. */
	r = one("550-< 550; from=<");
	assert_string_equal(r->text, "< 550");
	assert_true(has_warning(r, "no last line"));
}

static void test_reply_verdict_names(void **state)
{
	(void)state;
	assert_string_equal(verdict_name(VERDICT_SUCCESS), "success");
	assert_string_equal(verdict_name(VERDICT_INTERMEDIATE), "intermediate");
	assert_string_equal(verdict_name(VERDICT_TRANSIENT), "transient");
	assert_string_equal(verdict_name(VERDICT_PERMANENT), "permanent");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_reply_plain),
	    cmocka_unit_test(test_reply_bare_codes),
	    cmocka_unit_test(test_reply_enhanced_only),
	    cmocka_unit_test(test_reply_multiline_lines),
	    cmocka_unit_test(test_reply_multiline_folded),
	    cmocka_unit_test(test_reply_multiline_odd),
	    cmocka_unit_test(test_reply_class_mismatch),
	    cmocka_unit_test(test_reply_malformed_enhanced),
	    cmocka_unit_test(test_reply_unknown_code),
	    cmocka_unit_test(test_reply_text_cleaned),
	    cmocka_unit_test(test_reply_dsn_fields),
	    cmocka_unit_test(test_reply_dsn_folded_multiline),
	    cmocka_unit_test(test_reply_postfix),
	    cmocka_unit_test(test_reply_postfix_bounce_text),
	    cmocka_unit_test(test_reply_exim),
	    cmocka_unit_test(test_reply_sendmail),
	    cmocka_unit_test(test_reply_qmail),
	    cmocka_unit_test(test_reply_transcripts),
	    cmocka_unit_test(test_reply_anchors),
	    cmocka_unit_test(test_reply_not_codes),
	    cmocka_unit_test(test_reply_long_line),
	    cmocka_unit_test(test_reply_text_cut_whole_characters),
	    cmocka_unit_test(test_reply_folded_code_at_end),
	    cmocka_unit_test(test_reply_verdict_names),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
