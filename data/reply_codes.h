/*
 * reply_codes.h: every three-digit SMTP reply code smtpcode knows, as data.
 *
 * src/table.c includes this file inside the initializer of an array indexed
 * by code, so each entry is written "[550] = { ... }". A code written twice
 * is an initializer override, which -Werror turns into a build failure.
 * Fields are documented with struct reply_info in include/smtpcode.h.
 * Texts are ASCII, in the project's own words, one clause per literal;
 * every fact traces to the references given in .refs.
 */

[211] = {
	.name = "System Status",
	.status = STATUS_STANDARD,
	.actor = ACTOR_NOBODY,
	.description =
		"A success reply to HELP that carries status information "
		"about the server or a system help reply. Nothing went "
		"wrong; the text is meant for a person reading the session.",
	.when =
		"In answer to HELP, usually typed by hand while testing a "
		"server in a telnet or openssl s_client session.",
	.fix =
		"Nothing to fix. To learn which extensions the server "
		"supports, send EHLO instead: its 250 reply lists them.",
	.use =
		"A server sends 211 for a status or system help reply to "
		"HELP, and 214 for help text about using it or about a "
		"command.",
	.refs = "RFC 5321 sections 4.2.2, 4.2.3, 4.3.2",
	.commands = CMD_HELP,
	.related = "214 250 502 504",
	.notes =
		"RFC 5321 words it \"System status, or system help reply\" "
		"and lists it with 214 as the two success replies to HELP.",
},

[214] = {
	.name = "Help Message",
	.status = STATUS_STANDARD,
	.actor = ACTOR_NOBODY,
	.description =
		"The server sends help text: how to use it, or what a "
		"particular non-standard command means. The text is for a "
		"human reader, not for the client software.",
	.when =
		"In answer to HELP, with or without a command name as "
		"argument, often as a multiline reply.",
	.fix =
		"Nothing to fix. Client software should not act on the text; "
		"to learn which extensions the server supports, send EHLO "
		"and read its 250 reply.",
	.use =
		"A server sends 214 for help text about its commands, and "
		"211 for a status or system help reply.",
	.refs = "RFC 5321 sections 4.2, 4.2.2, 4.2.3, 4.3.2",
	.commands = CMD_HELP,
	.related = "211 502 504",
	.notes = NULL,
},

[220] = {
	.name = "Service Ready",
	.status = STATUS_STANDARD,
	.actor = ACTOR_NOBODY,
	.description =
		"The server is ready. On a new connection it greets the "
		"client and offers SMTP service. In answer to STARTTLS "
		"(RFC 3207) it agrees to start TLS, and the handshake "
		"follows at once.",
	.when =
		"As the first line a client receives after connecting, e.g. "
		"\"220 mail.example.com ESMTP Postfix\", and again in answer "
		"to STARTTLS, just before the TLS handshake.",
	.fix =
		"Nothing to fix. If the greeting never arrives, look at the "
		"network path and the server's load; if the handshake fails "
		"after the STARTTLS 220, compare the TLS versions, ciphers "
		"and certificates of both sides.",
	.use =
		"A server sends 220 when it accepts a connection and offers "
		"service, where 554 or 521 would refuse it, and when it lets "
		"STARTTLS begin.",
	.refs = "RFC 5321 sections 3.1, 4.2, 4.2.2, 4.2.3, 4.3.1, 4.3.2; "
		"RFC 3207 section 4; RFC 2034 sections 3, 4",
	.commands = CMD_GREETING | CMD_STARTTLS,
	.related = "221 421 454 521 554",
	.notes =
		"In the greeting the first word after 220 is the server's "
		"own domain name (RFC 5321 section 4.3.1), and clients may "
		"parse it. The greeting carries no enhanced status code "
		"(RFC 2034); RFC 3207 words the STARTTLS reply \"Ready to "
		"start TLS\".",
},

[221] = {
	.name = "Closing Connection",
	.status = STATUS_STANDARD,
	.actor = ACTOR_NOBODY,
	.description =
		"The server agrees to end the session and is about to close "
		"the connection. This is a success reply: nothing went wrong.",
	.when =
		"In answer to QUIT, as the last line of an orderly SMTP "
		"session, once the message was handed over or the client had "
		"nothing more to send.",
	.fix =
		"Nothing to fix. If 221 comes before your message was "
		"accepted with a 250, the session ended early: the client "
		"gave up after a refusal or an error, which the replies just "
		"before it show. A server that closes on its own should say "
		"421 instead.",
	.use =
		"A server sends 221 in answer to QUIT, then closes its side "
		"of the connection.",
	.refs = "RFC 5321 sections 3.8, 4.1.1.10, 4.2.2, 4.2.3, 4.3.2",
	.commands = CMD_QUIT,
	.related = "250 421",
	.notes =
		"RFC 5321 words it \"<domain> Service closing transmission "
		"channel\": the text starts with the server's own name.",
},

[235] = {
	.name = "Authentication Succeeded",
	.status = STATUS_EXTENSION,
	.actor = ACTOR_NOBODY,
	.description =
		"The AUTH exchange is over and the server accepted the "
		"credentials. The client is authenticated for the rest of "
		"the session.",
	.when =
		"After AUTH and any 334 challenge rounds, typically on a "
		"submission port before MAIL, e.g. Postfix \"235 2.7.0 "
		"Authentication successful\".",
	.fix =
		"Nothing to fix. If mail is still refused after 235, the "
		"refusal has another cause: read the reply to MAIL, RCPT or "
		"the message data.",
	.use =
		"A server sends 235 only in answer to AUTH, once "
		"authentication succeeded; failures get 535, 534, 454 or "
		"432.",
	.refs = "RFC 4954 sections 4, 6",
	.commands = CMD_AUTH,
	.related = "334 432 454 530 535",
	.notes =
		"Not listed in RFC 5321: the AUTH extension (RFC 4954) "
		"defines it and suggests the enhanced code 2.7.0 with it.",
},

[250] = {
	.name = "Requested Action Completed",
	.status = STATUS_STANDARD,
	.actor = ACTOR_NOBODY,
	.description =
		"For EHLO, MAIL, RCPT, RSET, NOOP and the other commands it "
		"answers, the command succeeded; after the final dot of DATA "
		"the server takes responsibility for the message. For ETRN "
		"(RFC 1985) it means only that a queue run for the named "
		"node has started.",
	.when =
		"All the time: after EHLO (listing extensions), MAIL, RCPT, "
		"RSET, NOOP, VRFY, each BDAT chunk and the final dot, e.g. "
		"\"250 2.0.0 Ok: queued as <queue_id>\"; also to ETRN, ATRN "
		"and BURL.",
	.fix =
		"Nothing to fix. If a message accepted with 250 after the "
		"final dot never arrives, the problem lies further on: look "
		"up the queue ID from the reply in the receiving server's "
		"logs, or ask its postmaster to.",
	.use =
		"A server sends 250 when a command fully succeeded, keeping "
		"251 and 252 for the forwarding and cannot-verify cases.",
	.refs = "RFC 5321 sections 3.3, 3.5.3, 4.2.2, 4.2.3, 4.2.5, 4.3.2; "
		"RFC 1985 section 5.1; RFC 2645 section 7; "
		"RFC 3030 section 2; RFC 4468 section 6",
	.commands = CMD_EHLO | CMD_MAIL | CMD_RCPT | CMD_DATA | CMD_BDAT |
		CMD_BURL | CMD_RSET | CMD_VRFY | CMD_EXPN | CMD_NOOP |
		CMD_ETRN | CMD_ATRN,
	.related = "251 252 354 450 550",
	.notes =
		"RFC 5321 section 3.5.3 forbids 250 to VRFY or EXPN unless "
		"the server really verified the address. Under ETRN, "
		"RFC 1985 words it \"OK, queuing for node <x> started\": the "
		"mail itself comes later, over a connection the server opens "
		"to that node.",
},

