/* render.c: entries and comparisons as text for people, wrapped to a width */
#include <stdlib.h>
#include <string.h>

#include "smtpcode.h"

#define LABEL_WIDTH 12    /* "References" and a gap: where short fields' values start */
#define NARROW      40    /* below this, a short field's label takes a line of its own */
#define GAP         " | " /* between the columns of a comparison */

static const struct {
	const char *description, *when, *fix, *notes, *retry, *answers, *enhanced, *replies,
	    *related, *references, *differences, *which, *reply, *verdict, *command, *warning;
	const char *verdicts[4], *delivered;
} label = {
    "Description",
    "When you see it",
    "How to fix",
    "Notes",
    "Retry",
    "Answers",
    "Enhanced",
    "Replies",
    "Related",
    "References",
    "Key differences",
    "When to use which",
    "Reply",
    "Verdict",
    "Command",
    "Warning",
    {
        "Success: the server did what was asked",
        "Continue: the server waits for the rest of the command",
        "Temporary failure: retry later; a mail server retries by itself",
        "Permanent failure: do not retry unchanged",
    },
    "Delivered: the receiving server took the message",
};

static void spaces(FILE *f, size_t n)
{
	while (n-- > 0)
		putc(' ', f);
}

/*
 * text wrapped to width: the output is at column cursor; the first line starts
 * at column first, the others at column indent.
 */
static void wrapped(FILE *f, const char *text, size_t cursor, size_t first, size_t indent,
                    size_t width)
{
	size_t at = first;

	while (*text) {
		const char *next;
		size_t len = wrap_line(text, width > at ? width - at : 1, &next);

		if (len > 0)
			spaces(f, at > cursor ? at - cursor : 0);
		fprintf(f, "%.*s\n", (int)len, text);
		at = indent;
		cursor = 0;
		text = next;
	}
}

/* A short field: its label, then its value wrapped under the value column. */
static void field(FILE *f, const char *name, const char *value, size_t width)
{
	if (!value || !*value)
		return;
	if (width < NARROW) {
		if (*name)
			fprintf(f, "%s\n", name);
		wrapped(f, value, 0, 2, 2, width);
		return;
	}
	fputs(name, f);
	wrapped(f, value, strlen(name), LABEL_WIDTH, LABEL_WIDTH, width);
}

static void section(FILE *f, const char *name, const char *text, size_t width)
{
	if (!text)
		return;
	fprintf(f, "\n%s\n", name);
	wrapped(f, text, 0, 2, 2, width);
}

static void heading(const struct entry *e, char *buf, size_t size)
{
	char cls[64];
	size_t used;

	entry_class_label(e, cls, sizeof(cls));
	used = (size_t)snprintf(buf, size, "%s", cls);
	if (e->code.kind == CODE_ENHANCED && used < size)
		used +=
		    (size_t)snprintf(buf + used, size - used, ", X.%d %s", e->code.subject,
		                     e->code.subject <= SUBJECT_MAX ? subject_name(e->code.subject)
		                                                    : "Unknown Subject");
	if (used < size)
		snprintf(buf + used, size - used, ", %s", status_name(e->status));
}

/* One code per line with its name: "450 Mailbox Unavailable". */
static void code_list(FILE *f, const char *name, const char *list, size_t width)
{
	char line[128];
	const char *p = list;

	while (p && *p) {
		size_t len = strcspn(p, " ");
		const struct reply_info *r;
		char id[8];

		snprintf(id, sizeof(id), "%.*s", (int)len, p);
		r = reply_info(atoi(id));
		snprintf(line, sizeof(line), "%s %s", id, r ? r->name : "");
		field(f, name, line, width);
		name = "";
		p += len;
		p += strspn(p, " ");
	}
}

/* Enhanced codes in a comma-separated run: "5.1.1, 5.7.1". */
static void id_run(FILE *f, const char *name, const char *list, size_t width)
{
	char run[512];
	size_t used = 0;

	for (const char *p = list; *p && used < sizeof(run) - 2; p++)
		used +=
		    (size_t)snprintf(run + used, sizeof(run) - used, *p == ' ' ? ", " : "%c", *p);
	run[used < sizeof(run) ? used : sizeof(run) - 1] = '\0';
	field(f, name, run, width);
}

/* References one document a line. */
static void ref_list(FILE *f, const char *refs, size_t width)
{
	const char *name = label.references;
	char item[256];

	while (*refs) {
		size_t len = strcspn(refs, ";");

		snprintf(item, sizeof(item), "%.*s", (int)len, refs);
		field(f, name, item, width);
		name = "";
		refs += len;
		refs += strspn(refs, "; ");
	}
}

void entry_print(FILE *f, const struct entry *e, const struct render *r)
{
	char title[160], line[160], commands[256];

	snprintf(title, sizeof(title), "SMTP %s %s", e->id, e->name);
	wrapped(f, title, 0, 0, 2, r->width);
	heading(e, line, sizeof(line));
	wrapped(f, line, 0, 0, 2, r->width);
	section(f, label.description, e->description, r->width);
	section(f, label.when, e->when, r->width);
	section(f, label.fix, e->fix, r->width);
	section(f, label.notes, e->notes, r->width);
	fputc('\n', f);
	field(f, label.retry, retry_advice(e->code.cls), r->width);
	if (e->commands) {
		commands_format(e->commands, commands, sizeof(commands));
		field(f, label.answers, commands, r->width);
	}
	if (e->enhanced)
		id_run(f, label.enhanced, e->enhanced, r->width);
	if (e->associated)
		code_list(f, label.replies, e->associated, r->width);
	if (e->related)
		code_list(f, label.related, e->related, r->width);
	ref_list(f, e->refs, r->width);
}

