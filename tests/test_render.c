/* test_render.c: entries and comparisons as text, rendered into memory */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testing.h"

/* No line is wider than width, unless it is one unbreakable word. */
static void assert_fits(const char *text, size_t width)
{
	for (const char *p = text; *p;) {
		size_t len = strcspn(p, "\n");

		size_t indent = strspn(p, " ");

		if (text_width(p, len) > width)
			assert_null(memchr(p + indent, ' ', len - indent));
		p += len + (p[len] == '\n');
	}
}

static void test_entry_print_sections(void **state)
{
	struct capture c;
	struct entry e;
	struct render r = {.width = 80};
	char *out;

	(void)state;
	get(&e, "550");
	capture_open(&c);
	entry_print(c.f, &e, &r);
	out = capture_close(&c);
	assert_prefix(out, "SMTP 550 Mailbox Not Found\n5xx Permanent Negative, standard\n");
	/* Each section label starts its own line. */
	assert_non_null(strstr(out, "\nDescription\n  "));
	assert_non_null(strstr(out, "\nWhen you see it\n  "));
	assert_non_null(strstr(out, "\nHow to fix\n  "));
	assert_non_null(strstr(out, "\nRelated     450 Mailbox Unavailable\n"));
	assert_non_null(strstr(out, "\nReferences  RFC 5321 sections"));
	assert_null(strchr(out, '\x1b'));
	assert_null(strstr(out, " \n"));
	assert_fits(out, 80);
	free(out);
}

static void test_entry_print_wraps_to_width(void **state)
{
	struct capture c;
	struct entry e;

	(void)state;
	for (size_t width = 20; width <= 120; width += 7) {
		struct render r = {.width = width};
		char *out;

		get(&e, "5.7.26");
		capture_open(&c);
		entry_print(c.f, &e, &r);
		out = capture_close(&c);
		assert_fits(out, width);
		free(out);
	}
}

static void test_compare_print_columns_and_stacked(void **state)
{
	struct capture c;
	struct entry a, b;
	char *out;

	(void)state;
	get(&a, "221");
	get(&b, "553");
	for (size_t width = 40; width <= 120; width++) {
		struct render r = {.width = width};

		capture_open(&c);
		compare_print(c.f, &a, &b, &r);
		out = capture_close(&c);
		assert_prefix(out, width >= 55
		                       ? "SMTP 221 Closing Connection vs 553 Mailbox Name Invalid\n"
		                       : "SMTP 221 Closing Connection vs 553");
		assert_non_null(strstr(out, "\nKey differences\n 1. "));
		assert_non_null(strstr(out, "\nWhen to use which\n"));
		if (width < 60)
			assert_null(strstr(out, " | "));
		else
			assert_non_null(strstr(out, "Description"));
		if (width >= 60)
			assert_non_null(strstr(out, " | "));
		assert_null(strstr(out, " \n"));
		assert_fits(out, width);
		free(out);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_entry_print_sections),
	    cmocka_unit_test(test_entry_print_wraps_to_width),
	    cmocka_unit_test(test_compare_print_columns_and_stacked),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
