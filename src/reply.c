/* reply.c: the server's reply found in pasted text, bounce fields and mail log lines */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "smtpcode.h"

/* What one logical line of input holds. */
enum kind {
	LINE_NONE,      /* nothing smtpcode reads */
	LINE_BLANK,     /* ends a delivery status block */
	LINE_FIELD,     /* a delivery status field with no code: Action, Remote-MTA */
	LINE_RECIPIENT, /* Final-Recipient or Original-Recipient: a new block starts */
	LINE_STATUS,    /* Status: 5.1.1 */
	LINE_DIAGNOSIS, /* a Diagnostic-Code with no reply in it: its text */
	LINE_COMMAND,   /* the command a following reply answers */
	LINE_REPLY,     /* a reply */
};

struct line {
	enum kind kind;
	bool plain; /* the line starts with its code: it may be one line of a multi-line reply */
	bool dsn;   /* the reply is a Diagnostic-Code field's */
};

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static bool is_space(char c)
{
	return c == ' ' || c == '\t';
}

static bool is_alpha(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static const char *skip_space(const char *s)
{
	while (is_space(*s))
		s++;
	return s;
}

/* s starts with prefix, ignoring the case of ASCII letters; stops at the first difference. */
static bool starts(const char *s, const char *prefix)
{
	for (; *prefix; s++, prefix++)
		if (*s != *prefix && (!is_alpha(*prefix) || (*s | 0x20) != (*prefix | 0x20)))
			return false;
	return true;
}

__attribute__((format(printf, 2, 3))) static void warn(struct reply *r, const char *fmt, ...)
{
	char buf[REPLY_WARN_LEN];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	for (int i = 0; i < r->nwarnings; i++)
		if (strcmp(r->warning[i], buf) == 0)
			return;
	if (r->nwarnings < REPLY_WARN_MAX)
		memcpy(r->warning[r->nwarnings++], buf, sizeof(buf));
}

/*
 * A reply code at s, RFC 5321 section 4.2: 2-5, 0-5, a digit, then the end,
 * white space or the hyphen of a line that more lines follow. Returns the
 * code's length with its hyphen, or 0.
 */
static size_t reply_token(const char *s, struct code *c, bool *more)
{
	if (s[0] < '2' || s[0] > '5' || s[1] < '0' || s[1] > '5' || !is_digit(s[2]))
		return 0;
	if (s[3] != '\0' && s[3] != '-' && !is_space(s[3]))
		return 0;
	c->kind = CODE_REPLY;
	c->cls = s[0] - '0';
	c->subject = s[1] - '0';
	c->detail = s[2] - '0';
	*more = s[3] == '-';
	return *more ? 4 : 3;
}

/*
 * Something shaped like an enhanced code at s: three dot-separated runs of
 * digits, then the end, white space or punctuation. Returns its length (0 if
 * none); *why is NULL when the code is valid and says what is wrong if not.
 */
static size_t enhanced_token(const char *s, struct code *c, const char **why)
{
	char token[20];
	size_t len = 0;

	for (int part = 0; part < 3; part++) {
		size_t digits = 0;

		while (is_digit(s[len]))
			len++, digits++;
		if (digits == 0 || digits > 5 || (part < 2 && s[len++] != '.'))
			return 0;
	}
	if (s[len] != '\0' && !is_space(s[len]) && !strchr(",;)]", s[len]))
		return 0;
	memcpy(token, s, len); /* at most 17 digits and dots */
	token[len] = '\0';
	*why = NULL;
	code_parse(token, c, why);
	return len;
}

/* An empty reply: the fields, not the kilobytes of text after them. */
static void reply_clear(struct reply *r)
{
	memset(r, 0, offsetof(struct reply, warning));
	r->text[0] = r->input[0] = '\0';
}

static void append_input(struct reply *r, const char *line)
{
	size_t used = strlen(r->input), len = strlen(line);

	if (used + 1 >= sizeof(r->input))
		return;
	if (used > 0)
		r->input[used++] = '\n';
	if (len > sizeof(r->input) - 1 - used)
		len = sizeof(r->input) - 1 - used; /* cut, as the text is */
	memcpy(r->input + used, line, len);
	r->input[used + len] = '\0';
}

/*
 * Append text[0..len) to the reply's text: white space collapsed, control
 * characters shown as '?', bytes that are not UTF-8 as U+FFFD, and never a
 * character cut in two when the buffer fills.
 */
static void append_text(struct reply *r, const char *text, size_t len)
{
	const unsigned char *p = (const unsigned char *)text;
	size_t used = strlen(r->text);
	bool gap = used > 0;

	while (len > 0) {
		unsigned long cp;
		size_t n = utf8_decode(p, len, &cp);
		const char *out = (const char *)p;
		size_t outlen = n;

		if (n == 0) {
			out = "\xef\xbf\xbd", outlen = 3, n = 1;
		} else if (cp == ' ' || cp == '\t' || cp == '\r' || cp == '\n') {
			gap = used > 0;
			p += n, len -= n;
			continue;
		} else if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) {
			out = "?", outlen = 1;
		}
		if (used + gap + outlen >= sizeof(r->text))
			break;
		if (gap)
			r->text[used++] = ' ';
		memcpy(r->text + used, out, outlen);
		used += outlen;
		gap = false;
		p += n, len -= n;
	}
	r->text[used] = '\0';
}

