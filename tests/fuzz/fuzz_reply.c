/* fuzz_reply.c: libFuzzer harness for the reply and log-line reader */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "smtpcode.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/*
 * Rendering is most of the cost of a run, and much the same for every reply:
 * each pass renders only its first few replies, and checks them all.
 */
#define RENDER_MAX 8

struct pass {
	const struct render *render;
	size_t size; /* of the whole input */
	size_t replies;
};

static FILE *devnull;

static bool terminated(const char *buf, size_t size)
{
	return memchr(buf, '\0', size) != NULL;
}

/* The reader's text is printable UTF-8: controls shown as '?', bad bytes as U+FFFD. */
static void check_text(const char *text)
{
	const unsigned char *p = (const unsigned char *)text;
	size_t len = strlen(text);

	while (len > 0) {
		unsigned long cp;
		size_t n = utf8_decode(p, len, &cp);

		if (n == 0 || cp < 0x20 || (cp >= 0x7f && cp < 0xa0))
			abort();
		p += n;
		len -= n;
	}
}

static void check(const struct reply *r, void *arg)
{
	struct pass *pass = arg;
	int cls;

	if (!terminated(r->text, sizeof(r->text)) || !terminated(r->input, sizeof(r->input)))
		abort();
	if (r->nwarnings < 0 || r->nwarnings > REPLY_WARN_MAX)
		abort();
	for (int i = 0; i < r->nwarnings; i++)
		if (!terminated(r->warning[i], sizeof(r->warning[i])) || !r->warning[i][0])
			abort();
	if (!r->has_code && !r->has_enhanced)
		abort();
	if (r->has_code && (r->code.kind != CODE_REPLY || r->code.cls < 2 || r->code.cls > 5 ||
	                    r->code.subject < 0 || r->code.subject > 5 || r->code.detail < 0 ||
	                    r->code.detail > 9))
		abort();
	if (r->has_enhanced &&
	    (r->enhanced.kind != CODE_ENHANCED ||
	     (r->enhanced.cls != 2 && r->enhanced.cls != 4 && r->enhanced.cls != 5) ||
	     r->enhanced.subject < 0 || r->enhanced.subject > 999 || r->enhanced.detail < 0 ||
	     r->enhanced.detail > 999))
		abort();
	cls = r->has_code ? r->code.cls : r->enhanced.cls;
	if ((int)r->verdict != cls - 2)
		abort();
	/* One command at most: a single CMD_* bit. */
	if (r->command >= 1u << CMD_COUNT || (r->command & (r->command - 1)) != 0)
		abort();
	if (r->known &&
	    (r->malformed || (r->has_code && !reply_info(code_value(&r->code))) ||
	     (r->has_enhanced && !enhanced_info(r->enhanced.subject, r->enhanced.detail))))
		abort();
	check_text(r->text);
	/*
	 * The text comes from the input: at most three bytes for a byte (U+FFFD),
	 * and a space between the pieces joined. More is a read past the input.
	 */
	if (strlen(r->text) > 5 * pass->size + 8)
		abort();

	if (pass->replies++ < RENDER_MAX) {
		reply_print(devnull, r, pass->render);
		reply_print_json(devnull, r);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct reply_reader rd;
	struct render render = {0};
	struct pass lines = {&render, size, 0}, whole = {&render, size, 0};
	struct explain x = {0};
	const char *text = (const char *)data, *end = text + size;
	FILE *in;

	if (!devnull && !(devnull = fopen("/dev/null", "w")))
		abort();
	/* The command's default width; colour and language vary with the input's size. */
	render.width = 80;
	render.color = size & 1;
	render.lang = (enum lang)(size / 2 % (LANG_ZH + 1));

	/* Line by line, as explain reads them. */
	reply_reader_init(&rd, check, &lines);
	for (const char *p = text; p < end;) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t len = (size_t)((nl ? nl : end) - p);

		reply_reader_line(&rd, p, len);
		p += len + (nl != NULL);
	}
	reply_reader_end(&rd);

	/* The whole input as one line, NUL bytes and newlines in it. */
	reply_reader_init(&rd, check, &whole);
	reply_reader_line(&rd, text, size);
	reply_reader_end(&rd);

	/*
	 * explain's stream reader, which cuts long lines itself, counting only:
	 * it must find as many replies as the lines above held.
	 */
	if (size > 0 && (in = fmemopen((void *)data, size, "r"))) {
		x.render = &render;
		if (explain_stream(&x, in) != 0 || x.replies != lines.replies)
			abort();
		fclose(in);
	}
	return 0;
}
