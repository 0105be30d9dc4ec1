/* smtpcode.h: the library behind the smtpcode command: tables, parsing, lookup, rendering */
#ifndef SMTPCODE_H
#define SMTPCODE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* Where a code is defined. */
enum status {
	STATUS_UNKNOWN,     /* not in the tables: described from its digits */
	STATUS_STANDARD,    /* RFC 5321 itself, or RFC 3463 for enhanced codes */
	STATUS_EXTENSION,   /* an SMTP extension's RFC, or a later registration */
	STATUS_OBSOLETE,    /* deprecated by its own RFC or the registry */
	STATUS_NONSTANDARD, /* only in a draft, or registered without a specification */
};

/* Who has to do something about a reply. */
enum actor {
	ACTOR_NOBODY,    /* nothing went wrong */
	ACTOR_CLIENT,    /* the sending software carries on or retries by itself */
	ACTOR_SENDER,    /* the sender, or the administrator of the sending system */
	ACTOR_RECIPIENT, /* the recipient, or the administrator of the receiving system */
};

/* What a reply may answer: RFC 5321 section 4.3.2 and the extensions' RFCs. */
enum command {
	CMD_GREETING = 1 << 0, /* the server's first reply, on connection */
	CMD_EHLO = 1 << 1,     /* EHLO or HELO */
	CMD_STARTTLS = 1 << 2,
	CMD_AUTH = 1 << 3,
	CMD_MAIL = 1 << 4,
	CMD_RCPT = 1 << 5,
	CMD_DATA = 1 << 6, /* DATA, and the reply after the message's final dot */
	CMD_BDAT = 1 << 7,
	CMD_BURL = 1 << 8,
	CMD_RSET = 1 << 9,
	CMD_VRFY = 1 << 10,
	CMD_EXPN = 1 << 11,
	CMD_HELP = 1 << 12,
	CMD_NOOP = 1 << 13,
	CMD_QUIT = 1 << 14,
	CMD_ETRN = 1 << 15,
	CMD_ATRN = 1 << 16,
	CMD_ANY = 1 << 17, /* any command at all */
	CMD_COUNT = 18,
};

/* Enhanced status classes, as bits of enhanced_info.classes. */
#define CLASS_SUCCESS   (1u << 2)
#define CLASS_TRANSIENT (1u << 4)
#define CLASS_PERMANENT (1u << 5)

/* One three-digit reply code, as data/reply_codes.h writes it. */
struct reply_info {
	const char *name;
	const char *description; /* what the code means */
	const char *when;        /* when a user meets it */
	const char *fix;         /* what to do about it */
	const char *use;         /* when a server sends it rather than another code */
	const char *refs;        /* "RFC 5321 sections 4.2.2, 4.3.2; RFC 7505 section 4.1" */
	const char *related;     /* "450 551 553": codes to read next */
	const char *notes;       /* where sources disagree or practice differs; NULL if none */
	unsigned commands;       /* enum command bits */
	enum status status;
	enum actor actor;
};

/* One enhanced status code X.subject.detail, as data/enhanced_codes.h writes it. */
struct enhanced_info {
	const char *name; /* the registry's title */
	const char *description;
	const char *when;
	const char *fix;
	const char *refs;
	const char *associated; /* "451 550": reply codes it goes with */
	const char *notes;
	unsigned classes; /* CLASS_* bits the registry names; 0 when it names none */
	enum status status;
	enum actor actor;
};

/* Subjects X.0 to X.7 and details X.Y.0 to X.Y.MAX. */
#define SUBJECT_MAX 7
#define DETAIL_MAX  30

/* table.c: the compiled-in tables. */
const struct reply_info *reply_info(int code); /* NULL when not in the table */
int reply_next(int code);                      /* first known code above code, or -1 */
const struct enhanced_info *enhanced_info(int subject, int detail);
const char *class_name(int digit);          /* 2 -> "Positive Completion"; NULL if none */
const char *class_meaning(int digit);       /* a sentence on what the first digit says */
const char *category_name(int digit);       /* second digit: 5 -> "Mail system" */
const char *category_meaning(int digit);    /* a sentence on what the second digit says */
const char *enhanced_class_name(int digit); /* 4 -> "Persistent Transient Failure" */
const char *enhanced_class_meaning(int digit);
const char *subject_name(int subject); /* 1 -> "Addressing Status"; NULL above 7 */
const char *subject_meaning(int subject);
const char *command_name(unsigned command_bit); /* CMD_RCPT -> "RCPT" */
const char *status_name(enum status);
const char *retry_advice(int cls); /* "no: the same request would fail again" */

