/* testing.h: helpers the unit tests share: an entry by its code, output caught in memory */
#ifndef TESTING_H
#define TESTING_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "smtpcode.h"

/* s starts with prefix */
#define assert_prefix(s, prefix) assert_true(strncmp((s), (prefix), strlen(prefix)) == 0)

struct capture {
	char *text;
	size_t size;
	FILE *f;
};

static inline void capture_open(struct capture *c)
{
	c->f = open_memstream(&c->text, &c->size);
	assert_non_null(c->f);
}

static inline char *capture_close(struct capture *c)
{
	assert_int_equal(fclose(c->f), 0);
	return c->text;
}

static inline void get(struct entry *e, const char *s)
{
	struct code c;
	const char *why;

	assert_true(code_parse(s, &c, &why));
	entry_get(e, &c);
}

#endif
