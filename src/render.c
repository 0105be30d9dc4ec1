/* render.c: entries, comparisons, replies and lists as text for people, wrapped to a width */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "smtpcode.h"

#define LABEL_WIDTH  12    /* "References" and a gap: where short fields' values start */
#define NARROW       40    /* below this, a short field's label takes a line of its own */
#define GAP          " | " /* between the columns of a comparison */
#define LIST_CODE    8     /* list: the code's column, then the class label's */
#define LIST_CLASS   36
#define LIST_PCODE   13 /* list --provider: "5.7.606-649" and a gap, then the provider's name */
#define LIST_PNAME   29
#define SCAN_CODE    9 /* scan: the widest codes, 550 and 5.999.999 */
#define SCAN_VERDICT 12
#define BOLD         "\033[1m"
#define PLAIN        "\033[0m"

/* Section labels and fixed phrases; the explanations themselves stay in English. */
struct labels {
	const char *description, *when, *fix, *notes, *retry, *answers, *enhanced, *replies,
	    *related, *references, *differences, *which, *reply, *verdict, *command, *warning,
	    *provider, *marker, *registry;
	const char *colon; /* after an inline label */
	const char *verdicts[4], *delivered;
};

static const struct labels labels[] = {
    [LANG_EN] =
        {
            .description = "Description",
            .when = "When you see it",
            .fix = "How to fix",
            .notes = "Notes",
            .retry = "Retry",
            .answers = "Answers",
            .enhanced = "Enhanced",
            .replies = "Replies",
            .related = "Related",
            .references = "References",
            .differences = "Key differences",
            .which = "When to use which",
            .reply = "Reply",
            .verdict = "Verdict",
            .command = "Command",
            .warning = "Warning",
            .provider = "Provider",
            .marker = "Marker",
            .registry = "Registry",
            .colon = ": ",
            .verdicts =
                {
                    "Success: the server did what was asked",
                    "Continue: the server waits for the rest of the command",
                    "Temporary failure: retry later; a mail server retries by itself",
                    "Permanent failure: do not retry unchanged",
                },
            .delivered = "Delivered: the receiving server took the message",
        },
    [LANG_FR] =
        {
            .description = "Description",
            .when = "Quand vous le voyez",
            .fix = "Comment résoudre",
            .notes = "Remarques",
            .retry = "Réessai",
            .answers = "Répond à",
            .enhanced = "Étendus",
            .replies = "Réponses",
            .related = "Voir aussi",
            .references = "Références",
            .differences = "Différences clés",
            .which = "Quand utiliser lequel",
            .reply = "Réponse",
            .verdict = "Verdict",
            .command = "Commande",
            .warning = "Attention",
            .provider = "Fournisseur",
            .marker = "Marqueur",
            .registry = "Registre",
            .colon = " : ",
            .verdicts =
                {
                    "Succès : le serveur a fait ce qui était demandé",
                    "Continuer : le serveur attend la suite de la commande",
                    "Échec temporaire : réessayer plus tard ; un serveur de messagerie "
                    "le fait de lui-même",
                    "Échec permanent : ne pas réessayer tel quel",
                },
            .delivered = "Distribué : le serveur destinataire a pris le message",
        },
    [LANG_ZH] =
        {
            .description = "描述",
            .when = "何时出现",
            .fix = "如何修复",
            .notes = "备注",
            .retry = "重试",
            .answers = "响应命令",
            .enhanced = "增强码",
            .replies = "回复码",
            .related = "相关",
            .references = "参考",
            .differences = "主要区别",
            .which = "何时使用哪个",
            .reply = "回复",
            .verdict = "结论",
            .command = "命令",
            .warning = "警告",
            .provider = "服务商",
            .marker = "标记",
            .registry = "注册表",
            .colon = "：",
            .verdicts =
                {
                    "成功：服务器已完成所请求的操作",
                    "继续：服务器在等待命令的其余部分",
                    "临时失败：稍后重试；邮件服务器会自动重试",
                    "永久失败：不要原样重试",
                },
            .delivered = "已投递：接收服务器已接收该邮件",
        },
};

