/* scan.c: the replies in mail logs tallied, each line read on its own as explain reads it */
#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "smtpcode.h"

#define CHUNK   (1 << 18) /* bytes handed to a worker at a time */
#define SLACK   32        /* past a chunk's data: what the 16-byte probes may read */
#define WORKERS 8         /* threads at most besides the reader; one per further processor */
#define BUFFERS (2 * (WORKERS + 1)) /* two per thread: one counted while the next is read */

/* Counts by key: open addressing, never more than half full. */
struct tally {
	struct slot {
		uint64_t key;
		size_t count; /* 0: the slot is free */
	} * slots;
	size_t nslots, used, total;
};

/*
 * A reply and an enhanced code packed into one key, so that a tally row is
 * found by one comparison: 550 5.1.1 is 550 << 32 | 5 << 24 | 1 << 12 | 1;
 * 0 stands for a code that is absent.
 */
static uint64_t key_of(const struct reply *r)
{
	uint64_t k = 0;

	if (r->has_code)
		k = (uint64_t)code_value(&r->code) << 32;
	if (r->has_enhanced)
		k |= (uint64_t)r->enhanced.cls << 24 | (uint64_t)r->enhanced.subject << 12 |
		     (uint64_t)r->enhanced.detail;
	return k;
}

static size_t slot_of(uint64_t key, size_t nslots)
{
	return (size_t)(key * 0x9e3779b97f4a7c15u >> 20) & (nslots - 1);
}

static bool count(struct tally *t, uint64_t key, size_t n)
{
	size_t i;

	if (2 * (t->used + 1) > t->nslots) {
		size_t size = t->nslots ? 2 * t->nslots : 256;
		struct slot *slots = calloc(size, sizeof(*slots));

		if (!slots)
			return false;
		for (size_t j = 0; j < t->nslots; j++) {
			if (!t->slots[j].count)
				continue;
			for (i = slot_of(t->slots[j].key, size); slots[i].count;)
				i = (i + 1) & (size - 1);
			slots[i] = t->slots[j];
		}
		free(t->slots);
		t->slots = slots;
		t->nslots = size;
	}
	for (i = slot_of(key, t->nslots); t->slots[i].count; i = (i + 1) & (t->nslots - 1))
		if (t->slots[i].key == key)
			break;
	if (!t->slots[i].count) {
		t->slots[i].key = key;
		t->used++;
	}
	t->slots[i].count += n;
	t->total += n;
	return true;
}

/* What one thread reads with and counts into. */
struct part {
	struct reply_reader rd; /* scratch for reply_line() */
	struct reply reply;
	struct tally tally;
	int err; /* the first error: ENOMEM */
	struct scan *scan;
	pthread_t thread;
};

/* One line, without its newline: its reply, if any, counted. */
static void line(struct part *pt, const unsigned char *p, size_t len)
{
	if (reply_line(&pt->rd, (const char *)p, len, &pt->reply) &&
	    !count(&pt->tally, key_of(&pt->reply), 1))
		pt->err = ENOMEM;
}

typedef unsigned char bytes __attribute__((vector_size(16)));
typedef signed char flags __attribute__((vector_size(16)));

/*
 * Which of the 16 bytes at p could start a code that reply_line() reads:
 * a reply code ("550" and a space, a hyphen, qmail's '_' or the line's end)
 * or an enhanced code's class and dot ("5.1"), in either case after a byte
 * that is no letter, digit, '.' or '/'. Every code the reader takes is
 * there (after a space, ':', '=', ';', '(', '#', '_' or at a line's start),
 * so a line with no such byte holds no reply. Reads p[-1] to p[18].
 */
static unsigned probe(const unsigned char *p)
{
	bytes prev, a, b, c, d;
	flags start, reply, enhanced, hit;
	uint64_t half[2];
	unsigned bits = 0;

	memcpy(&prev, p - 1, 16);
	memcpy(&a, p, 16);
	memcpy(&b, p + 1, 16);
	memcpy(&c, p + 2, 16);
	memcpy(&d, p + 3, 16);
	start = ((bytes)(prev - '.') > 11) & ((bytes)((prev | 0x20) - 'a') > 25);
	reply = ((bytes)(a - '2') <= 3) & ((bytes)(b - '0') <= 5) & ((bytes)(c - '0') <= 9) &
	        ((d <= ' ') | (d == '-') | (d == '_'));
	enhanced = ((a == '2') | (a == '4') | (a == '5')) & (b == '.') & ((bytes)(c - '0') <= 9);
	hit = start & (reply | enhanced);
	memcpy(half, &hit, 16);
	if (!(half[0] | half[1]))
		return 0;
	for (int i = 0; i < 16; i++)
		bits |= (unsigned)(hit[i] != 0) << i;
	return bits;
}

