/* loggen.c: a realistic Postfix log of any size on stdout, and the true tally of its replies */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/*
 * usage: loggen SIZE TALLY [SEED]
 *
 * Writes SIZE bytes (suffix K, M or G; whole messages, so a little more) of
 * mail server log to stdout: the smtpd, cleanup, qmgr, smtp, lmtp, local,
 * bounce and anvil lines of a mail relay that receives, rejects, delivers,
 * defers and bounces. TALLY gets "count TAB reply TAB enhanced" for every
 * reply the log holds, "-" where a code is absent, as smtpcode scan counts
 * them. The noise is what real logs hold: times, pids, ports, sizes,
 * addresses, queue ids, TLS bit counts, and anvil's "max cache size 250 at".
 */

static uint64_t rng = 0x9e3779b97f4a7c15u;

static unsigned pick(unsigned n)
{
	rng ^= rng << 13, rng ^= rng >> 7, rng ^= rng << 17;
	return (unsigned)(rng % n);
}

/* The tally: one count per pair of reply code and enhanced code. */
static struct row {
	const char *reply, *enhanced;
	unsigned long count;
} tally[64];
static int ntally;

static void count(const char *reply, const char *enhanced)
{
	int i = 0;

	while (i < ntally &&
	       !(strcmp(tally[i].reply, reply) == 0 && strcmp(tally[i].enhanced, enhanced) == 0))
		i++;
	if (i == ntally) {
		if (ntally == (int)(sizeof(tally) / sizeof(*tally))) {
			fprintf(stderr, "loggen: tally full\n");
			exit(1);
		}
		tally[ntally].reply = reply, tally[ntally].enhanced = enhanced;
		ntally++;
	}
	tally[i].count++;
}

static unsigned long long written;
static unsigned clock_s = 6 * 3600;
static char qid[16], host[64], ip[20], user[40], domain[40];

/* One log line: "Nov 22 06:25:13 mx1 postfix/NAME[PID]: " and the rest. */
__attribute__((format(printf, 2, 3))) static void line(const char *daemon, const char *fmt, ...)
{
	va_list ap;
	int n;

	clock_s += pick(3);
	n = printf("Nov 22 %02u:%02u:%02u mx1 postfix/%s[%u]: ", clock_s / 3600 % 24,
	           clock_s / 60 % 60, clock_s % 60, daemon, 1000 + pick(60000));
	va_start(ap, fmt);
	n += vprintf(fmt, ap);
	va_end(ap);
	putchar('\n');
	written += (unsigned long long)n + 1;
}

static void new_message(void)
{
	static const char base[] = "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz";
	static const char *const names[] = {"alice", "bob",   "carol", "dave", "erin",    "frank",
	                                    "grace", "heidi", "ivan",  "judy", "mallory", "oscar"};
	static const char *const domains[] = {"example.com", "example.net", "example.org",
	                                      "gmail.com",   "outlook.com", "yahoo.com"};

	for (int i = 0; i < 14; i++)
		qid[i] = base[pick(sizeof(base) - 1)];
	qid[0] = '4', qid[14] = '\0';
	snprintf(ip, sizeof(ip), "%s.%u", pick(2) ? "198.51.100" : "203.0.113", 1 + pick(254));
	snprintf(host, sizeof(host), pick(3) ? "unknown" : "mail%u.example.net", pick(90));
	snprintf(user, sizeof(user), "%s%u", names[pick(12)], pick(100));
	snprintf(domain, sizeof(domain), "%s", domains[pick(6)]);
}

static void delays(char *buf, size_t size)
{
	snprintf(buf, size, "delay=%u.%u, delays=0.%02u/0.%02u/0.%02u/%u.%u", pick(5), pick(10),
	         pick(100), pick(100), pick(100), pick(3), pick(10));
}

