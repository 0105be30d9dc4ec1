/* test_text.c: display width, wrapping and quoting */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "smtpcode.h"

static void test_text_width_counts_columns(void **state)
{
	(void)state;
	assert_int_equal(text_width("abc", 3), 3);
	assert_int_equal(text_width("", 0), 0);
	assert_int_equal(text_width("\xe6\x8f\x8f\xe8\xbf\xb0", 6), 4); /* two CJK characters */
	assert_int_equal(text_width("r\xc3\xa9soudre", 9), 8); /* e with acute: one column */
	assert_int_equal(text_width("\xff\xfe", 2), 2);        /* bad bytes: one each */
	assert_int_equal(text_width("\xe6\x8f", 2), 2);        /* cut sequence */
}

/* Lines of s wrapped to width, joined with '|'. */
static void wrap_all(const char *s, size_t width, char *out, size_t size)
{
	size_t used = 0;

	out[0] = '\0';
	while (*s) {
		const char *next;
		size_t len = wrap_line(s, width, &next);

		used += (size_t)snprintf(out + used, size - used, "%s%.*s", used ? "|" : "",
		                         (int)len, s);
		s = next;
	}
}

static void test_wrap_line_words(void **state)
{
	char out[256];

	(void)state;
	wrap_all("the quick brown fox jumps", 10, out, sizeof(out));
	assert_string_equal(out, "the quick|brown fox|jumps");
	wrap_all("the quick", 9, out, sizeof(out));
	assert_string_equal(out, "the quick");
	wrap_all("a https://example.com/very/long/url b", 8, out, sizeof(out));
	assert_string_equal(out, "a|https://example.com/very/long/url|b");
	wrap_all("one\ntwo three", 20, out, sizeof(out));
	assert_string_equal(out, "one|two three");
	wrap_all("one\n\ntwo", 20, out, sizeof(out));
	assert_string_equal(out, "one||two");
	wrap_all("spaced   out words", 9, out, sizeof(out));
	assert_string_equal(out, "spaced|out words");
}

static void test_wrap_line_multibyte(void **state)
{
	char out[256];

	(void)state;
	/* Four CJK characters take 8 columns: two such words do not fit in 10. */
	wrap_all("\xe4\xb8\xbb\xe8\xa6\x81 \xe5\x8c\xba\xe5\x88\xab", 8, out, sizeof(out));
	assert_string_equal(out, "\xe4\xb8\xbb\xe8\xa6\x81|\xe5\x8c\xba\xe5\x88\xab");
	wrap_all("\xe4\xb8\xbb\xe8\xa6\x81 \xe5\x8c\xba\xe5\x88\xab", 9, out, sizeof(out));
	assert_string_equal(out, "\xe4\xb8\xbb\xe8\xa6\x81 \xe5\x8c\xba\xe5\x88\xab");
}

static void test_text_quote_escapes(void **state)
{
	char buf[256];
	char big[1000];

	(void)state;
	text_quote("550", buf, sizeof(buf));
	assert_string_equal(buf, "550");
	text_quote("55\x1b[31m", buf, sizeof(buf));
	assert_string_equal(buf, "55\\x1b[31m");
	text_quote("\xef\xbc\x95", buf, sizeof(buf));
	assert_string_equal(buf, "\xef\xbc\x95");
	text_quote("a\xffz", buf, sizeof(buf));
	assert_string_equal(buf, "a\\xffz");
	memset(big, '5', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	text_quote(big, buf, sizeof(buf));
	assert_int_equal(strlen(buf), 43);
	assert_string_equal(buf + 40, "...");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_text_width_counts_columns),
	    cmocka_unit_test(test_wrap_line_words),
	    cmocka_unit_test(test_wrap_line_multibyte),
	    cmocka_unit_test(test_text_quote_escapes),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