[251] = {
	.name = "User Not Local, Will Forward",
	.status = STATUS_STANDARD,
	.actor = ACTOR_NOBODY,
	.description =
		"For RCPT or VRFY, the address is accepted although the "
		"mailbox is not local: the server forwards the message to "
		"the forward-path given in the text. For ETRN (RFC 1985), "
		"the request is accepted but no messages are waiting for the "
		"named node.",
	.when =
		"Seldom after RCPT: RFC 5321 discourages it because it "
		"discloses where mail goes, and a server may forward under a "
		"plain 250 instead. Under ETRN, when a site polls its relay "
		"and nothing is queued for it.",
	.fix =
		"Nothing to fix; the message goes through. Consider updating "
		"the address book to the forward-path in the reply. After "
		"ETRN, nothing is needed: no mail is queued.",
	.use =
		"A server sends 251 instead of 250 when it chooses to reveal "
		"the forwarding address, where 551 would refuse and name it.",
	.refs = "RFC 5321 sections 3.4, 3.5.3, 4.2, 4.2.2, 4.2.3, 4.3.2, "
		"7.4; RFC 1985 section 5.1; RFC 6531 section 3.7.4.1",
	.commands = CMD_RCPT | CMD_VRFY | CMD_ETRN,
	.related = "250 252 551",
	.notes =
		"The text carries a forward-path that clients may parse "
		"(RFC 5321 section 4.2). RFC 6531 allows a non-ASCII address "
		"in it only when MAIL carried SMTPUTF8; otherwise the server "
		"must answer 250 instead. Under ETRN, RFC 1985 words it "
		"\"OK, no messages waiting for node <x>\".",
},

[252] = {
	.name = "Cannot Verify User",
	.status = STATUS_STANDARD,
	.actor = ACTOR_NOBODY,
	.description =
		"For VRFY or EXPN, the server does not confirm the address "
		"but will accept mail for it and try to deliver. For ETRN "
		"(RFC 1985), the request is accepted and delivery of the "
		"messages pending for the named node has started.",
	.when =
		"In answer to VRFY on servers that do not disclose which "
		"addresses exist, e.g. Sendmail \"252 2.5.2 Cannot VRFY "
		"user; try RCPT to attempt delivery (or try finger)\". Under "
		"ETRN, when mail was waiting.",
	.fix =
		"Nothing to fix: 252 is not a rejection. To test an address, "
		"send mail to it and read the reply to RCPT; after ETRN, "
		"make sure your server accepts the connection that brings "
		"the queued mail.",
	.use =
		"A server sends 252 to VRFY or EXPN when it will not verify "
		"addresses, rather than a misleading 250 or a 502.",
	.refs = "RFC 5321 sections 3.5.1, 3.5.3, 4.2.2, 4.2.3, 4.3.2, 7.3; "
		"RFC 1985 section 5.1; RFC 6531 section 3.7.4.2",
	.commands = CMD_VRFY | CMD_EXPN | CMD_ETRN,
	.related = "250 251 502 550",
	.notes =
		"RFC 6531 says a VRFY or EXPN reply that would need UTF-8, "
		"to a client that did not send SMTPUTF8, gets 252 or 550 "
		"with X.6.8. Under ETRN, RFC 1985 words it \"OK, pending "
		"messages for node <x> started\".",
},

[253] = {
	.name = "Pending Messages Started",
	.status = STATUS_EXTENSION,
	.actor = ACTOR_NOBODY,
	.description =
		"For ETRN (RFC 1985): the server accepts the request, starts "
		"delivering the messages queued for the named node, and says "
		"in the text how many there are.",
	.when =
		"Only in answer to ETRN, when a site that receives its mail "
		"through a relay asks it to flush the queue for its domain "
		"and mail is waiting.",
	.fix =
		"Nothing to fix. Make sure your server accepts the incoming "
		"connection that delivers the queued messages; if they do "
		"not arrive, ask the relay's administrator to check its logs "
		"for that node.",
	.use =
		"A server sends 253 to ETRN instead of 252 when it also "
		"reports the number of pending messages.",
	.refs = "RFC 1985 section 5.1",
	.commands = CMD_ETRN,
	.related = "250 251 252 458 459",
	.notes =
		"An ETRN-only code, absent from RFC 5321's lists; RFC 1985 "
		"words it \"OK, <n> pending messages for node <x> started\".",
},

[334] = {
	.name = "Authentication Challenge",
	.status = STATUS_EXTENSION,
	.actor = ACTOR_CLIENT,
	.description =
		"The server continues an AUTH exchange: the text is a "
		"BASE64-encoded SASL challenge, possibly empty, and the "
		"client must answer with one line holding its BASE64 "
		"response.",
	.when =
		"Right after AUTH and after each client response while the "
		"mechanism needs more rounds; a bare \"334 \" is an empty "
		"challenge, as when the client gave no initial response.",
	.fix =
		"Nothing to fix; the client software answers by itself. A "
		"client that wants to give up sends \"*\", and the server "
		"ends the exchange with 501.",
	.use =
		"A server sends 334 while an AUTH exchange is still going "
		"on; the outcome follows as 235 or an error such as 535.",
	.refs = "RFC 4954 sections 4, 8; RFC 2034 sections 3, 4",
	.commands = CMD_AUTH,
	.related = "235 454 501 535",
	.notes =
		"RFC 4954 gives 334 no name, and its text must hold only the "
		"BASE64 challenge. As an intermediate reply it carries no "
		"enhanced status code (RFC 2034).",
},

[354] = {
	.name = "Start Mail Input",
	.status = STATUS_STANDARD,
	.actor = ACTOR_CLIENT,
	.description =
		"The server accepted DATA and waits for the message: the "
		"client now sends the header and body, ending with a line "
		"that holds only a dot.",
	.when =
		"After DATA, once MAIL and at least one RCPT were accepted, "
		"e.g. Postfix \"354 End data with <CR><LF>.<CR><LF>\".",
	.fix =
		"Nothing to fix; the client streams the message by itself. "
		"If the session hangs or times out after 354, look for a "
		"timeout or a firewall on the path cutting long transfers.",
	.use =
		"A server sends 354 as the go-ahead to DATA, while 503 or "
		"554 refuse DATA itself and the verdict on the message comes "
		"after the final dot.",
	.refs = "RFC 5321 sections 3.3, 4.1.1.4, 4.2.2, 4.2.3, 4.3.2; "
		"RFC 2034 sections 3, 4",
	.commands = CMD_DATA,
	.related = "250 451 503 552 554",
	.notes =
		"RFC 5321 words it \"Start mail input; end with "
		"<CRLF>.<CRLF>\". As an intermediate reply it carries no "
		"enhanced status code (RFC 2034).",
},

[355] = {
	.name = "Transaction Offset",
	.status = STATUS_EXTENSION,
	.actor = ACTOR_CLIENT,
	.description =
		"Under the experimental CHECKPOINT extension (RFC 1845), the "
		"server recognises a restarted transaction and gives the "
		"octet offset up to which it already holds the message, so "
		"the client need not resend everything.",
	.when =
		"Only in answer to MAIL carrying the transaction ID of an "
		"earlier, interrupted transaction, on servers offering "
		"CHECKPOINT; it is rarely seen.",
	.fix =
		"Nothing to fix; the client carries on from the given "
		"offset. If a client mishandles the restart, turn CHECKPOINT "
		"off on one side.",
	.use =
		"A server sends 355 to MAIL when it can resume a transaction "
		"it already partly received.",
	.refs = "RFC 1845 section 3",
	.commands = CMD_MAIL,
	.related = "250 354 555",
	.notes =
		"RFC 1845 is Experimental. The octet offset must come first "
		"in the text, which RFC 1845 words \"octet-offset is the "
		"transaction offset\".",
},

