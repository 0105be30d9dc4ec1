/* list.c: the codes a filter or a search selects, in table order */
#include <stdlib.h>
#include <string.h>

#include "smtpcode.h"

static char lower(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c + 'a' - 'A') : c;
}

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

bool filter_parse(const char *s, struct filter *f, const char **why)
{
	size_t len = strlen(s);
	struct code c;

	*why = "expected a class (5xx, 5), a reply code's first two digits (55x), "
	       "a subject (5.7, X.7) or a code";
	f->cls = f->subject = f->detail = -1;
	if (len == 1 && s[0] >= '2' && s[0] <= '5') {
		f->cls = s[0] - '0'; /* 5: both kinds in class 5 */
		return true;
	}
	if (len == 3 && lower(s[2]) == 'x' && s[0] >= '2' && s[0] <= '5') {
		f->cls = s[0] - '0';
		if (lower(s[1]) == 'x')
			return true; /* 5xx */
		if (s[1] < '0' || s[1] > '5')
			return false;
		f->kinds &= FILTER_REPLY; /* 55x */
		f->subject = s[1] - '0';
		return f->kinds != 0;
	}
	if (len >= 3 && s[1] == '.' && !strchr(s + 2, '.')) {
		/* 5.7 or X.7: a subject, in one class or in all */
		if (!is_digit(s[2]) || strspn(s + 2, "0123456789") != len - 2 || len > 5 ||
		    (len > 3 && s[2] == '0'))
			return false;
		if (lower(s[0]) == 'x')
			f->cls = 0;
		else if (s[0] == '2' || s[0] == '4' || s[0] == '5')
			f->cls = s[0] - '0';
		else
			return false;
		f->kinds &= FILTER_ENHANCED;
		f->subject = (int)strtol(s + 2, NULL, 10);
		f->any_class = f->cls == 0;
		return f->kinds != 0;
	}
	/* A code, with what is wrong with it when it looks like one. */
	if (!strchr(s, '.') && (len != 3 || strspn(s, "0123456789") != 3))
		return false;
	if (!code_parse(s, &c, why))
		return false;
	f->kinds &= c.kind == CODE_REPLY ? FILTER_REPLY : FILTER_ENHANCED;
	f->cls = c.cls;
	f->any_class = c.kind == CODE_ENHANCED && c.cls == 0;
	f->subject = c.subject;
	f->detail = c.detail;
	return f->kinds != 0;
}

static bool matches(const struct filter *f, const struct entry *e)
{
	if (!f->any_class && f->cls >= 0 && e->code.cls != f->cls)
		return false;
	if (f->subject >= 0 && e->code.subject != f->subject)
		return false;
	if (f->detail >= 0 && e->code.detail != f->detail)
		return false;
	if (f->command && e->code.kind == CODE_REPLY && !(e->commands & (f->command | CMD_ANY)))
		return false;
	for (int i = 0; i < f->nwords; i++)
		if (!text_find(e->name, f->words[i]) && !text_find(e->description, f->words[i]) &&
		    !text_find(e->when, f->words[i]) && !text_find(e->fix, f->words[i]))
			return false;
	return true;
}

/*
 * The classes a registry code is listed in: those the registry names, else
 * those of the reply codes it associates the code with (X.7.26 with 550).
 */
static unsigned classes_of(const struct enhanced_info *x)
{
	unsigned classes = x->classes;

	for (const char *p = x->associated; x->classes == 0 && p && *p; p++)
		if ((p == x->associated || p[-1] == ' ') && strchr("245", *p))
			classes |= 1u << (*p - '0');
	return classes;
}

size_t filter_each(const struct filter *f, list_fn *fn, void *arg)
{
	static const int classes[] = {2, 4, 5, 0};
	struct entry e;
	struct code c;
	size_t n = 0;

	if (f->kinds & FILTER_REPLY)
		for (int v = reply_next(-1); v >= 0; v = reply_next(v)) {
			c = (struct code){CODE_REPLY, v / 100, v / 10 % 10, v % 10};
			entry_get(&e, &c);
			if (matches(f, &e))
				fn(&e, arg), n++;
		}
	/* Reply codes answer commands; enhanced codes do not. */
	if (!(f->kinds & FILTER_ENHANCED) || f->command)
		return n;
	/* Each registry code once for each class the registry names it in, else as X.s.d. */
	for (size_t k = 0; k < sizeof(classes) / sizeof(*classes); k++)
		for (int s = 0; s <= SUBJECT_MAX; s++)
			for (int d = 0; d <= DETAIL_MAX; d++) {
				const struct enhanced_info *x = enhanced_info(s, d);
				int cls = classes[k];

				if (!x || (cls ? !(classes_of(x) & 1u << cls) : classes_of(x) != 0))
					continue;
				c = (struct code){CODE_ENHANCED, cls, s, d};
				entry_get(&e, &c);
				if (matches(f, &e))
					fn(&e, arg), n++;
			}
	return n;
}

unsigned command_parse(const char *s)
{
	for (int i = 0; i < CMD_COUNT; i++) {
		const char *name = command_name(1u << i);

		for (const char *p = name; *p;) {
			size_t len = strcspn(p, "/"); /* "EHLO/HELO": either */
			size_t j = 0;

			while (j < len && s[j] && lower(s[j]) == lower(p[j]))
				j++;
			if (j == len && s[j] == '\0')
				return 1u << i;
			p += len + (p[len] == '/');
		}
	}
	return 0;
}

/* Whether a provider's entry falls under the filter: its code, or part of its range. */
static bool provider_matches(const struct filter *f, const struct provider_entry *pe)
{
	struct code c;
	int last;

	if (!provider_entry_code(pe, &c, &last))
		return false;
	if (!(f->kinds & (c.kind == CODE_REPLY ? FILTER_REPLY : FILTER_ENHANCED)))
		return false;
	if (!f->any_class && f->cls >= 0 && c.cls != f->cls)
		return false;
	if (f->subject >= 0 && c.subject != f->subject)
		return false;
	return f->detail < 0 || (f->detail >= c.detail && f->detail <= last);
}

size_t provider_filter_each(const struct provider_info *p, const struct filter *f, provider_fn *fn,
                            void *arg)
{
	size_t n = 0;

	for (size_t i = 0; i < provider_entry_count(); i++) {
		const struct provider_entry *pe = provider_entry_at(i);

		if (pe->provider == p && provider_matches(f, pe))
			fn(pe, arg), n++;
	}
	return n;
}
