/* compare.c: what sets two codes apart, worked out from their data rather than restated */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "smtpcode.h"

/* Whether to retry, by class; [0] is a class-free enhanced code. */
static const char *const retry_one[6] = {
    [0] = "takes its retry rule from the class it is sent with",
    [2] = "needs no retry, as the action succeeded",
    [3] = "needs no retry, as the client goes on with the next step",
    [4] = "is retried later, as the condition is temporary",
    [5] = "must not be retried unchanged, as it would fail the same way",
};
static const char *const retry_both[6] = {
    [0] = "Both take their retry rule from the class they are sent with.",
    [2] = "Neither needs a retry: both report success.",
    [3] = "Neither needs a retry: the client goes on with the next step.",
    [4] = "Both are retried later: the conditions are temporary.",
    [5] = "Neither is retried unchanged: both would fail the same way.",
};

static const char *const actor_one[] = {
    [ACTOR_NOBODY] = "needs nobody to act",
    [ACTOR_CLIENT] = "is handled by the sending software by itself",
    [ACTOR_SENDER] = "needs the sender or the sending system's administrator to act",
    [ACTOR_RECIPIENT] = "needs the recipient or the receiving system's administrator to act",
};
static const char *const actor_both[] = {
    [ACTOR_NOBODY] = "Neither needs anybody to act.",
    [ACTOR_CLIENT] = "Both are handled by the sending software by itself.",
    [ACTOR_SENDER] = "Both need the sender or the sending system's administrator to act.",
    [ACTOR_RECIPIENT] = "Both need the recipient or the receiving system's administrator to act.",
};

static const char *const status_phrase[] = {
    [STATUS_UNKNOWN] = "defined by no RFC or registry",
    [STATUS_STANDARD] = "part of the base standard",
    [STATUS_EXTENSION] = "defined by an extension",
    [STATUS_OBSOLETE] = "obsolete",
    [STATUS_NONSTANDARD] = "not standardized",
};

/* The stages of a session, in the order a session meets them. */
static const struct {
	unsigned commands;
	const char *name;
} stage[] = {
    {CMD_GREETING, "when the connection opens"},
    {CMD_EHLO | CMD_STARTTLS | CMD_AUTH, "while the session is set up"},
    {CMD_MAIL | CMD_RCPT, "in the envelope"},
    {CMD_DATA | CMD_BDAT | CMD_BURL, "during message transfer"},
    {CMD_QUIT, "at the end of the session"},
    {CMD_RSET | CMD_VRFY | CMD_EXPN | CMD_HELP | CMD_NOOP | CMD_ETRN | CMD_ATRN,
     "for the other commands"},
    {CMD_ANY, "at any point"},
};

__attribute__((format(printf, 2, 3))) static void add(struct diff *d, const char *fmt, ...)
{
	va_list ap;

	if (d->n == DIFF_MAX)
		return;
	va_start(ap, fmt);
	vsnprintf(d->line[d->n++], DIFF_LEN, fmt, ap);
	va_end(ap);
}

/* Append one item of a list with left items still to come: "a, b or c". */
static size_t list_item(char *buf, size_t size, size_t used, const char *item, int left,
                        const char *last)
{
	if (used >= size)
		return used;
	return used + (size_t)snprintf(buf + used, size - used, "%s%s", item,
	                               left > 1    ? ", "
	                               : left == 1 ? last
	                                           : "");
}

/* Join the names of the set bits: "MAIL, RCPT or DATA". */
size_t commands_format(unsigned commands, char *buf, size_t size)
{
	size_t used = 0;
	int left = 0;

	buf[0] = '\0';
	for (int i = 0; i < CMD_COUNT; i++)
		left += (commands & 1u << i) != 0;
	for (int i = 0; i < CMD_COUNT; i++)
		if (commands & 1u << i)
			used = list_item(buf, size, used, command_name(1u << i), --left, " or ");
	return used;
}

/* The stages of a session those commands belong to: "in the envelope and ...". */
static void stages_format(unsigned commands, char *buf, size_t size)
{
	size_t n = sizeof(stage) / sizeof(stage[0]), used = 0;
	int left = 0;

	buf[0] = '\0';
	for (size_t i = 0; i < n; i++)
		left += (commands & stage[i].commands) != 0;
	for (size_t i = 0; i < n; i++)
		if (commands & stage[i].commands)
			used = list_item(buf, size, used, stage[i].name, --left, " and ");
}

static const char *article(const char *word)
{
	return word[0] == 'X' || word[0] == '8' ? "an" : "a";
}

static const char *noun(const struct entry *e)
{
	return e->code.kind == CODE_REPLY ? "reply" : "code";
}

static const char *nouns(const struct entry *e)
{
	return e->code.kind == CODE_REPLY ? "replies" : "codes";
}

