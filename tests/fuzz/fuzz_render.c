/* fuzz_render.c: libFuzzer harness for the text and JSON renderers */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "smtpcode.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static FILE *devnull;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct entry a, b;
	struct render render = {0};
	struct explain x = {0};
	struct code ca, cb;
	const char *why;
	char *text, *sep, *second = NULL;
	bool have_a, have_b, newline = false;

	if (!devnull && !(devnull = fopen("/dev/null", "w")))
		abort();
	/*
	 * A header of three bytes: the width, 1 to 2000 (narrower than the command
	 * allows, too), then colour, alignment and language.
	 */
	render.width = 1;
	if (size >= 3) {
		render.width = 1 + ((size_t)data[0] << 8 | data[1]) % 2000;
		render.color = data[2] & 1;
		render.align = data[2] >> 1 & 1;
		render.lang = (enum lang)((data[2] >> 2) % (LANG_ZH + 1));
		data += 3;
		size -= 3;
	}
	if (!(text = malloc(size + 1)))
		return 0;
	memcpy(text, data, size);
	text[size] = '\0';

	/* One code, or two split at the first NUL or newline. */
	sep = text + strcspn(text, "\n");
	if ((size_t)(sep - text) < size) {
		newline = *sep == '\n';
		*sep = '\0';
		second = sep + 1;
	}
	have_a = code_parse(text, &ca, &why);
	have_b = second && code_parse(second, &cb, &why);
	if (have_a) {
		entry_get(&a, &ca);
		entry_print(devnull, &a, &render);
		entry_print_json(devnull, &a);
		list_print(devnull, &a, &render);
	}
	if (have_b) {
		entry_get(&b, &cb);
		entry_print(devnull, &b, &render);
		entry_print_json(devnull, &b);
		list_print(devnull, &b, &render);
	}
	if (have_a && have_b) {
		compare_print(devnull, &a, &b, &render);
		compare_print_json(devnull, &a, &b);
	}

	/* The whole input as one argument, its newlines back in. */
	if (newline)
		*sep = '\n';
	x.out = devnull;
	x.render = &render;
	x.json = false;
	explain_text(&x, text);
	x.json = true;
	explain_text(&x, text);
	free(text);
	return 0;
}