/* The first byte in [p, end) that could start a code; end if none. */
static const unsigned char *next_hit(const unsigned char *p, const unsigned char *end)
{
	for (; p < end; p += 16) {
		unsigned bits = probe(p);

		if (end - p < 16)
			bits &= (1u << (end - p)) - 1;
		if (bits)
			return p + __builtin_ctz(bits);
	}
	return end;
}

/*
 * Lines with no hit hold no reply, but for one case: reply_line() reads only
 * a line's first REPLY_LINE_MAX - 1 bytes, and a code cut there ("550" of
 * "5501") ends at the cut. So lines that long are read all the same; only a
 * stretch longer than that can hold one.
 */
static void long_lines(struct part *pt, const unsigned char *p, const unsigned char *end)
{
	if (end - p < REPLY_LINE_MAX)
		return;
	while (p < end) {
		const unsigned char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t len = (size_t)((nl ? nl : end) - p);

		if (len >= REPLY_LINE_MAX - 1)
			line(pt, p, len);
		p += len + 1;
	}
}

/* Whole lines, p[-1] and end[-1] newlines: each line with a hit is read. */
static void lines(struct part *pt, const unsigned char *p, const unsigned char *end)
{
	const unsigned char *from = p, *hit;

	while ((hit = next_hit(p, end)) < end) {
		const unsigned char *start = hit, *nl = memchr(hit, '\n', (size_t)(end - hit));

		while (start > from && start[-1] != '\n')
			start--;
		long_lines(pt, from, start);
		line(pt, start, (size_t)(nl - start));
		from = p = nl + 1;
	}
	long_lines(pt, from, end);
}

/*
 * The reading thread fills buffers with whole lines; the workers take them,
 * count their lines and give them back. Counting is what takes the time, and
 * a tally's order is no matter, so the workers share nothing else.
 */
struct chunk {
	unsigned char *buf; /* buf[0] is a newline; the lines start at buf + 1 */
	size_t len;         /* whole lines, then at least SLACK readable bytes */
};

struct scan {
	struct part part[WORKERS + 1]; /* the workers' and, last, the reader's */
	int workers;                   /* threads running */
	unsigned char *buf[BUFFERS];
	int nbuf;
	pthread_mutex_t lock;
	pthread_cond_t changed;
	unsigned char *idle[BUFFERS]; /* buffers free to fill */
	struct chunk ready[BUFFERS];  /* filled buffers, first in first out */
	int nidle, nready, first;
	bool done;                      /* nothing more will be ready */
	struct tally tally;             /* every part's, added up at the end of each input */
	char long_line[REPLY_LINE_MAX]; /* the start of a line longer than CHUNK */
	size_t long_len;
};

/* The first chunk ready, taken off the queue; the lock is held. */
static struct chunk take_ready(struct scan *s)
{
	struct chunk c = s->ready[s->first];

	s->first = (s->first + 1) % BUFFERS;
	s->nready--;
	return c;
}

/* A worker: chunks counted into its part until the reader is done. */
static void *work(void *arg)
{
	struct part *pt = arg;
	struct scan *s = pt->scan;

	pthread_mutex_lock(&s->lock);
	for (;;) {
		struct chunk c;

		while (s->nready == 0 && !s->done)
			pthread_cond_wait(&s->changed, &s->lock);
		if (s->nready == 0)
			break;
		c = take_ready(s);
		pthread_mutex_unlock(&s->lock);
		lines(pt, c.buf + 1, c.buf + 1 + c.len);
		pthread_mutex_lock(&s->lock);
		s->idle[s->nidle++] = c.buf;
		pthread_cond_broadcast(&s->changed);
	}
	pthread_mutex_unlock(&s->lock);
	return NULL;
}

/*
 * A buffer to fill: a new one while there are fewer than two per thread,
 * else one given back. While there is none, the reader counts a chunk too.
 */
