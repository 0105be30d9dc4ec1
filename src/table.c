/* table.c: the compiled-in tables of reply codes, enhanced codes and digit meanings */
#include "smtpcode.h"

#define REPLY_MAX 600

static const struct reply_info reply_table[REPLY_MAX] = {
#include "reply_codes.h"
};

static const struct enhanced_info enhanced_table[SUBJECT_MAX + 1][DETAIL_MAX + 1] = {
#include "enhanced_codes.h"
};

/* A digit's name and what it says, as RFC 5321 section 4.2.1 and RFC 3463 give them. */
struct digit_text {
	const char *name;
	const char *meaning;
};

/* Tables laid out by hand, one field a line. */
/* clang-format off */
/* The first digit of a reply code. */
static const struct digit_text reply_class[6] = {
	[2] = {
		"Positive Completion",
		"The server carried out the request; the client may go on "
		"with its next command.",
	},
	[3] = {
		"Positive Intermediate",
		"The server accepted the command so far and waits for more "
		"from the client, such as the message or an answer to a "
		"challenge.",
	},
	[4] = {
		"Transient Negative",
		"The server did not act, but the condition is temporary: the "
		"same command may succeed later, so the client should try "
		"again.",
	},
	[5] = {
		"Permanent Negative",
		"The server did not act and will not: the client should not "
		"repeat the same command unchanged.",
	},
};

/* The second digit of a reply code. */
static const struct digit_text reply_category[6] = {
	[0] = {
		"Syntax",
		"The second digit 0 is about syntax: a command the server did "
		"not understand, did not implement, or did not expect.",
	},
	[1] = {
		"Information",
		"The second digit 1 answers a request for information, such "
		"as status or help.",
	},
	[2] = {
		"Connections",
		"The second digit 2 is about the connection itself.",
	},
	[3] = {
		"Unspecified",
		"RFC 5321 gives the second digit 3 no category; the "
		"authentication replies of RFC 4954 use it.",
	},
	[4] = {
		"Unspecified",
		"RFC 5321 gives the second digit 4 no category.",
	},
	[5] = {
		"Mail system",
		"The second digit 5 is about the receiving mail system's "
		"handling of the request: a mailbox, the message, storage.",
	},
};

/* The class of an enhanced status code (RFC 3463 section 3.1). */
static const struct digit_text enhanced_class[6] = {
	[2] = {
		"Success",
		"The action succeeded; the detail may add what was done along "
		"the way.",
	},
	[4] = {
		"Persistent Transient Failure",
		"The message was valid, but a condition that persists for now "
		"stopped or delayed it; sending later may succeed.",
	},
	[5] = {
		"Permanent Failure",
		"Sending the same message again will fail the same way: the "
		"message or its destination has to change.",
	},
};

/* The subject of an enhanced status code (RFC 3463 section 3). */
static const struct digit_text subject[SUBJECT_MAX + 1] = {
	{
		"Other or Undefined Status",
		"The subject 0 adds nothing: only the class is known.",
	},
	{
		"Addressing Status",
		"The subject 1 is about an address, the sender's or a recipient's: "
		"its syntax or whether it exists. The sender can usually correct it.",
	},
	{
		"Mailbox Status",
		"The subject 2 is about the recipient's mailbox, which the recipient "
		"controls.",
	},
	{
		"Mail System Status",
		"The subject 3 is about the receiving mail system, which its "
		"administrator controls.",
	},
	{
		"Network and Routing Status",
		"The subject 4 is about the network between the systems: "
		"connections, routing and directory services such as DNS.",
	},
	{
		"Mail Delivery Protocol Status",
		"The subject 5 is about the SMTP exchange itself: commands, their "
		"syntax and their order.",
	},
	{
		"Message Content or Media Status",
		"The subject 6 is about the message's content: its media types, "
		"encodings and conversions.",
	},
	{
		"Security or Policy Status",
		"The subject 7 is about security and policy: authentication, "
		"encryption, and who may send what to whom.",
	},
};
/* clang-format on */

static const char *const command[CMD_COUNT] = {
    "greeting", "EHLO/HELO", "STARTTLS", "AUTH", "MAIL", "RCPT", "DATA", "BDAT", "BURL",
    "RSET",     "VRFY",      "EXPN",     "HELP", "NOOP", "QUIT", "ETRN", "ATRN", "any command",
};

const struct reply_info *reply_info(int code)
{
	if (code < 0 || code >= REPLY_MAX || !reply_table[code].name)
		return NULL;
	return &reply_table[code];
}

int reply_next(int code)
{
	for (code = code < 0 ? 0 : code + 1; code < REPLY_MAX; code++)
		if (reply_table[code].name)
			return code;
	return -1;
}

const struct enhanced_info *enhanced_info(int subj, int detail)
{
	if (subj < 0 || subj > SUBJECT_MAX || detail < 0 || detail > DETAIL_MAX)
		return NULL;
	if (!enhanced_table[subj][detail].name)
		return NULL;
	return &enhanced_table[subj][detail];
}

/* The name or the meaning of digit i in table t of n rows; NULL where it has none. */
static const char *pick(const struct digit_text *t, size_t n, int i, bool meaning)
{
	if (i < 0 || (size_t)i >= n || !t[i].name)
		return NULL;
	return meaning ? t[i].meaning : t[i].name;
}

#define PICK(table, i, meaning) pick(table, sizeof(table) / sizeof(table[0]), i, meaning)

const char *class_name(int digit)
{
	return PICK(reply_class, digit, false);
}

const char *class_meaning(int digit)
{
	return PICK(reply_class, digit, true);
}

const char *category_name(int digit)
{
	return PICK(reply_category, digit, false);
}

const char *category_meaning(int digit)
{
	return PICK(reply_category, digit, true);
}

const char *enhanced_class_name(int digit)
{
	return PICK(enhanced_class, digit, false);
}

const char *enhanced_class_meaning(int digit)
{
	return PICK(enhanced_class, digit, true);
}

const char *subject_name(int subj)
{
	return PICK(subject, subj, false);
}

const char *subject_meaning(int subj)
{
	return PICK(subject, subj, true);
}

const char *command_name(unsigned bit)
{
	for (int i = 0; i < CMD_COUNT; i++)
		if (bit == 1u << i)
			return command[i];
	return NULL;
}

const char *status_name(enum status s)
{
	switch (s) {
	case STATUS_STANDARD: return "standard";
	case STATUS_EXTENSION: return "extension";
	case STATUS_OBSOLETE: return "obsolete";
	case STATUS_NONSTANDARD: return "non-standard";
	case STATUS_UNKNOWN: break;
	}
	return "unknown";
}

const char *retry_advice(int cls)
{
	static const char *const advice[6] = {
	    [0] = "as the class it is sent with says: 4 yes, later; 5 no",
	    [2] = "not needed: the action succeeded",
	    [3] = "not needed: send what the server asks for next",
	    [4] = "yes, later: the condition is temporary",
	    [5] = "no: the same request would fail again",
	};
	return cls >= 0 && cls < 6 ? advice[cls] : NULL;
}
