/* fuzz_scan.c: libFuzzer harness for scan: its fast path against reading every line */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "smtpcode.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The tally as reading every line gives it: a row per pair, in no order. */
struct oracle {
	struct scan_row row[64];
	size_t n, total;
};

static bool same_code(bool has_a, const struct code *a, bool has_b, const struct code *b)
{
	return has_a == has_b && (!has_a || code_cmp(a, b) == 0);
}

static void add(struct oracle *o, const struct reply *r)
{
	size_t i = 0;

	while (i < o->n &&
	       !(same_code(o->row[i].has_code, &o->row[i].code, r->has_code, &r->code) &&
	         same_code(o->row[i].has_enhanced, &o->row[i].enhanced, r->has_enhanced,
	                   &r->enhanced)))
		i++;
	if (i == o->n) {
		if (o->n == sizeof(o->row) / sizeof(*o->row))
			return; /* more pairs than an input this size can hold */
		o->row[o->n++] = (struct scan_row){
		    .has_code = r->has_code,
		    .has_enhanced = r->has_enhanced,
		    .code = r->code,
		    .enhanced = r->enhanced,
		};
	}
	o->row[i].count++;
	o->total++;
}

/* The reader given the one line: its reply, which reply_line() must agree with. */
static void emitted(const struct reply *r, void *arg)
{
	struct reply *out = arg;

	if (out->has_code || out->has_enhanced)
		abort(); /* one line, one reply at most */
	*out = *r;
}

static struct reply_reader rd, one;
static struct reply r, alone;

static void read_line(struct oracle *o, const char *p, size_t len)
{
	bool found = reply_line(&rd, p, len, &r);

	memset(&alone, 0, sizeof(alone));
	reply_reader_init(&one, emitted, &alone);
	reply_reader_line(&one, p, len);
	reply_reader_end(&one);
	if (found != (alone.has_code || alone.has_enhanced) ||
	    (found &&
	     !(same_code(r.has_code, &r.code, alone.has_code, &alone.code) &&
	       same_code(r.has_enhanced, &r.enhanced, alone.has_enhanced, &alone.enhanced))))
		abort();
	if (found)
		add(o, &r);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static FILE *f;
	static struct oracle o;
	const char *p = (const char *)data, *end = p + size;
	struct scan *s = scan_new();
	struct scan_row *rows;
	size_t n;

	if (!f && !(f = tmpfile()))
		abort();
	if (!s || ftruncate(fileno(f), 0) != 0 || fseek(f, 0, SEEK_SET) != 0 ||
	    fwrite(data, 1, size, f) != size || fflush(f) != 0 || fseek(f, 0, SEEK_SET) != 0 ||
	    lseek(fileno(f), 0, SEEK_SET) != 0)
		abort();
	if (scan_fd(s, fileno(f)) != 0 || !(rows = scan_rows(s, SCAN_PAIR, &n)))
		abort();
	memset(&o, 0, sizeof(o));
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t len = (size_t)((nl ? nl : end) - p);

		read_line(&o, p, len);
		p += len + 1;
	}
	if (scan_total(s) != o.total || (o.n < sizeof(o.row) / sizeof(*o.row) && n != o.n))
		abort();
	for (size_t i = 0; i < o.n; i++) {
		size_t j = 0;

		while (j < n && !(same_code(rows[j].has_code, &rows[j].code, o.row[i].has_code,
		                            &o.row[i].code) &&
		                  same_code(rows[j].has_enhanced, &rows[j].enhanced,
		                            o.row[i].has_enhanced, &o.row[i].enhanced)))
			j++;
		if (j == n || rows[j].count != o.row[i].count)
			abort();
	}
	free(rows);
	scan_free(s);
	return 0;
}
