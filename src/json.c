/* json.c: entries and comparisons as JSON for scripts, one object per line */
#include <string.h>

#include "smtpcode.h"

/* s as a JSON string: quotes, backslashes and controls escaped, bad UTF-8 replaced. */
void json_string(FILE *f, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t len = strlen(s);

	putc('"', f);
	while (len > 0) {
		unsigned long cp;
		size_t n = utf8_decode(p, len, &cp);

		if (n == 0) {
			fputs("\\ufffd", f);
			n = 1;
		} else if (cp == '"' || cp == '\\') {
			fprintf(f, "\\%c", (int)cp);
		} else if (cp == '\n') {
			fputs("\\n", f);
		} else if (cp == '\t') {
			fputs("\\t", f);
		} else if (cp < 0x20 || cp == 0x7f) {
			fprintf(f, "\\u%04lx", cp);
		} else {
			fwrite(p, 1, n, f);
		}
		p += n;
		len -= n;
	}
	putc('"', f);
}

static void key(FILE *f, const char *name)
{
	fprintf(f, ",\"%s\":", name);
}

static void key_string(FILE *f, const char *name, const char *value)
{
	key(f, name);
	if (value)
		json_string(f, value);
	else
		fputs("null", f);
}

/* A list in the tables ("451 550" or "RFC 5321; RFC 7505") as a JSON array. */
static void key_list(FILE *f, const char *name, const char *list, const char *sep)
{
	char item[256];
	const char *p = list ? list : "";

	key(f, name);
	putc('[', f);
	for (int i = 0; *p; i++) {
		size_t len = strcspn(p, sep);

		snprintf(item, sizeof(item), "%.*s", (int)len, p);
		if (i)
			putc(',', f);
		json_string(f, item);
		p += len;
		p += strspn(p, sep);
		p += strspn(p, " ");
	}
	putc(']', f);
}

/* An entry's object without its closing brace, for entry_object and the lookup's. */
static void entry_fields(FILE *f, const struct entry *e)
{
	static const char *const actor[] = {"nobody", "client", "sender", "recipient"};
	char buf[64];
	int cls = e->code.cls;

	fputs("{\"code\":", f);
	json_string(f, e->id);
	key_string(f, "kind", e->code.kind == CODE_REPLY ? "reply" : "enhanced");
	fprintf(f, ",\"known\":%s", e->known ? "true" : "false");
	if (e->code.kind == CODE_REPLY) {
		snprintf(buf, sizeof(buf), "%dxx", cls);
		key_string(f, "class", buf);
		key_string(f, "class_name", class_name(cls));
	} else {
		snprintf(buf, sizeof(buf), cls ? "%d" : "X", cls);
		key_string(f, "class", buf);
		key_string(f, "class_name", cls ? enhanced_class_name(cls) : NULL);
		snprintf(buf, sizeof(buf), "X.%d", e->code.subject);
		key_string(f, "subject", buf);
		key_string(f, "subject_name", subject_name(e->code.subject));
	}
	key_string(f, "name", e->name);
	key_string(f, "description", e->description);
	key_string(f, "when", e->when);
	key_string(f, "fix", e->fix);
	if (e->code.kind == CODE_REPLY) {
		key_string(f, "use", e->use);
		key(f, "commands");
		putc('[', f);
		for (int i = 0, n = 0; i < CMD_COUNT; i++)
			if (e->commands & 1u << i) {
				if (n++)
					putc(',', f);
				json_string(f, command_name(1u << i));
			}
		putc(']', f);
		key_list(f, "related", e->related, " ");
		key_list(f, "enhanced", e->enhanced, " ");
	} else {
		key_list(f, "associated", e->associated, " ");
	}
	key_list(f, "references", e->refs, ";");
	key_string(f, "status", status_name(e->status));
	key_string(f, "actor", actor[e->actor]);
	key_string(f, "notes", e->notes);
}

static void entry_object(FILE *f, const struct entry *e)
{
	entry_fields(f, e);
	putc('}', f);
}

