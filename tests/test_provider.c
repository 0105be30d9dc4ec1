/* test_provider.c: the provider table's invariants, and which provider a reply is given */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testing.h"

static void assert_text(const char *s)
{
	assert_non_null(s);
	assert_true(strlen(s) > 0);
	for (const char *p = s; *p; p++)
		assert_true((unsigned char)*p >= 0x20 && (unsigned char)*p < 0x7f);
}

/* A reply as the reader would give it: codes, the server's text, the input line. */
static void make_reply(struct reply *rp, const char *reply_code, const char *enhanced,
                       const char *text, const char *input)
{
	const char *why;

	memset(rp, 0, sizeof(*rp));
	if (reply_code) {
		assert_true(code_parse(reply_code, &rp->code, &why));
		rp->has_code = true;
	}
	if (enhanced) {
		assert_true(code_parse(enhanced, &rp->enhanced, &why));
		rp->has_enhanced = true;
	}
	snprintf(rp->text, sizeof(rp->text), "%s", text);
	snprintf(rp->input, sizeof(rp->input), "%s", input ? input : text);
	rp->known = true;
}

static const struct provider_info *identify(const char *reply_code, const char *enhanced,
                                            const char *text, const char *input)
{
	struct reply rp;
	struct provider_match m;

	make_reply(&rp, reply_code, enhanced, text, input);
	provider_identify(&rp, &m);
	assert_true((m.provider == NULL) == (m.marker == NULL));
	assert_true(m.entry == NULL || m.entry->provider == m.provider);
	return m.provider;
}

static void test_provider_table_fields(void **state)
{
	(void)state;
	assert_true(provider_count() >= 7);
	assert_null(provider_at(provider_count()));
	for (size_t i = 0; i < provider_count(); i++) {
		const struct provider_info *p = provider_at(i);
		size_t markers = 0;

		assert_text(p->id);
		assert_text(p->name);
		assert_text(p->refs);
		assert_non_null(p->aliases);
		assert_ptr_equal(provider_find(p->id), p);
		for (const char *a = p->aliases; *a;) {
			char alias[32];
			size_t len = strcspn(a, " ");

			assert_true(len > 0 && len < sizeof(alias));
			snprintf(alias, sizeof(alias), "%.*s", (int)len, a);
			assert_ptr_equal(provider_find(alias), p);
			a += len + (a[len] == ' ');
		}
		/* No provider without markers; none so short it would match by chance. */
		for (size_t k = 0; k < PROVIDER_MARKER_MAX && p->markers[k]; k++, markers++) {
			assert_text(p->markers[k]);
			assert_true(strlen(p->markers[k]) >= 6);
		}
		assert_true(markers > 0);
		for (size_t k = 0; k < PROVIDER_MARKER_MAX && p->hosts[k]; k++) {
			assert_text(p->hosts[k]);
			assert_non_null(strchr(p->hosts[k], '.'));
		}
		for (size_t j = 0; j < i; j++)
			assert_string_not_equal(provider_at(j)->id, p->id);
	}
}

static void test_provider_entries_sorted_unique(void **state)
{
	(void)state;
	assert_true(provider_entry_count() >= 40);
	assert_null(provider_entry_at(provider_entry_count()));
	for (size_t i = 1; i < provider_entry_count(); i++)
		if (provider_entry_cmp(provider_entry_at(i - 1), provider_entry_at(i)) >= 0)
			fail_msg("entry %zu (%s %s) is not after the one before it", i,
			         provider_entry_at(i)->provider->id, provider_entry_at(i)->code);
}

