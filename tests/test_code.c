/* test_code.c: parsing codes as users type them */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "smtpcode.h"

static void assert_invalid(const char *s, const char *why_expected)
{
	struct code c;
	const char *why = NULL;

	assert_false(code_parse(s, &c, &why));
	assert_string_equal(why, why_expected);
}

static void assert_valid(const char *s, enum code_kind kind, int cls, int subject, int detail)
{
	struct code c;
	const char *why = NULL;
	char back[16];

	assert_true(code_parse(s, &c, &why));
	assert_int_equal(c.kind, kind);
	assert_int_equal(c.cls, cls);
	assert_int_equal(c.subject, subject);
	assert_int_equal(c.detail, detail);
	code_format(&c, back, sizeof(back));
	if (s[0] != 'x')
		assert_string_equal(back, s);
}

static void test_code_parse_reply(void **state)
{
	(void)state;
	assert_valid("550", CODE_REPLY, 5, 5, 0);
	assert_valid("200", CODE_REPLY, 2, 0, 0);
	assert_valid("559", CODE_REPLY, 5, 5, 9);
	assert_valid("334", CODE_REPLY, 3, 3, 4);
}

static void test_code_parse_reply_invalid(void **state)
{
	(void)state;
	assert_invalid("", "expected a reply code such as 550 or an enhanced code such as 5.1.1");
	assert_invalid("55", "a reply code has 3 digits, not fewer");
	assert_invalid("5500", "a reply code has 3 digits, not more");
	assert_invalid("650", "the first digit of a reply code is 2, 3, 4 or 5");
	assert_invalid("150", "the first digit of a reply code is 2, 3, 4 or 5");
	assert_invalid("560", "the second digit of a reply code is 0 to 5");
	assert_invalid("55O", "a reply code is 3 digits, such as 550");
	assert_invalid("550abc", "a reply code is 3 digits with nothing after them");
	assert_invalid("\xef\xbc\x95\xef\xbc\x95\xef\xbc\x90",
	               "a reply code is 3 ASCII digits, such as 550");
	assert_invalid("-550", "a code has no sign");
	assert_invalid("+550", "a code has no sign");
	assert_invalid(" 550", "a reply code is 3 digits, such as 550");
}

static void test_code_parse_enhanced(void **state)
{
	(void)state;
	assert_valid("5.1.1", CODE_ENHANCED, 5, 1, 1);
	assert_valid("4.2.2", CODE_ENHANCED, 4, 2, 2);
	assert_valid("2.1.5", CODE_ENHANCED, 2, 1, 5);
	assert_valid("X.7.26", CODE_ENHANCED, 0, 7, 26);
	assert_valid("x.7.26", CODE_ENHANCED, 0, 7, 26);
	assert_valid("5.7.708", CODE_ENHANCED, 5, 7, 708);
	assert_valid("5.9.1", CODE_ENHANCED, 5, 9, 1);
	assert_valid("5.0.0", CODE_ENHANCED, 5, 0, 0);
	assert_valid("4.999.999", CODE_ENHANCED, 4, 999, 999);
}

static void test_code_parse_enhanced_invalid(void **state)
{
	(void)state;
	assert_invalid("5.1", "an enhanced code has three parts, as in 5.1.1");
	assert_invalid("5.1.1.1", "an enhanced code has three parts, as in 5.1.1");
	assert_invalid("5.1.1.", "an enhanced code has three parts, as in 5.1.1");
	assert_invalid("6.1.1", "the class of an enhanced code is 2, 4, 5 or X");
	assert_invalid("3.1.1", "the class of an enhanced code is 2, 4, 5 or X");
	assert_invalid("55.1.1", "the class of an enhanced code is 2, 4, 5 or X");
	assert_invalid("5.01.1", "the subject and the detail have no leading zeros");
	assert_invalid("5.1.01", "the subject and the detail have no leading zeros");
	assert_invalid("5.1000.1", "the subject and the detail have 1 to 3 digits");
	assert_invalid("5..1", "expected three parts such as 5.1.1, found an empty one");
	assert_invalid("5.1.", "expected three parts such as 5.1.1, found an empty one");
	assert_invalid(".1.1", "expected digits and dots, as in 5.1.1");
	assert_invalid("5.a.1", "expected digits and dots, as in 5.1.1");
	assert_invalid("Y.1.1", "expected digits and dots, as in 5.1.1");
}

static void test_code_cmp_orders_reply_first(void **state)
{
	struct code a, b;
	const char *why;

	(void)state;
	code_parse("553", &a, &why);
	code_parse("221", &b, &why);
	assert_true(code_cmp(&a, &b) > 0);
	code_parse("5.1.1", &b, &why);
	assert_true(code_cmp(&a, &b) < 0);
	code_parse("4.2.2", &a, &why);
	code_parse("5.2.2", &b, &why);
	assert_true(code_cmp(&a, &b) < 0);
	assert_int_equal(code_cmp(&a, &a), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_code_parse_reply),
	    cmocka_unit_test(test_code_parse_reply_invalid),
	    cmocka_unit_test(test_code_parse_enhanced),
	    cmocka_unit_test(test_code_parse_enhanced_invalid),
	    cmocka_unit_test(test_code_cmp_orders_reply_first),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