/*
 * Labels are written in UTF-8, so a locale chooses French or Chinese only
 * when it names no codeset ("fr", "zh_CN") or names UTF-8 ("fr_FR.UTF-8").
 */
bool lang_parse(const char *locale, enum lang *lang)
{
	static const char *const code[] = {[LANG_EN] = "en", [LANG_FR] = "fr", [LANG_ZH] = "zh"};
	const char *codeset;

	if (!locale || strlen(locale) < 2 || (locale[2] && !strchr("_.@", locale[2])))
		return false;
	codeset = strchr(locale, '.');
	if (codeset && strncasecmp(codeset, ".UTF-8", 6) != 0 &&
	    strncasecmp(codeset, ".utf8", 5) != 0)
		return false;
	for (size_t i = 0; i < sizeof(code) / sizeof(*code); i++)
		if (strncmp(locale, code[i], 2) == 0) {
			*lang = (enum lang)i;
			return true;
		}
	return false;
}

static const struct labels *label_of(const struct render *r)
{
	return &labels[r->lang];
}

static void spaces(FILE *f, size_t n)
{
	while (n-- > 0)
		putc(' ', f);
}

static size_t width_of(const char *s)
{
	return text_width(s, strlen(s));
}

/* The escape sequence for a code's class: 2 green, 3 cyan, 4 yellow, 5 red. */
static const char *class_color(int cls)
{
	static const char *const color[6] = {
	    [2] = "\033[32m", [3] = "\033[36m", [4] = "\033[33m", [5] = "\033[31m"};

	return cls >= 0 && cls <= 5 ? color[cls] : NULL;
}

/* s[0..len), with every word that is a code coloured by its class when paint is set. */
static void put(FILE *f, const char *s, size_t len, bool paint)
{
	const char *end = s + len;

	if (!paint) {
		fwrite(s, 1, len, f);
		return;
	}
	while (s < end) {
		size_t word = strcspn(s, " ");
		size_t lead = strspn(s, "(");
		char core[16];
		struct code c;
		const char *why, *color = NULL;

		if (word > (size_t)(end - s))
			word = (size_t)(end - s);
		if (word > lead && word - lead < sizeof(core)) {
			size_t n = word - lead;

			while (n > 0 && strchr(",:;)", s[lead + n - 1]))
				n--;
			snprintf(core, sizeof(core), "%.*s", (int)n, s + lead);
			if (code_parse(core, &c, &why))
				color = class_color(c.cls);
			if (color) {
				fprintf(f, "%.*s%s%s" PLAIN "%.*s", (int)lead, s, color, core,
				        (int)(word - lead - n), s + lead + n);
				s += word;
				continue;
			}
		}
		fwrite(s, 1, word, f);
		s += word;
		while (s < end && *s == ' ')
			putc(*s++, f);
	}
}

/*
 * text wrapped to width: the output is at column cursor; the first line starts
 * at column first, the others at column indent. With paint, codes are coloured.
 */
static void out(FILE *f, const char *text, size_t cursor, size_t first, size_t indent, size_t width,
                bool paint)
{
	size_t at = first;

	while (*text) {
		const char *next;
		size_t len = wrap_line(text, width > at ? width - at : 1, &next);

		if (len > 0)
			spaces(f, at > cursor ? at - cursor : 0);
		put(f, text, len, paint);
		putc('\n', f);
		at = indent;
		cursor = 0;
		text = next;
	}
}

static void wrapped(FILE *f, const char *text, size_t cursor, size_t first, size_t indent,
                    size_t width)
{
	out(f, text, cursor, first, indent, width, false);
}

static void label_out(FILE *f, const struct render *r, const char *name)
{
	fprintf(f, r->color ? BOLD "%s" PLAIN : "%s", name);
}

/* A short field: its label, then its value wrapped under the value column. */
static void field(FILE *f, const struct render *r, const char *name, const char *value, bool paint)
{
	paint = paint && r->color;
	if (!value || !*value)
		return;
	if (r->width < NARROW) {
		if (*name) {
			label_out(f, r, name);
			putc('\n', f);
		}
		out(f, value, 0, 2, 2, r->width, paint);
		return;
	}
	label_out(f, r, name);
	out(f, value, width_of(name), LABEL_WIDTH, LABEL_WIDTH, r->width, paint);
}