[421] = {
	.name = "Service Not Available",
	.status = STATUS_STANDARD,
	.actor = ACTOR_CLIENT,
	.description =
		"The server gives up the session for now and closes the "
		"connection. The condition is temporary: the client keeps "
		"the message and tries again later.",
	.when =
		"After any command, often for rate limits or reputation, "
		"e.g. Yahoo \"421 4.7.0 [TSS04]\" or Gmail 421 4.7.0; also "
		"in place of the greeting at connection time, e.g. for too "
		"many connections from one IP.",
	.fix =
		"Let the client retry; the message stays queued. If 421 "
		"repeats for hours, lower the sending rate and the number of "
		"parallel connections, and check the sending IP's reputation "
		"and the domain's SPF, DKIM and DMARC setup.",
	.use =
		"A server sends 421 when it must drop the whole connection "
		"for now, rather than refuse one command with 450 or 451.",
	.refs = "RFC 5321 sections 3.8, 4.2, 4.2.2, 4.2.3, 4.3.2",
	.commands = CMD_ANY | CMD_GREETING,
	.related = "221 450 451 554",
	.notes =
		"RFC 5321 allows 421 after any command and even unprompted "
		"(section 3.8), but its table lists only 220 and 554 at "
		"connection establishment; a 421 greeting such as Postfix's "
		"\"421 4.7.0 <host> Error: too many connections from <ip>\" "
		"is common practice all the same. The text starts with the "
		"server's domain and may be parsed.",
},

[422] = {
	.name = "Password Transition (X.7.12)",
	.status = STATUS_NONSTANDARD,
	.actor = ACTOR_SENDER,
	.description =
		"No RFC defines 422. RFC 5248 lists it, without explanation, "
		"as a reply code associated with X.7.12 \"A password "
		"transition is needed\", whose defined reply code is 432.",
	.when =
		"No source seen shows it in use. If a server sends it, "
		"expect it in answer to AUTH, since X.7.12 comes from the "
		"AUTH extension.",
	.fix =
		"Treat it like 432: authenticate once with the PLAIN "
		"mechanism over TLS, then use the chosen mechanism again. "
		"Read the enhanced code and text for what the server means.",
	.use =
		"No specification says when to send 422; RFC 4954 pairs a "
		"password transition with 432.",
	.refs = "RFC 5248 section 2.4; "
		"IANA SMTP Enhanced Status Codes registry",
	.commands = CMD_AUTH,
	.related = "432 454 535",
	.notes =
		"No RFC defines 422: it appears only in RFC 5248's Table 1 "
		"and the IANA registry as an associated code of X.7.12, and "
		"the name is taken from that association. That it answers "
		"AUTH is inferred from X.7.12, not stated anywhere.",
},

[430] = {
	.name = "Invalid Command (X.5.1)",
	.status = STATUS_NONSTANDARD,
	.actor = ACTOR_SENDER,
	.description =
		"No RFC defines 430. RFC 5248 lists it, without explanation, "
		"as a reply code associated with X.5.1 \"Invalid command\", "
		"next to defined codes such as 500, 501 and 503.",
	.when =
		"No source seen shows it in use or ties it to a particular "
		"command; going by X.5.1, it would follow a command the "
		"server found invalid.",
	.fix =
		"Read the enhanced code and text, and compare the command "
		"sent with what the server advertised in its EHLO reply. As "
		"a 4xx code it invites a retry, so see whether the next "
		"attempt succeeds.",
	.use =
		"No specification says when to send 430; invalid commands "
		"get defined codes such as 500, 501 or 503.",
	.refs = "RFC 5248 section 2.4; "
		"IANA SMTP Enhanced Status Codes registry",
	.commands = 0,
	.related = "500 501 503 530",
	.notes =
		"No RFC defines 430: it appears only in RFC 5248's Table 1 "
		"and the IANA registry as an associated code of X.5.1, and "
		"the name is taken from that association. No source ties it "
		"to a command, so the commands it answers are unknown.",
},

[432] = {
	.name = "Password Transition Needed",
	.status = STATUS_EXTENSION,
	.actor = ACTOR_SENDER,
	.description =
		"AUTH failed because the account first has to be moved to "
		"the selected mechanism. This is typically done by "
		"authenticating once with PLAIN; the selected mechanism then "
		"works in later sessions.",
	.when =
		"In answer to AUTH, when the server cannot yet use the "
		"chosen mechanism for this account.",
	.fix =
		"Authenticate once with AUTH PLAIN over a TLS-protected "
		"connection, then switch back to the selected mechanism. If "
		"432 keeps coming, ask the mail provider to check the "
		"account's stored credentials.",
	.use =
		"A server sends 432 to AUTH when a one-time password "
		"transition is needed, rather than 535 for wrong credentials "
		"or 534 for a mechanism too weak.",
	.refs = "RFC 4954 section 6",
	.commands = CMD_AUTH,
	.related = "235 422 454 534 535",
	.notes =
		"RFC 4954 pairs it with the enhanced code 4.7.12. Exchange "
		"Online uses 432 with another meaning, e.g. \"432 4.3.2 "
		"STOREDRV.Deliver; recipient thread limit exceeded\".",
},

[450] = {
	.name = "Mailbox Unavailable",
	.status = STATUS_STANDARD,
	.actor = ACTOR_CLIENT,
	.description =
		"The server did not act on the mailbox for now, for instance "
		"because it is busy or a policy holds it back. The client "
		"keeps the message and retries later.",
	.when =
		"After RCPT, or after the final dot for a policy deferral: "
		"greylisting, or Postfix checks such as \"450 4.7.25 Client "
		"host rejected: cannot find your hostname\". Also to ATRN "
		"(RFC 2645).",
	.fix =
		"Usually nothing: a normal client retries, and greylisting "
		"lets the next attempt through. If 450 persists, act on the "
		"text, e.g. give the sending IP a matching PTR record, or "
		"ask the recipient's postmaster.",
	.use =
		"A server sends 450 for a temporary problem with this "
		"mailbox or a policy deferral, where 550 refuses for good "
		"and 451 reports a local processing error.",
	.refs = "RFC 5321 sections 4.2.2, 4.2.3, 4.3.2; "
		"RFC 2645 sections 5.2.1, 7; RFC 6710 section 4.1",
	.commands = CMD_RCPT | CMD_DATA | CMD_ATRN,
	.related = "421 451 452 550",
	.notes =
		"RFC 5321 words it \"Requested mail action not taken: "
		"mailbox unavailable\". RFC 2645 uses it to refuse ATRN, and "
		"RFC 6710 with X.7.15 when a message's priority is below the "
		"server's minimum.",
},

[451] = {
	.name = "Requested Action Aborted",
	.status = STATUS_STANDARD,
	.actor = ACTOR_CLIENT,
	.description =
		"The server hit an error of its own while handling the "
		"command and gave up on it for now. The client keeps the "
		"message and retries later.",
	.when =
		"After MAIL, RCPT or the final dot when a filter, database, "
		"DNS lookup or disk fails on the receiving side, e.g. an SPF "
		"check that cannot complete (451 4.4.3, RFC 7208). Also to "
		"ATRN and BURL.",
	.fix =
		"Let the client retry. If 451 persists, the receiving "
		"postmaster must check filter, DNS and storage logs; on the "
		"sending side, check that your domain's SPF and other DNS "
		"records resolve quickly and correctly.",
	.use =
		"A server sends 451 for a temporary failure of its own "
		"processing, where 450 concerns the mailbox and 452 a lack "
		"of storage.",
	.refs = "RFC 5321 sections 3.8, 4.2.2, 4.2.3, 4.3.2; "
		"RFC 2645 sections 5.2.1, 7; RFC 4468 section 6; "
		"RFC 7208 section 8.6",
	.commands = CMD_MAIL | CMD_RCPT | CMD_DATA | CMD_ATRN | CMD_BURL,
	.related = "421 450 452 554",
	.notes =
		"RFC 5321 words it \"Requested action aborted: error in "
		"processing\" in section 4.2.2 but \"Requested action "
		"aborted: local error in processing\" in section 4.2.3. "
		"Section 3.8 tells a client whose connection breaks to act "
		"as if it had received 451. The IANA registry pairs X.5.3 "
		"\"Too many recipients\" with 451, although RFC 5321 "
		"prescribes 452 for that case.",
},

