/*
 * provider_codes.h: what large mail providers and filters mean by the codes
 * they send, and the strings that give them away in a reply, as data.
 *
 * src/provider.c includes this file twice: once with PROVIDER() defined and
 * ENTRY() empty, to build the table of providers, then the other way round,
 * to build the table of entries. ENTRY(ID, ...) names its provider by the
 * ID of a PROVIDER() line, so a misspelt one does not compile. Fields are
 * documented with struct provider_info and struct provider_entry in
 * include/smtpcode.h. Entries are sorted by provider (in PROVIDER order),
 * then by code, then by tag, and no two share all three: the strings cannot
 * be checked by the compiler, so tests/test_provider.c checks that.
 *
 * Texts are ASCII and in the project's own words. Every entry names its
 * sources in .refs; where a provider's use conflicts with the IANA registry,
 * or a fact is uncertain, .notes says so.
 */

#define REF_GMAIL_ERRORS                                                      \
	"Google Workspace Admin Help, \"Gmail SMTP errors and codes\", "      \
	"https://support.google.com/a/answer/3726730"
#define REF_GMAIL_FAQ                                                         \
	"Google Workspace Admin Help, \"Email sender guidelines FAQ\", "       \
	"https://support.google.com/a/answer/14229414"
#define REF_MICROSOFT                                                         \
	"Microsoft Learn, \"Email non-delivery reports and SMTP errors in "   \
	"Exchange Online\", https://learn.microsoft.com/en-us/troubleshoot/"  \
	"exchange/email-delivery/ndr/non-delivery-reports-in-exchange-online"
#define REF_YAHOO                                                             \
	"Yahoo Sender Hub, \"SMTP Error Codes\", "                            \
	"https://senders.yahooinc.com/smtp-error-codes"
#define REF_APPLE                                                             \
	"Apple Support, \"Postmaster information for iCloud Mail\", "         \
	"https://support.apple.com/en-us/102322 (formerly HT204137)"
#define REF_SAMPLES                                                           \
	"bounce samples of the Sisimai project, "                             \
	"https://github.com/sisimai/set-of-emails"
#define REF_MIMECAST                                                          \
	"Mimecast, \"Mimecast SMTP Error Codes\", "                           \
	"https://community.mimecast.com/s/article/"                           \
	"Mimecast-SMTP-Error-Codes-842605754"

/* Providers: markers are matched in the reply's text, hosts in its input. */

PROVIDER(GMAIL,
	.id = "gmail",
	.name = "Gmail / Google Workspace",
	.aliases = "google googlemail workspace",
	.markers = {"- gsmtp", "support.google.com/mail", "support.google.com/a/"},
	.hosts = {"gmail-smtp-in.l.google.com", "aspmx.l.google.com"},
	.refs = REF_GMAIL_ERRORS)

PROVIDER(MICROSOFT,
	.id = "microsoft",
	.name = "Microsoft 365 / Outlook.com",
	.aliases = "outlook hotmail office365 m365 exchange",
	.markers = {"protection.outlook.com", "prod.outlook.com", "go.microsoft.com/fwlink",
		    "sender.office.com", "mail.live.com/mail/troubleshooting", "STOREDRV.",
		    "SMTPSEND.", "RESOLVER.ADR.", "RESOLVER.RST."},
	.hosts = {"mail.protection.outlook.com", "olc.protection.outlook.com"},
	.refs = REF_MICROSOFT)

PROVIDER(YAHOO,
	.id = "yahoo",
	.name = "Yahoo / AOL",
	.aliases = "aol yahooinc",
	.markers = {"postmaster.yahooinc.com", "senders.yahooinc.com",
		    "postmaster.verizonmedia.com", "postmaster.yahoo.com", "[TSS04]", "[TSS09]",
		    "[TS03]", "dd This user doesn't have a", "Yahoo requires all senders"},
	.hosts = {"yahoodns.net"},
	.refs = REF_YAHOO)

PROVIDER(ICLOUD,
	.id = "icloud",
	.name = "Apple iCloud Mail",
	.aliases = "apple",
	.markers = {"HT204137", "apple.com/en-us/102322", "[CS01]", "[HME1]", "[HM08]"},
	.hosts = {"mail.icloud.com"},
	.refs = REF_APPLE)

PROVIDER(MIMECAST,
	.id = "mimecast",
	.name = "Mimecast",
	.aliases = "",
	.markers = {"community.mimecast.com", "header based Anti-Spoofing policy"},
	.hosts = {"smtp-inbound-1.mimecast.com", "smtp-inbound-2.mimecast.com"},
	.refs = REF_MIMECAST)

PROVIDER(PROOFPOINT,
	.id = "proofpoint",
	.name = "Proofpoint",
	.aliases = "pphosted",
	.markers = {"support.proofpoint.com", "ipcheck.proofpoint.com", "pphosted.com"},
	.refs = "Proofpoint, \"Proofpoint Postmaster\", https://www.proofpoint.com/us/postmaster")

PROVIDER(BARRACUDA,
	.id = "barracuda",
	.name = "Barracuda",
	.aliases = "brbl barracudacentral",
	.markers = {"barracudacentral.org", "barracudanetworks.com/reputation"},
	.refs = "Barracuda Central, \"Barracuda Reputation Block List\", "
		"https://www.barracudacentral.org/rbl")

/* Gmail and Google Workspace */

ENTRY(GMAIL,
	.code = "4.2.1",
	.reply = "450",
	.name = "Recipient receiving mail too fast",
	.description =
		"The Gmail account is taking in messages faster than Gmail "
		"allows, so yours waits; the same code is used when a "
		"Workspace customer goes over its peak SMTP relay rate.",
	.fix =
		"Nothing but patience: the sending server retries and the "
		"message goes through once the rate drops. Spread bulk "
		"sending to one recipient over time.",
	.notes =
		"The registry's X.2.1 means a disabled mailbox; Gmail's 4.2.1 "
		"is a rate limit on a mailbox that works.",
	.refs = REF_GMAIL_ERRORS)

