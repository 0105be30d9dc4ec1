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

static char *render_entry(const char *code, struct render r)
{
	struct capture c;
	struct entry e;

	get(&e, code);
	capture_open(&c);
	entry_print(c.f, &e, &r);
	return capture_close(&c);
}

/* The line of out that starts with label; its value starts at display column 12. */
static void assert_field_column(const char *out, const char *label)
{
	const char *line = strstr(out, label), *value;

	assert_non_null(line);
	assert_true(line == out || line[-1] == '\n');
	value = line + strlen(label);
	value += strspn(value, " ");
	assert_int_equal(text_width(line, (size_t)(value - line)), 12);
}

static void test_render_labels_in_french_and_chinese(void **state)
{
	char *out;

	(void)state;
	out = render_entry("550", (struct render){.width = 80, .lang = LANG_FR});
	assert_non_null(strstr(out, "\nDescription\n  "));
	assert_non_null(strstr(out, "\nQuand vous le voyez\n  "));
	assert_non_null(strstr(out, "\nComment résoudre\n  "));
	assert_field_column(out, "Réessai");
	assert_field_column(out, "Références");
	/* The explanations stay in English. */
	assert_non_null(strstr(out, "The server refused the command for good"));
	assert_fits(out, 80);
	free(out);

	out = render_entry("550", (struct render){.width = 80, .lang = LANG_ZH});
	assert_non_null(strstr(out, "\n描述\n  "));
	assert_non_null(strstr(out, "\n何时出现\n  "));
	assert_non_null(strstr(out, "\n如何修复\n  "));
	assert_field_column(out, "重试");
	assert_field_column(out, "增强码");
	assert_field_column(out, "参考");
	assert_fits(out, 80);
	free(out);
}

/* Chinese labels take two columns each: the gap of a comparison stays in place. */
static void test_render_compare_columns_chinese(void **state)
{
	struct render r = {.width = 80, .lang = LANG_ZH};
	size_t col = (80 - 3) / 2;
	struct capture c;
	struct entry a, b;
	char *out, label_row[64];
	int rows = 0;

	(void)state;
	get(&a, "221");
	get(&b, "550");
	capture_open(&c);
	compare_print(c.f, &a, &b, &r);
	out = capture_close(&c);
	assert_non_null(strstr(out, "\n主要区别\n"));
	assert_non_null(strstr(out, "\n何时使用哪个\n"));
	for (const char *p = out; *p;) {
		size_t len = strcspn(p, "\n");
		const char *gap = strstr(p, " |");

		if (gap && gap < p + len) {
			assert_int_equal(text_width(p, (size_t)(gap - p)), col);
			rows++;
		}
		p += len + (p[len] == '\n');
	}
	assert_true(rows > 20);
	snprintf(label_row, sizeof(label_row), "\n描述%*s | 描述\n", (int)col - 4, "");
	assert_non_null(strstr(out, label_row));
	assert_fits(out, 80);
	free(out);
}

static void test_render_color(void **state)
{
	char *out;

	(void)state;
	out = render_entry("550", (struct render){.width = 80, .color = true});
	assert_prefix(out, "SMTP \033[31m550\033[0m Mailbox Not Found\n");
	assert_non_null(strstr(out, "\n\033[1mDescription\033[0m\n"));
	assert_non_null(strstr(out, "\n\033[1mRelated\033[0m     \033[33m450\033[0m Mailbox"));
	free(out);
	out = render_entry("2.1.5", (struct render){.width = 80, .color = true});
	assert_prefix(out, "SMTP \033[32m2.1.5\033[0m ");
	free(out);
	out = render_entry("550", (struct render){.width = 80});
	assert_null(strchr(out, '\033'));
	free(out);
}

