/* main.c: the smtpcode command: arguments in, entries out, results mapped to exit status */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "smtpcode.h"

#ifndef SMTPCODE_VERSION
#define SMTPCODE_VERSION "unknown"
#endif

enum { EXIT_FOUND = 0, EXIT_UNKNOWN = 1, EXIT_USAGE = 2 };

#define WIDTH_MAX 100 /* a readable line, whatever the terminal */

static const char *const commands[] = {"compare", "explain", "list", "scan", "search"};
static const char *const options[] = {"--json",  "--width",    "--color",   "--lang",
                                      "--reply", "--enhanced", "--command", "--provider",
                                      "--by",    "--top",      "--help",    "--version"};

enum color { COLOR_AUTO, COLOR_ALWAYS, COLOR_NEVER };

/* What the options asked for. */
struct options {
	bool json;
	bool width_set;
	bool lang_set;
	enum color color;
	unsigned kinds;        /* list and search: FILTER_* bits; 0 for both */
	unsigned command;      /* list and search: a CMD_* bit; 0 for any */
	const char *list_only; /* the first option that only list and search take */
	const struct provider_info
	    *provider;         /* --provider: codes and list, one provider's entries */
	enum scan_by by;       /* scan: what a row counts */
	size_t top;            /* scan: rows shown; 0 for all */
	const char *scan_only; /* the first option that only scan takes */
};

#define PROVIDER_MAX 16 /* provider entries for one code, more than any has */

static void usage(FILE *f)
{
	fputs("Usage: smtpcode [OPTIONS] CODE...\n"
	      "       smtpcode [OPTIONS] compare CODE CODE\n"
	      "       smtpcode [OPTIONS] explain [REPLY... | -]\n"
	      "       smtpcode [OPTIONS] list [--reply|--enhanced] [--command CMD] [FILTER]\n"
	      "       smtpcode [OPTIONS] list --provider NAME [FILTER]\n"
	      "       smtpcode [OPTIONS] search [--reply|--enhanced] WORD...\n"
	      "       smtpcode [OPTIONS] scan [--by pair|reply|enhanced] [--top N] [FILE...]\n"
	      "\n"
	      "Explain SMTP reply codes (550) and enhanced status codes (5.1.1).\n"
	      "\n"
	      "Commands:\n"
	      "  CODE...          each code's entry: description, when you see it,\n"
	      "                   how to fix, references, related codes\n"
	      "  compare A B      two codes side by side, then their key differences\n"
	      "  explain REPLY... what a whole reply says, with its verdict; with no\n"
	      "                   REPLY or with -, every reply in standard input:\n"
	      "                   bounces, Postfix, Exim, Sendmail and qmail logs\n"
	      "  list [FILTER]    one line per code: code, class, name; FILTER is a\n"
	      "                   class (5xx, 5), 55x, a subject (5.7, X.7) or a code\n"
	      "  search WORD...   the codes whose texts hold every WORD, in any case\n"
	      "  scan [FILE...]   tally the replies in mail logs (standard input with\n"
	      "                   no FILE or with -), most frequent first: count,\n"
	      "                   share, reply code, enhanced code, verdict, name\n"
	      "\n"
	      "Codes:\n"
	      "  550              a reply code: first digit 2-5, second 0-5\n"
	      "  5.1.1            an enhanced status code: class 2, 4 or 5, then\n"
	      "                   subject and detail of 1 to 3 digits\n"
	      "  X.1.1            an enhanced status code whatever its class\n"
	      "  5.7.708          a provider's own code, or a registered code that\n"
	      "                   providers use in their own way (5.1.10, 5.7.27):\n"
	      "                   the registry's entry, then each provider's\n"
	      "\n"
	      "Options:\n"
	      "  --json           JSON instead of text: one object per code and line\n"
	      "  -w, --width N    wrap text to N columns (20 to 1000); by default the\n"
	      "                   terminal's width up to 100, else $COLUMNS, else 80\n"
	      "  --color[=WHEN]   colour codes by class and labels bold: auto (on a\n"
	      "                   terminal, unless NO_COLOR is set or TERM is dumb),\n"
	      "                   always, never; --color alone means always\n"
	      "  --lang LANG      labels in en, fr or zh; by default from LC_ALL,\n"
	      "                   LC_MESSAGES or LANG, else English\n"
	      "  --reply          list and search: reply codes only\n"
	      "  --enhanced       list and search: enhanced codes only\n"
	      "  --command CMD    list and search: reply codes that may answer CMD\n"
	      "  --provider NAME  codes and list: only that provider's entries; gmail,\n"
	      "                   microsoft, yahoo, icloud, mimecast, proofpoint or\n"
	      "                   barracuda\n"
	      "  --by WHAT        scan: a row per pair of codes (the default), per\n"
	      "                   reply code or per enhanced code\n"
	      "  --top N          scan: only the N most frequent rows\n"
	      "  -h, --help       show this help and exit\n"
	      "  -V, --version    show the version and exit\n"
	      "\n"
	      "Exit status:\n"
	      "  0  every code was found, every reply known, something listed or\n"
	      "     counted\n"
	      "  1  a code is well-formed but unknown (its entry comes from its\n"
	      "     digits); explain or scan found no reply; list or search found\n"
	      "     nothing\n"
	      "  2  usage error, invalid code or filter, read or write error\n"
	      "\n"
	      "Examples:\n"
	      "  smtpcode 550\n"
	      "  smtpcode compare 221 553\n"
	      "  smtpcode explain '550 5.1.1 <a@example.com>: Recipient address rejected'\n"
	      "  grep 'status=bounced' /var/log/mail.log | smtpcode explain\n"
	      "  smtpcode list 5.7 | grep -i spf\n"
	      "  smtpcode --provider microsoft 5.7.708\n"
	      "  smtpcode list --provider gmail\n"
	      "  smtpcode search mailbox full\n"
	      "  zcat /var/log/mail.log.*.gz | smtpcode scan --top 10\n"
	      "  smtpcode --json 550 | jq -r .fix\n",
	      f);
}