ENTRY(GMAIL,
	.code = "4.7.23",
	.reply = "451",
	.name = "No valid PTR record (rate limited)",
	.description =
		"The sending IP address has no reverse DNS (PTR) record, or "
		"its PTR name does not resolve back to the same address, so "
		"Gmail slows down mail from it for now.",
	.fix =
		"Have whoever runs the IP address publish a PTR record whose "
		"name resolves, forward, to that same address.",
	.notes =
		"Conflicts with the registry: X.7.23 is \"SPF validation "
		"failed\", while Gmail uses 4.7.23 for reverse DNS. Google's "
		"error list pairs it with 451; other copies of the text show "
		"421.",
	.refs = REF_GMAIL_ERRORS "; " REF_GMAIL_FAQ)

ENTRY(GMAIL,
	.code = "4.7.24",
	.reply = "451",
	.name = "Suspicious SPF record (rate limited)",
	.description =
		"The SPF record of the sending domain holds one or more "
		"entries Gmail distrusts, so mail from the IP address is "
		"slowed down for now.",
	.fix =
		"Review the SPF record: remove stale or overly broad "
		"mechanisms (such as +all or huge ranges) and keep only the "
		"servers that really send for the domain.",
	.refs = REF_GMAIL_ERRORS)

ENTRY(GMAIL,
	.code = "4.7.26",
	.reply = "421 451",
	.name = "Unauthenticated mail (rate limited)",
	.description =
		"Neither SPF nor DKIM passed, so Gmail slows the mail down; "
		"as 451 it means the domain's DMARC policy rejects such mail "
		"but a temporary DNS failure kept Gmail from deciding.",
	.fix =
		"Make every message pass SPF or DKIM for its domain, and "
		"check that the domain's DNS answers reliably.",
	.refs = REF_GMAIL_ERRORS)

ENTRY(GMAIL,
	.code = "4.7.27",
	.reply = "421",
	.name = "SPF did not pass (rate limited)",
	.description =
		"The message failed SPF, which Gmail requires of bulk senders, "
		"so delivery is slowed down for now.",
	.fix =
		"Add the sending server or service to the SPF record of the "
		"envelope sender's domain, then let the queue retry.",
	.notes =
		"Conflicts with the registry: X.7.27 is \"Sender address has "
		"null MX\" (RFC 7505), while Gmail uses 4.7.27 and 5.7.27 for "
		"a failed SPF check.",
	.refs = REF_GMAIL_FAQ "; " REF_GMAIL_ERRORS)

ENTRY(GMAIL,
	.code = "4.7.28",
	.reply = "421",
	.name = "Unusual rate of mail (rate limited)",
	.description =
		"Gmail sees an unusual volume of mail, or of unwanted mail, "
		"from the sending IP address, its network block, its DKIM or "
		"SPF domain, or with one of its link domains, and slows it "
		"down; also sent when too many messages share one "
		"Message-ID.",
	.fix =
		"Slow down, send only to people who asked for the mail, and "
		"watch the spam rate in Postmaster Tools; give each message "
		"its own Message-ID.",
	.notes =
		"Close to the registry's X.7.28 \"Mail flood detected\", "
		"though Gmail also applies it to reputation, not only volume.",
	.refs = REF_GMAIL_ERRORS)

ENTRY(GMAIL,
	.code = "4.7.29",
	.reply = "421",
	.name = "Not sent over TLS (rate limited)",
	.description =
		"The message came over a connection without TLS, which Gmail "
		"requires of bulk senders, so it is slowed down.",
	.fix =
		"Turn on STARTTLS for outgoing mail on the sending server.",
	.notes =
		"Conflicts with the registry: X.7.29 is \"ARC validation "
		"failure\", while Gmail uses 4.7.29 and 5.7.29 for a missing "
		"TLS connection.",
	.refs = REF_GMAIL_FAQ "; " REF_GMAIL_ERRORS)

ENTRY(GMAIL,
	.code = "4.7.30",
	.reply = "421",
	.name = "DKIM did not pass (rate limited)",
	.description =
		"The message had no valid DKIM signature, which Gmail "
		"requires of bulk senders, so delivery is slowed down.",
	.fix =
		"Sign outgoing mail with DKIM for the From domain and publish "
		"the matching public key in DNS.",
	.notes =
		"Conflicts with the registry: X.7.30 is \"REQUIRETLS support "
		"required\" (RFC 8689), while Gmail uses 4.7.30 and 5.7.30 for "
		"a failed DKIM check.",
	.refs = REF_GMAIL_FAQ "; " REF_GMAIL_ERRORS)

ENTRY(GMAIL,
	.code = "4.7.32",
	.reply = "421",
	.name = "From not aligned (rate limited)",
	.description =
		"The domain in the From header matches neither the domain "
		"that passed SPF nor the one that signed with DKIM, so the "
		"mail fails DMARC alignment and is slowed down.",
	.fix =
		"Sign with DKIM for the From domain, or send with an envelope "
		"sender in the same organisational domain.",
	.notes =
		"Not in the registry: Gmail's own code.",
	.refs = REF_GMAIL_FAQ "; " REF_GMAIL_ERRORS)

ENTRY(GMAIL,
	.code = "4.7.40",
	.reply = "421",
	.name = "No DMARC policy (rate limited)",
	.description =
		"The sending domain publishes no DMARC record, or one without "
		"a policy, which Gmail requires of bulk senders.",
	.fix =
		"Publish a DMARC record at _dmarc of the From domain, with a "
		"policy (p=none at least).",
	.notes =
		"Not in the registry. Google's error list (2026) gives 4.7.40; "
		"an earlier version of its sender FAQ gave 4.7.31 for the same "
		"case.",
	.refs = REF_GMAIL_ERRORS "; " REF_GMAIL_FAQ)