static void test_provider_entry_fields(void **state)
{
	(void)state;
	for (size_t i = 0; i < provider_entry_count(); i++) {
		const struct provider_entry *e = provider_entry_at(i);
		struct code c;
		int last;

		assert_non_null(e->provider);
		assert_true(provider_entry_code(e, &c, &last));
		assert_true(last >= c.detail);
		assert_true(c.cls >= 2);
		assert_text(e->name);
		assert_text(e->description);
		assert_text(e->fix);
		assert_text(e->refs);
		assert_non_null(e->reply);
		if (e->tag)
			assert_text(e->tag);
		if (e->tag_only)
			assert_non_null(e->tag);
		if (e->notes)
			assert_text(e->notes);
		/* Each reply code is one; a class other than the code's is explained. */
		for (const char *p = e->reply; *p;) {
			char id[8];
			struct code rc;
			const char *why;
			size_t len = strcspn(p, " ");

			assert_int_equal(len, 3);
			snprintf(id, sizeof(id), "%.*s", (int)len, p);
			assert_true(code_parse(id, &rc, &why));
			assert_int_equal(rc.kind, CODE_REPLY);
			if (rc.cls != c.cls)
				assert_non_null(e->notes);
			p += len + (p[len] == ' ');
		}
		/* A code the registry lacks says so. */
		if (c.kind == CODE_ENHANCED &&
		    (last != c.detail || !enhanced_info(c.subject, c.detail)))
			assert_non_null(strstr(e->notes ? e->notes : "", "Not in the registry"));
		/* Two entries of a provider for one code: the tags tell them apart. */
		for (size_t j = 0; j < i; j++) {
			const struct provider_entry *o = provider_entry_at(j);

			if (o->provider == e->provider && strcmp(o->code, e->code) == 0)
				assert_true(o->tag_only || e->tag_only);
		}
	}
}

/* Every entry is found by its own code, at its provider; enhanced codes also among all. */
static void test_provider_lookup_own_code(void **state)
{
	(void)state;
	for (size_t i = 0; i < provider_entry_count(); i++) {
		const struct provider_entry *e = provider_entry_at(i), *found[16];
		struct code c;
		int last;
		size_t n;
		bool seen = false;

		assert_true(provider_entry_code(e, &c, &last));
		n = provider_lookup(&c, e->provider, found, 16);
		for (size_t k = 0; k < n; k++) {
			seen = seen || found[k] == e;
			assert_ptr_equal(found[k]->provider, e->provider);
		}
		assert_true(seen);
		n = provider_lookup(&c, NULL, found, 16);
		if (c.kind == CODE_REPLY)
			assert_int_equal(n, 0);
		else
			assert_true(n >= 1);
	}
}

static void test_provider_lookup_ranges(void **state)
{
	struct code c;
	const struct provider_entry *found[16];
	const char *why;

	(void)state;
	for (const char *const *s = (const char *const[]){"5.7.606", "5.7.620", "5.7.649", NULL};
	     *s; s++) {
		assert_true(code_parse(*s, &c, &why));
		assert_int_equal(provider_lookup(&c, NULL, found, 16), 1);
		assert_string_equal(found[0]->code, "5.7.606-649");
	}
	/* Whatever its class: Microsoft's 4.7.500-699 too. */
	assert_true(code_parse("X.7.620", &c, &why));
	assert_int_equal(provider_lookup(&c, NULL, found, 16), 2);
	assert_string_equal(found[0]->code, "4.7.500-699");
	for (const char *const *s = (const char *const[]){"5.7.605", "5.7.650", "4.7.700", NULL};
	     *s; s++) {
		assert_true(code_parse(*s, &c, &why));
		assert_int_equal(provider_lookup(&c, provider_find("microsoft"), found, 16), 0);
	}
	/* A registered code that Gmail reuses, in both classes. */
	assert_true(code_parse("X.7.27", &c, &why));
	assert_int_equal(provider_lookup(&c, NULL, found, 16), 2);
	assert_true(code_parse("5.1.10", &c, &why));
	assert_int_equal(provider_lookup(&c, NULL, found, 16), 1);
	assert_string_equal(found[0]->provider->id, "microsoft");
	assert_int_equal(provider_lookup(&c, provider_find("gmail"), found, 16), 0);
	/* Reply codes only for one provider. */
	assert_true(code_parse("451", &c, &why));
	assert_int_equal(provider_lookup(&c, NULL, found, 16), 0);
	assert_int_equal(provider_lookup(&c, provider_find("mimecast"), found, 16), 1);
}

/* Each marker gives its provider; each host name, found in the input only, too. */
static void test_provider_markers(void **state)
{
	char text[512], input[512];

	(void)state;
	for (size_t i = 0; i < provider_count(); i++) {
		const struct provider_info *p = provider_at(i);

		for (size_t k = 0; k < PROVIDER_MARKER_MAX && p->markers[k]; k++) {
			snprintf(text, sizeof(text), "Refused here %s and there", p->markers[k]);
			if (identify("550", "5.7.1", text, NULL) != p)
				fail_msg("marker '%s' does not give %s", p->markers[k], p->id);
		}
		for (size_t k = 0; k < PROVIDER_MARKER_MAX && p->hosts[k]; k++) {
			snprintf(
			    input, sizeof(input),
			    "host mx.%s[192.0.2.1] said: 550 5.7.1 Refused (in reply to RCPT TO "
			    "command)",
			    p->hosts[k]);
			assert_ptr_equal(identify("550", "5.7.1", "Refused", input), p);
			/* A host name in the server's own text is no marker. */
			snprintf(text, sizeof(text), "Refused by %s", p->hosts[k]);
			if (identify("550", "5.7.1", text, "550 5.7.1 x") == p)
				assert_true(p->markers[0] &&
				            strstr(p->hosts[k], "protection.outlook.com"));
		}
	}
}