__attribute__((format(printf, 1, 2))) static void error(const char *fmt, ...)
{
	va_list ap;

	fputs("smtpcode: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

/* Edit distance, for "did you mean" on a mistyped command or option. */
static size_t distance(const char *a, const char *b)
{
	size_t lb = strlen(b), row[32], diag, next;

	if (strlen(a) >= 32 || lb >= 32)
		return 99;
	for (size_t j = 0; j <= lb; j++)
		row[j] = j;
	for (size_t i = 1; a[i - 1]; i++) {
		diag = row[0];
		row[0] = i;
		for (size_t j = 1; j <= lb; j++) {
			next = row[j];
			row[j] = diag + (a[i - 1] != b[j - 1]);
			if (row[j - 1] + 1 < row[j])
				row[j] = row[j - 1] + 1;
			if (next + 1 < row[j])
				row[j] = next + 1;
			diag = next;
		}
	}
	return row[lb];
}

static const char *nearest(const char *word, const char *const *list, size_t n)
{
	const char *best = NULL;
	size_t best_d = 3; /* more than two edits away is no typo */

	for (size_t i = 0; i < n; i++) {
		size_t d = distance(word, list[i]);

		if (d < best_d)
			best = list[i], best_d = d;
	}
	return best;
}

static int unknown_word(const char *kind, const char *word, const char *const *list, size_t n)
{
	char quoted[256];
	const char *near = nearest(word, list, n);

	text_quote(word, quoted, sizeof(quoted));
	if (near)
		error("unknown %s '%s'; did you mean '%s'?", kind, quoted, near);
	else
		error("unknown %s '%s'; see 'smtpcode --help'", kind, quoted);
	return EXIT_USAGE;
}

static size_t default_width(void)
{
	struct winsize ws;
	const char *columns = getenv("COLUMNS");
	size_t width = 80;

	if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
		width = ws.ws_col;
	else if (columns && columns[0] >= '1' && columns[0] <= '9' &&
	         strspn(columns, "0123456789") == strlen(columns) && strlen(columns) < 6)
		width = (size_t)atoi(columns);
	if (width > WIDTH_MAX)
		width = WIDTH_MAX;
	return width < 20 ? 20 : width;
}

static bool parse_width(const char *s, size_t *width)
{
	char quoted[256];

	if (s && s[0] >= '1' && s[0] <= '9' && strspn(s, "0123456789") == strlen(s) &&
	    strlen(s) <= 4 && atoi(s) >= 20 && atoi(s) <= 1000) {
		*width = (size_t)atoi(s);
		return true;
	}
	if (!s) {
		error("option '--width' needs a number of columns");
		return false;
	}
	text_quote(s, quoted, sizeof(quoted));
	error("invalid width '%s': expected a number from 20 to 1000", quoted);
	return false;
}

/*
 * The value of option name at argv[*i]: "--name=VALUE" or "--name VALUE".
 * NULL when argv[*i] is another option; *missing when the value is.
 */
static const char *option_value(const char *name, int *i, int argc, char **argv, bool *missing)
{
	const char *a = argv[*i];
	size_t len = strlen(name);

	*missing = false;
	if (strncmp(a, name, len) != 0)
		return NULL;
	if (a[len] == '=')
		return a + len + 1;
	if (a[len] != '\0')
		return NULL;
	if (++*i < argc)
		return argv[*i];
	*missing = true;
	return NULL;
}

/* The language of the locale: LC_ALL, else LC_MESSAGES, else LANG, the first set. */
static enum lang locale_lang(void)
{
	static const char *const vars[] = {"LC_ALL", "LC_MESSAGES", "LANG"};
	enum lang lang = LANG_EN;

	for (size_t i = 0; i < sizeof(vars) / sizeof(*vars); i++) {
		const char *v = getenv(vars[i]);

		if (v && *v) {
			lang_parse(v, &lang);
			break;
		}
	}
	return lang;
}

static bool color_wanted(enum color color)
{
	const char *no_color = getenv("NO_COLOR"), *term = getenv("TERM");

	if (color != COLOR_AUTO)
		return color == COLOR_ALWAYS;
	return isatty(STDOUT_FILENO) && !(no_color && *no_color) && term &&
	       strcmp(term, "dumb") != 0;
}

/* One option at argv[*i]; false, with the error reported, when it is wrong. */
static bool option(int *i, int argc, char **argv, struct options *o, struct render *r)
{
	const char *a = argv[*i], *v = NULL;
	char quoted[256];
	bool missing;

	if (strcmp(a, "--json") == 0) {
		o->json = true;
	} else if (strcmp(a, "-w") == 0 || (v = option_value("--width", i, argc, argv, &missing)) ||
	           missing) {
		if (a[1] == 'w')
			v = ++*i < argc ? argv[*i] : NULL;
		if (!parse_width(v, &r->width))
			return false;
		o->width_set = true;
	} else if (strcmp(a, "--color") == 0 || strcmp(a, "--colour") == 0) {
		o->color = COLOR_ALWAYS;
	} else if (strncmp(a, "--color=", 8) == 0 || strncmp(a, "--colour=", 9) == 0) {
		v = strchr(a, '=') + 1;
		if (strcmp(v, "auto") == 0)
			o->color = COLOR_AUTO;
		else if (strcmp(v, "always") == 0)
			o->color = COLOR_ALWAYS;
		else if (strcmp(v, "never") == 0)
			o->color = COLOR_NEVER;
		else {
			text_quote(v, quoted, sizeof(quoted));
			error("invalid colour mode '%s': expected auto, always or never", quoted);
			return false;
		}
	} else if ((v = option_value("--lang", i, argc, argv, &missing)) || missing) {
		if (missing || strlen(v) != 2 || !lang_parse(v, &r->lang)) {
			text_quote(missing ? "" : v, quoted, sizeof(quoted));
			error("invalid language '%s': expected en, fr or zh", quoted);
			return false;
		}
		o->lang_set = true;
	} else if (strcmp(a, "--reply") == 0 || strcmp(a, "--enhanced") == 0) {
		o->kinds |= a[2] == 'r' ? FILTER_REPLY : FILTER_ENHANCED;
		o->list_only = o->list_only ? o->list_only : a;
	} else if ((v = option_value("--command", i, argc, argv, &missing)) || missing) {
		if (missing || !(o->command = command_parse(v))) {
			text_quote(missing ? "" : v, quoted, sizeof(quoted));
			error("invalid command '%s': expected an SMTP command such as RCPT, MAIL, "
			      "DATA or EHLO",
			      quoted);
			return false;
		}
		o->list_only = o->list_only ? o->list_only : "--command";
	} else if ((v = option_value("--by", i, argc, argv, &missing)) || missing) {
		if (missing) {
			error("option '--by' needs pair, reply or enhanced");
			return false;
		} else if (strcmp(v, "pair") == 0) {
			o->by = SCAN_PAIR;
		} else if (strcmp(v, "reply") == 0) {
			o->by = SCAN_REPLY;
		} else if (strcmp(v, "enhanced") == 0) {
			o->by = SCAN_ENHANCED;
		} else {
			text_quote(v, quoted, sizeof(quoted));
			error("invalid grouping '%s': expected pair, reply or enhanced", quoted);
			return false;
		}
		o->scan_only = o->scan_only ? o->scan_only : "--by";
	} else if ((v = option_value("--top", i, argc, argv, &missing)) || missing) {
		if (missing) {
			error("option '--top' needs a number of rows");
			return false;
		}
		if (v[0] < '1' || v[0] > '9' || strspn(v, "0123456789") != strlen(v) ||
		    strlen(v) > 9) {
			text_quote(v, quoted, sizeof(quoted));
			error("invalid count '%s': expected a number of rows from 1 to 999999999",
			      quoted);
			return false;
		}
		o->top = (size_t)atol(v);
		o->scan_only = o->scan_only ? o->scan_only : "--top";
	} else if ((v = option_value("--provider", i, argc, argv, &missing)) || missing) {
		if (missing || !(o->provider = provider_find(v))) {
			char names[256];

			provider_names(names, sizeof(names));
			text_quote(missing ? "" : v, quoted, sizeof(quoted));
			error("invalid provider '%s': expected %s", quoted, names);
			return false;
		}
	} else {
		unknown_word("option", a, options, sizeof(options) / sizeof(*options));
		return false;
	}
	return true;
}

/* Flush stdout and report what went wrong writing it; a closed pipe ends quietly. */
static int finish(int status)
{
	if (fflush(stdout) != 0 || ferror(stdout) || fclose(stdout) != 0) {
		if (errno != EPIPE)
			error("write error: %s", errno ? strerror(errno) : "unknown error");
		return EXIT_USAGE;
	}
	return status;
}

/* A first argument that starts with a letter, and is no X.1.1, names a command. */
static bool is_word(const char *s)
{
	char c = (char)(s[0] | 0x20);

	return c >= 'a' && c <= 'z' && !(c == 'x' && s[1] == '.');
}

static void warn_unknown(const struct entry *e)
{
	if (e->code.kind == CODE_REPLY)
		error("unknown reply code '%s': described from its digits", e->id);
	else
		error("unregistered enhanced code '%s': described from its class and subject",
		      e->id);
}

/* Two codes side by side, the lower first whatever the order given. */
static int print_compare(const struct code *x, const struct code *y, bool json,
                         const struct render *r)
{
	struct entry a, b;
	int status = EXIT_FOUND;

	if (code_cmp(x, y) > 0) {
		const struct code *t = x;
		x = y, y = t;
	}
	entry_get(&a, x);
	entry_get(&b, y);
	for (const struct entry *e = &a; e; e = e == &a && !b.known ? &b : NULL) {
		if (!e->known) {
			warn_unknown(e);
			status = EXIT_UNKNOWN;
		}
	}
	if (json)
		compare_print_json(stdout, &a, &b);
	else
		compare_print(stdout, &a, &b, r);
	return status;
}

/*
 * An argument with no reply in it that starts with something shaped like a
 * code (599, 5.1.1234) is an invalid code, not text: say what is wrong.
 */
static bool invalid_start(const char *arg)
{
	const char *s = arg + strspn(arg, " \t"), *why;
	size_t len = strcspn(s, " \t-");
	char token[16], quoted[256];
	struct code c;
	int dots = 0;

	for (size_t i = 0; i < len; i++)
		dots += s[i] == '.';
	if (len == 0 || len >= sizeof(token) || strspn(s, "0123456789.") != len ||
	    (dots == 0 && len != 3) || (dots != 0 && dots != 2))
		return false;
	snprintf(token, sizeof(token), "%.*s", (int)len, s);
	if (code_parse(token, &c, &why))
		return false;
	text_quote(arg, quoted, sizeof(quoted));
	error("invalid code '%s' in '%s': %s", token, quoted, why);
	return true;
}

/*
 * With no operand, explain and scan read standard input ("-"), but not a
 * terminal, where they would only wait: false, reported, then.
 */
static bool default_stdin(char ***args, int *nargs, const char *needs)
{
	static char *const from_stdin[] = {"-"};

	if (*nargs > 0)
		return true;
	if (isatty(STDIN_FILENO)) {
		error("%s ('%.*s -' reads the terminal)", needs, (int)strcspn(needs, " "), needs);
		return false;
	}
	*args = (char **)from_stdin;
	*nargs = 1;
	return true;
}

/* Each argument's replies, or standard input's, printed as they are found. */
static int explain(char **args, int nargs, bool json, const struct render *r)
{
	struct explain x = {stdout, r, json, 0, 0};
	char quoted[256];
	int status = EXIT_FOUND, err;

	if (!default_stdin(&args, &nargs,
	                   "explain needs a reply as an argument, or on standard input"))
		return EXIT_USAGE;
	/* A dry run first, so that an invalid argument stops before any output. */
	for (int i = 0; i < nargs; i++) {
		struct explain count = {NULL, r, json, 0, 0};

		if (strcmp(args[i], "-") != 0) {
			explain_text(&count, args[i]);
			if (count.replies == 0 && invalid_start(args[i]))
				return EXIT_USAGE;
		}
	}
	for (int i = 0; i < nargs; i++) {
		size_t before = x.replies;

		if (strcmp(args[i], "-") == 0) {
			if ((err = explain_stream(&x, stdin)) != 0) {
				error("error reading standard input: %s", strerror(err));
				finish(EXIT_USAGE);
				return EXIT_USAGE;
			}
			if (x.replies == before) {
				error("no reply found in standard input");
				status = EXIT_UNKNOWN;
			}
		} else {
			explain_text(&x, args[i]);
			if (x.replies == before) {
				text_quote(args[i], quoted, sizeof(quoted));
				error("no reply found in '%s'", quoted);
				status = EXIT_UNKNOWN;
			}
		}
	}
	return finish(x.unknown ? EXIT_UNKNOWN : status);
}

struct listing {
	bool json;
	const struct render *render;
};

static void print_provider_listed(const struct provider_entry *pe, void *arg)
{
	const struct listing *l = arg;

	if (l->json)
		provider_entry_print_json(stdout, pe);
	else
		provider_list_print(stdout, pe, l->render);
}

static void print_listed(const struct entry *e, void *arg)
{
	const struct listing *l = arg;

	if (l->json)
		entry_print_json(stdout, e);
	else
		list_print(stdout, e, l->render);
}

/* list [FILTER] and search WORD...: one line per code selected. */
static int list(char **args, int nargs, bool search, const struct options *o,
                const struct render *r)
{
	struct filter f = {
	    .kinds = o->kinds ? o->kinds : FILTER_REPLY | FILTER_ENHANCED,
	    .cls = -1,
	    .subject = -1,
	    .detail = -1,
	    .command = o->command,
	};
	struct listing l = {o->json, r};
	char quoted[256];
	const char *why;

	if (search) {
		if (nargs == 0) {
			error("search needs at least one word");
			return EXIT_USAGE;
		}
		for (int i = 0; i < nargs; i++)
			if (args[i][strspn(args[i], " \t")] == '\0') {
				error("search words cannot be blank");
				return EXIT_USAGE;
			}
		f.words = (const char *const *)args;
		f.nwords = nargs;
	} else if (nargs > 1) {
		error("list takes one filter, not %d", nargs);
		return EXIT_USAGE;
	} else if (nargs == 1 && !filter_parse(args[0], &f, &why)) {
		text_quote(args[0], quoted, sizeof(quoted));
		if (f.kinds == 0)
			error("filter '%s' selects no %s codes", quoted,
			      o->kinds == FILTER_REPLY ? "reply" : "enhanced");
		else
			error("invalid filter '%s': %s", quoted, why);
		return EXIT_USAGE;
	}
	if (o->provider) {
		if (o->command) {
			error("option '--command' does not go with '--provider'");
			return EXIT_USAGE;
		}
		if (provider_filter_each(o->provider, &f, print_provider_listed, &l) == 0) {
			error("no %s entry matches the filter", o->provider->id);
			return finish(EXIT_UNKNOWN);
		}
		return finish(EXIT_FOUND);
	}
	if (filter_each(&f, print_listed, &l) == 0) {
		error(search ? "no code matches every word" : "no code matches the filter");
		return finish(EXIT_UNKNOWN);
	}
	return finish(EXIT_FOUND);
}

/* One log file, or standard input ("-"), into the tally; false, reported, if unreadable. */
static bool scan_file(struct scan *s, const char *name)
{
	char quoted[256];
	bool is_stdin = strcmp(name, "-") == 0;
	int fd = is_stdin ? STDIN_FILENO : open(name, O_RDONLY);
	int err = fd < 0 ? errno : scan_fd(s, fd);

	if (fd >= 0 && !is_stdin)
		close(fd);
	if (err == 0)
		return true;
	text_quote(name, quoted, sizeof(quoted));
	if (is_stdin)
		error("error reading standard input: %s", strerror(err));
	else
		error("cannot read '%s': %s", quoted, strerror(err));
	return false;
}

/*
 * scan [FILE...]: the replies in logs, tallied. A file that cannot be read is
 * reported and the others are still counted; the exit status then says 2.
 */
static int scan(char **args, int nargs, const struct options *o, const struct render *r)
{
	struct scan *s;
	struct scan_row *rows = NULL;
	size_t n = 0, total;
	int status = EXIT_FOUND;

	if (!default_stdin(&args, &nargs, "scan needs a log file, or a log on standard input"))
		return EXIT_USAGE;
	s = scan_new();
	for (int i = 0; s && i < nargs; i++)
		if (!scan_file(s, args[i]))
			status = EXIT_USAGE;
	if (!s || !(rows = scan_rows(s, o->by, &n))) {
		error("out of memory");
		scan_free(s);
		return EXIT_USAGE;
	}
	total = scan_total(s);
	if (o->top && n > o->top)
		n = o->top;
	if (o->json) {
		for (size_t i = 0; i < n; i++)
			scan_print_json(stdout, &rows[i], total, o->by);
	} else {
		scan_print(stdout, rows, n, total, o->by, r);
	}
	if (total == 0) {
		error("no reply found");
		status = status == EXIT_FOUND ? EXIT_UNKNOWN : status;
	}
	free(rows);
	scan_free(s);
	return finish(status);
}

int main(int argc, char **argv)
{
	struct render r = {0};
	struct options o = {0};
	char **args = argv; /* the operands, gathered at the front of argv */
	struct code x, y;
	const char *why;
	bool compare = false;
	int nargs = 0, status = EXIT_FOUND;

	for (int i = 1; i < argc; i++) {
		char *a = argv[i];

		if (strcmp(a, "--") == 0) {
			while (++i < argc)
				args[nargs++] = argv[i];
		} else if (a[0] != '-' || a[1] == '\0' || (a[1] >= '0' && a[1] <= '9')) {
			args[nargs++] = a;
		} else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
			usage(stdout);
			return finish(EXIT_FOUND);
		} else if (strcmp(a, "-V") == 0 || strcmp(a, "--version") == 0) {
			printf("smtpcode %s\n", SMTPCODE_VERSION);
			return finish(EXIT_FOUND);
		} else if (!option(&i, argc, argv, &o, &r)) {
			return EXIT_USAGE;
		}
	}
	if (nargs == 0) {
		error("no code given; see 'smtpcode --help'");
		return EXIT_USAGE;
	}
	if (!o.width_set)
		r.width = default_width();
	if (!o.lang_set)
		r.lang = locale_lang();
	r.color = color_wanted(o.color);
	r.align = isatty(STDOUT_FILENO);
	if (o.list_only && !(is_word(args[0]) &&
	                     (strcmp(args[0], "list") == 0 || strcmp(args[0], "search") == 0))) {
		error("option '%s' is for list and search", o.list_only);
		return EXIT_USAGE;
	}
	if (o.scan_only && !(is_word(args[0]) && strcmp(args[0], "scan") == 0)) {
		error("option '%s' is for scan", o.scan_only);
		return EXIT_USAGE;
	}
	if (o.provider && is_word(args[0]) &&
	    (strcmp(args[0], "compare") == 0 || strcmp(args[0], "explain") == 0 ||
	     strcmp(args[0], "search") == 0 || strcmp(args[0], "scan") == 0)) {
		error("option '--provider' is for codes and list");
		return EXIT_USAGE;
	}
	if (is_word(args[0])) {
		if (strcmp(args[0], "explain") == 0)
			return explain(args + 1, nargs - 1, o.json, &r);
		if (strcmp(args[0], "list") == 0 || strcmp(args[0], "search") == 0)
			return list(args + 1, nargs - 1, args[0][0] == 's', &o, &r);
		if (strcmp(args[0], "scan") == 0)
			return scan(args + 1, nargs - 1, &o, &r);
		if (strcmp(args[0], "compare") != 0)
			return unknown_word("command", args[0], commands,
			                    sizeof(commands) / sizeof(*commands));
		if (nargs != 3) {
			error("compare takes two codes, not %d", nargs - 1);
			return EXIT_USAGE;
		}
		compare = true;
	}
	/* Every argument is checked before anything is printed. */
	for (int i = compare; i < nargs; i++) {
		char quoted[256];

		if (!code_parse(args[i], &x, &why)) {
			text_quote(args[i], quoted, sizeof(quoted));
			error("invalid code '%s': %s%s", quoted, why,
			      strpbrk(args[i], " \t")
			          ? "; for a whole reply, use 'smtpcode explain'"
			          : "");
			return EXIT_USAGE;
		}
	}
	/* Parsing again is cheaper than keeping argc codes on the stack. */
	if (compare) {
		code_parse(args[1], &x, &why);
		code_parse(args[2], &y, &why);
		return finish(print_compare(&x, &y, o.json, &r));
	}
	for (int i = 0; i < nargs; i++) {
		const struct provider_entry *pe[PROVIDER_MAX];
		struct entry e;
		size_t n;

		code_parse(args[i], &x, &why);
		entry_get(&e, &x);
		n = provider_lookup(&x, o.provider, pe, PROVIDER_MAX);
		/* A provider's own code is known too, though not to the registry. */
		if (!e.known && n == 0) {
			warn_unknown(&e);
			status = EXIT_UNKNOWN;
		}
		if (o.json) {
			entry_print_json_providers(stdout, &e, pe, n);
			continue;
		}
		if (i > 0)
			fputs("\n", stdout);
		if (e.known || n == 0)
			entry_print(stdout, &e, &r);
		for (size_t k = 0; k < n; k++) {
			if (k > 0 || e.known)
				fputs("\n", stdout);
			provider_entry_print(stdout, pe[k], &r);
		}
	}
	return finish(status);
}
