/* test_compare.c: key differences worked out from the data */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "smtpcode.h"

static void diff_of(const char *x, const char *y, struct diff *d)
{
	struct code a, b;
	struct entry ea, eb;
	const char *why;

	assert_true(code_parse(x, &a, &why));
	assert_true(code_parse(y, &b, &why));
	entry_get(&ea, &a);
	entry_get(&eb, &b);
	compare_diff(&ea, &eb, d);
}

static bool has_line(const struct diff *d, const char *line)
{
	for (int i = 0; i < d->n; i++)
		if (strcmp(d->line[i], line) == 0)
			return true;
	return false;
}

static void test_compare_diff_221_553(void **state)
{
	struct diff d;

	(void)state;
	diff_of("221", "553", &d);
	assert_false(d.same);
	assert_int_equal(d.n, 5);
	assert_string_equal(d.line[0], "221 is a 2xx Positive Completion reply, while 553 is a 5xx "
	                               "Permanent Negative reply.");
	assert_string_equal(d.line[1],
	                    "221 needs no retry, as the action succeeded; 553 must not be "
	                    "retried unchanged, as it would fail the same way.");
	assert_string_equal(d.line[2],
	                    "221 needs nobody to act; 553 needs the sender or the sending "
	                    "system's administrator to act.");
	assert_string_equal(d.line[3],
	                    "221 answers QUIT, at the end of the session; 553 answers MAIL, "
	                    "RCPT or VRFY, in the envelope and for the other commands.");
	assert_string_equal(d.line[4], "221 is in the category Connections (x2x); 553 in "
	                               "Mail system (x5x).");
	assert_non_null(strstr(
	    d.summary, "221 (Closing Connection) is a 2xx Positive Completion reply, "
	               "while 553 (Mailbox Name Invalid) is a 5xx Permanent Negative reply."));
}

static void test_compare_diff_status_and_stage(void **state)
{
	struct diff d;

	(void)state;
	diff_of("221", "556", &d);
	assert_true(
	    has_line(&d, "221 is part of the base standard; 556 is defined by an extension."));
	diff_of("221", "450", &d);
	assert_true(has_line(&d,
	                     "221 needs no retry, as the action succeeded; 450 is retried later, "
	                     "as the condition is temporary."));
	assert_true(has_line(
	    &d, "221 needs nobody to act; 450 is handled by the sending software by itself."));
}

static void test_compare_diff_same_class(void **state)
{
	struct diff d;

	(void)state;
	diff_of("550", "553", &d);
	assert_string_equal(d.line[0], "Both are 5xx Permanent Negative replies.");
}

static void test_compare_diff_same_code(void **state)
{
	struct diff d;

	(void)state;
	diff_of("550", "550", &d);
	assert_true(d.same);
	assert_int_equal(d.n, 1);
	assert_string_equal(d.line[0],
	                    "550 and 550 are the same code: there is no difference to show.");
}

static void test_compare_diff_enhanced(void **state)
{
	struct diff d;

	(void)state;
	diff_of("4.2.2", "5.2.2", &d);
	assert_true(has_line(&d,
	                     "4.2.2 is retried later, as the condition is temporary; 5.2.2 must "
	                     "not be retried unchanged, as it would fail the same way."));
	assert_true(has_line(&d, "Both have the subject X.2, Mailbox Status."));
	diff_of("5.7.1", "5.7.26", &d);
	assert_true(has_line(&d, "Neither is retried unchanged: both would fail the same way."));
}

static void test_compare_diff_mixed(void **state)
{
	struct diff d;

	(void)state;
	diff_of("550", "5.1.1", &d);
	assert_true(has_line(&d,
	                     "550 is a three-digit reply code; 5.1.1 is an enhanced status code, "
	                     "which refines the reply it follows. The two are used together."));
	diff_of("221", "5.1.1", &d);
	assert_true(
	    has_line(&d, "221 is a three-digit reply code; 5.1.1 is an enhanced status code, "
	                 "which refines the reply it follows. The two are not paired by any RFC "
	                 "or the registry."));
}

static void test_commands_format(void **state)
{
	char buf[128];

	(void)state;
	commands_format(CMD_QUIT, buf, sizeof(buf));
	assert_string_equal(buf, "QUIT");
	commands_format(CMD_MAIL | CMD_RCPT, buf, sizeof(buf));
	assert_string_equal(buf, "MAIL or RCPT");
	commands_format(CMD_MAIL | CMD_RCPT | CMD_DATA, buf, sizeof(buf));
	assert_string_equal(buf, "MAIL, RCPT or DATA");
	commands_format(0, buf, sizeof(buf));
	assert_string_equal(buf, "");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_compare_diff_221_553),
	    cmocka_unit_test(test_compare_diff_status_and_stage),
	    cmocka_unit_test(test_compare_diff_same_class),
	    cmocka_unit_test(test_compare_diff_same_code),
	    cmocka_unit_test(test_compare_diff_enhanced),
	    cmocka_unit_test(test_compare_diff_mixed),
	    cmocka_unit_test(test_commands_format),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
