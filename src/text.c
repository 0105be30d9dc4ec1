/* text.c: display width, word wrapping and safe quoting, counting columns rather than bytes */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "smtpcode.h"

/* Decode one UTF-8 sequence at s (at most len bytes); return its length, 0 if invalid. */
size_t utf8_decode(const unsigned char *s, size_t len, unsigned long *cp)
{
	size_t n;
	unsigned long min;

	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	} else if ((s[0] & 0xe0) == 0xc0) {
		n = 2, min = 0x80, *cp = s[0] & 0x1f;
	} else if ((s[0] & 0xf0) == 0xe0) {
		n = 3, min = 0x800, *cp = s[0] & 0x0f;
	} else if ((s[0] & 0xf8) == 0xf0) {
		n = 4, min = 0x10000, *cp = s[0] & 0x07;
	} else {
		return 0;
	}
	if (n > len)
		return 0;
	for (size_t i = 1; i < n; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		*cp = *cp << 6 | (s[i] & 0x3f);
	}
	if (*cp < min || *cp > 0x10ffff || (*cp >= 0xd800 && *cp <= 0xdfff))
		return 0;
	return n;
}

/* Columns a code point takes: East Asian wide and full-width forms take two. */
static size_t cp_width(unsigned long c)
{
	if ((c >= 0x0300 && c <= 0x036f) || c == 0x200b)
		return 0;
	if ((c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0x303e) ||
	    (c >= 0x3041 && c <= 0x33ff) || (c >= 0x3400 && c <= 0x4dbf) ||
	    (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xa000 && c <= 0xa4cf) ||
	    (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) ||
	    (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) ||
	    (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x20000 && c <= 0x3fffd))
		return 2;
	return 1;
}

size_t text_width(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t width = 0;

	while (len > 0) {
		unsigned long cp;
		size_t n = utf8_decode(p, len, &cp);

		if (n == 0)
			n = 1, cp = '?'; /* an invalid byte shows as one column */
		width += cp_width(cp);
		p += n;
		len -= n;
	}
	return width;
}

/*
 * The longest run of whole words from s that fits in width columns (a longer
 * word stands alone, unbroken). Returns its length in bytes; *next is where the
 * following line starts, past the spaces and the newline that ended this one.
 */
size_t wrap_line(const char *s, size_t width, const char **next)
{
	const char *p = s;
	size_t len = 0, cols = 0;

	for (;;) {
		const char *word = p;
		size_t need;

		while (*p && *p != ' ' && *p != '\n')
			p++;
		need = text_width(word, (size_t)(p - word));
		if (len > 0)
			need += cols + (size_t)(word - (s + len));
		if (len > 0 && need > width) {
			p = word;
			break;
		}
		cols = need;
		len = (size_t)(p - s);
		while (*p == ' ')
			p++;
		if (*p == '\0' || *p == '\n')
			break;
	}
	if (*p == '\n')
		p++;
	*next = p;
	return len;
}

const char *text_find(const char *s, const char *needle)
{
	size_t len = strlen(needle);
	char first[3] = {(char)tolower((unsigned char)needle[0]),
	                 (char)toupper((unsigned char)needle[0])};

	if (len == 0)
		return s && *s ? s : NULL;
	/* strcspn() skips to the next candidate far faster than a loop could. */
	for (; s && *(s += strcspn(s, first)); s++)
		if (strncasecmp(s, needle, len) == 0)
			return s;
	return NULL;
}

/* Copy s into buf for an error message: controls and bad bytes escaped, long input cut. */
void text_quote(const char *s, char *buf, size_t size)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t len = strlen(s), used = 0, shown = 0;

	buf[0] = '\0';
	while (len > 0 && used + 8 < size) {
		unsigned long cp;
		size_t n = utf8_decode(p, len, &cp);

		if (shown >= 40) {
			memcpy(buf + used, "...", 4);
			return;
		}
		if (n == 0 || cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) {
			used += (size_t)snprintf(buf + used, size - used, "\\x%02x", p[0]);
			n = 1;
		} else {
			memcpy(buf + used, p, n);
			used += n;
			buf[used] = '\0';
		}
		shown++;
		p += n;
		len -= n;
	}
}
