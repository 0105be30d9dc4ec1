/* test_table.c: the invariants of the compiled-in tables */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "smtpcode.h"

static void assert_text(const char *s)
{
	assert_non_null(s);
	assert_true(strlen(s) > 0);
	for (const char *p = s; *p; p++)
		assert_true((unsigned char)*p >= 0x20 && (unsigned char)*p < 0x7f);
}

/* Each code in a space-separated list is a three-digit code in the reply table. */
static void assert_codes_resolve(const char *list, int self)
{
	for (const char *p = list; *p;) {
		char *end;
		long code = strtol(p, &end, 10);

		assert_int_equal(end - p, 3);
		assert_true(*end == ' ' || *end == '\0');
		assert_non_null(reply_info((int)code));
		assert_int_not_equal(code, self);
		p = *end ? end + 1 : end;
	}
}

static void test_reply_table_count_and_order(void **state)
{
	int n = 0, last = -1;

	(void)state;
	for (int c = reply_next(-1); c >= 0; c = reply_next(c)) {
		assert_true(c > last);
		last = c;
		n++;
	}
	assert_int_equal(n, 48);
	assert_int_equal(reply_next(557), -1);
	assert_null(reply_info(-1));
	assert_null(reply_info(600));
	assert_null(reply_info(599));
}

static void test_reply_table_fields(void **state)
{
	(void)state;
	for (int c = reply_next(-1); c >= 0; c = reply_next(c)) {
		const struct reply_info *r = reply_info(c);
		char id[16];
		struct code code;
		const char *why;

		snprintf(id, sizeof(id), "%d", c);
		assert_true(code_parse(id, &code, &why)); /* class 2-5, category 0-5 */
		assert_int_equal(code.cls, c / 100);
		assert_text(r->name);
		assert_text(r->description);
		assert_text(r->when);
		assert_text(r->fix);
		assert_text(r->use);
		assert_text(r->refs);
		assert_text(r->related);
		if (r->notes)
			assert_text(r->notes);
		assert_int_not_equal(r->status, STATUS_UNKNOWN);
		/* Only codes no RFC defines may lack the commands they answer. */
		if (r->commands == 0)
			assert_int_equal(r->status, STATUS_NONSTANDARD);
		assert_codes_resolve(r->related, c);
	}
}

static void test_reply_table_seed_names(void **state)
{
	(void)state;
	assert_string_equal(reply_info(221)->name, "Closing Connection");
	assert_string_equal(reply_info(450)->name, "Mailbox Unavailable");
	assert_string_equal(reply_info(550)->name, "Mailbox Not Found");
	assert_string_equal(reply_info(553)->name, "Mailbox Name Invalid");
	assert_string_equal(reply_info(556)->name, "Domain Does Not Accept Mail");
	assert_string_equal(class_name(2), "Positive Completion");
	assert_string_equal(class_name(3), "Positive Intermediate");
	assert_string_equal(class_name(4), "Transient Negative");
	assert_string_equal(class_name(5), "Permanent Negative");
}

static void test_reply_table_status(void **state)
{
	(void)state;
	assert_int_equal(reply_info(538)->status, STATUS_OBSOLETE);
	assert_int_equal(reply_info(550)->status, STATUS_STANDARD);
	assert_int_equal(reply_info(556)->status, STATUS_EXTENSION);
	assert_int_equal(reply_info(530)->status, STATUS_EXTENSION);
	for (int c = 456, i = 0; i < 3; c = i == 0 ? 520 : 557, i++)
		assert_int_equal(reply_info(c)->status, STATUS_NONSTANDARD);
	assert_int_equal(reply_info(221)->commands, CMD_QUIT);
	assert_true(reply_info(354)->commands & CMD_DATA);
	assert_true(reply_info(334)->commands & CMD_AUTH);
}

/* Two meanings under one code: the description gives both. */
static void test_reply_table_two_meanings(void **state)
{
	(void)state;
	assert_non_null(strstr(reply_info(454)->description, "STARTTLS"));
	assert_non_null(strstr(reply_info(454)->description, "AUTH"));
	assert_non_null(strstr(reply_info(530)->description, "STARTTLS"));
	assert_non_null(strstr(reply_info(530)->description, "AUTH"));
	for (int c = 250; c <= 253; c++)
		assert_non_null(strstr(reply_info(c)->description, "ETRN"));
}

