/* test_json.c: JSON output: escaping, fields, one object per line */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "testing.h"

static void test_json_string_escapes(void **state)
{
	struct capture c;
	char *out;

	(void)state;
	capture_open(&c);
	json_string(c.f, "a\"b\\c\nd\te\x01\x7f");
	json_string(c.f, "caf\xc3\xa9 \xe6\x8f\x8f");
	json_string(c.f, "bad \xff\xc3 end");
	json_string(c.f, "");
	out = capture_close(&c);
	assert_string_equal(out, "\"a\\\"b\\\\c\\nd\\te\\u0001\\u007f\""
	                         "\"caf\xc3\xa9 \xe6\x8f\x8f\""
	                         "\"bad \\ufffd\\ufffd end\""
	                         "\"\"");
	free(out);
}

static void test_json_entry_fields(void **state)
{
	struct capture c;
	struct entry e;
	char *out;

	(void)state;
	get(&e, "550");
	capture_open(&c);
	entry_print_json(c.f, &e);
	out = capture_close(&c);
	assert_prefix(out, "{\"code\":\"550\",\"kind\":\"reply\",\"known\":true,\"class\":\"5xx\","
	                   "\"class_name\":\"Permanent Negative\",\"name\":\"Mailbox Not Found\",");
	assert_non_null(strstr(out, ",\"related\":[\"450\",\"551\",\"553\",\"554\"],"));
	assert_non_null(
	    strstr(out, ",\"references\":[\"RFC 5321 sections 3.3, 4.2.2, 4.2.3, 4.3.2, 7.3\","));
	assert_non_null(strstr(out, ",\"status\":\"standard\","));
	assert_string_equal(out + strlen(out) - 2, "}\n");
	assert_int_equal(strchr(out, '\n') - out, (long)strlen(out) - 1); /* one line */
	free(out);

	get(&e, "4.2.2");
	capture_open(&c);
	entry_print_json(c.f, &e);
	out = capture_close(&c);
	assert_non_null(
	    strstr(out, "\"kind\":\"enhanced\",\"known\":true,\"class\":\"4\","
	                "\"class_name\":\"Persistent Transient Failure\",\"subject\":\"X.2\","
	                "\"subject_name\":\"Mailbox Status\""));
	assert_non_null(strstr(out, ",\"associated\":[\"552\"],"));
	free(out);
}

static void test_json_compare_object(void **state)
{
	struct capture c;
	struct entry a, b;
	char *out;

	(void)state;
	get(&a, "221");
	get(&b, "553");
	capture_open(&c);
	compare_print_json(c.f, &a, &b);
	out = capture_close(&c);
	assert_prefix(out, "{\"a\":{\"code\":\"221\",");
	assert_non_null(strstr(out, "},\"b\":{\"code\":\"553\","));
	assert_non_null(
	    strstr(out, ",\"same\":false,\"summary\":\"221 (Closing Connection) is a 2xx"));
	assert_non_null(strstr(out, ",\"differences\":[\"221 is a 2xx Positive Completion reply, "
	                            "while 553 is a 5xx Permanent Negative reply.\","));
	assert_string_equal(out + strlen(out) - 3, "]}\n");
	free(out);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_json_string_escapes),
	    cmocka_unit_test(test_json_entry_fields),
	    cmocka_unit_test(test_json_compare_object),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