/* A message received over SMTP and delivered here. */
static void inbound(void)
{
	char d[96];

	line("smtpd", "connect from %s[%s]", host, ip);
	if (pick(4) == 0)
		line("smtpd",
		     "Anonymous TLS connection established from %s[%s]: TLSv1.3 with cipher "
		     "TLS_AES_256_GCM_SHA384 (256/256 bits) key-exchange X25519 server-signature "
		     "RSA-PSS (2048 bits) server-digest SHA256",
		     host, ip);
	line("smtpd", "%s: client=%s[%s]", qid, host, ip);
	line("cleanup", "%s: message-id=<%u.%u@%s>", qid, pick(100000), pick(100000), domain);
	line("qmgr", "%s: from=<%s@%s>, size=%u, nrcpt=1 (queue active)", qid, user, domain,
	     200 + pick(90000));
	delays(d, sizeof(d));
	switch (pick(4)) {
	case 0:
		line("local",
		     "%s: to=<%s@mx1.example.com>, relay=local, %s, dsn=2.0.0, status=sent "
		     "(delivered to mailbox)",
		     qid, user, d);
		count("-", "2.0.0");
		break;
	case 1:
		line(
		    "smtp",
		    "%s: to=<%s@example.com>, relay=127.0.0.1[127.0.0.1]:10024, %s, dsn=2.0.0, "
		    "status=sent (250 2.0.0 from MTA(smtp:[127.0.0.1]:10025): 250 2.0.0 Ok: queued "
		    "as 4X%uZ)",
		    qid, user, d, pick(1000000));
		count("250", "2.0.0");
		break;
	default:
		line("lmtp",
		     "%s: to=<%s@example.com>, relay=mx1.example.com[private/dovecot-lmtp], %s, "
		     "dsn=2.0.0, status=sent (250 2.0.0 <%s@example.com> kPZB8y7QGVcYQAAWiK0Dg "
		     "Saved)",
		     qid, user, d, user);
		count("250", "2.0.0");
	}
	line("qmgr", "%s: removed", qid);
	line("smtpd",
	     "disconnect from %s[%s] ehlo=2 starttls=1 mail=1 rcpt=1 data=1 quit=1 commands=7",
	     host, ip);
}

/* A client turned away before a queue file exists: Postfix's reject lines. */
static void rejected(void)
{
	static const struct {
		const char *reply, *enhanced;
	} why[] = {
	    {"554", "5.7.1"}, {"550", "5.1.1"}, {"450", "4.7.25"},
	    {"554", "5.7.1"}, {"450", "4.2.0"}, {"504", "5.5.2"},
	};
	char text[256];
	unsigned w = pick(sizeof(why) / sizeof(*why));

	switch (w) {
	case 0: snprintf(text, sizeof(text), "<%s@%s>: Relay access denied", user, domain); break;
	case 1:
		snprintf(
		    text, sizeof(text),
		    "<%s@%s>: Recipient address rejected: User unknown in virtual mailbox table",
		    user, domain);
		break;
	case 2:
		snprintf(text, sizeof(text),
		         "Client host rejected: cannot find your hostname, [%s]", ip);
		break;
	case 3:
		snprintf(text, sizeof(text),
		         "Service unavailable; Client host [%s] blocked using zen.spamhaus.org",
		         ip);
		break;
	case 4:
		snprintf(text, sizeof(text),
		         "<%s@%s>: Recipient address rejected: Greylisted, see "
		         "http://postgrey.schweikert.ch/help/example.com.html",
		         user, domain);
		break;
	default:
		snprintf(text, sizeof(text),
		         "<%s>: Helo command rejected: need fully-qualified hostname", host);
	}
	line("smtpd", "connect from %s[%s]", host, ip);
	line("smtpd",
	     "NOQUEUE: reject: RCPT from %s[%s]: %s %s %s; from=<%s@%s> to=<%s@example.com> "
	     "proto=ESMTP helo=<%s>",
	     host, ip, why[w].reply, why[w].enhanced, text, user, domain, user, host);
	count(why[w].reply, why[w].enhanced);
	if (pick(3) == 0) {
		line("smtpd", "lost connection after RCPT from %s[%s]", host, ip);
	} else {
		line("smtpd",
		     "disconnect from %s[%s] ehlo=1 mail=1 rcpt=0/1 data=0/1 quit=1 commands=3/5",
		     host, ip);
	}
	if (pick(8) == 0) {
		line("postscreen",
		     "NOQUEUE: reject: RCPT from [%s]:%u: 550 5.7.1 Service unavailable; client "
		     "[%s] blocked using zen.spamhaus.org; from=<%s@%s>, "
		     "to=<postmaster@example.com>, "
		     "proto=ESMTP, helo=<%s>",
		     ip, 30000 + pick(30000), ip, user, domain, host);
		count("550", "5.7.1");
	}
	if (pick(10) == 0) {
		line("cleanup",
		     "%s: reject: header Subject: Cheap meds online from %s[%s]; from=<%s@%s> "
		     "to=<%s@example.com> proto=ESMTP helo=<%s>: 5.7.1 Message content rejected",
		     qid, host, ip, user, domain, user, host);
		count("-", "5.7.1");
	}
}