static void section(FILE *f, const struct render *r, const char *name, const char *text)
{
	if (!text)
		return;
	putc('\n', f);
	label_out(f, r, name);
	putc('\n', f);
	wrapped(f, text, 0, 2, 2, r->width);
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
static void code_list(FILE *f, const struct render *r, const char *name, const char *list)
{
	char line[128];
	const char *p = list;

	while (p && *p) {
		size_t len = strcspn(p, " ");
		const struct reply_info *info;
		char id[8];

		snprintf(id, sizeof(id), "%.*s", (int)len, p);
		info = reply_info(atoi(id));
		snprintf(line, sizeof(line), "%s %s", id, info ? info->name : "");
		field(f, r, name, line, true);
		name = "";
		p += len;
		p += strspn(p, " ");
	}
}

/* Enhanced codes in a comma-separated run: "5.1.1, 5.7.1". */
static void id_run(FILE *f, const struct render *r, const char *name, const char *list)
{
	char run[512];
	size_t used = 0;

	for (const char *p = list; *p && used < sizeof(run) - 2; p++)
		used +=
		    (size_t)snprintf(run + used, sizeof(run) - used, *p == ' ' ? ", " : "%c", *p);
	run[used < sizeof(run) ? used : sizeof(run) - 1] = '\0';
	field(f, r, name, run, true);
}

/* References one document a line. */
static void ref_list(FILE *f, const struct render *r, const char *refs)
{
	const char *name = label_of(r)->references;
	char item[256];

	while (*refs) {
		size_t len = strcspn(refs, ";");

		snprintf(item, sizeof(item), "%.*s", (int)len, refs);
		field(f, r, name, item, false);
		name = "";
		refs += len;
		refs += strspn(refs, "; ");
	}
}

void entry_print(FILE *f, const struct entry *e, const struct render *r)
{
	const struct labels *l = label_of(r);
	char title[160], line[160], commands[256];

	snprintf(title, sizeof(title), "SMTP %s %s", e->id, e->name);
	out(f, title, 0, 0, 2, r->width, r->color);
	heading(e, line, sizeof(line));
	wrapped(f, line, 0, 0, 2, r->width);
	section(f, r, l->description, e->description);
	section(f, r, l->when, e->when);
	section(f, r, l->fix, e->fix);
	section(f, r, l->notes, e->notes);
	putc('\n', f);
	field(f, r, l->retry, retry_advice(e->code.cls), false);
	if (e->commands) {
		commands_format(e->commands, commands, sizeof(commands));
		field(f, r, l->answers, commands, false);
	}
	if (e->enhanced)
		id_run(f, r, l->enhanced, e->enhanced);
	if (e->associated)
		code_list(f, r, l->replies, e->associated);
	if (e->related)
		code_list(f, r, l->related, e->related);
	ref_list(f, r, e->refs);
}

enum style { STYLE_PLAIN, STYLE_CODES, STYLE_LABEL };

/* One row of two columns: left padded to its width, the gap, then right. */
static void row(FILE *f, const char *l, size_t llen, const char *rt, size_t rlen, size_t col,
                enum style style)
{
	size_t used = text_width(l, llen);

	if (style == STYLE_LABEL && llen > 0)
		fprintf(f, BOLD "%.*s" PLAIN, (int)llen, l);
	else
		put(f, l, llen, style == STYLE_CODES);
	spaces(f, used < col ? col - used : 0);
	if (rlen == 0) {
		fputs(" |\n", f); /* no trailing blank */
		return;
	}
	fputs(GAP, f);
	if (style == STYLE_LABEL)
		fprintf(f, BOLD "%.*s" PLAIN, (int)rlen, rt);
	else
		put(f, rt, rlen, style == STYLE_CODES);
	putc('\n', f);
}

/* Two texts wrapped side by side, each to its column, until both are used up. */
static void columns(FILE *f, const char *l, const char *rt, size_t col, enum style style)
{
	while (*l || *rt) {
		const char *ln = l, *rn = rt;
		size_t llen = *l ? wrap_line(l, col, &ln) : 0;
		size_t rlen = *rt ? wrap_line(rt, col, &rn) : 0;

		row(f, l, llen, rt, rlen, col, style);
		l = ln;
		rt = rn;
	}
}

static void column_section(FILE *f, const struct render *r, const char *name, const char *l,
                           const char *rt, size_t col)
{
	row(f, "", 0, "", 0, col, STYLE_PLAIN);
	columns(f, name, name, col, r->color ? STYLE_LABEL : STYLE_PLAIN);
	columns(f, l ? l : "", rt ? rt : "", col, STYLE_PLAIN);
}

static void compare_tail(FILE *f, const struct entry *a, const struct entry *b,
                         const struct diff *d, const struct render *r)
{
	/* Two classes of one registry code differ only in what their class says. */
	bool one_code = a->code.kind == CODE_ENHANCED && b->code.kind == CODE_ENHANCED &&
	                a->code.subject == b->code.subject && a->code.detail == b->code.detail;
	const struct labels *l = label_of(r);
	char num[16], which[1024];

	putc('\n', f);
	label_out(f, r, l->differences);
	putc('\n', f);
	for (int i = 0; i < d->n; i++) {
		snprintf(num, sizeof(num), "%2d. ", i + 1);
		fputs(num, f);
		wrapped(f, d->line[i], strlen(num), strlen(num), strlen(num), r->width);
	}
	putc('\n', f);
	label_out(f, r, l->which);
	putc('\n', f);
	for (const struct entry *e = a; e; e = e == a ? b : NULL) {
		const char *use = e->use ? e->use : e->when;

		if (one_code && e->code.cls)
			use = enhanced_class_meaning(e->code.cls);
		snprintf(which, sizeof(which), "%s (%s): %s", e->id, e->name, use);
		out(f, which, 0, 2, 4, r->width, r->color);
	}
}

void compare_print(FILE *f, const struct entry *a, const struct entry *b, const struct render *r)
{
	const struct labels *l = label_of(r);
	struct diff d;
	char ha[160], hb[160], ta[160], tb[160], title[320];
	size_t col = r->width > 3 ? (r->width - strlen(GAP)) / 2 : 1;

	compare_diff(a, b, &d);
	snprintf(title, sizeof(title), "SMTP %s %s vs %s %s", a->id, a->name, b->id, b->name);
	out(f, title, 0, 0, 2, r->width, r->color);
	putc('\n', f);
	wrapped(f, d.summary, 0, 0, 0, r->width);
	putc('\n', f);
	if (d.same) {
		entry_print(f, a, r);
		return;
	}
	if (r->width < 60) {
		entry_print(f, a, r);
		putc('\n', f);
		entry_print(f, b, r);
	} else {
		snprintf(ta, sizeof(ta), "%s %s", a->id, a->name);
		snprintf(tb, sizeof(tb), "%s %s", b->id, b->name);
		columns(f, ta, tb, col, r->color ? STYLE_CODES : STYLE_PLAIN);
		heading(a, ha, sizeof(ha));
		heading(b, hb, sizeof(hb));
		columns(f, ha, hb, col, STYLE_PLAIN);
		column_section(f, r, l->description, a->description, b->description, col);
		column_section(f, r, l->when, a->when, b->when, col);
		column_section(f, r, l->fix, a->fix, b->fix, col);
		column_section(f, r, l->references, a->refs, b->refs, col);
	}
	compare_tail(f, a, b, &d, r);
}

/* "  How to fix: text", wrapped under the label's indent. */
static void inline_field(FILE *f, const struct render *r, const char *name, const char *text)
{
	const struct labels *l = label_of(r);
	size_t at = 2 + width_of(name) + width_of(l->colon);

	spaces(f, 2);
	label_out(f, r, name);
	fputs(l->colon, f);
	wrapped(f, text, at, at, 2, r->width);
}

/* A short entry: its title, what it means and how to fix it, and notes if given. */
static void brief_text(FILE *f, const char *title, const char *description, const char *fix,
                       const char *notes, const struct render *r)
{
	const struct labels *l = label_of(r);

	putc('\n', f);
	out(f, title, 0, 0, 2, r->width, r->color);
	wrapped(f, description, 0, 2, 2, r->width);
	inline_field(f, r, l->fix, fix);
	if (notes)
		inline_field(f, r, l->notes, notes);
}

/* A code's short entry: its name, what it means and how to fix it. */
static void brief(FILE *f, const struct code *c, const struct render *r)
{
	struct entry e;
	char title[160];

	entry_get(&e, c);
	snprintf(title, sizeof(title), "%s %s", e.id, e.name);
	brief_text(f, title, e.description, e.fix, NULL, r);
}

/* "5.1.10 (Microsoft 365 / Outlook.com) Recipient not found" */
static void provider_title(const struct provider_entry *pe, char *buf, size_t size)
{
	snprintf(buf, size, "%s (%s) %s", pe->code, pe->provider->name, pe->name);
}

void reply_print(FILE *f, const struct reply *rp, const struct render *r)
{
	const struct labels *l = label_of(r);
	char line[REPLY_TEXT_MAX + 32], id[16];
	struct provider_match m;
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
	field(f, r, l->reply, line, true);
	field(f, r, l->verdict,
	      rp->verdict == VERDICT_SUCCESS && rp->command == CMD_DATA ? l->delivered
	                                                                : l->verdicts[rp->verdict],
	      false);
	if (rp->command)
		field(f, r, l->command, command_name(rp->command), false);
	for (int i = 0; i < rp->nwarnings; i++)
		field(f, r, l->warning, rp->warning[i], false);
	provider_identify(rp, &m);
	if (m.provider) {
		snprintf(line, sizeof(line), "%s (%s)", m.provider->name, m.marker);
		field(f, r, l->provider, line, false);
	}
	if (rp->has_code)
		brief(f, &rp->code, r);
	if (rp->has_enhanced)
		brief(f, &rp->enhanced, r);
	if (m.entry) {
		provider_title(m.entry, line, sizeof(line));
		brief_text(f, line, m.entry->description, m.entry->fix, m.entry->notes, r);
	}
}

/*
 * One self-identifying line: code, class label, name. Tab-separated for cut
 * and awk; in aligned columns on a terminal.
 */
void list_print(FILE *f, const struct entry *e, const struct render *r)
{
	const char *color = r->color ? class_color(e->code.cls) : NULL;
	char cls[64];

	entry_class_label(e, cls, sizeof(cls));
	if (color)
		fprintf(f, "%s%s" PLAIN, color, e->id);
	else
		fputs(e->id, f);
	if (r->align) {
		spaces(f, LIST_CODE > strlen(e->id) ? LIST_CODE - strlen(e->id) : 1);
		fputs(cls, f);
		spaces(f, LIST_CLASS > strlen(cls) ? LIST_CLASS - strlen(cls) : 1);
		fprintf(f, "%s\n", e->name);
	} else {
		fprintf(f, "\t%s\t%s\n", cls, e->name);
	}
}

/* One cell of a tally line: a tab before it in a pipe, on a terminal two spaces and padding. */
static void cell(FILE *f, const struct render *r, const char *s, int cls, size_t width)
{
	const char *color = r->color && cls && strcmp(s, "-") != 0 ? class_color(cls) : NULL;

	fputs(r->align ? "  " : "\t", f);
	if (color)
		fprintf(f, "%s%s" PLAIN, color, s);
	else
		fputs(s, f);
	if (r->align)
		spaces(f, width > strlen(s) ? width - strlen(s) : 0);
}

/*
 * The tally, one self-identifying line per row: count, share, the codes the
 * rows are by ("-" for none), verdict and name. Tab-separated in a pipe; on
 * a terminal the counts are right-aligned and the rest in columns.
 */
void scan_print(FILE *f, const struct scan_row *rows, size_t n, size_t total, enum scan_by by,
                const struct render *r)
{
	int digits = n > 0 ? snprintf(NULL, 0, "%zu", rows[0].count) : 1;

	for (size_t i = 0; i < n; i++) {
		const struct scan_row *row = &rows[i];
		int cls = scan_row_class(row);
		double share = scan_row_share(row, total);
		char id[16];
		struct entry e;

		if (r->align)
			fprintf(f, "%*zu  %5.1f%%", digits, row->count, share);
		else
			fprintf(f, "%zu\t%.1f%%", row->count, share);
		if (by != SCAN_ENHANCED) {
			code_format(&row->code, id, sizeof(id));
			cell(f, r, row->has_code ? id : "-", cls, by == SCAN_REPLY ? 3 : 4);
		}
		if (by != SCAN_REPLY) {
			code_format(&row->enhanced, id, sizeof(id));
			cell(f, r, row->has_enhanced ? id : "-", cls, SCAN_CODE);
		}
		cell(f, r, cls ? verdict_name(verdict_of(cls)) : "-", cls, SCAN_VERDICT);
		cell(f, r,
		     scan_row_entry(row, &e) ? e.name
		     : by == SCAN_REPLY      ? "(no reply code)"
		                             : "(no enhanced code)",
		     0, 0);
		putc('\n', f);
	}
}

/*
 * A provider's entry for a code, laid out as entry_print lays out the
 * registry's: title, heading, sections, then short fields.
 */
void provider_entry_print(FILE *f, const struct provider_entry *pe, const struct render *r)
{
	const struct labels *l = label_of(r);
	char title[256], line[256];
	struct entry e;
	struct code c;
	int last;

	if (!provider_entry_code(pe, &c, &last))
		return;
	entry_get(&e, &c);
	memcpy(title, "SMTP ", 5);
	provider_title(pe, title + 5, sizeof(title) - 5);
	out(f, title, 0, 0, 2, r->width, r->color);
	entry_class_label(&e, line, sizeof(line));
	if (c.kind == CODE_ENHANCED)
		snprintf(line + strlen(line), sizeof(line) - strlen(line), ", X.%d %s", c.subject,
		         c.subject <= SUBJECT_MAX ? subject_name(c.subject) : "Unknown Subject");
	snprintf(line + strlen(line), sizeof(line) - strlen(line), ", %s", pe->provider->name);
	wrapped(f, line, 0, 0, 2, r->width);
	section(f, r, l->description, pe->description);
	section(f, r, l->fix, pe->fix);
	section(f, r, l->notes, pe->notes);
	putc('\n', f);
	snprintf(line, sizeof(line), "%s (%s)", pe->provider->name, pe->provider->id);
	field(f, r, l->provider, line, false);
	if (pe->tag)
		field(f, r, l->marker, pe->tag, false);
	if (e.known && c.kind == CODE_ENHANCED && c.detail == last) {
		snprintf(line, sizeof(line), "X.%d.%d %s", c.subject, c.detail, e.name);
		field(f, r, l->registry, line, true);
	} else if (e.known) {
		snprintf(line, sizeof(line), "%s %s", e.id, e.name);
		field(f, r, l->registry, line, true);
	}
	field(f, r, l->retry, retry_advice(c.cls), false);
	code_list(f, r, l->replies, pe->reply);
	ref_list(f, r, pe->refs);
}

/* One self-identifying line: code, provider, name (and the tag that picks it). */
void provider_list_print(FILE *f, const struct provider_entry *pe, const struct render *r)
{
	struct code c;
	int last;
	const char *color = NULL;
	char name[256];

	if (r->color && provider_entry_code(pe, &c, &last))
		color = class_color(c.cls);
	if (pe->tag)
		snprintf(name, sizeof(name), "%s (\"%s\")", pe->name, pe->tag);
	else
		snprintf(name, sizeof(name), "%s", pe->name);
	if (color)
		fprintf(f, "%s%s" PLAIN, color, pe->code);
	else
		fputs(pe->code, f);
	if (r->align) {
		spaces(f, LIST_PCODE > strlen(pe->code) ? LIST_PCODE - strlen(pe->code) : 1);
		fputs(pe->provider->name, f);
		spaces(f, LIST_PNAME > strlen(pe->provider->name)
		              ? LIST_PNAME - strlen(pe->provider->name)
		              : 1);
		fprintf(f, "%s\n", name);
	} else {
		fprintf(f, "\t%s\t%s\n", pe->provider->name, name);
	}
}