ENTRY(GMAIL,
	.code = "5.2.1",
	.reply = "550",
	.name = "Account inactive",
	.description =
		"The Gmail account exists but is inactive or disabled; Gmail "
		"also sends 5.2.1 when an account takes in mail so fast that "
		"no more can be delivered.",
	.fix =
		"Stop sending to the address, or ask the recipient by other "
		"means for one that is in use.",
	.refs = REF_GMAIL_ERRORS)

ENTRY(GMAIL,
	.code = "5.2.2",
	.reply = "552",
	.name = "Mailbox full and inactive",
	.description =
		"The recipient's storage is full and the account is no "
		"longer used, so Gmail gives up instead of deferring as it "
		"does with 452 4.2.2.",
	.fix =
		"Treat the address as dead unless the recipient frees space; "
		"remove it from mailing lists.",
	.notes =
		"The registry means X.2.2 as a transient failure; Gmail sends "
		"the permanent form only for a full mailbox of an inactive "
		"account.",
	.refs = REF_GMAIL_ERRORS)

ENTRY(GMAIL,
	.code = "5.4.5",
	.reply = "550",
	.name = "Daily sending limit exceeded",
	.description =
		"The Gmail or Workspace account, or the customer's SMTP relay, "
		"has sent as much as it may in one day.",
	.fix =
		"Wait for the limit to reset, or send bulk mail through a "
		"service made for it; check the account for abuse.",
	.notes =
		"Conflicts with the registry: X.4.5 is \"Mail system "
		"congestion\", a transient condition of the network, while "
		"Gmail uses 5.4.5 for a sender's daily quota.",
	.refs = REF_GMAIL_ERRORS)

ENTRY(GMAIL,
	.code = "5.7.10",
	.reply = "523",
	.name = "Commands pipelined after STARTTLS",
	.description =
		"The client sent more commands in the same packet as "
		"STARTTLS, which RFC 3207 forbids.",
	.fix =
		"Fix the client so that it waits for the TLS handshake before "
		"sending anything else.",
	.notes =
		"Conflicts with the registry: X.7.10 is \"Encryption Needed\"; "
		"Gmail uses 523 5.7.10 for a protocol violation.",
	.refs = REF_GMAIL_ERRORS)

ENTRY(GMAIL,
	.code = "5.7.11",
	.reply = "501",
	.name = "STARTTLS with parameters",
	.description =
		"The client gave STARTTLS an argument; the command takes "
		"none.",
	.fix = "Send STARTTLS alone.",
	.notes =
		"Conflicts with the registry: X.7.11 is \"Encryption required "
		"for requested authentication mechanism\" (538); Gmail uses "
		"501 5.7.11 for a syntax error.",
	.refs = REF_GMAIL_ERRORS)

ENTRY(GMAIL,
	.code = "5.7.14",
	.reply = "534",
	.name = "Sign in through a web browser",
	.description =
		"smtp.gmail.com refused the login: Google wants the account "
		"holder to sign in through a browser first, usually after a "
		"security check.",
	.fix =
		"Sign in to the account in a browser and clear the check, then "
		"use an app password or OAuth in the mail client.",
	.notes =
		"The registry's X.7.14 is \"Trust relationship required\" "
		"(BURL); Gmail uses 534 5.7.14 for an interactive sign-in.",
	.refs = REF_GMAIL_ERRORS)

ENTRY(GMAIL,
	.code = "5.7.24",
	.reply = "550",
	.name = "Suspicious SPF record",
	.description =
		"The SPF record of the sending domain holds one or more "
		"entries Gmail distrusts, and the message was refused.",
	.fix =
		"Review the SPF record and keep only the servers that really "
		"send for the domain.",
	.refs = REF_GMAIL_ERRORS)

ENTRY(GMAIL,
	.code = "5.7.25",
	.reply = "550",
	.name = "No valid PTR record",
	.description =
		"The sending IP address has no PTR record, or its name does "
		"not point back to the address; Gmail refuses mail from such "
		"addresses.",
	.fix =
		"Publish a PTR record for the sending IP address whose name "
		"resolves to the same address, then send again.",
	.refs = REF_GMAIL_ERRORS "; " REF_GMAIL_FAQ)

ENTRY(GMAIL,
	.code = "5.7.26",
	.reply = "550",
	.name = "Unauthenticated mail",
	.description =
		"The message was refused for failing authentication: neither "
		"SPF nor DKIM passed, or SPF failed against a record ending in "
		"-all, or the From domain's DMARC policy rejects it.",
	.fix =
		"Set up SPF and DKIM for the sending domain and align them "
		"with the From domain; the text says which check failed.",
	.notes =
		"The registry's X.7.26 means several checks failed; Gmail also "
		"uses it when only SPF failed with a hard-fail policy.",
	.refs = REF_GMAIL_ERRORS)

ENTRY(GMAIL,
	.code = "5.7.27",
	.reply = "550",
	.name = "SPF did not pass",
	.description =
		"The message failed SPF, which Gmail requires of bulk "
		"senders, and was refused.",
	.fix =
		"Add the sending server or service to the SPF record of the "
		"envelope sender's domain, then send again.",
	.notes =
		"Conflicts with the registry: X.7.27 is \"Sender address has "
		"null MX\" (RFC 7505), while Gmail uses 5.7.27 for a failed "
		"SPF check.",
	.refs = REF_GMAIL_FAQ "; " REF_GMAIL_ERRORS)

ENTRY(GMAIL,
	.code = "5.7.28",
	.reply = "550",
	.name = "Unusual rate of unwanted mail",
	.description =
		"So much unwanted mail comes from the sending IP address that "
		"Gmail now refuses it.",
	.fix =
		"Find out what the address sends (a compromised account, a "
		"purchased list), stop it, and build the reputation up again "
		"slowly.",
	.notes =
		"Close to the registry's X.7.28 \"Mail flood detected\".",
	.refs = REF_GMAIL_ERRORS)

