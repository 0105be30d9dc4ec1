/* code.c: parsing reply codes (550) and enhanced status codes (5.1.1) as users type them */
#include <stdio.h>
#include <string.h>

#include "smtpcode.h"

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* One part of an enhanced code: 1 to 3 digits, no leading zero (RFC 3463 section 2). */
static bool enhanced_part(const char *s, size_t len, int *value, const char **why)
{
	if (len == 0) {
		*why = "expected three parts such as 5.1.1, found an empty one";
		return false;
	}
	*value = 0;
	for (size_t i = 0; i < len; i++) {
		if (!is_digit(s[i])) {
			*why = "expected digits and dots, as in 5.1.1";
			return false;
		}
		if (i < 3)
			*value = *value * 10 + (s[i] - '0');
	}
	if (len > 3) {
		*why = "the subject and the detail have 1 to 3 digits";
		return false;
	}
	if (len > 1 && s[0] == '0') {
		*why = "the subject and the detail have no leading zeros";
		return false;
	}
	return true;
}

static bool parse_enhanced(const char *s, struct code *c, const char **why)
{
	const char *dot1 = strchr(s, '.');
	const char *dot2 = dot1 ? strchr(dot1 + 1, '.') : NULL;

	if (!dot2 || strchr(dot2 + 1, '.')) {
		*why = "an enhanced code has three parts, as in 5.1.1";
		return false;
	}
	c->kind = CODE_ENHANCED;
	if (dot1 - s == 1 && (s[0] == 'X' || s[0] == 'x')) {
		c->cls = 0;
	} else if (dot1 - s == 1 && (s[0] == '2' || s[0] == '4' || s[0] == '5')) {
		c->cls = s[0] - '0';
	} else {
		int digits = 0;
		while (digits < dot1 - s && is_digit(s[digits]))
			digits++;
		*why = digits == dot1 - s && digits > 0
		           ? "the class of an enhanced code is 2, 4, 5 or X"
		           : "expected digits and dots, as in 5.1.1";
		return false;
	}
	return enhanced_part(dot1 + 1, (size_t)(dot2 - dot1 - 1), &c->subject, why) &&
	       enhanced_part(dot2 + 1, strlen(dot2 + 1), &c->detail, why);
}

bool code_parse(const char *s, struct code *c, const char **why)
{
	size_t len = strspn(s, "0123456789");

	if (*s == '\0') {
		*why = "expected a reply code such as 550 or an enhanced code such as 5.1.1";
		return false;
	}
	if (*s == '-' || *s == '+') {
		*why = "a code has no sign";
		return false;
	}
	if (strchr(s, '.'))
		return parse_enhanced(s, c, why);
	if (s[len] != '\0') {
		*why = "a reply code is 3 digits, such as 550";
		if (len == 3)
			*why = "a reply code is 3 digits with nothing after them";
		for (const char *p = s; *p; p++)
			if (*p & 0x80)
				*why = "a reply code is 3 ASCII digits, such as 550";
		return false;
	}
	if (len != 3) {
		*why = len < 3 ? "a reply code has 3 digits, not fewer"
		               : "a reply code has 3 digits, not more";
		return false;
	}
	if (s[0] < '2' || s[0] > '5') {
		*why = "the first digit of a reply code is 2, 3, 4 or 5";
		return false;
	}
	if (s[1] > '5') {
		*why = "the second digit of a reply code is 0 to 5";
		return false;
	}
	c->kind = CODE_REPLY;
	c->cls = s[0] - '0';
	c->subject = s[1] - '0';
	c->detail = s[2] - '0';
	return true;
}

int code_value(const struct code *c)
{
	return c->cls * 100 + c->subject * 10 + c->detail;
}

void code_format(const struct code *c, char *buf, size_t size)
{
	if (c->kind == CODE_REPLY)
		snprintf(buf, size, "%d", code_value(c));
	else if (c->cls == 0)
		snprintf(buf, size, "X.%d.%d", c->subject, c->detail);
	else
		snprintf(buf, size, "%d.%d.%d", c->cls, c->subject, c->detail);
}

int code_cmp(const struct code *a, const struct code *b)
{
	if (a->kind != b->kind)
		return a->kind == CODE_REPLY ? -1 : 1;
	if (a->cls != b->cls)
		return a->cls - b->cls;
	if (a->subject != b->subject)
		return a->subject - b->subject;
	return a->detail - b->detail;
}