/* Each entry is picked by its tag, or by its code, once its provider is known. */
static void test_provider_entry_identified(void **state)
{
	(void)state;
	for (size_t i = 0; i < provider_entry_count(); i++) {
		const struct provider_entry *e = provider_entry_at(i);
		struct reply rp;
		struct provider_match m;
		struct code c;
		char text[512], id[16];
		int last;

		assert_true(provider_entry_code(e, &c, &last));
		code_format(&c, id, sizeof(id));
		snprintf(text, sizeof(text), "%s Refused; see %s", e->tag ? e->tag : "",
		         e->provider->markers[0]);
		if (c.kind == CODE_REPLY)
			make_reply(&rp, id, NULL, text, NULL);
		else
			make_reply(&rp,
			           c.cls == 2   ? "250"
			           : c.cls == 4 ? "450"
			                        : "550",
			           id, text, NULL);
		provider_identify(&rp, &m);
		assert_ptr_equal(m.provider, e->provider);
		if (m.entry != e)
			fail_msg("%s %s %s not identified", e->provider->id, e->code,
			         e->tag ? e->tag : "");
		/* Without its tag, a tag-only entry is not given. */
		if (e->tag_only) {
			snprintf(text, sizeof(text), "Refused; see %s", e->provider->markers[0]);
			snprintf(rp.text, sizeof(rp.text), "%s", text);
			provider_identify(&rp, &m);
			assert_ptr_not_equal(m.entry, e);
		}
	}
}

static void test_provider_examples(void **state)
{
	struct reply rp;
	struct provider_match m;

	(void)state;
	make_reply(&rp, "550", "5.1.10",
	           "RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
	           NULL);
	provider_identify(&rp, &m);
	assert_string_equal(m.provider->id, "microsoft");
	assert_string_equal(m.entry->code, "5.1.10");
	assert_non_null(strstr(m.entry->notes, "null MX"));
	make_reply(&rp, "421", "4.7.0",
	           "[TSS04] Messages from 192.0.2.192 temporarily deferred due to unexpected "
	           "volume or user complaints - 4.16.55.1",
	           NULL);
	provider_identify(&rp, &m);
	assert_string_equal(m.provider->id, "yahoo");
	assert_string_equal(m.entry->tag, "[TSS04]");
	make_reply(&rp, "554", "5.7.1", "[HME1] This message was blocked", NULL);
	provider_identify(&rp, &m);
	assert_string_equal(m.entry->tag, "[HME1]");
	make_reply(&rp, "550", "5.7.1", "[CS01] Message rejected due to local policy", NULL);
	provider_identify(&rp, &m);
	assert_string_equal(m.entry->tag, "[CS01]");
	/* Gmail's 4.7.27 is SPF, whatever the registry says. */
	make_reply(&rp, "421", "4.7.27", "Your email has been rate limited. a1si2 - gsmtp", NULL);
	provider_identify(&rp, &m);
	assert_string_equal(m.provider->id, "gmail");
	assert_string_equal(m.entry->code, "4.7.27");
	/* A provider, but no entry for this code. */
	make_reply(&rp, "550", "5.7.1", "Not RFC 5322 compliant. a1si2 - gsmtp", NULL);
	provider_identify(&rp, &m);
	assert_string_equal(m.provider->id, "gmail");
	assert_null(m.entry);
	/* Microsoft's 5.2.2 only with its text; else the registry's mailbox full stands. */
	make_reply(&rp, "552", "5.2.2", "Mailbox full [x.prod.outlook.com]", NULL);
	provider_identify(&rp, &m);
	assert_string_equal(m.provider->id, "microsoft");
	assert_null(m.entry);
}