/* A message sent out to a remote server, and what came of it. */
static void outbound(void)
{
	static const struct {
		const char *relay, *reply, *enhanced, *status, *text;
	} result[] = {
	    {"gmail-smtp-in.l.google.com[142.250.102.27]:25", "250", "2.0.0", "sent",
	     "250 2.0.0 OK  1732261234 a640c23a62f3a-a9e8ff5b5dbsi1234567a.100 - gsmtp"},
	    {"gmail-smtp-in.l.google.com[142.250.102.27]:25", "250", "2.0.0", "sent",
	     "250 2.0.0 OK  1732261234 a640c23a62f3a-a9e8ff5b5dbsi1234567a.100 - gsmtp"},
	    {"example-com.mail.protection.outlook.com[52.101.40.4]:25", "250", "2.6.0", "sent",
	     "250 2.6.0 <1.2@example.com> [InternalId=42949673, Hostname=AM8PR04MB7745.eurprd04."
	     "prod.outlook.com] 9052 bytes in 0.061, 144.5 KB/sec Queued mail for delivery"},
	    {"mx.example.net[192.0.2.25]:25", "250", "2.0.0", "sent",
	     "250 2.0.0 Ok: queued as 4XkPZB8y7QGVc"},
	    {"mta7.am0.yahoodns.net[67.195.204.72]:25", "250", "-", "sent", "250 ok dirdel"},
	    {"mta7.am0.yahoodns.net[67.195.204.72]:25", "421", "4.7.0", "deferred",
	     "host mta7.am0.yahoodns.net[67.195.204.72] said: 421 4.7.0 [TSS04] Messages from "
	     "203.0.113.5 temporarily deferred due to unexpected volume or user complaints - "
	     "4.16.55.1; see https://postmaster.yahooinc.com/error-codes (in reply to MAIL FROM "
	     "command)"},
	    {"gmail-smtp-in.l.google.com[142.250.102.27]:25", "550", "5.1.1", "bounced",
	     "host gmail-smtp-in.l.google.com[142.250.102.27] said: 550-5.1.1 The email account "
	     "that you tried to reach does not exist. Please try 550-5.1.1 double-checking the "
	     "recipient's email address for typos or 550-5.1.1 unnecessary spaces. 550 5.1.1  "
	     "https://support.google.com/mail/?p=NoSuchUser a1si123 - gsmtp (in reply to RCPT TO "
	     "command)"},
	    {"example-com.mail.protection.outlook.com[52.101.40.4]:25", "550", "5.1.10", "bounced",
	     "host example-com.mail.protection.outlook.com[52.101.40.4] said: 550 5.1.10 "
	     "RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup (in "
	     "reply to RCPT TO command)"},
	    {"mx.example.net[192.0.2.25]:25", "452", "4.2.2", "deferred",
	     "host mx.example.net[192.0.2.25] said: 452 4.2.2 <bob@example.net>: Mailbox full "
	     "(in reply to RCPT TO command)"},
	    {"mx.example.net[192.0.2.25]:25", "451", "4.7.1", "deferred",
	     "host mx.example.net[192.0.2.25] said: 451 4.7.1 Please try again later (in reply "
	     "to RCPT TO command)"},
	    {"none", "-", "4.4.1", "deferred",
	     "connect to mx.example.org[192.0.2.77]:25: Connection timed out"},
	    {"none", "-", "5.4.4", "bounced",
	     "Host or domain name not found. Name service error for name=example.invalid "
	     "type=MX: Host not found"},
	    {"mx.example.org[192.0.2.77]:25", "-", "4.4.2", "deferred",
	     "conversation with mx.example.org[192.0.2.77] timed out while receiving the "
	     "initial server greeting"},
	    {"mx.example.net[192.0.2.25]:25", "554", "5.7.1", "bounced",
	     "host mx.example.net[192.0.2.25] said: 554 5.7.1 <bob@example.net>: Relay access "
	     "denied (in reply to RCPT TO command)"},
	};
	unsigned r = pick(sizeof(result) / sizeof(*result));
	char d[96];

	line("pickup", "%s: uid=1000 from=<%s>", qid, user);
	line("cleanup", "%s: message-id=<%u.%u@example.com>", qid, pick(100000), pick(100000));
	line("qmgr", "%s: from=<%s@example.com>, size=%u, nrcpt=1 (queue active)", qid, user,
	     300 + pick(90000));
	if (strcmp(result[r].status, "sent") != 0 && pick(4) == 0) {
		/* Postfix logs the first MX's refusal, then tries the next one. */
		line("smtp",
		     "%s: host alt1.%s[192.0.2.%u] said: 421 4.7.0 Try again later, closing "
		     "connection. (in reply to end of DATA command)",
		     qid, domain, 1 + pick(254));
		count("421", "4.7.0");
	}
	delays(d, sizeof(d));
	line("smtp", "%s: to=<%s@%s>, relay=%s, %s, dsn=%s, status=%s (%s)", qid, user, domain,
	     result[r].relay, d, strcmp(result[r].enhanced, "-") ? result[r].enhanced : "2.0.0",
	     result[r].status, result[r].text);
	count(result[r].reply, result[r].enhanced);
	if (strcmp(result[r].status, "bounced") == 0) {
		line("cleanup", "4Y%s: message-id=<%s@mx1.example.com>", qid + 2, qid);
		line("bounce", "%s: sender non-delivery notification: 4Y%s", qid, qid + 2);
	}
	line("qmgr", "%s: removed", qid);
}