/* One row of two columns: left padded to its width, the gap, then right. */
static void row(FILE *f, const char *l, size_t llen, const char *rt, size_t rlen, size_t col)
{
	size_t used = text_width(l, llen);

	fprintf(f, "%.*s", (int)llen, l);
	spaces(f, used < col ? col - used : 0);
	if (rlen == 0)
		fputs(" |\n", f); /* no trailing blank */
	else
		fprintf(f, GAP "%.*s\n", (int)rlen, rt);
}

/* Two texts wrapped side by side, each to its column, until both are used up. */
static void columns(FILE *f, const char *l, const char *rt, size_t col)
{
	while (*l || *rt) {
		const char *ln = l, *rn = rt;
		size_t llen = *l ? wrap_line(l, col, &ln) : 0;
		size_t rlen = *rt ? wrap_line(rt, col, &rn) : 0;

		row(f, l, llen, rt, rlen, col);
		l = ln;
		rt = rn;
	}
}

static void column_section(FILE *f, const char *name, const char *l, const char *rt, size_t col)
{
	row(f, "", 0, "", 0, col);
	columns(f, name, name, col);
	columns(f, l ? l : "", rt ? rt : "", col);
}

static void compare_tail(FILE *f, const struct entry *a, const struct entry *b,
                         const struct diff *d, size_t width)
{
	/* Two classes of one registry code differ only in what their class says. */
	bool one_code = a->code.kind == CODE_ENHANCED && b->code.kind == CODE_ENHANCED &&
	                a->code.subject == b->code.subject && a->code.detail == b->code.detail;
	char num[16], which[1024];

	fprintf(f, "\n%s\n", label.differences);
	for (int i = 0; i < d->n; i++) {
		snprintf(num, sizeof(num), "%2d. ", i + 1);
		fputs(num, f);
		wrapped(f, d->line[i], strlen(num), strlen(num), strlen(num), width);
	}
	fprintf(f, "\n%s\n", label.which);
	for (const struct entry *e = a; e; e = e == a ? b : NULL) {
		const char *use = e->use ? e->use : e->when;

		if (one_code && e->code.cls)
			use = enhanced_class_meaning(e->code.cls);
		snprintf(which, sizeof(which), "%s (%s): %s", e->id, e->name, use);
		wrapped(f, which, 0, 2, 4, width);
	}
}

void compare_print(FILE *f, const struct entry *a, const struct entry *b, const struct render *r)
{
	struct diff d;
	char ha[160], hb[160], ta[160], tb[160], title[320];
	size_t col = r->width > 3 ? (r->width - strlen(GAP)) / 2 : 1;

	compare_diff(a, b, &d);
	snprintf(title, sizeof(title), "SMTP %s %s vs %s %s", a->id, a->name, b->id, b->name);
	wrapped(f, title, 0, 0, 2, r->width);
	fputc('\n', f);
	wrapped(f, d.summary, 0, 0, 0, r->width);
	fputc('\n', f);
	if (d.same) {
		entry_print(f, a, r);
		return;
	}
	if (r->width < 60) {
		entry_print(f, a, r);
		fputc('\n', f);
		entry_print(f, b, r);
	} else {
		snprintf(ta, sizeof(ta), "%s %s", a->id, a->name);
		snprintf(tb, sizeof(tb), "%s %s", b->id, b->name);
		columns(f, ta, tb, col);
		heading(a, ha, sizeof(ha));
		heading(b, hb, sizeof(hb));
		columns(f, ha, hb, col);
		column_section(f, label.description, a->description, b->description, col);
		column_section(f, label.when, a->when, b->when, col);
		column_section(f, label.fix, a->fix, b->fix, col);
		column_section(f, label.references, a->refs, b->refs, col);
	}
	compare_tail(f, a, b, &d, r->width);
}

/* A code's short entry: its name, what it means and how to fix it. */
static void brief(FILE *f, const struct code *c, size_t width)
{
	struct entry e;
	char title[160], fix[2048];

	entry_get(&e, c);
	snprintf(title, sizeof(title), "%s %s", e.id, e.name);
	snprintf(fix, sizeof(fix), "%s: %s", label.fix, e.fix);
	fputc('\n', f);
	wrapped(f, title, 0, 0, 2, width);
	wrapped(f, e.description, 0, 2, 2, width);
	wrapped(f, fix, 0, 2, 2, width);
}

void reply_print(FILE *f, const struct reply *rp, const struct render *r)
{
	char line[REPLY_TEXT_MAX + 32], id[16];
	size_t used = 0;

	line[0] = '\0';
	if (rp->has_code)
		used += (size_t)snprintf(line, sizeof(line), "%d", code_value(&rp->code));
	if (rp->has_enhanced) {
		code_format(&rp->enhanced, id, sizeof(id));
		used +=
		    (size_t)snprintf(line + used, sizeof(line) - used, "%s%s", used ? " " : "", id);
	}
	if (rp->text[0])
		snprintf(line + used, sizeof(line) - used, " %s", rp->text);
	field(f, label.reply, line, r->width);
	field(f, label.verdict,
	      rp->verdict == VERDICT_SUCCESS && rp->command == CMD_DATA
	          ? label.delivered
	          : label.verdicts[rp->verdict],
	      r->width);
	if (rp->command)
		field(f, label.command, command_name(rp->command), r->width);
	for (int i = 0; i < rp->nwarnings; i++)
		field(f, label.warning, rp->warning[i], r->width);
	if (rp->has_code)
		brief(f, &rp->code, r->width);
	if (rp->has_enhanced)
		brief(f, &rp->enhanced, r->width);
}