/* The commands as logs and transcripts name them: "RCPT TO", "end of DATA". */
static const struct {
	const char *name;
	unsigned command;
} command_names[] = {
    {"RCPT", CMD_RCPT},
    {"MAIL", CMD_MAIL},
    {"end of data", CMD_DATA},
    {"DATA", CMD_DATA},
    {"END-OF-MESSAGE", CMD_DATA}, /* Postfix's reject: after the message */
    {"header", CMD_DATA},         /* Postfix's header_checks and body_checks */
    {"body", CMD_DATA},
    {"EHLO", CMD_EHLO},
    {"HELO", CMD_EHLO},
    {"LHLO", CMD_EHLO},
    {"STARTTLS", CMD_STARTTLS},
    {"AUTH", CMD_AUTH},
    {"BDAT", CMD_BDAT},
    {"BURL", CMD_BURL},
    {"RSET", CMD_RSET},
    {"VRFY", CMD_VRFY},
    {"EXPN", CMD_EXPN},
    {"HELP", CMD_HELP},
    {"NOOP", CMD_NOOP},
    {"QUIT", CMD_QUIT},
    {"ETRN", CMD_ETRN},
    {"ATRN", CMD_ATRN},
    {"CONNECT", CMD_GREETING},
    {"initial connection", CMD_GREETING}, /* Exim */
    {"initial greeting", CMD_GREETING},
    {"greeting", CMD_GREETING},
};

/* The command named at s, as a whole word; 0 if none. */
static unsigned command_at(const char *s)
{
	s = skip_space(s);
	if (starts(s, "pipelined "))
		s += strlen("pipelined ");
	for (size_t i = 0; i < sizeof(command_names) / sizeof(*command_names); i++) {
		size_t len = strlen(command_names[i].name);

		if (starts(s, command_names[i].name) && !is_alpha(s[len]) && s[len] != '-')
			return command_names[i].command;
	}
	return 0;
}

/*
 * The codes at s: a reply code and perhaps an enhanced code, or an enhanced
 * code alone. Fills r and points *text past them; false if s holds no code.
 */
static bool codes_at(const char *s, struct reply *r, const char **text)
{
	struct code c;
	const char *why;
	size_t n;

	if ((n = reply_token(s, &r->code, &r->more)) > 0) {
		r->has_code = true;
		s = skip_space(s + n);
		if ((n = enhanced_token(s, &c, &why)) > 0) {
			if (why) {
				warn(r, "'%.*s' is no enhanced code: %s", (int)n, s, why);
				r->malformed = true;
			} else {
				r->enhanced = c, r->has_enhanced = true;
			}
			s = skip_space(s + n);
		}
		*text = s;
		return true;
	}
	if ((n = enhanced_token(s, &c, &why)) > 0 && !why) {
		r->enhanced = c;
		r->has_enhanced = true;
		*text = skip_space(s + n);
		return true;
	}
	return false;
}