ENTRY(GMAIL,
	.code = "5.7.29",
	.reply = "550",
	.name = "Not sent over TLS",
	.description =
		"The message came over a connection without TLS, which Gmail "
		"requires of bulk senders, and was refused.",
	.fix = "Turn on STARTTLS for outgoing mail, then send again.",
	.notes =
		"Conflicts with the registry: X.7.29 is \"ARC validation "
		"failure\".",
	.refs = REF_GMAIL_FAQ "; " REF_GMAIL_ERRORS)

ENTRY(GMAIL,
	.code = "5.7.30",
	.reply = "550",
	.name = "DKIM did not pass",
	.description =
		"The message had no valid DKIM signature, which Gmail "
		"requires of bulk senders, and was refused.",
	.fix =
		"Sign outgoing mail with DKIM for the From domain, publish the "
		"key, then send again.",
	.notes =
		"Conflicts with the registry: X.7.30 is \"REQUIRETLS support "
		"required\" (RFC 8689), while Gmail uses 5.7.30 for a failed "
		"DKIM check.",
	.refs = REF_GMAIL_FAQ "; " REF_GMAIL_ERRORS)

ENTRY(GMAIL,
	.code = "5.7.32",
	.reply = "421",
	.name = "From not aligned",
	.description =
		"The domain in the From header matches neither the SPF nor "
		"the DKIM domain that passed, and the message was refused.",
	.fix =
		"Sign with DKIM for the From domain, or use an envelope "
		"sender in the same organisational domain.",
	.notes =
		"Not in the registry. Google's list pairs it with 421, which "
		"contradicts the 5 of its class; expect a 5xx reply.",
	.refs = REF_GMAIL_ERRORS)

ENTRY(GMAIL,
	.code = "5.7.40",
	.reply = "550",
	.name = "No DMARC policy",
	.description =
		"The sending domain publishes no DMARC record, or one without "
		"a policy, and the message was refused.",
	.fix =
		"Publish a DMARC record with a policy (p=none at least) for "
		"the From domain, then send again.",
	.notes =
		"Not in the registry. The same Google page also lists "
		"504 5.7.40 for an unrecognised AUTH mechanism, a reply to "
		"AUTH rather than to a message.",
	.refs = REF_GMAIL_ERRORS)

/* Microsoft 365, Exchange Online and Outlook.com */

ENTRY(MICROSOFT,
	.code = "4.3.2",
	.tag = "recipient thread limit",
	.reply = "432",
	.name = "Recipient mailbox throttled",
	.description =
		"The recipient's mailbox is receiving so many messages so "
		"quickly that Exchange Online holds back new ones, so that one "
		"mailbox does not slow down others on its database.",
	.fix =
		"Nothing: the sending server retries. If it persists, find "
		"what floods the mailbox.",
	.notes =
		"432 is not a reply code of RFC 5321 (RFC 4954 gives it to "
		"password transitions); treat it as any 4xx, a transient "
		"failure.",
	.refs = REF_MICROSOFT)

ENTRY(MICROSOFT,
	.code = "4.4.316",
	.reply = "",
	.name = "Connection refused by remote server",
	.description =
		"Exchange Online could not connect to the receiving server "
		"outside Microsoft: the connection was refused at the other "
		"end.",
	.fix =
		"The problem is at the receiving side: check that its server "
		"at the IP address in the text listens and accepts "
		"connections from Microsoft.",
	.notes = "Not in the registry: Microsoft's own code.",
	.refs = REF_MICROSOFT)

ENTRY(MICROSOFT,
	.code = "4.4.317",
	.reply = "450",
	.name = "Untrusted certificate chain",
	.description =
		"During TLS, the receiving server presented its certificate "
		"without the intermediate certificates, so Exchange Online "
		"could not verify it.",
	.fix =
		"The receiving server's administrator must install the full "
		"certificate chain.",
	.notes = "Not in the registry: Microsoft's own code.",
	.refs = REF_MICROSOFT)

ENTRY(MICROSOFT,
	.code = "4.7.500-699",
	.reply = "451",
	.name = "Sending temporarily restricted",
	.description =
		"Exchange Online saw suspicious activity and holds the sending "
		"back while it looks closer; the text usually ends with an "
		"AS code.",
	.fix =
		"If the mail is legitimate, wait: Microsoft lifts the "
		"restriction shortly. Otherwise find the source of the "
		"suspicious traffic.",
	.notes = "Not in the registry: a range of Microsoft's own codes.",
	.refs = REF_MICROSOFT)

ENTRY(MICROSOFT,
	.code = "4.7.850-899",
	.reply = "",
	.name = "Sending IP temporarily restricted",
	.description =
		"Exchange Online saw suspicious activity from the sending IP "
		"address and holds its mail back while it evaluates it.",
	.fix =
		"If the traffic is legitimate, wait for the restriction to "
		"lift; otherwise stop what the address sends.",
	.notes = "Not in the registry: a range of Microsoft's own codes.",
	.refs = REF_MICROSOFT)

ENTRY(MICROSOFT,
	.code = "5.0.350",
	.reply = "550",
	.name = "Generic refusal by the recipient's organisation",
	.description =
		"A catch-all for refusals the recipient's organisation gives "
		"no finer code; known texts are an x-dg-ref header that is too "
		"long (Rich Text messages) and a policy violation for nested "
		"attachments (AS345).",
	.fix =
		"Read the text after the code; resend as HTML or plain text, "
		"or without nested attachments, as it suggests.",
	.notes = "Not in the registry: Microsoft's own code.",
	.refs = REF_MICROSOFT)

ENTRY(MICROSOFT,
	.code = "5.1.8",
	.reply = "550",
	.name = "Sending account blocked for spam",
	.description =
		"The sender's Microsoft 365 account sent too much spam and "
		"may no longer send, usually because it was compromised.",
	.fix =
		"Secure the account (new password, check rules and "
		"forwarding), then have an administrator release it.",
	.notes =
		"Conflicts with the registry: X.1.8 is \"Bad sender's system "
		"address\"; Microsoft uses 5.1.8 for a banned sending "
		"account.",
	.refs = REF_MICROSOFT)