[452] = {
	.name = "Insufficient System Storage",
	.status = STATUS_STANDARD,
	.actor = ACTOR_CLIENT,
	.description =
		"The server cannot take the request now for lack of "
		"resources: storage space, or its limit on recipients per "
		"message. The condition is temporary and the client retries.",
	.when =
		"After RCPT at the recipient limit, e.g. Postfix \"452 4.5.3 "
		"Error: too many recipients\"; after MAIL with a SIZE too "
		"big for free space; after the final dot when storage runs "
		"short; Gmail sends 452 4.2.2 for a full inbox.",
	.fix =
		"For too many recipients nothing is needed: the client sends "
		"the rest in a later transaction. For storage, let the "
		"client retry; if it keeps failing, the recipient must free "
		"space or the receiving postmaster add disk.",
	.use =
		"A server sends 452 when storage or recipient slots run out "
		"for the moment, where 552 reports a limit that retrying "
		"will not cure.",
	.refs = "RFC 5321 sections 4.2.2, 4.2.3, 4.3.2, 4.5.3.1.9, "
		"4.5.3.1.10; RFC 1870 sections 6.1, 6.2, 6.4",
	.commands = CMD_MAIL | CMD_RCPT | CMD_DATA,
	.related = "450 451 552 555",
	.notes =
		"RFC 5321 section 4.5.3.1.10 makes 452 the required reply "
		"when a server's limit on RCPT commands is used up (RFC 821 "
		"had wrongly named 552) and asks clients to treat a 552 "
		"there as temporary. Yet the IANA registry pairs X.5.3 \"Too "
		"many recipients\" with 451 and X.2.2 \"Mailbox full\" with "
		"552, while Postfix and Sendmail send 452 4.5.3 and "
		"Gmail 452 4.2.2.",
},

[453] = {
	.name = "You Have No Mail",
	.status = STATUS_EXTENSION,
	.actor = ACTOR_CLIENT,
	.description =
		"For ATRN under On-Demand Mail Relay (RFC 2645): no mail is "
		"queued for the client's domains, so there is nothing to "
		"deliver.",
	.when =
		"In answer to ATRN, when an intermittently connected site "
		"authenticates to its provider to collect its mail and the "
		"queue for its domains is empty.",
	.fix =
		"Nothing to fix after ATRN: end the session and ask again "
		"later. If it comes with X.3.2 instead, the server is not "
		"accepting mail for now: retry later and contact its "
		"postmaster if it lasts.",
	.use =
		"An ODMR server sends 453 to ATRN when no mail is waiting, "
		"rather than the 250 that starts the turnaround.",
	.refs = "RFC 2645 sections 5.2.1, 7; RFC 5248 section 2.4",
	.commands = CMD_ATRN,
	.related = "250 450 451 521",
	.notes =
		"RFC 2645 (ODMR) defines 453 as \"You have no mail\". "
		"RFC 5248 Table 1 and the IANA registry also list 453 as an "
		"associated code of X.3.2 \"System not accepting network "
		"messages\", with no text explaining that use; RFC 7504 "
		"later added 521 to X.3.2.",
},

[454] = {
	.name = "Temporary TLS or AUTH Failure",
	.status = STATUS_EXTENSION,
	.actor = ACTOR_CLIENT,
	.description =
		"For STARTTLS (RFC 3207), TLS cannot be started now for a "
		"temporary reason. For AUTH (RFC 4954), authentication "
		"failed because of a temporary server failure, not because "
		"of the credentials.",
	.when =
		"Right after STARTTLS when the server cannot set up TLS, for "
		"example when it fails to load its certificate; or after "
		"AUTH when its authentication back end does not answer.",
	.fix =
		"Retry later. After AUTH, do not ask the user for a new "
		"password: the credentials were not judged. The server's "
		"administrator should check its TLS certificate and key, or "
		"its authentication service.",
	.use =
		"A server sends 454 when STARTTLS or AUTH fails for a "
		"passing reason, while 530 demands TLS or AUTH first and 535 "
		"rejects the credentials.",
	.refs = "RFC 3207 section 4; RFC 4954 section 6",
	.commands = CMD_STARTTLS | CMD_AUTH,
	.related = "220 235 530 535",
	.notes =
		"Two extensions give this code different meanings: RFC 3207 "
		"words it \"TLS not available due to temporary reason\", and "
		"RFC 4954 \"Temporary authentication failure\" with the "
		"enhanced code 4.7.0. The command just sent tells which one "
		"applies.",
},

[455] = {
	.name = "Cannot Accommodate Parameters",
	.status = STATUS_STANDARD,
	.actor = ACTOR_CLIENT,
	.description =
		"The server cannot honour one or more of the parameters "
		"given with MAIL or RCPT at the moment. The condition is "
		"temporary.",
	.when =
		"After MAIL FROM or RCPT TO carrying extension parameters, "
		"such as a DELIVERBY (RFC 2852) BY time the server cannot "
		"meet for now.",
	.fix =
		"Let the client retry later. If it repeats, find the "
		"parameter the text points to and send it with a value the "
		"server's EHLO reply allows, or leave it out.",
	.use =
		"A server sends 455 when it temporarily cannot handle a MAIL "
		"or RCPT parameter, where 555 says the parameter is not "
		"recognised or not implemented.",
	.refs = "RFC 5321 sections 4.1.1.11, 4.2.2, 4.2.3, 4.3.2; "
		"RFC 2852 section 4",
	.commands = CMD_MAIL | CMD_RCPT,
	.related = "452 501 555",
	.notes =
		"RFC 5321 section 4.1.1.11 makes 455 the default for this "
		"case unless the parameter's own specification requires "
		"another code.",
},

[456] = {
	.name = "Retry Over IPv4",
	.status = STATUS_NONSTANDARD,
	.actor = ACTOR_SENDER,
	.description =
		"A code from an Internet-Draft, not from any RFC: the server "
		"asks the client to send the message again at once over "
		"IPv4, because over IPv6 it passes neither SPF nor DKIM.",
	.when =
		"Rarely, if ever: the only trace seen is a comment in the "
		"Sisimai bounce parser citing the draft. If it appears, it "
		"follows a delivery attempt over IPv6.",
	.fix =
		"Fix the cause: add the sending IPv6 addresses to the "
		"domain's SPF record and sign outgoing mail with DKIM. Until "
		"then, deliver to that destination over IPv4 if your MTA "
		"allows it.",
	.use =
		"Per its draft, a server sends 456 to ask for an immediate "
		"retry over IPv4 rather than refuse a message that fails SPF "
		"and DKIM over IPv6.",
	.refs = "draft-martin-smtp-ipv6-to-ipv4-fallback-00",
	.commands = 0,
	.related = "421 450 550",
	.notes =
		"Not standardized: described from Sisimai's one-line summary "
		"and not checked against the draft text, so the commands it "
		"answers are not known.",
},

[458] = {
	.name = "Unable to Queue Messages",
	.status = STATUS_EXTENSION,
	.actor = ACTOR_CLIENT,
	.description =
		"For ETRN (RFC 1985): the server cannot start a queue run "
		"for the named node right now. Repeating the request later "
		"may work.",
	.when =
		"In answer to ETRN, when the relay cannot start delivery for "
		"the node; Exim also uses 458 as its default code when its "
		"ETRN ACL denies the request.",
	.fix =
		"Send ETRN again later. If it keeps failing, ask the relay's "
		"administrator whether ETRN is enabled for your domain and "
		"whether mail for it is queued there.",
	.use =
		"A server sends 458 to ETRN when it cannot start delivery at "
		"the moment, while 459 refuses the node itself.",
	.refs = "RFC 1985 section 5.1",
	.commands = CMD_ETRN,
	.related = "250 253 459",
	.notes =
		"RFC 1985 words it \"Unable to queue messages for node "
		"<x>\"; it is not part of RFC 5321.",
},

[459] = {
	.name = "Node Not Allowed",
	.status = STATUS_EXTENSION,
	.actor = ACTOR_SENDER,
	.description =
		"For ETRN (RFC 1985): the server refuses to start a queue "
		"run for the named node and gives the reason in the text.",
	.when =
		"In answer to ETRN naming a node the relay will not flush "
		"for this client, such as a domain it does not queue mail "
		"for.",
	.fix =
		"Check that the ETRN argument names the right domain or "
		"node, in the form the relay expects. If it does, ask the "
		"relay's administrator to allow ETRN for it from your host.",
	.use =
		"A server sends 459 when the node itself is not allowed, and "
		"458 when it merely cannot queue at the moment.",
	.refs = "RFC 1985 section 5.1",
	.commands = CMD_ETRN,
	.related = "250 253 458",
	.notes =
		"RFC 1985 words it \"Node <x> not allowed: <reason>\"; it is "
		"not part of RFC 5321.",
},