/* At s, after white space, a reply's own code: the start of a plain reply line. */
static const char *next_line_code(const char *s, const char *end, const struct code *code)
{
	char digits[4];

	snprintf(digits, sizeof(digits), "%d", code_value(code));
	for (const char *p = s; p + 3 <= end; p++) {
		if (p > s && is_space(p[-1]) && memcmp(p, digits, 3) == 0 &&
		    (p + 3 == end || p[3] == '-' || is_space(p[3])))
			return p;
	}
	return NULL;
}

/*
 * The text from s to end, for the reply in r. A multi-line reply that a log
 * folded into one line ("550-5.7.26 a 550-5.7.26 b 550 5.7.26 c") is split
 * at its codes, and each line's text joined once.
 */
static void reply_text(struct reply *r, const char *s, const char *end)
{
	while (r->more && r->has_code) {
		const char *next = next_line_code(s, end, &r->code);
		struct reply part = {0};
		const char *text;

		if (!next)
			break;
		append_text(r, s, (size_t)(next - s));
		/* What follows the code may lie past end ("550;" before "; from=<"). */
		if (!codes_at(next, &part, &text)) {
			s = next;
			break;
		}
		r->more = part.more;
		if (part.has_enhanced && r->has_enhanced && code_cmp(&part.enhanced, &r->enhanced))
			warn(r, "the lines of this multi-line reply have different enhanced codes");
		s = text < end ? text : end;
	}
	append_text(r, s, (size_t)(end - s));
}

/* Where a reply sits in a log line: what comes before it, and how to read on. */
enum how {
	AT_REPLY, /* the codes follow at once */
	AT_COLON, /* the codes follow a later ": " (a host or an address comes first) */
	AT_PAREN, /* a word and " (", then the codes: Postfix's status=sent (250 ...) */
};

#define NAMED (~0u) /* the anchor names the command: "after RCPT TO" */

static const struct {
	const char *text;
	enum how how;
	unsigned command; /* what the reply answered: a CMD_* bit, NAMED or 0 */
} anchors[] = {
    {"said:", AT_REPLY, 0},                             /* Postfix, qmail: host ... said: */
    {"refused to talk to me:", AT_REPLY, CMD_GREETING}, /* Postfix */
    {"SMTP error from remote mail server after ", AT_COLON, NAMED}, /* Exim */
    {"SMTP error from remote mailer after ", AT_COLON, NAMED},      /* Exim before 4.50 */
    {"reject: ", AT_COLON, NAMED},         /* Postfix smtpd, cleanup and milters */
    {"reject_warning: ", AT_COLON, NAMED}, /* Postfix, when only warning */
    {"reply=", AT_REPLY, 0},               /* Sendmail */
    {"reject=", AT_REPLY, 0},              /* Sendmail's rulesets and milters */
    {"status=", AT_PAREN, 0},              /* Postfix: status=sent (250 2.0.0 Ok) */
    {"smtp;", AT_REPLY, 0},                /* a Diagnostic-Code quoted in a report */
};

#define ANCHORS (sizeof(anchors) / sizeof(*anchors))

/*
 * Where each anchor first occurs in line, ignoring case, as text_find()
 * would say. In one pass, with tables of the anchors whose first letter is
 * a byte and whose second letter is the next byte: only where both agree
 * is an anchor compared, at most every twentieth byte of English text.
 */
static void find_anchors(const char *line, const char *at[ANCHORS])
{
	unsigned short first[256] = {0}, second[256] = {0}; /* bit i: anchors[i] */
	unsigned left = (1u << ANCHORS) - 1;

	_Static_assert(ANCHORS <= 16, "one bit per anchor");
	for (size_t i = 0; i < ANCHORS; i++) {
		for (int k = 0; k < 2; k++) {
			unsigned char c = (unsigned char)anchors[i].text[k];
			unsigned short *table = k == 0 ? first : second;

			table[c] |= (unsigned short)(1u << i);
			if (is_alpha((char)c))
				table[c ^ 0x20] |= (unsigned short)(1u << i); /* the other case */
		}
		at[i] = NULL;
	}
	for (const unsigned char *p = (const unsigned char *)line; *p && left; p++) {
		for (unsigned m = first[p[0]] & second[p[1]] & left; m; m &= m - 1) {
			int i = __builtin_ctz(m);

			if (starts((const char *)p, anchors[i].text)) {
				at[i] = (const char *)p;
				left &= ~(1u << i);
			}
		}
	}
}