static void test_enhanced_table_fields(void **state)
{
	int n = 0;

	(void)state;
	for (int s = 0; s <= SUBJECT_MAX; s++) {
		bool gap = false;

		for (int d = 0; d <= DETAIL_MAX; d++) {
			const struct enhanced_info *x = enhanced_info(s, d);

			if (!x) {
				gap = true;
				continue;
			}
			assert_false(gap); /* the registry numbers each subject without holes */
			n++;
			assert_text(x->name);
			assert_text(x->description);
			assert_text(x->when);
			assert_text(x->fix);
			assert_text(x->refs);
			assert_non_null(x->associated);
			/* Where the registry names no reply code, the notes say so. */
			if (*x->associated)
				assert_codes_resolve(x->associated, 0);
			else
				assert_non_null(x->notes);
			if (x->notes)
				assert_text(x->notes);
			assert_int_not_equal(x->status, STATUS_UNKNOWN);
			assert_int_equal(
			    x->classes & ~(CLASS_SUCCESS | CLASS_TRANSIENT | CLASS_PERMANENT), 0);
		}
	}
	assert_int_equal(n, 81);
	assert_null(enhanced_info(7, 31));
	assert_null(enhanced_info(8, 0));
	assert_non_null(enhanced_info(7, 30));
}

static void test_enhanced_table_registry_facts(void **state)
{
	(void)state;
	assert_string_equal(enhanced_info(1, 1)->name, "Bad destination mailbox address");
	assert_string_equal(enhanced_info(7, 26)->name, "Multiple authentication checks failed");
	assert_int_equal(enhanced_info(6, 10)->status, STATUS_OBSOLETE);
	assert_int_equal(enhanced_info(7, 28)->status, STATUS_NONSTANDARD);
	assert_string_equal(enhanced_info(1, 10)->associated, "556");
	assert_string_equal(enhanced_info(7, 27)->associated, "550");
	assert_true(list_has(enhanced_info(3, 2)->associated, "521"));
	assert_int_equal(enhanced_info(1, 1)->classes, CLASS_PERMANENT);
	assert_int_equal(enhanced_info(2, 2)->classes, CLASS_TRANSIENT);
	assert_int_equal(enhanced_info(1, 5)->classes, CLASS_SUCCESS);
	/* The known conflicts are told in the notes. */
	assert_non_null(strstr(enhanced_info(6, 9)->notes, "554"));
	assert_non_null(strstr(enhanced_info(7, 16)->notes, "4865"));
	assert_non_null(strstr(enhanced_info(7, 17)->notes, "4865"));
	assert_non_null(strstr(enhanced_info(5, 3)->notes, "452"));
	assert_non_null(strstr(enhanced_info(2, 2)->notes, "552"));
}

static void test_digit_tables(void **state)
{
	(void)state;
	for (int d = 2; d <= 5; d++) {
		assert_text(class_name(d));
		assert_text(class_meaning(d));
	}
	for (int d = 0; d <= 5; d++) {
		assert_text(category_name(d));
		assert_text(category_meaning(d));
	}
	for (int s = 0; s <= SUBJECT_MAX; s++) {
		assert_text(subject_name(s));
		assert_text(subject_meaning(s));
	}
	assert_null(subject_name(8));
	assert_null(class_name(1));
	assert_string_equal(enhanced_class_name(4), "Persistent Transient Failure");
	assert_string_equal(command_name(CMD_RCPT), "RCPT");
	assert_null(command_name(CMD_RCPT | CMD_MAIL));
	assert_string_equal(status_name(STATUS_NONSTANDARD), "non-standard");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_reply_table_count_and_order),
	    cmocka_unit_test(test_reply_table_fields),
	    cmocka_unit_test(test_reply_table_seed_names),
	    cmocka_unit_test(test_reply_table_status),
	    cmocka_unit_test(test_reply_table_two_meanings),
	    cmocka_unit_test(test_enhanced_table_fields),
	    cmocka_unit_test(test_enhanced_table_registry_facts),
	    cmocka_unit_test(test_digit_tables),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