/* code.c: parsing codes as a user types them. */
enum code_kind { CODE_REPLY, CODE_ENHANCED };

struct code {
	enum code_kind kind;
	int cls;     /* first digit; 0 for a class-free enhanced code (X.1.1) */
	int subject; /* reply: second digit; enhanced: subject */
	int detail;  /* reply: third digit; enhanced: detail */
};

/* Parse s; on failure return false and point *why at what was expected. */
bool code_parse(const char *s, struct code *c, const char **why);
int code_value(const struct code *c); /* a reply code's number: 550 */
void code_format(const struct code *c, char *buf, size_t size);

/* entry.c: everything known about one code, from the tables or its digits. */
struct entry {
	struct code code;
	char id[16]; /* "550", "5.1.1", "X.7.26" */
	bool known;
	const char *name;
	const char *description;
	const char *when;
	const char *fix;
	const char *use; /* reply codes only */
	const char *refs;
	const char *related;    /* reply codes: codes to read next */
	const char *enhanced;   /* reply codes: enhanced codes used with it */
	const char *associated; /* enhanced codes: reply codes it goes with */
	const char *notes;      /* NULL when none */
	unsigned commands;
	unsigned classes;
	enum status status;
	enum actor actor;
	/* Texts worked out from the digits and the other table. */
	char name_buf[64];
	char description_buf[640];
	char notes_buf[1024];
	char list_buf[400];
};

bool list_has(const char *list, const char *id); /* "451 550" has "550" */
void entry_class_label(const struct entry *e, char *buf,
                       size_t size); /* "5xx Permanent Negative" */
void entry_get(struct entry *e, const struct code *c);

/* compare.c: what sets two entries apart, worked out from their data. */
#define DIFF_MAX 8
#define DIFF_LEN 512

struct diff {
	bool same; /* the two are one code */
	int n;
	char line[DIFF_MAX][DIFF_LEN];
	char summary[2 * DIFF_LEN];
};

size_t commands_format(unsigned commands, char *buf, size_t size); /* "MAIL, RCPT or DATA" */

void compare_diff(const struct entry *a, const struct entry *b, struct diff *d);
int code_cmp(const struct code *a, const struct code *b); /* reply codes first, then by digits */

/* list.c: the codes of the tables that a filter or search words select. */
#define FILTER_REPLY    1u
#define FILTER_ENHANCED 2u

struct filter {
	unsigned kinds;           /* FILTER_* bits */
	int cls;                  /* first digit or class, -1 for any; 0: enhanced codes as X.s.d */
	bool any_class;           /* X.7: enhanced codes of every class */
	int subject;              /* reply: second digit; enhanced: subject; -1 for any */
	int detail;               /* -1 for any */
	unsigned command;         /* reply codes that may answer this CMD_* bit; 0 for any */
	const char *const *words; /* search: each must occur in the entry's texts */
	int nwords;
};

typedef void list_fn(const struct entry *e, void *arg);

/* Narrow f (kinds set by the caller) by s: 5xx, 5, 55x, 5.7, X.7 or a code. */
bool filter_parse(const char *s, struct filter *f, const char **why);
size_t filter_each(const struct filter *f, list_fn *fn, void *arg); /* returns the count */
unsigned command_parse(const char *s); /* "rcpt" -> CMD_RCPT; 0 if no command */

/* text.c: display width and word wrapping, counting columns rather than bytes. */
size_t text_width(const char *s, size_t len);
size_t utf8_decode(const unsigned char *s, size_t len, unsigned long *cp); /* 0 if invalid */
size_t wrap_line(const char *s, size_t width, const char **next);
void text_quote(const char *s, char *buf, size_t size);   /* printable, shortened */
const char *text_find(const char *s, const char *needle); /* ASCII case ignored; NULL if none */

/* reply.c: the server's reply found in pasted text, bounce fields and mail log lines. */
enum verdict {
	VERDICT_SUCCESS,      /* 2xx: done */
	VERDICT_INTERMEDIATE, /* 3xx: the server waits for more */
	VERDICT_TRANSIENT,    /* 4xx: try again later */
	VERDICT_PERMANENT,    /* 5xx: do not retry unchanged */
};

#define REPLY_TEXT_MAX  2048 /* the server's text, joined; longer is cut */
#define REPLY_INPUT_MAX 2048 /* the input lines it came from */
#define REPLY_LINE_MAX  8192 /* one input line, with its folded continuations */
#define REPLY_WARN_MAX  6
#define REPLY_WARN_LEN  256