/* The codes after an anchor; false when none are there. */
static bool anchored(const char *at, enum how how, struct reply *r, const char **text)
{
	switch (how) {
	case AT_REPLY: return codes_at(skip_space(at), r, text);
	case AT_COLON:
		for (const char *p = at; (p = strstr(p, ": ")); p += 2)
			if (codes_at(skip_space(p + 2), r, text))
				return true;
		return false;
	case AT_PAREN:
		while (is_alpha(*at))
			at++;
		return starts(at, " (") && codes_at(at + 2, r, text);
	}
	return false;
}

/*
 * A reply code and an enhanced code of the same class, anywhere after a
 * boundary: "Remote Server returned '550 5.1.1 ...'". Two matching codes side
 * by side are no time, size, port or address.
 */
static bool paired(const char *line, struct reply *r, const char **text)
{
	for (const char *p = line; *p; p++) {
		struct reply t;
		struct code c;
		const char *rest;
		bool more;

		/* Cheap tests first: t is large, and this runs at every byte. */
		if (!reply_token(p, &c, &more) || (p > line && !strchr(" \t'\"(;:=[<", p[-1])))
			continue;
		reply_clear(&t);
		if (codes_at(p, &t, &rest) && t.has_code && t.has_enhanced &&
		    t.code.cls == t.enhanced.cls) {
			*r = t;
			*text = rest;
			return true;
		}
	}
	return false;
}

/* An enhanced code after marker ("(#", "dsn="), valid and alone. */
static const char *enhanced_after(const char *line, const char *marker, struct reply *r)
{
	const char *why;
	struct code c;

	for (const char *p = line; (p = text_find(p, marker)); p++) {
		const char *at = p + strlen(marker);
		size_t n = enhanced_token(at, &c, &why);

		if (n > 0 && !why && (p == line || !is_alpha(p[-1]))) {
			r->enhanced = c;
			r->has_enhanced = true;
			return p;
		}
	}
	return NULL;
}

/* The server's text for a code found by a log's dsn= or qmail's (#5.1.1). */
static void enhanced_text(struct reply *r, const char *line, const char *marker)
{
	const char *s, *end;

	if (marker[0] == '(') { /* qmail: "Sorry, no mailbox here by that name. (#5.1.1)" */
		s = line;
		for (const char *p = line; (p = strstr(p, ": ")) && p < marker; p += 2)
			s = p + 2;
		end = marker;
	} else if ((s = text_find(line, "status=")) && (s = strstr(s, " ("))) {
		s += 2; /* Postfix: status=bounced (unknown user: "a") */
		end = s + strlen(s);
		while (end > s && (is_space(end[-1]) || end[-1] == ')'))
			end--;
	} else if ((s = text_find(line, "stat="))) {
		s += 5; /* Sendmail: dsn=5.1.1, stat=User unknown */
		end = s + strcspn(s, ",");
	} else {
		return;
	}
	append_text(r, s, (size_t)(end - s));
}

/*
 * qmail-send logs its results with '_' for every space and '/' between
 * parts: "delivery 43: failure: Remote_host_said:_550_5.1.1_User_unknown/".
 * Returns where such a result starts, or NULL.
 */
static const char *qmail_result(const char *line)
{
	static const char *const result[] = {": failure: ", ": deferral: ", ": success: "};
	const char *p = strstr(line, "delivery ");

	for (size_t i = 0; p && i < sizeof(result) / sizeof(*result); i++) {
		const char *at = strstr(p, result[i]);

		if (at && !strchr(at += strlen(result[i]), ' '))
			return at;
	}
	return NULL;
}

static const char *const envelope[] = {"; from=<", "; to=<", "; proto="};

