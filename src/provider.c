/* provider.c: the providers' own meanings of codes, and which provider a reply came from (pure) */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "smtpcode.h"

/* The providers' names as an enum, so that an entry naming a missing one does not compile. */
#define PROVIDER(id, ...) PROVIDER_##id,
#define ENTRY(id, ...)
enum provider_id {
#include "provider_codes.h"
	PROVIDER_COUNT
};
#undef PROVIDER

#define PROVIDER(id, ...) [PROVIDER_##id] = {__VA_ARGS__},
static const struct provider_info providers[PROVIDER_COUNT] = {
#include "provider_codes.h"
};
#undef PROVIDER
#undef ENTRY

#define PROVIDER(id, ...)
#define ENTRY(id, ...) {.provider = &providers[PROVIDER_##id], __VA_ARGS__},
static const struct provider_entry entries[] = {
#include "provider_codes.h"
};
#undef PROVIDER
#undef ENTRY

#define ENTRY_COUNT (sizeof(entries) / sizeof(*entries))

size_t provider_count(void)
{
	return PROVIDER_COUNT;
}

const struct provider_info *provider_at(size_t i)
{
	return i < PROVIDER_COUNT ? &providers[i] : NULL;
}

size_t provider_entry_count(void)
{
	return ENTRY_COUNT;
}

const struct provider_entry *provider_entry_at(size_t i)
{
	return i < ENTRY_COUNT ? &entries[i] : NULL;
}

const struct provider_info *provider_find(const char *name)
{
	char lower[32];
	size_t len = strlen(name);

	if (len == 0 || len >= sizeof(lower) || strchr(name, ' '))
		return NULL; /* one word of a list, or none */
	for (size_t i = 0; i <= len; i++)
		lower[i] =
		    (char)tolower((unsigned char)name[i]); /* ids and aliases are lower case */
	for (size_t i = 0; i < PROVIDER_COUNT; i++)
		if (strcmp(providers[i].id, lower) == 0 || list_has(providers[i].aliases, lower))
			return &providers[i];
	return NULL;
}

void provider_names(char *buf, size_t size)
{
	size_t used = 0;

	buf[0] = '\0';
	for (size_t i = 0; i < PROVIDER_COUNT && used < size; i++)
		used += (size_t)snprintf(buf + used, size - used, "%s%s",
		                         i == 0                    ? ""
		                         : i + 1 == PROVIDER_COUNT ? " or "
		                                                   : ", ",
		                         providers[i].id);
}

bool provider_entry_code(const struct provider_entry *e, struct code *c, int *last)
{
	char first[16];
	const char *dash = strchr(e->code, '-'), *why;
	size_t len = dash ? (size_t)(dash - e->code) : strlen(e->code);

	if (len >= sizeof(first))
		return false;
	snprintf(first, sizeof(first), "%.*s", (int)len, e->code);
	if (!code_parse(first, c, &why))
		return false;
	*last = c->detail;
	if (dash) {
		struct code end;
		char tail[16];

		/* the range's last detail, written alone: "5.7.606-649" */
		snprintf(tail, sizeof(tail), "%d.%d.%s", c->cls, c->subject, dash + 1);
		if (c->kind != CODE_ENHANCED || !code_parse(tail, &end, &why) ||
		    end.detail <= c->detail)
			return false;
		*last = end.detail;
	}
	return true;
}

bool provider_entry_has(const struct provider_entry *e, const struct code *c)
{
	struct code ec;
	int last;

	if (!provider_entry_code(e, &ec, &last) || ec.kind != c->kind)
		return false;
	if (c->kind == CODE_REPLY)
		return code_value(&ec) == code_value(c);
	return (c->cls == 0 || c->cls == ec.cls) && c->subject == ec.subject &&
	       c->detail >= ec.detail && c->detail <= last;
}

int provider_entry_cmp(const struct provider_entry *a, const struct provider_entry *b)
{
	struct code ca, cb;
	int last, d;

	if (a->provider != b->provider)
		return a->provider < b->provider ? -1 : 1;
	if (!provider_entry_code(a, &ca, &last) || !provider_entry_code(b, &cb, &last))
		return strcmp(a->code, b->code);
	if ((d = code_cmp(&ca, &cb)) != 0)
		return d;
	return strcmp(a->tag ? a->tag : "", b->tag ? b->tag : "");
}

size_t provider_lookup(const struct code *c, const struct provider_info *only,
                       const struct provider_entry **out, size_t max)
{
	size_t n = 0;

	if (c->kind == CODE_REPLY && !only)
		return 0;
	for (size_t i = 0; i < ENTRY_COUNT; i++)
		if ((!only || entries[i].provider == only) && provider_entry_has(&entries[i], c)) {
			if (n < max)
				out[n] = &entries[i];
			n++;
		}
	return n < max ? n : max;
}

/* The first of list found in s; NULL if none. */
static const char *find_any(const char *s, const char *const *list)
{
	for (size_t i = 0; i < PROVIDER_MARKER_MAX && list[i]; i++)
		if (*list[i] && text_find(s, list[i]))
			return list[i];
	return NULL;
}

/* p's entry for the reply: the one whose tag is in the text, else one for its code. */
static const struct provider_entry *entry_for(const struct provider_info *p, const struct reply *rp)
{
	const struct code *codes[2] = {
	    rp->has_enhanced ? &rp->enhanced : NULL,
	    rp->has_code ? &rp->code : NULL,
	};

	for (size_t i = 0; i < ENTRY_COUNT; i++)
		if (entries[i].provider == p && entries[i].tag &&
		    text_find(rp->text, entries[i].tag))
			return &entries[i];
	for (size_t k = 0; k < 2; k++)
		for (size_t i = 0; codes[k] && i < ENTRY_COUNT; i++)
			if (entries[i].provider == p && !entries[i].tag_only &&
			    provider_entry_has(&entries[i], codes[k]))
				return &entries[i];
	return NULL;
}

void provider_identify(const struct reply *rp, struct provider_match *m)
{
	memset(m, 0, sizeof(*m));
	for (size_t i = 0; i < PROVIDER_COUNT && !m->provider; i++)
		if ((m->marker = find_any(rp->text, providers[i].markers)))
			m->provider = &providers[i];
	for (size_t i = 0; i < PROVIDER_COUNT && !m->provider; i++)
		if ((m->marker = find_any(rp->input, providers[i].hosts)))
			m->provider = &providers[i];
	if (m->provider)
		m->entry = entry_for(m->provider, rp);
}