[500] = {
	.name = "Command Unrecognized",
	.status = STATUS_STANDARD,
	.actor = ACTOR_SENDER,
	.description =
		"The server did not recognize the command: the verb is "
		"misspelled or unknown to it, or the command line is longer "
		"than it accepts. Nothing was done.",
	.when =
		"After a typing mistake in a manual session, or when a "
		"client sends a command from an extension the server lacks. "
		"Postfix says \"500 5.5.2 Error: command not recognized\"; "
		"RFC 4954 uses 500 with 5.5.6 for an AUTH exchange line that "
		"is too long.",
	.fix =
		"Check the spelling of the command and send only commands "
		"the server lists in its EHLO reply. If a program sends it, "
		"update or reconfigure that program, and keep command lines "
		"and AUTH responses within the server's line length limit.",
	.use =
		"A server sends 500 when it does not know the command at "
		"all, where 502 means it knows the command but does not "
		"implement it.",
	.refs = "RFC 5321 sections 2.4, 3.5.3, 3.8, 4.1.4, 4.2.2, 4.2.3, "
		"4.2.4, 4.3.2, 4.5.3.1.9; RFC 1985 section 5.1; "
		"RFC 4954 sections 4, 6",
	.commands = CMD_AUTH | CMD_EXPN | CMD_ETRN | CMD_ANY,
	.related = "501 502 503 504",
	.notes =
		"RFC 5321 words it \"Syntax error, command unrecognized\" "
		"and counts a command line that is too long as the same "
		"error. A server that answers 500 to a command RFC 5321 "
		"requires, or to a capability it advertised in EHLO, breaks "
		"the standard.",
},

[501] = {
	.name = "Syntax Error In Parameters",
	.status = STATUS_STANDARD,
	.actor = ACTOR_SENDER,
	.description =
		"The server knows the command but cannot accept its "
		"arguments: an address or parameter is badly formed or "
		"repeated, or arguments were given to a command that takes "
		"none. Nothing was done.",
	.when =
		"Mostly after MAIL or RCPT with a malformed address or a bad "
		"DSN, BY or FUTURERELEASE parameter; also after STARTTLS "
		"given an argument, AUTH cancelled with \"*\" or answered "
		"with invalid BASE64, and ETRN with a faulty argument.",
	.fix =
		"Look at the exact command the client sent: addresses belong "
		"in angle brackets, as in MAIL FROM:<user@example.com>, and "
		"each parameter must follow its extension's syntax. Fix or "
		"update the program or script that built the command.",
	.use =
		"A server sends 501 when the command is known but its "
		"arguments are wrong, rather than 500 for an unknown command "
		"or 555 for a MAIL or RCPT parameter it does not support.",
	.refs = "RFC 5321 sections 4.1.2, 4.1.4, 4.2.2, 4.2.3, 4.3.2, "
		"4.5.3.1.9; RFC 1985 section 5.1; RFC 2852 section 4; "
		"RFC 3207 section 4; RFC 3461 sections 4.5, 5.1; "
		"RFC 4865 section 6; RFC 4954 section 4; "
		"RFC 6409 section 5.1",
	.commands = CMD_STARTTLS | CMD_AUTH | CMD_MAIL | CMD_RCPT | CMD_ETRN |
		CMD_ANY,
	.related = "500 504 553 555",
	.notes =
		"RFC 5321 says DATA, RSET and QUIT sent with arguments "
		"SHOULD get 501. RFC 4954 pairs 501 with 5.5.2 when an AUTH "
		"response cannot be decoded from BASE64, and with 5.7.0 when "
		"an initial response comes with a mechanism in which the "
		"server speaks first.",
},

[502] = {
	.name = "Command Not Implemented",
	.status = STATUS_STANDARD,
	.actor = ACTOR_SENDER,
	.description =
		"The server recognizes the command but does not carry it "
		"out. Nothing was done, and the session can go on with other "
		"commands.",
	.when =
		"Mostly in answer to VRFY, EXPN or HELP on servers that do "
		"not offer them, and to EHLO from an old server that knows "
		"only HELO. An ODMR server (RFC 2645) answers 502 to every "
		"command except EHLO, AUTH, ATRN and QUIT.",
	.fix =
		"Do without the command: after a 502 to EHLO a client can "
		"retry with HELO. If a script depends on VRFY, EXPN or "
		"another refused command, rewrite it to use only what the "
		"server advertises in its EHLO reply.",
	.use =
		"A server sends 502 for a command it recognizes but does not "
		"implement, where 500 means the command is unknown and 504 "
		"means only a parameter is unsupported.",
	.refs = "RFC 5321 sections 3.5.3, 4.1.4, 4.2.1, 4.2.2, 4.2.3, 4.2.4, "
		"4.3.2; RFC 2645 sections 5.4, 7",
	.commands = CMD_EHLO | CMD_VRFY | CMD_EXPN | CMD_HELP | CMD_ANY,
	.related = "500 504 252",
	.notes =
		"RFC 5321 section 4.2.4 forbids a server to advertise a "
		"capability in its EHLO reply and then answer that command "
		"with 502 or 500.",
},

[503] = {
	.name = "Bad Sequence Of Commands",
	.status = STATUS_STANDARD,
	.actor = ACTOR_SENDER,
	.description =
		"The command is valid but comes at the wrong point of the "
		"session, such as RCPT before MAIL or DATA before any "
		"recipient was accepted. Nothing was done.",
	.when =
		"When a client skips or reorders steps: RCPT before MAIL "
		"(Exim: \"503 sender not yet given\"), DATA with no accepted "
		"RCPT, AUTH again after a successful one or inside a "
		"transaction, BDAT after BDAT LAST, or DATA mixed with BDAT.",
	.fix =
		"Send the steps in order: EHLO, then STARTTLS and AUTH if "
		"needed, MAIL, at least one RCPT answered with 250, then "
		"DATA. If an earlier MAIL or RCPT was refused, read that "
		"reply: it holds the real reason.",
	.use =
		"A server sends 503 when the command itself is fine but the "
		"session is not in a state to take it, rather than 500 or "
		"501 for a faulty command line.",
	.refs = "RFC 5321 sections 3.1, 3.3, 4.1.4, 4.2.2, 4.2.3, 4.3.2, "
		"4.5.3.1.10; RFC 3030 sections 2, 3; RFC 4468 section 6; "
		"RFC 4954 section 4",
	.commands = CMD_AUTH | CMD_MAIL | CMD_RCPT | CMD_DATA | CMD_BDAT,
	.related = "500 501 530 554",
	.notes =
		"After a 554 greeting, RFC 5321 section 3.1 says the server "
		"SHOULD answer every command but QUIT with 503. For DATA "
		"with no valid recipient, section 3.3 allows either 503 or "
		"554.",
},

[504] = {
	.name = "Command Parameter Not Implemented",
	.status = STATUS_STANDARD,
	.actor = ACTOR_SENDER,
	.description =
		"The server knows the command but not the parameter or "
		"option given with it, such as an authentication mechanism "
		"it does not offer. Nothing was done.",
	.when =
		"Mostly in answer to AUTH naming a SASL mechanism the server "
		"did not list in its EHLO reply, which RFC 4954 pairs with "
		"5.5.4; rarely to VRFY, EXPN, HELP or EHLO.",
	.fix =
		"Choose an option the server advertises: for AUTH, set the "
		"client to one of the mechanisms on the AUTH line of the "
		"EHLO reply. Update a client that offers none of them.",
	.use =
		"A server sends 504 when the command is implemented but the "
		"requested parameter is not, where 502 refuses the whole "
		"command and 555 covers MAIL and RCPT parameters.",
	.refs = "RFC 5321 sections 4.2.1, 4.2.2, 4.2.3, 4.3.2; "
		"RFC 4954 section 4",
	.commands = CMD_EHLO | CMD_AUTH | CMD_VRFY | CMD_EXPN | CMD_HELP,
	.related = "501 502 534 555",
	.notes =
		"The registry lists 504 with X.5.4 (invalid command "
		"arguments), X.7.4 (security features not supported) and "
		"X.7.0 (other or undefined security status).",
},