ENTRY(MICROSOFT,
	.code = "5.1.10",
	.tag = "RESOLVER.ADR.RecipientNotFound",
	.reply = "550",
	.name = "Recipient not found",
	.description =
		"Exchange looked up the recipient's address in the "
		"organisation's directory and found no such recipient.",
	.fix =
		"Check the address for typing mistakes; if it was valid "
		"before, ask the recipient for the current one.",
	.notes =
		"Conflicts with the registry: X.1.10 is \"Recipient address "
		"has null MX\" (RFC 7505), while Exchange uses 5.1.10 for an "
		"unknown recipient, as 5.1.1 would say.",
	.refs = REF_MICROSOFT)

ENTRY(MICROSOFT,
	.code = "5.1.20",
	.reply = "550",
	.name = "Several From addresses without Sender",
	.description =
		"The message has more than one address in From but no Sender "
		"field, which RFC 5322 requires in that case.",
	.fix =
		"Keep one address in From, or add a Sender field naming the "
		"one who sent it.",
	.notes = "Not in the registry: Microsoft's own code.",
	.refs = REF_MICROSOFT)

ENTRY(MICROSOFT,
	.code = "5.1.90",
	.reply = "550",
	.name = "Daily recipient limit reached",
	.description =
		"The sender has reached the number of recipients Exchange "
		"Online lets one account mail in a day.",
	.fix =
		"Wait until the limit resets; if the volume is unexpected, "
		"check the account for compromise.",
	.notes = "Not in the registry: Microsoft's own code.",
	.refs = REF_MICROSOFT)

ENTRY(MICROSOFT,
	.code = "5.2.2",
	.tag = "Submission quota exceeded",
	.tag_only = true,
	.reply = "550",
	.name = "Sending quota exceeded",
	.description =
		"The sender went over the recipient or message rate that "
		"Exchange Online allows one account.",
	.fix =
		"Wait, then send less; if the volume is unexpected, check the "
		"account for compromise.",
	.notes =
		"Conflicts with the registry: X.2.2 is \"Mailbox full\", a "
		"problem of the recipient; here the sender's own quota is "
		"meant. Only the text tells the two apart.",
	.refs = REF_MICROSOFT)

ENTRY(MICROSOFT,
	.code = "5.2.121",
	.reply = "550",
	.name = "Per-sender hourly receive limit",
	.description =
		"The recipient got more messages this hour from this one "
		"sender than Exchange Online accepts.",
	.fix =
		"Send fewer messages an hour to this recipient, for example by "
		"grouping automatic notifications.",
	.notes = "Not in the registry: Microsoft's own code.",
	.refs = REF_MICROSOFT)

ENTRY(MICROSOFT,
	.code = "5.2.122",
	.reply = "550",
	.name = "Hourly receive limit",
	.description =
		"The recipient got more messages this hour, from all senders "
		"together, than Exchange Online accepts.",
	.fix = "Try again later, and send fewer messages an hour.",
	.notes = "Not in the registry: Microsoft's own code.",
	.refs = REF_MICROSOFT)

ENTRY(MICROSOFT,
	.code = "5.4.1",
	.tag = "Recipient address rejected: Access denied",
	.tag_only = true,
	.reply = "550",
	.name = "Recipient does not exist",
	.description =
		"The recipient's organisation has Exchange Online refuse "
		"addresses it does not know (Directory Based Edge Blocking), "
		"and this one is not in its directory.",
	.fix =
		"Check the address; if it is right, the recipient's "
		"administrator must add it to the directory.",
	.notes =
		"Conflicts with the registry: X.4.1 is \"No answer from "
		"host\", a network failure; Microsoft uses 5.4.1 for a "
		"refused recipient.",
	.refs = REF_MICROSOFT "; " REF_SAMPLES)

ENTRY(MICROSOFT,
	.code = "5.4.1",
	.tag = "Relay Access Denied",
	.tag_only = true,
	.reply = "550",
	.name = "Domain not accepted here",
	.description =
		"The server that answered does not take mail for the "
		"recipient's domain, usually because of a wrong MX record or "
		"a domain missing from the Microsoft 365 tenant.",
	.fix =
		"The recipient domain's administrator must fix its MX record "
		"or add the domain as accepted in the tenant.",
	.notes =
		"Conflicts with the registry: X.4.1 is \"No answer from "
		"host\".",
	.refs = REF_MICROSOFT)

ENTRY(MICROSOFT,
	.code = "5.4.14",
	.reply = "554",
	.name = "Routing loop",
	.description =
		"The message went round in a loop, usually between forwarding "
		"rules or connectors, and Exchange Online stopped it after 20 "
		"rounds (Exchange Server says 5.4.6).",
	.fix =
		"Find the forwarding rules or connectors that send the "
		"message back and forth, and break the loop.",
	.notes = "Not in the registry: Microsoft's own code.",
	.refs = REF_MICROSOFT)

ENTRY(MICROSOFT,
	.code = "5.4.300",
	.reply = "550",
	.name = "Message expired",
	.description =
		"The message could not be delivered in time: the receiving "
		"server did not answer, or kept failing, until Exchange "
		"Online gave up.",
	.fix =
		"Check that the recipient's domain and servers are "
		"reachable, then send again.",
	.notes = "Not in the registry: Microsoft's own code.",
	.refs = REF_MICROSOFT)

ENTRY(MICROSOFT,
	.code = "5.5.0",
	.reply = "550",
	.name = "Outlook.com recipient not found",
	.description =
		"The recipient is at hotmail.com or outlook.com and no such "
		"address exists.",
	.fix = "Check the address for typing mistakes.",
	.notes =
		"Conflicts with the registry: X.5.0 is \"Other or undefined "
		"protocol status\"; Microsoft uses 550 5.5.0 for an unknown "
		"consumer mailbox, as 5.1.1 would say.",
	.refs = REF_MICROSOFT)