static void test_render_list_line(void **state)
{
	struct capture c;
	struct entry e;
	char *out;

	(void)state;
	get(&e, "550");
	capture_open(&c);
	list_print(c.f, &e, &(struct render){.width = 80});
	list_print(c.f, &e, &(struct render){.width = 80, .align = true});
	list_print(c.f, &e, &(struct render){.width = 80, .color = true});
	out = capture_close(&c);
	assert_string_equal(out, "550\t5xx Permanent Negative\tMailbox Not Found\n"
	                         "550     5xx Permanent Negative              Mailbox Not Found\n"
	                         "\033[31m550\033[0m\t5xx Permanent Negative\tMailbox Not Found\n");
	free(out);
}

/* A tally: tabs in a pipe; on a terminal the counts right-aligned, the rest in columns. */
static void test_render_scan_table(void **state)
{
	struct scan_row rows[3] = {{.count = 1234, .has_code = true, .has_enhanced = true},
	                           {.count = 56, .has_code = true},
	                           {.count = 7, .has_enhanced = true}};
	struct capture c;
	const char *why;
	char *out;

	(void)state;
	code_parse("550", &rows[0].code, &why);
	code_parse("5.1.1", &rows[0].enhanced, &why);
	code_parse("421", &rows[1].code, &why);
	code_parse("4.4.1", &rows[2].enhanced, &why);
	capture_open(&c);
	scan_print(c.f, rows, 3, 1297, SCAN_PAIR, &(struct render){.width = 80});
	scan_print(c.f, rows, 3, 1297, SCAN_PAIR, &(struct render){.width = 80, .align = true});
	scan_print(c.f, rows, 1, 1297, SCAN_PAIR, &(struct render){.width = 80, .color = true});
	out = capture_close(&c);
	assert_string_equal(
	    out, "1234\t95.1%\t550\t5.1.1\tpermanent\tBad destination mailbox address\n"
	         "56\t4.3%\t421\t-\ttransient\tService Not Available\n"
	         "7\t0.5%\t-\t4.4.1\ttransient\tNo answer from host\n"
	         "1234   95.1%  550   5.1.1      permanent     Bad destination mailbox address\n"
	         "  56    4.3%  421   -          transient     Service Not Available\n"
	         "   7    0.5%  -     4.4.1      transient     No answer from host\n"
	         "1234\t95.1%\t\033[31m550\033[0m\t\033[31m5.1.1\033[0m\t\033[31mpermanent\033[0m\t"
	         "Bad destination mailbox address\n");
	free(out);
}

static void test_render_lang_parse(void **state)
{
	enum lang lang = LANG_EN;

	(void)state;
	assert_true(lang_parse("fr", &lang) && lang == LANG_FR);
	assert_true(lang_parse("zh_CN.UTF-8", &lang) && lang == LANG_ZH);
	assert_true(lang_parse("en_US.UTF-8", &lang) && lang == LANG_EN);
	assert_true(lang_parse("fr_FR@euro", &lang) && lang == LANG_FR);
	assert_false(lang_parse("C", &lang));
	assert_false(lang_parse("POSIX", &lang));
	assert_false(lang_parse("de_DE.UTF-8", &lang));
	assert_false(lang_parse("frx", &lang));
	assert_false(lang_parse("", &lang));
	assert_false(lang_parse("f", &lang));
	assert_true(lang_parse("fr_FR.utf8", &lang) && lang == LANG_FR);
	assert_true(lang_parse("zh_CN", &lang) && lang == LANG_ZH);
	/* Labels are UTF-8: another codeset keeps English. */
	assert_false(lang_parse("fr_FR.ISO-8859-1", &lang));
	assert_false(lang_parse("zh_CN.GB18030", &lang));
	assert_false(lang_parse(NULL, &lang));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_entry_print_sections),
	    cmocka_unit_test(test_entry_print_wraps_to_width),
	    cmocka_unit_test(test_compare_print_columns_and_stacked),
	    cmocka_unit_test(test_render_labels_in_french_and_chinese),
	    cmocka_unit_test(test_render_compare_columns_chinese),
	    cmocka_unit_test(test_render_color),
	    cmocka_unit_test(test_render_list_line),
	    cmocka_unit_test(test_render_scan_table),
	    cmocka_unit_test(test_render_lang_parse),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