/* The end of a reply's text in a log line, and the command it says it answered. */
static const char *text_end(const char *line, const char *text, bool qmail, struct reply *r)
{
	const char *end = text + strlen(text), *p;

	if (qmail && (p = strchr(text, '/')))
		end = p;
	/* Postfix's reject lines go on with the envelope: from, to, proto, helo. */
	for (size_t i = 0; i < sizeof(envelope) / sizeof(*envelope); i++)
		if ((p = strstr(text, envelope[i])) && p < end)
			end = p;
	if ((p = text_find(line, "status=")) && p < text) {
		while (end > text && is_space(end[-1]))
			end--;
		if (end > text && end[-1] == ')')
			end--;
	}
	if ((p = text_find(text, "(in reply to ")) && p < end) {
		if (!r->command)
			r->command = command_at(p + strlen("(in reply to "));
		end = p;
	}
	while (end > text && is_space(end[-1]))
		end--;
	/* The closing quote of a quoted reply: returned '550 5.1.1 ...' */
	if (end > text && (end[-1] == '\'' || end[-1] == '"')) {
		int quotes = 0;

		for (p = text; p < end; p++)
			quotes += *p == end[-1];
		end -= quotes % 2;
	}
	return end;
}

/* Delivery status notification fields, RFC 3464 section 2.3. */
static const char *const dsn_fields[] = {
    "Action",        "Remote-MTA",  "Last-Attempt-Date", "Final-Log-ID", "Will-Retry-Until",
    "Reporting-MTA", "DSN-Gateway", "Received-From-MTA", "Arrival-Date", "Original-Envelope-Id",
};

/* "Name:" at s: the length of the field name, 0 if s is no header field. */
static size_t field_name(const char *s)
{
	size_t len = 0;

	while (is_alpha(s[len]) || is_digit(s[len]) || s[len] == '-')
		len++;
	return len > 0 && s[len] == ':' ? len : 0;
}

static enum kind dsn_line(const char *s, size_t name, struct reply *r, struct line *li,
                          const char **text)
{
	const char *value = skip_space(s + name + 1), *semi;
	const char *why;

	if (name == 15 && starts(s, "Diagnostic-Code")) {
		semi = strchr(value, ';');
		li->dsn = true;
		*text = skip_space(semi ? semi + 1 : value);
		return codes_at(*text, r, text) ? LINE_REPLY : LINE_DIAGNOSIS;
	}
	if (name == 6 && starts(s, "Status")) {
		if (enhanced_token(value, &r->enhanced, &why) > 0 && !why)
			return LINE_STATUS;
		return LINE_FIELD;
	}
	if ((name == 15 && starts(s, "Final-Recipient")) ||
	    (name == 18 && starts(s, "Original-Recipient")))
		return LINE_RECIPIENT;
	for (size_t i = 0; i < sizeof(dsn_fields) / sizeof(*dsn_fields); i++)
		if (name == strlen(dsn_fields[i]) && starts(s, dsn_fields[i]))
			return LINE_FIELD;
	if (starts(s, "X-"))
		return LINE_FIELD; /* X-Postfix-Sender, X-Actual-Final-Recipient */
	return LINE_NONE;
}

/* A transcript's prefix for the server's lines (S:, swaks' <- and <**), or NULL. */
static const char *server_prefix(const char *s)
{
	static const char *const prefix[] = {"S:", "<-", "<**", "<~", "<~*"};

	for (size_t i = sizeof(prefix) / sizeof(*prefix); i-- > 0;)
		if (starts(s, prefix[i]) && is_space(s[strlen(prefix[i])]))
			return skip_space(s + strlen(prefix[i]));
	return NULL;
}

/* A transcript's prefix for the client's lines (C:, swaks' -> and ~>), or NULL. */
static const char *client_prefix(const char *s)
{
	static const char *const prefix[] = {"C:", "->", "~>", "**>"};

	for (size_t i = 0; i < sizeof(prefix) / sizeof(*prefix); i++)
		if (starts(s, prefix[i]) && is_space(s[strlen(prefix[i])]))
			return skip_space(s + strlen(prefix[i]));
	return NULL;
}

static bool ends_in_colon(const char *s)
{
	size_t n = strlen(s);

	while (n > 0 && is_space(s[n - 1]))
		n--;
	return n > 0 && s[n - 1] == ':';
}

/*
 * What the logical line holds; a reply goes into r, which starts empty. With
 * codes_only, the reply's text, input and command are left out.
 */