/* A reply without markers never gets a provider. */
static void test_provider_none_without_marker(void **state)
{
	static const char *const texts[] = {
	    "<user@example.com>: Recipient address rejected: User unknown in local recipient table",
	    "<someone@gmail.com>: Recipient address rejected: User unknown",
	    "<x@outlook.com>: Recipient address rejected: Access denied",
	    "<user@example.net>: Relay access denied",
	    "Mail from a google.com or yahoo.com or icloud.com address is refused here",
	    "Requested action not taken: mailbox unavailable",
	    "Message not accepted for policy reasons",
	    "Service unavailable; Client host [192.0.2.9] blocked using zen.spamhaus.org",
	    "Ok: queued as 4GCDPGSMTP1",
	    "",
	};

	(void)state;
	for (size_t i = 0; i < sizeof(texts) / sizeof(*texts); i++)
		if (identify("550", "5.1.1", texts[i], NULL))
			fail_msg("'%s' was given a provider", texts[i]);
	/* Postfix refusing mail from a Microsoft or Google server: the reply is Postfix's. */
	assert_null(identify("550", "5.1.1", "<nobody@example.com>: Recipient address rejected",
	                     "NOQUEUE: reject: RCPT from mail-am6eur05on2093.outbound.protection."
	                     "outlook.com[192.0.2.7]: 550 5.1.1 <nobody@example.com>: Recipient "
	                     "address rejected; from=<a@outlook.com> helo=<EUR05-AM6-obe.outbound."
	                     "protection.outlook.com>"));
	assert_null(identify("554", "5.7.1", "Relay access denied",
	                     "NOQUEUE: reject: RCPT from mail-yw1-f170.google.com[209.85.128.170]: "
	                     "554 5.7.1 Relay access denied; from=<a@gmail.com>"));
}

static void test_provider_find(void **state)
{
	char names[256];

	(void)state;
	assert_string_equal(provider_find("GMAIL")->id, "gmail");
	assert_string_equal(provider_find("Outlook")->id, "microsoft");
	assert_string_equal(provider_find("apple")->id, "icloud");
	assert_string_equal(provider_find("aol")->id, "yahoo");
	assert_null(provider_find(""));
	assert_null(provider_find("gmai"));
	assert_null(provider_find("google workspace"));
	assert_null(provider_find("sendgrid"));
	provider_names(names, sizeof(names));
	assert_string_equal(names,
	                    "gmail, microsoft, yahoo, icloud, mimecast, proofpoint or barracuda");
}

static void test_provider_render(void **state)
{
	struct render r = {.width = 80};
	struct capture cap;
	struct code c;
	const struct provider_entry *pe[4];
	const char *why;
	char *text;

	(void)state;
	assert_true(code_parse("5.1.10", &c, &why));
	assert_int_equal(provider_lookup(&c, NULL, pe, 4), 1);
	capture_open(&cap);
	provider_entry_print(cap.f, pe[0], &r);
	text = capture_close(&cap);
	assert_prefix(text, "SMTP 5.1.10 (Microsoft 365 / Outlook.com) Recipient not found\n");
	assert_non_null(strstr(text, "\nProvider    Microsoft 365 / Outlook.com (microsoft)\n"));
	assert_non_null(strstr(text, "\nRegistry    X.1.10 Recipient address has null MX\n"));
	assert_non_null(strstr(text, "\nMarker      RESOLVER.ADR.RecipientNotFound\n"));
	free(text);
	capture_open(&cap);
	provider_list_print(cap.f, pe[0], &r);
	text = capture_close(&cap);
	assert_string_equal(text, "5.1.10\tMicrosoft 365 / Outlook.com\tRecipient not found "
	                          "(\"RESOLVER.ADR.RecipientNotFound\")\n");
	free(text);
	capture_open(&cap);
	provider_entry_print_json(cap.f, pe[0]);
	text = capture_close(&cap);
	assert_prefix(text, "{\"provider\":\"microsoft\",\"provider_name\":\"Microsoft 365 / "
	                    "Outlook.com\",\"code\":\"5.1.10\",\"kind\":\"enhanced\","
	                    "\"registered\":true,");
	free(text);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_provider_table_fields),
	    cmocka_unit_test(test_provider_entries_sorted_unique),
	    cmocka_unit_test(test_provider_entry_fields),
	    cmocka_unit_test(test_provider_lookup_own_code),
	    cmocka_unit_test(test_provider_lookup_ranges),
	    cmocka_unit_test(test_provider_markers),
	    cmocka_unit_test(test_provider_entry_identified),
	    cmocka_unit_test(test_provider_examples),
	    cmocka_unit_test(test_provider_none_without_marker),
	    cmocka_unit_test(test_provider_find),
	    cmocka_unit_test(test_provider_render),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