static void provider_entry_object(FILE *f, const struct provider_entry *pe)
{
	struct code c;
	struct entry e;
	int last;
	bool code = provider_entry_code(pe, &c, &last), registered = false;

	if (code) {
		entry_get(&e, &c);
		registered = e.known && c.detail == last;
	}
	fputs("{\"provider\":", f);
	json_string(f, pe->provider->id);
	key_string(f, "provider_name", pe->provider->name);
	key_string(f, "code", pe->code);
	key_string(f, "kind", code && c.kind == CODE_REPLY ? "reply" : "enhanced");
	fprintf(f, ",\"registered\":%s", registered ? "true" : "false");
	key_string(f, "tag", pe->tag);
	key_list(f, "replies", pe->reply, " ");
	key_string(f, "name", pe->name);
	key_string(f, "description", pe->description);
	key_string(f, "fix", pe->fix);
	key_string(f, "notes", pe->notes);
	key_list(f, "references", pe->refs, ";");
	putc('}', f);
}

void provider_entry_print_json(FILE *f, const struct provider_entry *pe)
{
	provider_entry_object(f, pe);
	putc('\n', f);
}

void entry_print_json_providers(FILE *f, const struct entry *e,
                                const struct provider_entry *const *pe, size_t n)
{
	entry_fields(f, e);
	key(f, "providers");
	putc('[', f);
	for (size_t i = 0; i < n; i++) {
		if (i)
			putc(',', f);
		provider_entry_object(f, pe[i]);
	}
	fputs("]}\n", f);
}

void entry_print_json(FILE *f, const struct entry *e)
{
	entry_object(f, e);
	putc('\n', f);
}

void compare_print_json(FILE *f, const struct entry *a, const struct entry *b)
{
	struct diff d;

	compare_diff(a, b, &d);
	fputs("{\"a\":", f);
	entry_object(f, a);
	fputs(",\"b\":", f);
	entry_object(f, b);
	fprintf(f, ",\"same\":%s", d.same ? "true" : "false");
	key_string(f, "summary", d.summary);
	key(f, "differences");
	putc('[', f);
	for (int i = 0; i < d.n; i++) {
		if (i)
			putc(',', f);
		json_string(f, d.line[i]);
	}
	fputs("]}\n", f);
}

void reply_print_json(FILE *f, const struct reply *rp)
{
	struct provider_match m;
	struct entry e;

	fputs("{\"input\":", f);
	json_string(f, rp->input);
	key(f, "reply");
	if (rp->has_code) {
		entry_get(&e, &rp->code);
		entry_object(f, &e);
	} else {
		fputs("null", f);
	}
	key(f, "enhanced");
	if (rp->has_enhanced) {
		entry_get(&e, &rp->enhanced);
		entry_object(f, &e);
	} else {
		fputs("null", f);
	}
	key_string(f, "text", rp->text);
	key_string(f, "command", rp->command ? command_name(rp->command) : NULL);
	key_string(f, "verdict", verdict_name(rp->verdict));
	key(f, "warnings");
	putc('[', f);
	for (int i = 0; i < rp->nwarnings; i++) {
		if (i)
			putc(',', f);
		json_string(f, rp->warning[i]);
	}
	putc(']', f);
	provider_identify(rp, &m);
	key(f, "provider");
	if (m.provider) {
		fputs("{\"id\":", f);
		json_string(f, m.provider->id);
		key_string(f, "name", m.provider->name);
		key_string(f, "marker", m.marker);
		key(f, "entry");
		if (m.entry)
			provider_entry_object(f, m.entry);
		else
			fputs("null", f);
		putc('}', f);
	} else {
		fputs("null", f);
	}
	key_string(f, "provider_note", m.entry ? m.entry->notes : NULL);
	fputs("}\n", f);
}

void scan_print_json(FILE *f, const struct scan_row *row, size_t total, enum scan_by by)
{
	int cls = scan_row_class(row);
	char id[16];
	struct entry e;

	fprintf(f, "{\"count\":%zu,\"percent\":%.1f", row->count, scan_row_share(row, total));
	if (by != SCAN_ENHANCED) {
		code_format(&row->code, id, sizeof(id));
		key_string(f, "reply", row->has_code ? id : NULL);
	}
	if (by != SCAN_REPLY) {
		code_format(&row->enhanced, id, sizeof(id));
		key_string(f, "enhanced", row->has_enhanced ? id : NULL);
	}
	key_string(f, "verdict", cls ? verdict_name(verdict_of(cls)) : NULL);
	key_string(f, "name", scan_row_entry(row, &e) ? e.name : NULL);
	fputs("}\n", f);
}