static void parse_line(struct reply_reader *rd, const char *input, struct reply *r, struct line *li,
                       bool codes_only)
{
	char *copy = rd->plain;
	const char *line = input, *s, *text = NULL, *p, *mark;
	bool qmail = (p = qmail_result(input)) != NULL;
	size_t name;

	if (qmail) {
		snprintf(copy, sizeof(rd->plain), "%s", input);
		for (char *q = copy + (p - input); *q; q++)
			if (*q == '_')
				*q = ' ';
		line = copy;
	}
	s = skip_space(line);
	memset(li, 0, sizeof(*li));
	li->kind = LINE_REPLY;
	if (*s == '\0') {
		li->kind = LINE_BLANK;
		return;
	}
	if ((p = client_prefix(s))) {
		r->command = command_at(p);
		li->kind = r->command ? LINE_COMMAND : LINE_NONE;
		return;
	}
	if ((p = server_prefix(s)))
		s = p;
	if ((name = field_name(s)) > 0 &&
	    (li->kind = dsn_line(s, name, r, li, &text)) != LINE_NONE) {
		if (li->kind == LINE_DIAGNOSIS && !codes_only) {
			append_text(r, text, strlen(text));
			append_input(r, input);
		}
		if (li->kind != LINE_REPLY)
			return;
	} else if (codes_at(s, r, &text)) {
		li->kind = LINE_REPLY;
		li->plain = true;
	} else {
		li->kind = LINE_REPLY;
		const char *at[ANCHORS];

		find_anchors(line, at);
		for (size_t i = 0; !text && i < ANCHORS; i++) {
			if (!(p = at[i]))
				continue;
			p += strlen(anchors[i].text);
			if (anchored(p, anchors[i].how, r, &text)) {
				r->command = anchors[i].command == NAMED ? command_at(p)
				                                         : anchors[i].command;
			} else if (anchors[i].command == NAMED && ends_in_colon(p)) {
				/* Exim's "SMTP error ... after RCPT TO:<a>:" with the reply below
				 */
				r->command = command_at(p);
				li->kind = r->command ? LINE_COMMAND : LINE_NONE;
				return;
			}
		}
		if (!text && !paired(line, r, &text)) {
			if ((mark = enhanced_after(line, "(#", r)) ||
			    (mark = enhanced_after(line, "dsn=", r))) {
				if (!codes_only) {
					enhanced_text(r, line, mark);
					append_input(r, input);
				}
				return;
			}
			li->kind = LINE_NONE;
			return;
		}
	}
	if (codes_only)
		return;
	if (!r->command && (p = text_find(line, "ruleset=check_")))
		r->command = command_at(p + strlen("ruleset=check_")); /* Sendmail */
	reply_text(r, text, text_end(line, text, qmail, r));
	append_input(r, input);
}

enum verdict verdict_of(int cls)
{
	return cls == 2   ? VERDICT_SUCCESS
	       : cls == 3 ? VERDICT_INTERMEDIATE
	       : cls == 4 ? VERDICT_TRANSIENT
	                  : VERDICT_PERMANENT;
}

const char *verdict_name(enum verdict v)
{
	static const char *const name[] = {"success", "intermediate", "transient", "permanent"};

	return name[v];
}

/* Verdict and warnings, then out it goes. */
static void emit(struct reply_reader *rd, struct reply *r)
{
	char id[16];

	r->verdict = verdict_of(r->has_code ? r->code.cls : r->enhanced.cls);
	if (r->more)
		warn(r, "the multi-line reply has no last line: every line ends in '-' after the "
		        "code");
	if (r->has_code && r->has_enhanced && r->code.cls != r->enhanced.cls) {
		code_format(&r->enhanced, id, sizeof(id));
		if (r->code.cls == 3)
			warn(r,
			     "a 3xx reply carries no enhanced code, yet this one has %s (RFC 2034 "
			     "section 3)",
			     id);
		else
			warn(
			    r,
			    "the classes disagree: a %dxx reply with the enhanced code %s; clients "
			    "act on the reply code (RFC 3463 section 2)",
			    r->code.cls, id);
	}
	r->known = !r->malformed;
	if (r->has_code && !reply_info(code_value(&r->code))) {
		warn(r, "%d is not in the tables: described from its digits", code_value(&r->code));
		r->known = false;
	}
	if (r->has_enhanced && !enhanced_info(r->enhanced.subject, r->enhanced.detail)) {
		code_format(&r->enhanced, id, sizeof(id));
		warn(r, "%s is not in the IANA registry: described from its class and subject", id);
		r->known = false;
	}
	rd->emit(r, rd->arg);
}