ENTRY(MICROSOFT,
	.code = "5.6.11",
	.reply = "550",
	.name = "Bare line feeds",
	.description =
		"The sending program put bare line feeds, not CR LF pairs, in "
		"the message.",
	.fix =
		"Fix or update the sending program so that it ends every "
		"line with CR LF.",
	.notes = "Not in the registry: Microsoft's own code.",
	.refs = REF_MICROSOFT)

ENTRY(MICROSOFT,
	.code = "5.7.57",
	.reply = "530",
	.name = "Submission without authentication",
	.description =
		"A program or device tried to send through smtp.office365.com "
		"without logging in first.",
	.fix =
		"Configure it to authenticate with a licensed mailbox, over "
		"port 587 with STARTTLS, or use another relay method.",
	.notes = "Not in the registry: Microsoft's own code.",
	.refs = REF_MICROSOFT)

ENTRY(MICROSOFT,
	.code = "5.7.64",
	.reply = "550",
	.name = "Tenant attribution failed",
	.description =
		"Mail from the organisation's own servers came in through an "
		"inbound connector that no longer matches them, so Microsoft "
		"365 cannot tell which tenant it belongs to.",
	.fix =
		"Fix the inbound connector (its IP addresses or certificate) "
		"to match the on-premises servers.",
	.notes = "Not in the registry: Microsoft's own code.",
	.refs = REF_MICROSOFT)

ENTRY(MICROSOFT,
	.code = "5.7.124",
	.reply = "550",
	.name = "Not an allowed sender of the group",
	.description =
		"The recipient is a group that takes mail only from the "
		"senders on its list, and this sender is not on it.",
	.fix =
		"Ask the group's owner or administrator to add the sender.",
	.notes = "Not in the registry: Microsoft's own code.",
	.refs = REF_MICROSOFT)

ENTRY(MICROSOFT,
	.code = "5.7.133",
	.reply = "550",
	.name = "Group refuses outside senders",
	.description =
		"The recipient is a group that refuses mail from outside its "
		"organisation.",
	.fix =
		"Ask the group's owner or the recipient's administrator to "
		"accept outside senders, or send from inside.",
	.notes = "Not in the registry: Microsoft's own code.",
	.refs = REF_MICROSOFT)

ENTRY(MICROSOFT,
	.code = "5.7.367",
	.reply = "550",
	.name = "Forwarded mail refused",
	.description =
		"A forwarded or relayed message was refused by the next "
		"server because SPF or DKIM no longer passed, often behind a "
		"non-Microsoft gateway.",
	.fix =
		"Have the forwarding path keep DKIM intact or add ARC, or "
		"forward through a connector the receiver trusts.",
	.notes = "Not in the registry: Microsoft's own code.",
	.refs = REF_MICROSOFT)

ENTRY(MICROSOFT,
	.code = "5.7.501-503",
	.reply = "550",
	.name = "Sending account banned for spam",
	.description =
		"The sending account was banned after Microsoft detected spam "
		"from it.",
	.fix =
		"Secure the account and reset its credentials, then ask "
		"Microsoft support to restore its sending.",
	.notes = "Not in the registry: a range of Microsoft's own codes.",
	.refs = REF_MICROSOFT)

ENTRY(MICROSOFT,
	.code = "5.7.509",
	.reply = "550",
	.name = "DMARC reject",
	.description =
		"The domain in the From header failed DMARC and its policy "
		"asks receivers to reject such mail.",
	.fix =
		"Make the mail pass SPF or DKIM aligned with the From domain; "
		"the sending domain's administrator must fix it.",
	.notes = "Not in the registry: Microsoft's own code.",
	.refs = REF_MICROSOFT "; " REF_SAMPLES)

ENTRY(MICROSOFT,
	.code = "5.7.511",
	.reply = "550",
	.name = "Sending IP banned",
	.description =
		"The IP address the mail comes from is banned from sending to "
		"Microsoft.",
	.fix =
		"Ask to be delisted by writing to delist@microsoft.com with "
		"the full error text and the IP address.",
	.notes = "Not in the registry: Microsoft's own code.",
	.refs = REF_MICROSOFT)

ENTRY(MICROSOFT,
	.code = "5.7.512",
	.reply = "550",
	.name = "No valid From address",
	.description =
		"The message has no valid address in its From header, which "
		"RFC 5322 section 3.6.2 requires.",
	.fix =
		"Make the sending program write a From header with a real "
		"address, in angle brackets after any display name.",
	.notes = "Not in the registry: Microsoft's own code.",
	.refs = REF_MICROSOFT)

ENTRY(MICROSOFT,
	.code = "5.7.513",
	.reply = "550",
	.name = "Blocked by the recipient's own list",
	.description =
		"The recipient's domain put the sending IP address on its own "
		"block list (AS16012607).",
	.fix =
		"Contact the recipient's organisation and ask it to remove "
		"the address; Microsoft cannot.",
	.notes =
		"Not in the registry. Microsoft's page does not say which "
		"reply code comes with it.",
	.refs = REF_MICROSOFT)

ENTRY(MICROSOFT,
	.code = "5.7.520",
	.reply = "550",
	.name = "External forwarding not allowed",
	.description =
		"The message was forwarded automatically to an outside "
		"address, and the sender's organisation forbids that "
		"(AS(7555)).",
	.fix =
		"Ask the organisation's administrator to allow external "
		"forwarding for the mailbox, or stop forwarding.",
	.notes = "Not in the registry: Microsoft's own code.",
	.refs = REF_MICROSOFT)

ENTRY(MICROSOFT,
	.code = "5.7.606-649",
	.reply = "550",
	.name = "Sending IP banned",
	.description =
		"The sending IP address is on Microsoft's block list, "
		"usually because of its reputation.",
	.fix =
		"Check that the address does not send spam, then ask for its "
		"removal through the delist portal, sender.office.com.",
	.notes = "Not in the registry: a range of Microsoft's own codes.",
	.refs = REF_MICROSOFT "; " REF_SAMPLES)