struct reply {
	bool has_code;        /* a three-digit reply code was found */
	bool has_enhanced;    /* an enhanced status code was found */
	struct code code;     /* 550 */
	struct code enhanced; /* 5.1.1 */
	unsigned command;     /* the command it answered (one CMD_* bit), when the input says */
	enum verdict verdict;
	bool known;     /* every code found is in the tables */
	bool more;      /* the last line read was "550-...": the reply goes on */
	bool malformed; /* something shaped like an enhanced code is not one */
	int nwarnings;  /* warning[] holds what is odd about the reply */
	char warning[REPLY_WARN_MAX][REPLY_WARN_LEN];
	char text[REPLY_TEXT_MAX];   /* the server's text without codes, white space collapsed */
	char input[REPLY_INPUT_MAX]; /* the input lines, as given */
};

typedef void reply_fn(const struct reply *r, void *arg);

/*
 * Puts replies together from lines of input: multi-line replies, folded
 * bounce fields and the fields of one recipient's delivery status. The
 * fields are the reader's own; it calls emit for each reply it completes.
 */
struct reply_reader {
	reply_fn *emit;
	void *arg;
	char line[REPLY_LINE_MAX];  /* the logical line read so far */
	char plain[REPLY_LINE_MAX]; /* the line with qmail's underscores made spaces */
	size_t len;
	bool cut;         /* the line was longer than the buffer */
	int folds;        /* whether white-space-led lines continue it; -1 not yet known */
	unsigned command; /* a transcript's last command ("C: RCPT TO:<a>") */
	bool pending;     /* reply holds a reply that may continue */
	bool in_dsn;      /* reading a delivery status notification's fields */
	bool dsn_reply;   /* dsn holds the Diagnostic-Code's reply */
	bool dsn_text;    /* dsn holds the text of a Diagnostic-Code with no reply */
	bool dsn_status;  /* status holds the Status field's code */
	struct code status;
	char status_line[256];
	struct reply reply, dsn, scratch;
};

void reply_reader_init(struct reply_reader *rd, reply_fn *emit, void *arg);
void reply_reader_line(struct reply_reader *rd, const char *line, size_t len);
void reply_reader_end(struct reply_reader *rd);
/*
 * The reply one line holds read on its own, as the reader reads a log line,
 * for its codes only (no text, input or command): scan's rule. rd is scratch.
 */
bool reply_line(struct reply_reader *rd, const char *line, size_t len, struct reply *r);
enum verdict verdict_of(int cls);         /* a code's first digit: 5 -> VERDICT_PERMANENT */
const char *verdict_name(enum verdict v); /* "permanent" */

/* explain.c: the explain command, printing each reply it finds as it goes. */
struct explain {
	FILE *out; /* NULL: count the replies, print nothing */
	const struct render *render;
	bool json;
	size_t replies; /* replies printed */
	size_t unknown; /* of those, replies with a code the tables lack */
};

void explain_text(struct explain *x, const char *text); /* lines separated by \n */
int explain_stream(struct explain *x, FILE *in);        /* 0, or the errno of a read error */

/*
 * scan.c: the replies in mail logs tallied. Each line is read on its own, as
 * reply_line() reads it, in bounded memory and at the speed of memory.
 */
enum scan_by { SCAN_PAIR, SCAN_REPLY, SCAN_ENHANCED }; /* what a row of the tally counts */

struct scan_row {
	bool has_code;     /* false: the replies had none, or the rows are by enhanced code */
	bool has_enhanced; /* false: the replies had none, or the rows are by reply code */
	struct code code, enhanced;
	size_t count;
};

struct scan *scan_new(void);             /* NULL when out of memory */
int scan_fd(struct scan *s, int fd);     /* 0, or an errno: a read error, ENOMEM */
size_t scan_total(const struct scan *s); /* the replies counted */
struct scan_row *scan_rows(const struct scan *s, enum scan_by by, size_t *n); /* most first */
void scan_free(struct scan *s);
/* The entry a row is named after: its enhanced code's unless that is X.Y.0; false if none. */
bool scan_row_entry(const struct scan_row *row, struct entry *e);
int scan_row_class(const struct scan_row *row); /* its first digit; 0 if it has no code */
double scan_row_share(const struct scan_row *row, size_t total); /* percent */

/* render.c and json.c: output to a stream. */
enum lang { LANG_EN, LANG_FR, LANG_ZH }; /* the language of labels and fixed phrases */

struct render {
	size_t width; /* columns available */
	bool color;   /* codes coloured by class, labels bold */
	bool align;   /* list: fields in aligned columns rather than separated by tabs */
	enum lang lang;
};

/* "fr", "fr_FR.UTF-8", "zh_CN" -> LANG_FR, LANG_ZH; false for C, POSIX and the rest. */
bool lang_parse(const char *locale, enum lang *lang);