void reply_reader_init(struct reply_reader *rd, reply_fn *emit_fn, void *arg)
{
	memset(rd, 0, sizeof(*rd));
	rd->folds = -1;
	rd->emit = emit_fn;
	rd->arg = arg;
}

static void flush_pending(struct reply_reader *rd)
{
	if (rd->pending) {
		rd->pending = false;
		emit(rd, &rd->reply);
	}
}

/* The end of one recipient's fields: its Diagnostic-Code reply, else its Status. */
static void flush_dsn(struct reply_reader *rd)
{
	char a[16], b[16];

	if (rd->dsn_reply) {
		struct reply *r = &rd->dsn;

		if (rd->dsn_status && !r->has_enhanced) {
			r->enhanced = rd->status;
			r->has_enhanced = true;
		} else if (rd->dsn_status && code_cmp(&rd->status, &r->enhanced) != 0) {
			code_format(&rd->status, a, sizeof(a));
			code_format(&r->enhanced, b, sizeof(b));
			warn(r, "the Status field says %s, the reply %s", a, b);
		}
		emit(rd, r);
	} else if (rd->dsn_status) {
		struct reply *r = &rd->scratch;

		reply_clear(r);
		r->enhanced = rd->status;
		r->has_enhanced = true;
		append_input(r, rd->status_line);
		if (rd->dsn_text) {
			append_text(r, rd->dsn.text, strlen(rd->dsn.text));
			append_input(r, rd->dsn.input);
		}
		emit(rd, r);
	}
	rd->in_dsn = rd->dsn_reply = rd->dsn_status = rd->dsn_text = false;
}

/* A further line of the multi-line reply in rd->reply or rd->dsn. */
static void continue_reply(struct reply *r, const struct reply *line)
{
	if (code_cmp(&line->code, &r->code) != 0)
		warn(r, "the lines of this multi-line reply have different reply codes: RFC 5321 "
		        "section 4.2.1 wants one");
	if (line->has_enhanced && r->has_enhanced && code_cmp(&line->enhanced, &r->enhanced))
		warn(r, "the lines of this multi-line reply have different enhanced codes");
	if (line->has_enhanced && !r->has_enhanced)
		r->enhanced = line->enhanced, r->has_enhanced = true;
	for (int i = 0; i < line->nwarnings; i++)
		warn(r, "%s", line->warning[i]);
	append_text(r, line->text, strlen(line->text));
	append_input(r, line->input);
	r->more = line->more;
}

/* One complete logical line. */
static void reader_logical(struct reply_reader *rd)
{
	struct reply *r = &rd->scratch, *open;
	struct line li;

	reply_clear(r);
	rd->line[rd->len] = '\0';
	parse_line(rd, rd->line, r, &li, false);
	if (rd->cut && li.kind == LINE_REPLY)
		warn(r, "the input line is longer than %d bytes: only its start was read",
		     REPLY_LINE_MAX - 1);
	open = rd->pending && rd->reply.more   ? &rd->reply
	       : rd->dsn_reply && rd->dsn.more ? &rd->dsn
	                                       : NULL;
	if (li.kind == LINE_REPLY && li.plain && r->has_code && open) {
		continue_reply(open, r);
		if (open == &rd->reply && !open->more)
			flush_pending(rd);
		return;
	}
	switch (li.kind) {
	case LINE_NONE:
	case LINE_BLANK:
		flush_pending(rd);
		flush_dsn(rd);
		break;
	case LINE_COMMAND:
		flush_pending(rd);
		flush_dsn(rd);
		rd->command = r->command;
		break;
	case LINE_DIAGNOSIS:
		flush_pending(rd);
		if (rd->dsn_reply || rd->dsn_text)
			flush_dsn(rd);
		rd->in_dsn = rd->dsn_text = true;
		rd->dsn = *r;
		break;
	case LINE_RECIPIENT:
	case LINE_FIELD:
	case LINE_STATUS:
		flush_pending(rd);
		if (li.kind == LINE_RECIPIENT || (li.kind == LINE_STATUS && rd->dsn_status))
			flush_dsn(rd);
		rd->in_dsn = true;
		if (li.kind == LINE_STATUS) {
			rd->status = r->enhanced;
			rd->dsn_status = true;
			snprintf(rd->status_line, sizeof(rd->status_line), "%.*s",
			         (int)sizeof(rd->status_line) - 1, rd->line); /* cut if longer */
		}
		break;
	case LINE_REPLY:
		flush_pending(rd);
		if (!r->command)
			r->command = rd->command;
		rd->command = 0;
		if (li.dsn) {
			if (rd->dsn_reply || rd->dsn_text)
				flush_dsn(rd);
			rd->in_dsn = rd->dsn_reply = true;
			rd->dsn = *r;
			if (rd->dsn_status) {
				rd->dsn.input[0] = '\0';
				append_input(&rd->dsn, rd->status_line);
				append_input(&rd->dsn, r->input);
			}
			break;
		}
		flush_dsn(rd);
		rd->reply = *r;
		rd->pending = true;
		if (!r->more)
			flush_pending(rd);
		break;
	}
}