static unsigned char *take_idle(struct scan *s)
{
	unsigned char *buf = NULL;

	pthread_mutex_lock(&s->lock);
	while (s->nidle == 0 && s->nbuf >= 2 * (s->workers + 1)) {
		if (s->nready > 0) {
			struct chunk c = take_ready(s);

			pthread_mutex_unlock(&s->lock);
			lines(&s->part[WORKERS], c.buf + 1, c.buf + 1 + c.len);
			pthread_mutex_lock(&s->lock);
			s->idle[s->nidle++] = c.buf;
		} else {
			pthread_cond_wait(&s->changed, &s->lock);
		}
	}
	if (s->nidle > 0)
		buf = s->idle[--s->nidle];
	pthread_mutex_unlock(&s->lock);
	if (!buf && (buf = calloc(1, 1 + CHUNK + SLACK))) { /* zeroed: the probes read past data */
		buf[0] = '\n';                              /* the byte before the first line */
		s->buf[s->nbuf++] = buf;
	}
	return buf;
}

/* Whole lines to count: to a worker, or counted here when there is none. */
static void hand_over(struct scan *s, unsigned char *buf, size_t len)
{
	if (s->workers == 0) {
		lines(&s->part[WORKERS], buf + 1, buf + 1 + len);
		s->idle[s->nidle++] = buf;
		return;
	}
	pthread_mutex_lock(&s->lock);
	s->ready[(s->first + s->nready++) % BUFFERS] = (struct chunk){buf, len};
	pthread_cond_broadcast(&s->changed);
	pthread_mutex_unlock(&s->lock);
}

/* The bytes of a line longer than CHUNK: its start kept, the rest let go. */
static void long_part(struct scan *s, const unsigned char *p, size_t len)
{
	size_t room = sizeof(s->long_line) - s->long_len;

	memcpy(s->long_line + s->long_len, p, len < room ? len : room);
	s->long_len += len < room ? len : room;
}

/* buf + 1 filled after its first *have bytes, up to CHUNK or the end of the input. */
static int fill(int fd, unsigned char *buf, size_t *have, bool *eof)
{
	while (*have < CHUNK && !*eof) {
		ssize_t n = read(fd, buf + 1 + *have, CHUNK - *have);

		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return errno;
		*eof = n == 0;
		*have += (size_t)n;
	}
	return 0;
}

static int start_workers(struct scan *s)
{
	long cpus = sysconf(_SC_NPROCESSORS_ONLN);
	int want = cpus <= 1        ? 0
	           : cpus > WORKERS ? WORKERS
	                            : (int)cpus - 1; /* the reader counts too */

	s->done = false;
	s->workers = 0;
	for (int i = 0; i < want; i++) {
		s->part[i].scan = s;
		if (pthread_create(&s->part[i].thread, NULL, work, &s->part[i]) != 0)
			break; /* fewer threads then, or the reader counts alone */
		s->workers++;
	}
	return s->workers;
}

/* Wait for the workers, then add their tallies to the scan's. */
static int stop_workers(struct scan *s)
{
	int err = 0;

	pthread_mutex_lock(&s->lock);
	s->done = true;
	pthread_cond_broadcast(&s->changed);
	pthread_mutex_unlock(&s->lock);
	for (int i = 0; i < s->workers; i++)
		pthread_join(s->part[i].thread, NULL);
	s->workers = 0;
	for (int i = 0; i <= WORKERS; i++) {
		struct tally *t = &s->part[i].tally;

		for (size_t j = 0; j < t->nslots; j++)
			if (t->slots[j].count &&
			    !count(&s->tally, t->slots[j].key, t->slots[j].count))
				err = ENOMEM;
		free(t->slots);
		memset(t, 0, sizeof(*t));
		err = err ? err : s->part[i].err;
		s->part[i].err = 0;
	}
	return err;
}

struct scan *scan_new(void)
{
	struct scan *s = calloc(1, sizeof(*s));

	if (s && (pthread_mutex_init(&s->lock, NULL) != 0 ||
	          pthread_cond_init(&s->changed, NULL) != 0)) {
		free(s);
		return NULL;
	}
	return s;
}

void scan_free(struct scan *s)
{
	if (!s)
		return;
	for (int i = 0; i < s->nbuf; i++)
		free(s->buf[i]);
	free(s->tally.slots);
	pthread_mutex_destroy(&s->lock);
	pthread_cond_destroy(&s->changed);
	free(s);
}

size_t scan_total(const struct scan *s)
{
	return s->tally.total;
}

