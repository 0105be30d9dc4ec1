/* explain.c: the explain command: input lines through the reply reader, out as text or JSON */
#include <errno.h>
#include <string.h>

#include "smtpcode.h"

/* Every code of the reply is in the tables, or is the own code of the provider it came from. */
static bool reply_known(const struct reply *rp)
{
	struct provider_match m;

	if (rp->known)
		return true;
	provider_identify(rp, &m);
	if (!m.entry || rp->malformed)
		return false;
	if (rp->has_code && !reply_info(code_value(&rp->code)) &&
	    !provider_entry_has(m.entry, &rp->code))
		return false;
	return !rp->has_enhanced || enhanced_info(rp->enhanced.subject, rp->enhanced.detail) ||
	       provider_entry_has(m.entry, &rp->enhanced);
}

static void print_reply(const struct reply *rp, void *arg)
{
	struct explain *x = arg;

	if (!x->out) {
		/* counting only */
	} else if (x->json) {
		reply_print_json(x->out, rp);
	} else {
		if (x->replies > 0)
			fputc('\n', x->out);
		reply_print(x->out, rp, x->render);
	}
	x->replies++;
	if (!reply_known(rp))
		x->unknown++;
}

void explain_text(struct explain *x, const char *text)
{
	struct reply_reader rd;

	reply_reader_init(&rd, print_reply, x);
	for (const char *p = text; *p;) {
		size_t len = strcspn(p, "\n");

		reply_reader_line(&rd, p, len);
		p += len + (p[len] == '\n');
	}
	reply_reader_end(&rd);
}

/*
 * Lines of any length from in, in bounded memory: a line longer than the
 * reader keeps is passed on cut, and the rest of it skipped.
 */
int explain_stream(struct explain *x, FILE *in)
{
	static struct reply_reader rd;
	static char chunk[1 << 16], line[REPLY_LINE_MAX];
	size_t len = 0, n;

	reply_reader_init(&rd, print_reply, x);
	while ((n = fread(chunk, 1, sizeof(chunk), in)) > 0) {
		for (const char *p = chunk, *end = chunk + n; p < end;) {
			const char *nl = memchr(p, '\n', (size_t)(end - p));
			size_t take = (size_t)((nl ? nl : end) - p);

			if (take > sizeof(line) - len)
				take = sizeof(line) - len;
			memcpy(line + len, p, take);
			len += take;
			if (!nl)
				break;
			reply_reader_line(&rd, line, len);
			len = 0;
			p = nl + 1;
		}
	}
	if (ferror(in))
		return errno ? errno : EIO;
	if (len > 0)
		reply_reader_line(&rd, line, len);
	reply_reader_end(&rd);
	return 0;
}
