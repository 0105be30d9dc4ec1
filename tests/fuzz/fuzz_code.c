/* fuzz_code.c: libFuzzer harness for the code parser */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "smtpcode.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_code(const char *s, const struct code *c)
{
	struct code again;
	struct entry e;
	const char *why = NULL;
	char id[16], label[64];

	if (c->kind == CODE_REPLY) {
		if (c->cls < 2 || c->cls > 5 || c->subject < 0 || c->subject > 5 || c->detail < 0 ||
		    c->detail > 9)
			abort();
	} else if (c->kind == CODE_ENHANCED) {
		if ((c->cls != 0 && c->cls != 2 && c->cls != 4 && c->cls != 5) || c->subject < 0 ||
		    c->subject > 999 || c->detail < 0 || c->detail > 999)
			abort();
	} else {
		abort();
	}

	/* The formatted code is the input itself, but for the case of an X. */
	code_format(c, id, sizeof(id));
	if (!memchr(id, '\0', sizeof(id)) || strcasecmp(id, s) != 0)
		abort();
	if (c->kind == CODE_REPLY && code_value(c) != atoi(id))
		abort();
	if (!code_parse(id, &again, &why) || again.kind != c->kind || code_cmp(&again, c) != 0)
		abort();

	entry_get(&e, c);
	if (strcmp(e.id, id) != 0 || e.code.kind != c->kind || code_cmp(&e.code, c) != 0)
		abort();
	if (!e.name || !*e.name || !e.description || !*e.description || !e.when || !*e.when ||
	    !e.fix || !*e.fix || !e.refs || !*e.refs)
		abort();
	if (e.known != (c->kind == CODE_REPLY ? reply_info(code_value(c)) != NULL
	                                      : enhanced_info(c->subject, c->detail) != NULL))
		abort();
	entry_class_label(&e, label, sizeof(label));
	if (!memchr(label, '\0', sizeof(label)))
		abort();
}

/* The other parsers of what users type: list filters, command names, locales. */
static void check_others(const char *s)
{
	struct filter f = {.kinds = FILTER_REPLY | FILTER_ENHANCED};
	const char *why = NULL;
	enum lang lang = LANG_EN;
	unsigned command;

	if (filter_parse(s, &f, &why)) {
		if (f.kinds == 0 || f.kinds > (FILTER_REPLY | FILTER_ENHANCED) || f.cls < -1 ||
		    f.cls == 1 || f.cls > 5 || f.subject < -1 || f.subject > 999 || f.detail < -1 ||
		    f.detail > 999)
			abort();
	} else if (!why || !*why) {
		abort();
	}
	command = command_parse(s);
	if (command >= 1u << CMD_COUNT || (command & (command - 1)) != 0)
		abort();
	if (lang_parse(s, &lang) && lang != LANG_EN && lang != LANG_FR && lang != LANG_ZH)
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1);
	const char *why = NULL;
	struct code c;

	if (!s)
		return 0;
	memcpy(s, data, size);
	s[size] = '\0';
	if (code_parse(s, &c, &why)) {
		check_code(s, &c);
	} else {
		char quoted[256], small[12];

		if (!why || !*why)
			abort();
		/* What the command does with an invalid code: quote it in a message. */
		text_quote(s, quoted, sizeof(quoted));
		text_quote(s, small, sizeof(small));
		if (strlen(quoted) >= sizeof(quoted) || strlen(small) >= sizeof(small))
			abort();
	}
	check_others(s);
	free(s);
	return 0;
}