[520] = {
	.name = "Incorrect QHLO ID",
	.status = STATUS_NONSTANDARD,
	.actor = ACTOR_SENDER,
	.description =
		"A code proposed only in an Internet-Draft for a quick-start "
		"variant of SMTP, and in no RFC. Its only known text asks "
		"the client to use the correct QHLO ID.",
	.when =
		"Practically never: it answers the draft's QHLO command, "
		"which is not part of standard SMTP, so only software built "
		"on that draft would send it.",
	.fix =
		"Treat it as a permanent failure. If the client sends QHLO, "
		"turn that feature off so that the session opens with plain "
		"EHLO, then try again.",
	.use =
		"A server implementing the draft would send 520 to refuse a "
		"QHLO command with a wrong ID; any other server answers QHLO "
		"with 500, as an unknown command.",
	.refs = "draft-fanf-smtp-quickstart-01",
	.commands = 0,
	.related = "500 501 554",
	.notes =
		"Not standardized: the text \"Please use the correct QHLO "
		"ID\" was seen only in a source comment of the Sisimai "
		"bounce parser, and the draft itself was not checked.",
},

[521] = {
	.name = "Host Does Not Accept Mail",
	.status = STATUS_EXTENSION,
	.actor = ACTOR_SENDER,
	.description =
		"The host never accepts mail, for any sender or recipient. "
		"It says so in place of the 220 greeting, then either closes "
		"the connection or answers every later command except QUIT "
		"with 521.",
	.when =
		"On connecting to a machine that takes no mail at all, for "
		"instance when the recipient's domain or its DNS leads the "
		"client to such a host. Some servers also send it to clients "
		"listed on a DNS blocklist.",
	.fix =
		"Check the recipient address and its domain's MX records: "
		"mail must go to a host that accepts it. If the text names a "
		"blocklist, the host is refusing your IP address: ask that "
		"list for removal.",
	.use =
		"A server sends 521 only when it accepts no mail at all; a "
		"server that rejects some clients or messages sends 554 "
		"instead.",
	.refs = "RFC 7504 sections 3, 5.1; RFC 1846; "
		"RFC 6409 section 7",
	.commands = CMD_GREETING | CMD_ANY,
	.related = "220 421 554 556",
	.notes =
		"Some servers use 521 for DNS blocklist hits (\"521-5.7.1 "
		"... blocked using dnsbl.sorbs.net\"), against RFC 7504's "
		"intent. RFC 6409 section 7 says a message submission server "
		"MUST NOT use 521. The experimental RFC 1846 used the same "
		"code and text before RFC 7504.",
},

[523] = {
	.name = "Encryption Needed",
	.status = STATUS_NONSTANDARD,
	.actor = ACTOR_SENDER,
	.description =
		"The server will not go on until the connection is "
		"encrypted, typically before it allows authentication. No "
		"RFC defines 523: RFC 5248 registered its enhanced code "
		"X.7.10 for industry practice that had no published "
		"specification.",
	.when =
		"Rarely: in answer to AUTH over a connection that is not "
		"encrypted, from servers that follow this unofficial "
		"practice.",
	.fix =
		"Enable STARTTLS, or TLS from the start of the connection, "
		"in the client's outgoing server settings, and send AUTH "
		"only after the TLS handshake succeeds.",
	.use =
		"A server sends 523 with 5.7.10 only where it follows this "
		"unofficial practice; the standard way to demand encryption "
		"first is 530 from RFC 3207.",
	.refs = "RFC 5248 section 2.4; "
		"IANA SMTP Enhanced Status Codes registry",
	.commands = CMD_AUTH,
	.related = "454 530 538",
	.notes =
		"RFC 5248 gives 523 only as the basic code that goes with "
		"X.7.10, a code registered for usage without a published "
		"specification; no RFC defines 523 itself. RFC 8689 uses "
		"5.7.10 for a failure to set up a TLS-protected session.",
},

[524] = {
	.name = "Encryption Required For AUTH",
	.status = STATUS_NONSTANDARD,
	.actor = ACTOR_SENDER,
	.description =
		"No RFC defines 524. RFC 5248 Table 1 lists it beside 538 as "
		"a basic code for X.7.11, encryption required for the "
		"requested authentication mechanism, and its name comes from "
		"that association.",
	.when =
		"Rarely if ever. If it appears, expect it in answer to AUTH "
		"naming a mechanism that the server allows only over an "
		"encrypted connection.",
	.fix =
		"Enable STARTTLS in the client so that AUTH runs over an "
		"encrypted connection. Read the enhanced code and text that "
		"follow the 524 for the server's actual reason.",
	.use =
		"No standard defines a use for 524: RFC 4954 used 538 for "
		"this case, now deprecated, and 530 is the standard way to "
		"ask for STARTTLS before AUTH.",
	.refs = "RFC 5248 section 2.4; "
		"IANA SMTP Enhanced Status Codes registry",
	.commands = CMD_AUTH,
	.related = "523 530 534 538",
	.notes =
		"Appears only as an associated code of X.7.11 in RFC 5248 "
		"Table 1 and the registry; no RFC defines 524, its reply "
		"text is unknown, and the command it answers is a guess from "
		"X.7.11.",
},

[525] = {
	.name = "User Account Disabled",
	.status = STATUS_NONSTANDARD,
	.actor = ACTOR_SENDER,
	.description =
		"Authentication succeeded, but the account it belongs to is "
		"disabled, so the server will not act for it. No RFC defines "
		"525: it comes from industry practice that RFC 5248 "
		"registered together with X.7.13.",
	.when =
		"In answer to AUTH, when the user name and password are "
		"right but the provider has disabled or suspended the "
		"account.",
	.fix =
		"Contact the mail provider or the account's administrator to "
		"learn why the account was disabled and have it enabled "
		"again; changing the password in the client will not help.",
	.use =
		"A server sends 525 when the credentials are valid but the "
		"account may not be used, where 535 means the credentials "
		"themselves are wrong.",
	.refs = "RFC 5248 section 2.4; "
		"IANA SMTP Enhanced Status Codes registry",
	.commands = CMD_AUTH,
	.related = "530 535",
	.notes =
		"RFC 5248 registered X.7.13 and its basic code 525 for a "
		"practice used in the industry without a published "
		"specification; no RFC defines 525 itself.",
},

[530] = {
	.name = "TLS Or Authentication Required",
	.status = STATUS_EXTENSION,
	.actor = ACTOR_SENDER,
	.description =
		"The server refuses the command until the session is secured "
		"or identified. For STARTTLS (RFC 3207), 530 means the "
		"client must issue STARTTLS before this command. For AUTH "
		"(RFC 4954), 530 means the client must authenticate before "
		"this command.",
	.when =
		"Usually in answer to MAIL from a client that has not yet "
		"sent STARTTLS or AUTH; Postfix says \"530 5.7.0 Must issue "
		"a STARTTLS command first\", Sendmail \"530 5.7.0 "
		"Authentication required\". RFC 2645 also uses it for ATRN "
		"before AUTH.",
	.fix =
		"Read the text to see which step is missing. For STARTTLS, "
		"enable TLS in the client's outgoing server settings; for "
		"authentication, turn on SMTP authentication with the "
		"account's user name and password.",
	.use =
		"A server sends 530 to demand STARTTLS or AUTH before it "
		"goes on, where 454 reports that TLS or authentication is "
		"temporarily unavailable and 535 rejects the credentials "
		"given.",
	.refs = "RFC 2645 sections 5.2.1, 7; RFC 3207 section 4; "
		"RFC 4954 section 6",
	.commands = CMD_ATRN | CMD_ANY,
	.related = "454 523 535 554",
	.notes =
		"Two extensions give this code different meanings: RFC 3207 "
		"words it \"Must issue a STARTTLS command first\", and "
		"RFC 4954 \"Authentication required\". Both pair 530 with "
		"5.7.0, so only the text tells the two meanings apart. "
		"RFC 3207 forbids a publicly referenced server, such as an "
		"MX on port 25, to require STARTTLS for local delivery.",
},