ENTRY(MICROSOFT,
	.code = "5.7.703",
	.reply = "550",
	.name = "Recipient blocked by the sender's organisation",
	.description =
		"A recipient or domain of the message is on the sending "
		"organisation's Tenant Allow/Block List, and the whole "
		"message is stopped for every recipient.",
	.fix =
		"Remove the recipient from the message, or ask the "
		"administrator to change the block entry.",
	.notes = "Not in the registry: Microsoft's own code.",
	.refs = REF_MICROSOFT)

ENTRY(MICROSOFT,
	.code = "5.7.705",
	.reply = "550",
	.name = "Tenant banned for suspicious traffic",
	.description =
		"Most of the mail from the sending Microsoft 365 tenant looked "
		"suspicious, and the tenant was banned from sending.",
	.fix =
		"Close any compromised accounts or open relays, then contact "
		"Microsoft support.",
	.notes = "Not in the registry: Microsoft's own code.",
	.refs = REF_MICROSOFT)

ENTRY(MICROSOFT,
	.code = "5.7.708",
	.reply = "",
	.name = "Traffic not accepted from this IP",
	.description =
		"Microsoft refuses mail from the sending IP address; its page "
		"lists the code with 5.7.705, for a tenant whose traffic was "
		"found mostly suspicious and whose sending was banned.",
	.fix =
		"Close any compromised accounts or open relays behind the "
		"address, then contact Microsoft support.",
	.notes =
		"Not in the registry. Microsoft's page gives no reply code for "
		"it; 550 is commonly assumed but not verified.",
	.refs = REF_MICROSOFT)

ENTRY(MICROSOFT,
	.code = "5.7.750",
	.reply = "550",
	.name = "Sending from unregistered domains",
	.description =
		"The tenant sent a suspicious number of messages from domains "
		"it has not added and verified.",
	.fix =
		"Add and verify in Microsoft 365 every domain the tenant "
		"sends from.",
	.notes = "Not in the registry: Microsoft's own code.",
	.refs = REF_MICROSOFT)

ENTRY(MICROSOFT,
	.code = "5.7.800",
	.reply = "550",
	.name = "Sending domain banned",
	.description =
		"The domain in EHLO or in the sender addresses was banned "
		"after spam was detected from it.",
	.fix = "Contact Microsoft support to restore the domain.",
	.notes = "Not in the registry: Microsoft's own code.",
	.refs = REF_MICROSOFT)

/* Yahoo and AOL */

ENTRY(YAHOO,
	.code = "451",
	.tag = "unresolvable RFC.",
	.tag_only = true,
	.reply = "451",
	.name = "Sender domain not resolvable",
	.description =
		"The domain after the @ in MAIL FROM or in the From header "
		"did not resolve; Yahoo checks it with an SOA query, and a "
		"DNS time-out gives this transient form.",
	.fix =
		"Make sure the domain, and every subdomain used as a sender, "
		"answers an SOA query.",
	.refs = REF_YAHOO)

ENTRY(YAHOO,
	.code = "554",
	.tag = "dd This user doesn't have a",
	.tag_only = true,
	.reply = "554",
	.name = "No such account",
	.description =
		"The Yahoo or AOL address does not exist.",
	.fix =
		"Check the address with the recipient and remove it from "
		"lists; retrying will never work.",
	.refs = REF_YAHOO "; " REF_SAMPLES)

ENTRY(YAHOO,
	.code = "4.7.0",
	.tag = "[TSS04]",
	.tag_only = true,
	.reply = "421",
	.name = "Deferred: unexpected volume or complaints",
	.description =
		"Yahoo defers mail from the sending IP address because of its "
		"volume, complaints from Yahoo users, spam-like content or a "
		"poor reputation.",
	.fix =
		"Let the server retry; meanwhile send only wanted mail, slow "
		"down a new IP address and check complaint rates.",
	.refs = REF_YAHOO "; " REF_SAMPLES)

ENTRY(YAHOO,
	.code = "4.7.1",
	.tag = "[TS03]",
	.tag_only = true,
	.reply = "421",
	.name = "All messages deferred",
	.description =
		"Yahoo sees a volume from the sending IP address that looks "
		"like unwanted bulk mail and defers everything from it.",
	.fix =
		"Do not just retry: review list and subscription practices "
		"first, then send again.",
	.notes =
		"The text says \"permanently deferred\" with a transient 4xx "
		"code; Yahoo advises against retrying before changing "
		"something.",
	.refs = "Yahoo Help, \"Receiving 421 4.7.1 [TS03] All messages from "
		"x.x.x.x permanently deferred\", https://help.yahoo.com/kb/SLN3436")

ENTRY(YAHOO,
	.code = "5.7.2",
	.tag = "[TSS09]",
	.reply = "553",
	.name = "Permanently deferred",
	.description =
		"Yahoo refuses all mail from the sending IP address for "
		"good, and says retrying will not succeed ([TSS11] is the "
		"same).",
	.fix =
		"Stop sending from the address, find the cause (reputation, "
		"authentication, content), and contact Yahoo's sender "
		"support.",
	.notes =
		"Conflicts with the registry: X.7.2 is \"Mailing list "
		"expansion prohibited\".",
	.refs = REF_YAHOO)

ENTRY(YAHOO,
	.code = "5.7.9",
	.tag = "Yahoo requires all senders to authenticate",
	.tag_only = true,
	.reply = "550",
	.name = "Unauthenticated mail",
	.description =
		"Neither SPF nor DKIM passed; Yahoo requires every sender to "
		"authenticate with at least one.",
	.fix = "Set up SPF or DKIM for the sending domain.",
	.notes =
		"Conflicts with the registry: X.7.9 is \"Authentication "
		"mechanism is too weak\". This reply text is known from a "
		"quotation, not from a captured transcript.",
	.refs = REF_YAHOO "; " REF_SAMPLES)