/*
 * Whether a line that starts with white space continues the logical line:
 * a folded header field, or the wrapped text of a reply in a bounce.
 */
static bool continues(struct reply_reader *rd, const char *line, size_t len)
{
	struct reply *r = &rd->scratch;
	struct code c;
	struct line li;
	bool more;
	char head[8] = "";
	const char *s = line, *end = line + len;

	if (rd->len == 0 || len == 0 || !is_space(line[0]))
		return false;
	while (s < end && is_space(*s))
		s++;
	if (s == end)
		return false;
	memcpy(head, s, end - s < 7 ? (size_t)(end - s) : 7);
	if (reply_token(head, &c, &more) > 0 || client_prefix(head) || server_prefix(head))
		return false; /* a line of its own: a multi-line reply's next, a transcript's */
	/* Whether the line so far folds: known after its first continuation. */
	if (rd->folds < 0) {
		rd->folds = field_name(rd->line) > 0;
		if (!rd->folds) {
			reply_clear(r);
			rd->line[rd->len] = '\0';
			parse_line(rd, rd->line, r, &li, false);
			rd->folds = li.kind == LINE_REPLY;
		}
	}
	return rd->folds;
}

/* len bytes of input into dst, then a NUL: a NUL byte in the input reads as a space. */
static void copy_line(char *dst, const char *src, size_t len)
{
	memcpy(dst, src, len);
	dst[len] = '\0';
	for (char *nul = dst; (nul = memchr(nul, '\0', len - (size_t)(nul - dst)));)
		*nul = ' ';
}

void reply_reader_line(struct reply_reader *rd, const char *line, size_t len)
{
	size_t room;

	if (len > 0 && line[len - 1] == '\r')
		len--;
	if (continues(rd, line, len)) {
		while (len > 0 && is_space(*line))
			line++, len--;
		if (rd->len + 1 < sizeof(rd->line))
			rd->line[rd->len++] = ' ';
	} else {
		if (rd->len > 0 || rd->cut)
			reader_logical(rd);
		rd->len = 0;
		rd->cut = false;
		rd->folds = -1;
	}
	room = sizeof(rd->line) - 1 - rd->len;
	if (len > room) {
		len = room;
		rd->cut = true;
	}
	copy_line(rd->line + rd->len, line, len);
	rd->len += len;
	if (*skip_space(rd->line) == '\0') {
		rd->len = 0;
		reader_logical(rd); /* a blank line ends a block of fields */
	}
}

void reply_reader_end(struct reply_reader *rd)
{
	if (rd->len > 0 || rd->cut)
		reader_logical(rd);
	rd->len = 0;
	rd->cut = false;
	flush_pending(rd);
	flush_dsn(rd);
}

bool reply_line(struct reply_reader *rd, const char *line, size_t len, struct reply *r)
{
	struct line li;

	if (len > 0 && line[len - 1] == '\r')
		len--;
	if (len > sizeof(rd->line) - 1)
		len = sizeof(rd->line) - 1;
	copy_line(rd->line, line, len);
	reply_clear(r);
	parse_line(rd, rd->line, r, &li, true);
	if (li.kind == LINE_STATUS)
		r->has_enhanced = true; /* a Status field alone: its code is the reply's */
	return li.kind == LINE_REPLY || li.kind == LINE_STATUS;
}
