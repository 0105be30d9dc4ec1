/* test_entry.c: entries from the tables, and from the digits of codes the tables lack */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "testing.h"

/* Every code in the tables is found by its own code, with its own name. */
static void test_entry_every_code_found(void **state)
{
	struct entry e;
	char id[16];

	(void)state;
	for (int c = reply_next(-1); c >= 0; c = reply_next(c)) {
		snprintf(id, sizeof(id), "%d", c);
		get(&e, id);
		assert_true(e.known);
		assert_string_equal(e.id, id);
		assert_string_equal(e.name, reply_info(c)->name);
	}
	for (int s = 0; s <= SUBJECT_MAX; s++)
		for (int d = 0; d <= DETAIL_MAX; d++) {
			if (!enhanced_info(s, d))
				continue;
			for (const char *cls = "X245"; *cls; cls++) {
				snprintf(id, sizeof(id), "%c.%d.%d", *cls, s, d);
				get(&e, id);
				assert_true(e.known);
				assert_string_equal(e.id, id);
				assert_string_equal(e.name, enhanced_info(s, d)->name);
			}
		}
}

static void test_entry_unknown_reply_from_digits(void **state)
{
	struct entry e;

	(void)state;
	get(&e, "529");
	assert_false(e.known);
	assert_int_equal(e.status, STATUS_UNKNOWN);
	assert_string_equal(e.name, "Unknown Code");
	assert_non_null(strstr(e.description, "No RFC defines 529"));
	assert_non_null(strstr(e.description, class_meaning(5)));
	assert_non_null(strstr(e.description, category_meaning(2)));
	assert_string_equal(e.related, "520 521 523 524 525");
	assert_int_equal(e.actor, ACTOR_SENDER);
	get(&e, "209");
	assert_string_equal(e.related, "");
	get(&e, "259");
	assert_string_equal(e.related, "250 251 252 253");
	assert_int_equal(e.actor, ACTOR_NOBODY);
}

static void test_entry_unknown_enhanced(void **state)
{
	struct entry e;

	(void)state;
	get(&e, "5.7.99");
	assert_false(e.known);
	assert_string_equal(e.name, "Unregistered Security or Policy Status Code");
	assert_non_null(strstr(e.description, "The registry has no X.7.99."));
	assert_non_null(strstr(e.description, subject_meaning(7)));
	get(&e, "5.9.1");
	assert_false(e.known);
	assert_string_equal(e.name, "Unregistered Unknown Subject Code");
	assert_non_null(strstr(e.description, "above 7"));
	get(&e, "X.7.99");
	assert_false(e.known);
	assert_null(strstr(e.description, enhanced_class_meaning(5)));
}

/* A reply code lists the enhanced codes the registry pairs with it, in its class. */
static void test_entry_reply_lists_enhanced(void **state)
{
	struct entry e;

	(void)state;
	get(&e, "550");
	assert_true(list_has(e.enhanced, "5.1.1"));
	assert_true(list_has(e.enhanced, "5.7.26"));
	assert_false(list_has(e.enhanced, "4.1.1"));
	get(&e, "250");
	assert_true(list_has(e.enhanced, "2.1.5"));
	get(&e, "556");
	assert_string_equal(e.enhanced, "5.1.10");
	get(&e, "354");
	assert_string_equal(e.enhanced, "");
}

/* The class changes the meaning: a class the registry does not name is pointed out. */
static void test_entry_enhanced_class_note(void **state)
{
	struct entry e;

	(void)state;
	get(&e, "5.1.1");
	assert_ptr_equal(e.notes, enhanced_info(1, 1)->notes);
	get(&e, "4.1.1");
	assert_non_null(strstr(e.notes, "The registry describes X.1.1 for permanent failures only; "
	                                "4.1.1 reports it as a transient failure."));
	get(&e, "X.1.1");
	assert_ptr_equal(e.notes, enhanced_info(1, 1)->notes);
	get(&e, "5.2.2");
	assert_non_null(strstr(e.notes, "persistent transient failures only"));
}

static void test_entry_class_label(void **state)
{
	struct entry e;
	char buf[64];

	(void)state;
	get(&e, "550");
	entry_class_label(&e, buf, sizeof(buf));
	assert_string_equal(buf, "5xx Permanent Negative");
	get(&e, "4.2.2");
	entry_class_label(&e, buf, sizeof(buf));
	assert_string_equal(buf, "4.x.x Persistent Transient Failure");
	get(&e, "x.2.2");
	entry_class_label(&e, buf, sizeof(buf));
	assert_string_equal(buf, "X.x.x Any Class");
	assert_true(list_has("451 550", "550"));
	assert_false(list_has("451 5501", "550"));
	assert_false(list_has("", "550"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_entry_every_code_found),
	    cmocka_unit_test(test_entry_unknown_reply_from_digits),
	    cmocka_unit_test(test_entry_unknown_enhanced),
	    cmocka_unit_test(test_entry_reply_lists_enhanced),
	    cmocka_unit_test(test_entry_enhanced_class_note),
	    cmocka_unit_test(test_entry_class_label),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
