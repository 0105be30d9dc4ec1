/* entry.c: one code's entry, from the tables or, for a code they lack, from its digits */
#include <stdio.h>
#include <string.h>

#include "smtpcode.h"

/* What to do about a code nobody defined, by its first digit. */
static const char *const unknown_fix[6] = {
    [2] = "Nothing to fix: treat it as a success.",
    [3] = "Send what the server waits for, as for any 3xx reply; if "
          "unsure, read the text that came with the code.",
    [4] = "Let the sending server retry later. If the failure persists, "
          "read the server's text and ask the receiving side's "
          "administrator what it means.",
    [5] = "Do not resend unchanged. Read the server's text for the "
          "reason, and ask the receiving side's administrator if it is "
          "unclear.",
};

static const enum actor unknown_actor[6] = {
    [2] = ACTOR_NOBODY,
    [3] = ACTOR_CLIENT,
    [4] = ACTOR_CLIENT,
    [5] = ACTOR_SENDER,
};

bool list_has(const char *list, const char *id)
{
	size_t len = strlen(id);

	for (const char *p = list; p && (p = strstr(p, id)); p += len)
		if ((p == list || p[-1] == ' ') && (p[len] == ' ' || p[len] == '\0'))
			return true;
	return false;
}

static void append(char *buf, size_t size, const char *s)
{
	size_t used = strlen(buf);

	snprintf(buf + used, size - used, "%s%s", used ? " " : "", s);
}

/* The enhanced codes whose registry entry names this reply code, in its class. */
static void reply_enhanced(struct entry *e)
{
	char code[8], id[16];

	code_format(&e->code, code, sizeof(code));
	for (int s = 0; s <= SUBJECT_MAX; s++)
		for (int d = 0; d <= DETAIL_MAX; d++) {
			const struct enhanced_info *x = enhanced_info(s, d);

			if (x && e->code.cls != 3 && list_has(x->associated, code)) {
				snprintf(id, sizeof(id), "%d.%d.%d", e->code.cls, s, d);
				append(e->list_buf, sizeof(e->list_buf), id);
			}
		}
	e->enhanced = e->list_buf;
}

/* Known codes sharing the first two digits: the nearest relatives of an unknown one. */
static void reply_neighbours(struct entry *e)
{
	int base = code_value(&e->code) / 10 * 10;
	char id[16];

	for (int c = reply_next(base - 1); c >= 0 && c < base + 10; c = reply_next(c)) {
		snprintf(id, sizeof(id), "%d", c);
		append(e->list_buf, sizeof(e->list_buf), id);
	}
	e->related = e->list_buf;
}

static void reply_get(struct entry *e)
{
	const struct reply_info *r = reply_info(code_value(&e->code));
	int cls = e->code.cls, cat = e->code.subject;

	if (r) {
		e->known = true;
		e->name = r->name;
		e->description = r->description;
		e->when = r->when;
		e->fix = r->fix;
		e->use = r->use;
		e->refs = r->refs;
		e->related = r->related;
		e->notes = r->notes;
		e->commands = r->commands;
		e->status = r->status;
		e->actor = r->actor;
		reply_enhanced(e);
		return;
	}
	e->name = "Unknown Code";
	snprintf(e->description_buf, sizeof(e->description_buf),
	         "No RFC defines %s, but its digits still say what kind of "
	         "reply it is. %s %s",
	         e->id, class_meaning(cls), category_meaning(cat));
	e->description = e->description_buf;
	e->when = "Some servers send codes that no standard defines. RFC 5321 "
	          "asks a client to act on the first digit of a code it does "
	          "not know.";
	e->fix = unknown_fix[cls];
	e->use = "No standard says when to send it: a server should use a "
	         "code that RFC 5321 or an extension defines.";
	e->refs = "RFC 5321 sections 4.2, 4.2.1";
	e->status = STATUS_UNKNOWN;
	e->actor = unknown_actor[cls];
	e->enhanced = "";
	reply_neighbours(e);
}

static const char *classes_phrase(unsigned classes)
{
	static const char *const phrase[8] = {
	    [1] = "success reports only",
	    [2] = "persistent transient failures only",
	    [4] = "permanent failures only",
	    [3] = "success reports and persistent transient failures",
	    [5] = "success reports and permanent failures",
	    [6] = "persistent transient and permanent failures",
	    [7] = "success reports and both kinds of failure",
	};
	unsigned bits = (classes & CLASS_SUCCESS ? 1u : 0) | (classes & CLASS_TRANSIENT ? 2u : 0) |
	                (classes & CLASS_PERMANENT ? 4u : 0);

	return phrase[bits];
}

static void enhanced_get(struct entry *e)
{
	const struct enhanced_info *x = enhanced_info(e->code.subject, e->code.detail);
	int cls = e->code.cls, subj = e->code.subject;
	char general[16];

	snprintf(general, sizeof(general), "X.%d.%d", subj, e->code.detail);
	if (x) {
		e->known = true;
		e->name = x->name;
		e->description = x->description;
		e->when = x->when;
		e->fix = x->fix;
		e->refs = x->refs;
		e->associated = x->associated;
		e->notes = x->notes;
		e->classes = x->classes;
		e->status = x->status;
		e->actor = x->actor;
		if (cls && x->classes && !(x->classes & 1u << cls)) {
			snprintf(e->notes_buf, sizeof(e->notes_buf),
			         "The registry describes %s for %s; %s reports "
			         "it as %s.%s%s",
			         general, classes_phrase(x->classes), e->id,
			         cls == 2   ? "a success"
			         : cls == 4 ? "a transient failure"
			                    : "a permanent failure",
			         x->notes ? " " : "", x->notes ? x->notes : "");
			e->notes = e->notes_buf;
		}
		return;
	}
	snprintf(e->name_buf, sizeof(e->name_buf), "Unregistered %s Code",
	         subj <= SUBJECT_MAX ? subject_name(subj) : "Unknown Subject");
	e->name = e->name_buf;
	snprintf(e->description_buf, sizeof(e->description_buf), "The registry has no %s. %s%s%s",
	         general, cls ? enhanced_class_meaning(cls) : "", cls ? " " : "",
	         subj <= SUBJECT_MAX ? subject_meaning(subj)
	                             : "Its subject is above 7, which no RFC defines, "
	                               "so the code says no more than its class.");
	e->description = e->description_buf;
	e->when = "Servers and large providers send private codes that the "
	          "registry does not list; the text after the code gives the "
	          "server's own meaning.";
	e->fix = cls ? unknown_fix[cls]
	             : "Look at the class it came with: a 4 is retried later, "
	               "a 5 is not retried unchanged.";
	e->refs = "RFC 3463 sections 2, 3";
	e->associated = "";
	e->status = STATUS_UNKNOWN;
	e->actor = cls ? unknown_actor[cls] : ACTOR_SENDER;
}

void entry_get(struct entry *e, const struct code *c)
{
	memset(e, 0, sizeof(*e));
	e->code = *c;
	code_format(c, e->id, sizeof(e->id));
	if (c->kind == CODE_REPLY)
		reply_get(e);
	else
		enhanced_get(e);
}

void entry_class_label(const struct entry *e, char *buf, size_t size)
{
	int cls = e->code.cls;

	if (e->code.kind == CODE_REPLY)
		snprintf(buf, size, "%dxx %s", cls, class_name(cls));
	else if (cls)
		snprintf(buf, size, "%d.x.x %s", cls, enhanced_class_name(cls));
	else
		snprintf(buf, size, "X.x.x Any Class");
}