[533] = {
	.name = "Delivery Not Authorized",
	.status = STATUS_NONSTANDARD,
	.actor = ACTOR_SENDER,
	.description =
		"No RFC defines 533. RFC 5248 Table 1 lists it among the "
		"basic codes for X.7.1, delivery not authorized and message "
		"refused, and its name comes from that association.",
	.when =
		"Rarely if ever; a server that uses it refuses the message "
		"or sender for a policy or permission reason, as 550 with "
		"5.7.1 does.",
	.fix =
		"Handle it like 550 with 5.7.1: read the text for the policy "
		"that applies, check that the sender may send to this "
		"recipient, and check the sending domain's SPF, DKIM and "
		"DMARC records and the sending IP address's reputation.",
	.use =
		"No standard defines a use for 533: servers refuse "
		"unauthorized delivery with 550 and 5.7.1, or with 554.",
	.refs = "RFC 5248 section 2.4; "
		"IANA SMTP Enhanced Status Codes registry",
	.commands = 0,
	.related = "550 551 554",
	.notes =
		"Appears only as an associated code of X.7.1 in RFC 5248 "
		"Table 1 and the registry; no RFC defines 533, and its reply "
		"text and the commands it answers are unknown.",
},

[534] = {
	.name = "Authentication Mechanism Too Weak",
	.status = STATUS_EXTENSION,
	.actor = ACTOR_SENDER,
	.description =
		"The server refuses the SASL mechanism named in AUTH because "
		"its policy requires a stronger one. The client is not "
		"authenticated.",
	.when =
		"In answer to AUTH, when the chosen mechanism is weaker than "
		"the server's policy allows for this connection or account.",
	.fix =
		"Set the client to a stronger mechanism from the AUTH line "
		"of the server's EHLO reply, or update a client that "
		"supports only weak ones.",
	.use =
		"A server sends 534 when it supports the mechanism but finds "
		"it too weak, where 504 means the mechanism is not supported "
		"at all and 535 means the credentials are wrong.",
	.refs = "RFC 4954 section 6",
	.commands = CMD_AUTH,
	.related = "504 535 538",
	.notes =
		"RFC 4954 gives it as \"534 5.7.9 Authentication mechanism "
		"is too weak\".",
},

[535] = {
	.name = "Authentication Credentials Invalid",
	.status = STATUS_EXTENSION,
	.actor = ACTOR_SENDER,
	.description =
		"Authentication failed: the server did not accept the user "
		"name, password or other credentials that the client sent "
		"with AUTH.",
	.when =
		"In answer to AUTH after a wrong password or user name, as "
		"in Postfix's \"535 5.7.8 Error: authentication failed\" "
		"followed by the reason.",
	.fix =
		"Re-enter the user name and password in the client's "
		"outgoing server settings and make sure they belong to an "
		"account on this server. Retrying with the same credentials "
		"fails again.",
	.use =
		"A server sends 535 when the credentials are wrong, where "
		"534 refuses the mechanism, 454 reports a temporary failure "
		"and 530 asks for authentication first.",
	.refs = "RFC 4954 sections 4, 6",
	.commands = CMD_AUTH,
	.related = "454 525 530 534",
	.notes =
		"RFC 4954 section 4 says a failed AUTH SHOULD get 535 unless "
		"a more specific code fits, and section 6 words it \"535 "
		"5.7.8 Authentication credentials invalid\". The registry "
		"also lists 535 with X.7.14, trust relationship required.",
},

[538] = {
	.name = "Encryption Required For Mechanism",
	.status = STATUS_OBSOLETE,
	.actor = ACTOR_SENDER,
	.description =
		"The chosen authentication mechanism may be used only over "
		"an encrypted connection, and this connection is not "
		"encrypted. RFC 4954 deprecates the code.",
	.when =
		"From older servers, in answer to AUTH sent before STARTTLS "
		"with a mechanism the server allows only under encryption.",
	.fix =
		"Enable STARTTLS in the client's outgoing server settings so "
		"that AUTH happens over an encrypted connection.",
	.use =
		"A server should no longer send 538; the code remains only "
		"for reading old replies, and 530 is the standard way to ask "
		"for STARTTLS first.",
	.refs = "RFC 4954 sections 1, 6",
	.commands = CMD_AUTH,
	.related = "523 524 530 534",
	.notes =
		"RFC 4954 section 1 deprecates 538, and section 6 keeps "
		"\"538 5.7.11 Encryption required for requested "
		"authentication mechanism\" for historical purposes only. "
		"RFC 5248 also lists 524 with X.7.11.",
},

[550] = {
	.name = "Mailbox Not Found",
	.status = STATUS_STANDARD,
	.actor = ACTOR_SENDER,
	.description =
		"The server refused the command for good: the mailbox does "
		"not exist, cannot be used, or the server's policy will not "
		"take mail for it. Sending the same command again will not "
		"help.",
	.when =
		"Most often in answer to RCPT, for an address the receiving "
		"domain does not know. Also after MAIL or after the message "
		"data, when a blocklist, a spam filter or an SPF, DKIM or "
		"DMARC check rejects the sender.",
	.fix =
		"Check the recipient address for typing mistakes and ask the "
		"recipient for a current one. If the text speaks of policy, "
		"blocks or authentication, the address is fine and the "
		"sending side is the problem: check the SPF, DKIM and DMARC "
		"records of your domain and the reputation of your sending "
		"IP address.",
	.use =
		"A server sends 550 when it will never accept this mailbox "
		"or this message, whether the address is unknown or its "
		"policy forbids it.",
	.refs = "RFC 5321 sections 3.3, 4.2.2, 4.2.3, 4.3.2, 7.3; "
		"RFC 6531 section 3.5; RFC 7208 sections 8.4, 8.7; "
		"RFC 7372 section 3; RFC 7505 section 4.1",
	.commands = CMD_EHLO | CMD_MAIL | CMD_RCPT | CMD_DATA | CMD_VRFY |
		CMD_EXPN,
	.related = "450 551 553 554",
	.notes =
		"RFC 5321 words it \"Requested action not taken: mailbox "
		"unavailable\" and uses it both for unknown mailboxes and "
		"for policy rejections; the enhanced code that follows "
		"(5.1.1, 5.7.1, ...) tells which.",
},

[551] = {
	.name = "User Not Local",
	.status = STATUS_STANDARD,
	.actor = ACTOR_SENDER,
	.description =
		"The recipient has no mailbox on this server, and the server "
		"will not forward the mail. The reply may name another "
		"address to try.",
	.when =
		"In answer to RCPT or VRFY for a user who has moved to "
		"another address; the text then carries that forward-path. "
		"It is rare, since servers avoid revealing addresses.",
	.fix =
		"Look for a new address in the text, confirm it with the "
		"recipient, then send to that address. Without one, ask the "
		"recipient for a current address by other means.",
	.use =
		"A server sends 551 when it knows a better address but will "
		"not relay to it, where 251 accepts and forwards and plain "
		"550 refuses without a hint.",
	.refs = "RFC 5321 sections 3.4, 3.5.2, 3.5.3, 4.2, 4.2.2, 4.2.3, "
		"4.3.2, 7.4, 7.7; RFC 6531 section 3.7.4.1",
	.commands = CMD_RCPT | CMD_VRFY,
	.related = "251 550 553",
	.notes =
		"RFC 5321 words it \"User not local; please try "
		"<forward-path>\", and software may parse the address from "
		"the text. Servers MAY reject with 550 instead to avoid "
		"disclosing addresses, and RFC 6531 turns a 551 naming a "
		"non-ASCII address into 550 when MAIL lacked SMTPUTF8.",
},