void entry_print(FILE *f, const struct entry *e, const struct render *r);
void compare_print(FILE *f, const struct entry *a, const struct entry *b, const struct render *r);
void entry_print_json(FILE *f, const struct entry *e);
void compare_print_json(FILE *f, const struct entry *a, const struct entry *b);
void json_string(FILE *f, const char *s);
void reply_print(FILE *f, const struct reply *rp, const struct render *r);
void list_print(FILE *f, const struct entry *e, const struct render *r); /* one line */
void reply_print_json(FILE *f, const struct reply *rp);
/* The tally: count, share, codes (those of by), verdict, name; one line per row. */
void scan_print(FILE *f, const struct scan_row *rows, size_t n, size_t total, enum scan_by by,
                const struct render *r);
void scan_print_json(FILE *f, const struct scan_row *row, size_t total, enum scan_by by);

/*
 * ----------------------------------------------------------------------
 * provider.c: what large mail providers and filters mean by their codes.
 *
 * A provider is identified in a reply only by strings its own servers put
 * there: markers in the reply's text (a tag such as "[TSS04]", a host or
 * document name such as "protection.outlook.com") or, in the input around
 * it, the host name of one of its receiving servers. Mail addresses are
 * never markers: the sender of a refused message may well be at gmail.com.
 */

#define PROVIDER_MARKER_MAX 10

/* A provider or filter, as data/provider_codes.h writes it. */
struct provider_info {
	const char *id;      /* "gmail": what --provider takes */
	const char *name;    /* "Gmail / Google Workspace" */
	const char *aliases; /* other names --provider takes, space-separated */
	const char *markers[PROVIDER_MARKER_MAX]; /* found in a reply's text */
	const char *hosts[PROVIDER_MARKER_MAX];   /* its receiving servers, found in the input */
	const char *refs;
};

/* One code as a provider uses it. */
struct provider_entry {
	const struct provider_info *provider;
	const char *code; /* "5.7.708"; "5.7.606-649" for a range of details; a reply code "451" */
	const char *tag;  /* text that picks this entry out of the provider's replies, or NULL */
	bool tag_only;    /* the provider uses the code for other things too: only the tag counts */
	const char
	    *reply; /* the reply codes it comes with, "421 451"; "" when the sources say none */
	const char *name;
	const char *description; /* the provider's meaning */
	const char *fix;
	const char
	    *notes; /* where it conflicts with the registry, or a fact is uncertain; NULL if none */
	const char *refs;
};

/* The provider a reply came from, and its entry for the reply. */
struct provider_match {
	const struct provider_info *provider; /* NULL: no marker found */
	const char *marker;                   /* the marker or host name that gave it away */
	const struct provider_entry *entry;   /* NULL: the provider has no entry for this reply */
};

size_t provider_count(void);
const struct provider_info *provider_at(size_t i);
size_t provider_entry_count(void);
const struct provider_entry *provider_entry_at(size_t i);
const struct provider_info *provider_find(const char *name); /* an id or alias, any case */
void provider_names(char *buf, size_t size); /* "gmail, microsoft, ... or barracuda" */

/* An entry's code: its first code, and the last detail of a range (else the detail). */
bool provider_entry_code(const struct provider_entry *e, struct code *c, int *last);
bool provider_entry_has(const struct provider_entry *e,
                        const struct code *c); /* X.s.d: any class */
int provider_entry_cmp(const struct provider_entry *a, const struct provider_entry *b);

/*
 * The entries for code c, in table order, of provider only (NULL: all); at
 * most max of them in out. Reply codes are too general to mean anything at a
 * provider on their own: they are looked up only for one provider.
 */
size_t provider_lookup(const struct code *c, const struct provider_info *only,
                       const struct provider_entry **out, size_t max);
void provider_identify(const struct reply *rp, struct provider_match *m);

/* list.c: provider p's entries that filter f selects (its kinds, class, subject, detail). */
typedef void provider_fn(const struct provider_entry *pe, void *arg);
size_t provider_filter_each(const struct provider_info *p, const struct filter *f, provider_fn *fn,
                            void *arg); /* returns the count */

/* render.c and json.c */
void provider_entry_print(FILE *f, const struct provider_entry *pe, const struct render *r);
void provider_list_print(FILE *f, const struct provider_entry *pe, const struct render *r);
void provider_entry_print_json(FILE *f, const struct provider_entry *pe);
/* entry_print_json's object with a "providers" array of the provider entries for it. */
void entry_print_json_providers(FILE *f, const struct entry *e,
                                const struct provider_entry *const *pe, size_t n);

#endif