int scan_fd(struct scan *s, int fd)
{
	struct part *own = &s->part[WORKERS]; /* the reader's: long lines and the last */
	unsigned char *buf = NULL, *next;
	size_t have = 0; /* bytes at buf + 1 */
	bool eof = false,
	     in_long = false; /* in_long: reading on through a line longer than CHUNK */
	int err = 0, werr;

	start_workers(s);
	for (;;) {
		const unsigned char *data, *last; /* last: after the last newline */

		if (!buf && !(buf = take_idle(s))) {
			err = ENOMEM;
			break;
		}
		data = buf + 1;
		if ((err = fill(fd, buf, &have, &eof)) || have == 0)
			break;
		for (last = data + have; last > data && last[-1] != '\n';)
			last--;
		if (in_long || (last == data && have == CHUNK)) {
			/* A line longer than a chunk: its start is read, its rest let go. */
			const unsigned char *nl = memchr(data, '\n', have);
			size_t len = nl ? (size_t)(nl - data) : have;

			if (!in_long)
				s->long_len = 0;
			long_part(s, data, len);
			if (!(in_long = !nl))
				line(own, (const unsigned char *)s->long_line, s->long_len);
			have -= nl ? len + 1 : have;
			memmove(buf + 1, data + len + 1, nl ? have : 0);
			continue;
		}
		if (last == data)
			break; /* at the end, a line with no newline */
		/* The line the buffer ends in goes on in the next one. */
		if (!(next = take_idle(s))) {
			err = ENOMEM;
			break;
		}
		have -= (size_t)(last - data);
		memcpy(next + 1, last, have);
		hand_over(s, buf, (size_t)(last - data));
		buf = next;
	}
	if (!err && in_long)
		line(own, (const unsigned char *)s->long_line, s->long_len);
	else if (!err && have > 0)
		line(own, buf + 1, have);
	if (buf) {
		pthread_mutex_lock(&s->lock);
		s->idle[s->nidle++] = buf;
		pthread_mutex_unlock(&s->lock);
	}
	werr = stop_workers(s);
	return err ? err : werr;
}

/* Rows by code: reply codes, then enhanced codes, absent ones last. */
static int by_code(const void *x, const void *y)
{
	const struct scan_row *a = x, *b = y;
	int c;

	if (a->has_code != b->has_code)
		return a->has_code ? -1 : 1;
	if (a->has_code && (c = code_cmp(&a->code, &b->code)))
		return c;
	if (a->has_enhanced != b->has_enhanced)
		return a->has_enhanced ? -1 : 1;
	return a->has_enhanced ? code_cmp(&a->enhanced, &b->enhanced) : 0;
}

/* Rows by count, most first, then by code. */
static int by_count(const void *x, const void *y)
{
	const struct scan_row *a = x, *b = y;

	if (a->count != b->count)
		return a->count > b->count ? -1 : 1;
	return by_code(a, b);
}

struct scan_row *scan_rows(const struct scan *s, enum scan_by by, size_t *n)
{
	const struct tally *t = &s->tally;
	struct scan_row *rows = calloc(t->used ? t->used : 1, sizeof(*rows));
	size_t m = 0;

	*n = 0;
	if (!rows)
		return NULL;
	for (size_t i = 0; i < t->nslots; i++) {
		uint64_t k = t->slots[i].key;
		struct scan_row *r = &rows[m];

		if (!t->slots[i].count)
			continue;
		r->count = t->slots[i].count;
		if ((r->has_code = (k >> 32) && by != SCAN_ENHANCED)) {
			int v = (int)(k >> 32);

			r->code = (struct code){CODE_REPLY, v / 100, v / 10 % 10, v % 10};
		}
		if ((r->has_enhanced = (k & 0xffffffff) && by != SCAN_REPLY))
			r->enhanced = (struct code){CODE_ENHANCED, (int)(k >> 24 & 0xff),
			                            (int)(k >> 12 & 0xfff), (int)(k & 0xfff)};
		m++;
	}
	/* Grouped by one code, the rows that share it add up. */
	qsort(rows, m, sizeof(*rows), by_code);
	for (size_t i = 0; i < m; i++) {
		if (*n > 0 && by_code(&rows[*n - 1], &rows[i]) == 0)
			rows[*n - 1].count += rows[i].count;
		else
			rows[(*n)++] = rows[i];
	}
	qsort(rows, *n, sizeof(*rows), by_count);
	return rows;
}

int scan_row_class(const struct scan_row *row)
{
	return row->has_code ? row->code.cls : row->has_enhanced ? row->enhanced.cls : 0;
}

double scan_row_share(const struct scan_row *row, size_t total)
{
	return total ? 100.0 * (double)row->count / (double)total : 0.0;
}

bool scan_row_entry(const struct scan_row *row, struct entry *e)
{
	if (row->has_enhanced && (row->enhanced.detail != 0 || !row->has_code))
		entry_get(e, &row->enhanced);
	else if (row->has_code)
		entry_get(e, &row->code);
	else
		return false;
	return true;
}