/* What anvil and the rest say now and then: numbers that are no replies. */
static void noise(void)
{
	switch (pick(4)) {
	case 0:
		line("anvil",
		     "statistics: max connection rate %u/60s for (smtp:%s) at Nov 22 06:%02u:%02u",
		     1 + pick(9), ip, pick(60), pick(60));
		break;
	case 1:
		line("anvil", "statistics: max cache size %u at Nov 22 06:%02u:%02u",
		     200 + pick(400), pick(60), pick(60));
		break;
	case 2:
		line("smtpd",
		     "warning: hostname %s does not resolve to address %s: Name or service not "
		     "known",
		     host, ip);
		break;
	default: line("smtpd", "lost connection after CONNECT from unknown[%s]", ip);
	}
}

static int by_count(const void *a, const void *b)
{
	const unsigned long ca = ((const struct row *)a)->count;
	const unsigned long cb = ((const struct row *)b)->count;

	return ca < cb ? 1 : ca > cb ? -1 : 0;
}

int main(int argc, char **argv)
{
	unsigned long long size;
	char *end;
	FILE *out;

	if (argc < 3 || argc > 4) {
		fprintf(stderr, "usage: loggen SIZE[K|M|G] TALLY [SEED]\n");
		return 2;
	}
	size = strtoull(argv[1], &end, 10);
	size <<= *end == 'K' ? 10 : *end == 'M' ? 20 : *end == 'G' ? 30 : 0;
	if (argc == 4)
		rng = strtoull(argv[3], NULL, 10) | 1;
	while (written < size) {
		unsigned what = pick(20);

		new_message();
		if (what < 7)
			inbound();
		else if (what < 13)
			rejected();
		else if (what < 19)
			outbound();
		else
			noise();
	}
	qsort(tally, (size_t)ntally, sizeof(*tally), by_count);
	if (!(out = fopen(argv[2], "w"))) {
		perror(argv[2]);
		return 1;
	}
	for (int i = 0; i < ntally; i++)
		fprintf(out, "%lu\t%s\t%s\n", tally[i].count, tally[i].reply, tally[i].enhanced);
	if (fclose(out) != 0 || fflush(stdout) != 0 || ferror(stdout)) {
		perror("loggen");
		return 1;
	}
	return 0;
}