ENTRY(YAHOO,
	.code = "5.7.9",
	.tag = "not accepted for policy reasons",
	.tag_only = true,
	.reply = "554",
	.name = "Refused for policy reasons",
	.description =
		"Something in the message, such as malware, phishing or links "
		"to them, is content Yahoo will not accept.",
	.fix =
		"Check the message and the sending queue for such content; "
		"make sure the server is not abused.",
	.notes =
		"Conflicts with the registry: X.7.9 is \"Authentication "
		"mechanism is too weak\".",
	.refs = REF_YAHOO "; " REF_SAMPLES)

/* Apple iCloud Mail */

ENTRY(ICLOUD,
	.code = "4.7.1",
	.reply = "421",
	.name = "Deferred: excessive volume",
	.description =
		"The iCloud recipient is getting too much mail too fast, so "
		"iCloud defers the message.",
	.fix =
		"Let the server retry; send less often to the same "
		"recipient, especially to test or seed addresses.",
	.notes =
		"The registry's X.7.1 is \"Delivery not authorized\"; iCloud "
		"uses 4.7.1 for a rate limit.",
	.refs = REF_APPLE "; " REF_SAMPLES)

ENTRY(ICLOUD,
	.code = "5.7.1",
	.tag = "[CS01]",
	.tag_only = true,
	.reply = "550",
	.name = "Refused by local policy",
	.description =
		"iCloud's filtering refused the message; Apple does not say "
		"which rule matched.",
	.fix =
		"Follow Apple's postmaster advice; if the mail is wanted, "
		"write to icloudadmin@apple.com with the error and the "
		"sending IP addresses.",
	.refs = REF_APPLE "; Mailgun, \"iCloud\" on smtp.codes, https://smtp.codes/icloud")

ENTRY(ICLOUD,
	.code = "5.7.1",
	.tag = "[HM08]",
	.tag_only = true,
	.reply = "554",
	.name = "Refused by local policy",
	.description =
		"iCloud refused the message by policy; the tag was reported "
		"for every message during an iCloud fault, when nothing was "
		"wrong with the mail.",
	.fix =
		"If every message to iCloud bounces this way, wait for Apple "
		"to fix it and send again; otherwise as [CS01].",
	.notes =
		"Known from a news report of one incident, not from Apple's "
		"documentation.",
	.refs = REF_APPLE "; Mac & i / MacTechNews, \"iCloud-Mail "
		"ausgefallen\", https://mactechnews.de/news/article/"
		"iCloud-Mail-ausgefallen-185276.html")

ENTRY(ICLOUD,
	.code = "5.7.1",
	.tag = "[HME1]",
	.tag_only = true,
	.reply = "554",
	.name = "SPF and DKIM both failed",
	.description =
		"The message failed both SPF and DKIM, and iCloud refused "
		"it.",
	.fix =
		"Set up SPF and DKIM for the sending domain; one passing is "
		"enough for this check.",
	.notes =
		"This reply text is known from a quotation, not from a "
		"captured transcript.",
	.refs = REF_APPLE "; " REF_SAMPLES)

/* Mimecast */

ENTRY(MIMECAST,
	.code = "451",
	.reply = "451",
	.name = "Greylisted or reputation check",
	.description =
		"Mimecast defers a sender it has not seen with this recipient "
		"before (greylisting), or while it fetches the reputation of "
		"a sending IP address that looks poor.",
	.fix =
		"Let the server retry, as any server should: Mimecast accepts "
		"a retry after a minute and up to 12 hours later.",
	.refs = REF_MIMECAST)

ENTRY(MIMECAST,
	.code = "550",
	.tag = "header based Anti-Spoofing policy",
	.tag_only = true,
	.reply = "550",
	.name = "Refused as spoofed",
	.description =
		"The message claims to come from a domain of the recipient's "
		"own organisation but arrived from outside it, and Mimecast's "
		"anti-spoofing policy refused it.",
	.fix =
		"The recipient's administrator must add an exception for the "
		"sending service to the anti-spoofing policy.",
	.refs = REF_MIMECAST "; Suped, \"Why are emails bouncing with Mimecast "
		"anti-spoofing policy\", https://www.suped.com/knowledge/"
		"email-deliverability/troubleshooting/"
		"why-are-emails-bouncing-with-mimecast-anti-spoofing-policy-and-how-to-fix")

/* Proofpoint */

ENTRY(PROOFPOINT,
	.code = "5.7.0",
	.tag = "proofpoint.com/dnsbl-lookup",
	.reply = "550 554",
	.name = "Blocked by Proofpoint reputation",
	.description =
		"The sending IP address is on Proofpoint's reputation block "
		"list; servers of Proofpoint's customers (iCloud among them) "
		"refuse it.",
	.fix =
		"Look the address up with the link in the text and ask there "
		"for its removal, after fixing what got it listed.",
	.refs = "Proofpoint, \"Proofpoint Postmaster\", "
		"https://www.proofpoint.com/us/postmaster; " REF_SAMPLES)

/* Barracuda */

ENTRY(BARRACUDA,
	.code = "5.7.1",
	.tag = "barracudacentral.org",
	.reply = "550 554",
	.name = "Listed in the Barracuda Reputation Block List",
	.description =
		"The receiving server checked the sending IP address against "
		"Barracuda's reputation list (b.barracudacentral.org) and "
		"found it there; the server need not be Barracuda's own.",
	.fix =
		"Look the address up on barracudacentral.org and request its "
		"removal there, after fixing what got it listed.",
	.notes =
		"The reply code comes from whichever server uses the list; "
		"554 5.7.1 is Postfix's default for such a refusal.",
	.refs = "Barracuda Central, \"Barracuda Reputation Block List\", "
		"https://www.barracudacentral.org/rbl; Hardware Secrets, "
		"\"Understanding Email Bounce Messages\", "
		"https://hardwaresecrets.com/understanding-email-bounce-messages/4/")