[552] = {
	.name = "Exceeded Storage Allocation",
	.status = STATUS_STANDARD,
	.actor = ACTOR_SENDER,
	.description =
		"The server aborted the action because of a storage limit: "
		"the message is larger than the server or mailbox allows, or "
		"the recipient's mailbox is full.",
	.when =
		"After MAIL with a SIZE= value above the server's fixed "
		"maximum, or after the message data; size limits come with "
		"5.3.4 or 5.2.3 (\"552 5.3.4 Message size exceeds fixed "
		"limit\"), a full mailbox with 5.2.2.",
	.fix =
		"For size, shrink the message: compress attachments or share "
		"large files by link, within the limit the server gives on "
		"its EHLO SIZE line. For a full mailbox, tell the recipient "
		"by another route and send again once they make room.",
	.use =
		"A server sends 552 for a permanent size or quota failure, "
		"where 452 is the temporary form and the right code for too "
		"many recipients.",
	.refs = "RFC 5321 sections 4.2.2, 4.2.3, 4.3.2, 4.5.3.1.9, "
		"4.5.3.1.10; RFC 1870 sections 4, 6.1, 6.2, 6.3, 6.4; "
		"RFC 4468 section 6; RFC 4865 section 6",
	.commands = CMD_MAIL | CMD_RCPT | CMD_DATA,
	.related = "452 550 554",
	.notes =
		"RFC 821 listed 552 for too many recipients; RFC 5321 "
		"section 4.5.3.1.10 corrects that to 452 and tells clients "
		"to treat such a 552 as temporary. The registry pairs 552 "
		"with X.2.2, mailbox full, though X.2.2 is meant as a "
		"transient failure, and Gmail sends both 452 4.2.2 and 552 "
		"5.2.2.",
},

[553] = {
	.name = "Mailbox Name Invalid",
	.status = STATUS_STANDARD,
	.actor = ACTOR_SENDER,
	.description =
		"The server will not accept the mailbox name: the address is "
		"badly formed or not allowed here. Sending it again "
		"unchanged will not help.",
	.when =
		"In answer to RCPT or MAIL with a malformed address, such as "
		"a missing domain or stray characters, or a sender address "
		"the server refuses; also for a non-ASCII address sent "
		"without SMTPUTF8 (Postfix: \"553 5.6.7 Must declare "
		"SMTPUTF8 to send unicode address\").",
	.fix =
		"Check the address character by character: one @, a valid "
		"domain, no spaces or invisible characters. For a non-ASCII "
		"address, use an ASCII alternative or a client and path that "
		"support SMTPUTF8.",
	.use =
		"A server sends 553 when the address itself is unacceptable, "
		"where 550 means a well-formed address has no usable "
		"mailbox.",
	.refs = "RFC 5321 sections 3.3, 3.5.1, 4.2.2, 4.2.3, 4.3.2; "
		"RFC 6531 section 3.5",
	.commands = CMD_MAIL | CMD_RCPT | CMD_VRFY,
	.related = "501 550 551",
	.notes =
		"RFC 5321 words it \"Requested action not taken: mailbox "
		"name not allowed\", and one of its VRFY examples answers an "
		"ambiguous name with \"553 User ambiguous\". RFC 6531 pairs "
		"553 with X.6.7 for a RCPT that needs an ASCII address.",
},

[554] = {
	.name = "Transaction Failed",
	.status = STATUS_STANDARD,
	.actor = ACTOR_SENDER,
	.description =
		"The server refuses the transaction for good, often for "
		"policy reasons. As the greeting, in place of 220, it means "
		"the server offers no SMTP service to this client; it then "
		"waits for QUIT and answers other commands with 503.",
	.when =
		"At connection time when the client is refused outright; "
		"after DATA when no recipient was accepted; after the "
		"message data when content or policy checks reject it; and "
		"for relay denial, as in Postfix's \"554 5.7.1 ... Relay "
		"access denied\".",
	.fix =
		"Read the enhanced code and text. For relay denied, "
		"authenticate or send through your own provider's server; "
		"for blocks, check your IP address on blocklists and your "
		"SPF, DKIM and DMARC records; after a 554 greeting, send "
		"QUIT.",
	.use =
		"A server sends 554 for a permanent refusal of the whole "
		"transaction or connection, where 550 refuses one mailbox "
		"and 521 means the host accepts no mail at all.",
	.refs = "RFC 5321 sections 3.1, 3.3, 4.2.2, 4.2.3, 4.3.2, 4.5.1; "
		"RFC 3207 section 4.1; RFC 4468 section 6; "
		"RFC 6409 sections 5.1, 7; RFC 6531 section 3.5",
	.commands = CMD_GREETING | CMD_DATA | CMD_ANY,
	.related = "421 503 521 550",
	.notes =
		"RFC 5321 words the greeting form \"No SMTP service here\"; "
		"after such a greeting, section 3.1 has the server keep "
		"waiting for QUIT (a MUST) and reply 503 to anything else "
		"(a SHOULD). RFC 3207 uses 554 "
		"for commands refused for lack of security. RFC 6531 section "
		"3.5 gives 554 with X.6.9 after the final dot, while the "
		"registry pairs X.6.9 with 550.",
},

[555] = {
	.name = "Parameters Not Recognized",
	.status = STATUS_STANDARD,
	.actor = ACTOR_SENDER,
	.description =
		"The server does not recognize or implement a parameter "
		"given on MAIL FROM or RCPT TO, such as an ESMTP option it "
		"never advertised. The command was refused.",
	.when =
		"When a client adds an extension parameter, such as SIZE=, "
		"BODY=, BY= or a DSN option, that the server did not list in "
		"its EHLO reply.",
	.fix =
		"Send only the parameters the server advertised in its EHLO "
		"reply: configure or update the client so that it stops "
		"adding unsupported options, or remove them from the script.",
	.use =
		"A server sends 555 for a MAIL or RCPT parameter it does not "
		"support at all, where 455 means it cannot accommodate the "
		"parameters now and 501 means their syntax is wrong.",
	.refs = "RFC 5321 sections 4.1.1.11, 4.2.2, 4.2.3, 4.3.2; "
		"RFC 2852 section 4",
	.commands = CMD_MAIL | CMD_RCPT,
	.related = "455 501 504",
	.notes =
		"RFC 5321 words it \"MAIL FROM/RCPT TO parameters not "
		"recognized or not implemented\".",
},

[556] = {
	.name = "Domain Does Not Accept Mail",
	.status = STATUS_EXTENSION,
	.actor = ACTOR_SENDER,
	.description =
		"The recipient's domain has declared that it accepts no "
		"mail, usually with a null MX record, so the server refuses "
		"the recipient without trying to deliver.",
	.when =
		"In answer to RCPT from a relay or submission server that "
		"looked up the recipient domain and found it accepts no "
		"mail, typically because the domain publishes a null MX (RFC "
		"7505).",
	.fix =
		"Check the recipient address for a mistyped domain. If the "
		"domain is right, it takes no mail at all: reach the person "
		"at another address.",
	.use =
		"A server sends 556 when the recipient's whole domain "
		"accepts no mail, where 521 is a host refusing mail for "
		"itself and 550 refuses a single mailbox.",
	.refs = "RFC 7504 sections 4, 5.1; RFC 7505 section 4.1",
	.commands = CMD_RCPT,
	.related = "521 550 553",
	.notes =
		"RFC 7505 section 4.1 says the rejection SHOULD carry "
		"5.1.10, recipient address has null MX, as in 556 5.1.10. "
		"Exchange Online sends 550 5.1.10 for an unknown recipient, "
		"which has nothing to do with null MX.",
},

[557] = {
	.name = "Unnamed Draft Code",
	.status = STATUS_NONSTANDARD,
	.actor = ACTOR_SENDER,
	.description =
		"A code found only with an Internet-Draft on address "
		"queries, and in no RFC; it has no name in any source seen, "
		"so the name given is a placeholder. Beyond its first digit, "
		"a permanent failure, its meaning is unknown.",
	.when =
		"Practically never: no standard server sends it. If a reply "
		"carries 557, the text after the code is the only guide to "
		"what happened.",
	.fix =
		"Treat it as a permanent failure: read the text and any "
		"enhanced code, and fix the cause they name before sending "
		"again.",
	.use =
		"Only software following the draft would send 557; other "
		"servers refuse permanently with 550 or 554.",
	.refs = "draft-moore-email-addrquery-01",
	.commands = 0,
	.related = "550 554",
	.notes =
		"Not standardized: 557 was seen only in a source comment of "
		"the Sisimai bounce parser citing the draft, which was not "
		"checked, so neither its name nor the commands it answers "
		"are known.",
},