/* The first sentence of a text, cut at ". " */
static int first_sentence(const char *s)
{
	const char *end = strstr(s, ". ");

	return end ? (int)(end - s + 1) : (int)strlen(s);
}

static void diff_class(const struct entry *a, const struct entry *b, struct diff *d)
{
	char la[64], lb[64], classes[256];

	entry_class_label(a, la, sizeof(la));
	entry_class_label(b, lb, sizeof(lb));
	if (strcmp(la, lb) == 0) {
		add(d, "Both are %s %s.", la, nouns(a));
		snprintf(classes, sizeof(classes), "%s (%s) and %s (%s) are both %s %s.", a->id,
		         a->name, b->id, b->name, la, nouns(a));
	} else {
		add(d, "%s is %s %s %s, while %s is %s %s %s.", a->id, article(la), la, noun(a),
		    b->id, article(lb), lb, noun(b));
		snprintf(classes, sizeof(classes),
		         "%s (%s) is %s %s %s, while %s (%s) is %s %s %s.", a->id, a->name,
		         article(la), la, noun(a), b->id, b->name, article(lb), lb, noun(b));
	}
	snprintf(d->summary, sizeof(d->summary), "%s %s: %.*s %s: %.*s", classes, a->id,
	         first_sentence(a->description), a->description, b->id,
	         first_sentence(b->description), b->description);
}

/* A reply code beside an enhanced code: does the registry pair them? */
static void diff_kind(const struct entry *r, const struct entry *x, struct diff *d)
{
	bool paired =
	    list_has(x->associated, r->id) && (x->code.cls == 0 || x->code.cls == r->code.cls);

	add(d,
	    "%s is a three-digit reply code; %s is an enhanced status code, "
	    "which refines the reply it follows. %s",
	    r->id, x->id,
	    paired ? "The two are used together."
	           : "The two are not paired by any RFC or the registry.");
}

static void diff_stage(const struct entry *a, const struct entry *b, struct diff *d)
{
	char ca[160], cb[160], sa[160], sb[160];

	if (!a->commands || !b->commands)
		return;
	commands_format(a->commands, ca, sizeof(ca));
	commands_format(b->commands, cb, sizeof(cb));
	stages_format(a->commands, sa, sizeof(sa));
	stages_format(b->commands, sb, sizeof(sb));
	if (a->commands == b->commands)
		add(d, "Both answer %s, %s.", ca, sa);
	else
		add(d, "%s answers %s, %s; %s answers %s, %s.", a->id, ca, sa, b->id, cb, sb);
}

static void diff_subject(const struct entry *a, const struct entry *b, struct diff *d)
{
	int sa = a->code.subject, sb = b->code.subject;
	const char *na = sa <= SUBJECT_MAX ? subject_name(sa) : "an undefined subject";
	const char *nb = sb <= SUBJECT_MAX ? subject_name(sb) : "an undefined subject";

	if (sa == sb)
		add(d, "Both have the subject X.%d, %s.", sa, na);
	else
		add(d, "%s has the subject X.%d, %s; %s has X.%d, %s.", a->id, sa, na, b->id, sb,
		    nb);
}

void compare_diff(const struct entry *a, const struct entry *b, struct diff *d)
{
	int ca = a->code.cls, cb = b->code.cls;

	memset(d, 0, sizeof(*d));
	if (strcmp(a->id, b->id) == 0) {
		d->same = true;
		add(d, "%s and %s are the same code: there is no difference to show.", a->id,
		    b->id);
		snprintf(d->summary, sizeof(d->summary), "%s", d->line[0]);
		return;
	}
	diff_class(a, b, d);
	if (a->code.kind != b->code.kind)
		diff_kind(a->code.kind == CODE_REPLY ? a : b, a->code.kind == CODE_REPLY ? b : a,
		          d);
	if (ca == cb)
		add(d, "%s", retry_both[ca]);
	else
		add(d, "%s %s; %s %s.", a->id, retry_one[ca], b->id, retry_one[cb]);
	if (a->actor == b->actor)
		add(d, "%s", actor_both[a->actor]);
	else
		add(d, "%s %s; %s %s.", a->id, actor_one[a->actor], b->id, actor_one[b->actor]);
	if (a->code.kind == CODE_REPLY && b->code.kind == CODE_REPLY) {
		diff_stage(a, b, d);
		if (a->code.subject != b->code.subject)
			add(d, "%s is in the category %s (x%dx); %s in %s (x%dx).", a->id,
			    category_name(a->code.subject), a->code.subject, b->id,
			    category_name(b->code.subject), b->code.subject);
	} else if (a->code.kind == CODE_ENHANCED && b->code.kind == CODE_ENHANCED) {
		diff_subject(a, b, d);
	}
	if (a->status != b->status)
		add(d, "%s is %s; %s is %s.", a->id, status_phrase[a->status], b->id,
		    status_phrase[b->status]);
}
