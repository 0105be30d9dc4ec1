/*
 * enhanced_codes.h: every code of the IANA "SMTP Enhanced Status Codes"
 * registry (RFC 3463, RFC 5248), X.0.0 to X.7.30, as data.
 *
 * src/table.c includes this file inside the initializer of an array indexed
 * [subject][detail], so each entry is written "[1][1] = { ... }". A code
 * written twice is an initializer override, which the build rejects.
 * Fields are documented with struct enhanced_info in include/smtpcode.h.
 * .associated holds the registry's reply codes plus the pairings the RFCs
 * state; what providers do beyond that is said in .when and .notes.
 */

[0][0] = {
	.name = "Other undefined Status",
	.status = STATUS_STANDARD,
	.actor = ACTOR_SENDER,
	.classes = 0,
	.description =
		"The server reports only the class of the result: success, "
		"temporary failure or permanent failure, with no subject and "
		"no detail. The reply text is the only clue to what happened.",
	.when =
		"As 250 2.0.0 when Postfix queues a message or Sendmail "
		"accepts one, as 221 2.0.0 after QUIT, and as 503 5.0.0 for a "
		"command sent out of order. Servers also use 4.0.0 and 5.0.0 "
		"for any error that fits no finer code.",
	.fix =
		"Read the reply text, since the code adds nothing to the "
		"first digit. A 2.0.0 needs nothing; after a 4.0.0 the "
		"sending server retries by itself; after a 5.0.0 change what "
		"the text names before sending again.",
	.refs = "RFC 3463 section 3.1",
	.associated = "",
	.notes =
		"The registry gives \"Any\" as the basic code: X.0.0 goes "
		"with any reply code whose first digit matches its class.",
},

[1][0] = {
	.name = "Other address status",
	.status = STATUS_STANDARD,
	.actor = ACTOR_SENDER,
	.classes = 0,
	.description =
		"An address, the sender's or a recipient's, is behind the "
		"reply, but no more precise addressing code fits. The success "
		"form only says that an address was accepted.",
	.when =
		"As 250 2.1.0 when Postfix accepts the sender address given "
		"with MAIL. A 4.1.0 or 5.1.0 reports an address problem the "
		"server does not classify further; the text says which "
		"address.",
	.fix =
		"Find out from the text whether the sender or a recipient "
		"address is meant, and check its spelling and its domain. "
		"After a 4.1.0 the sending server retries; a 5.1.0 needs a "
		"corrected address.",
	.refs = "RFC 3463 section 3.2",
	.associated = "",
	.notes =
		"The registry gives no basic code (\"Not given\"). A "
		"recipient domain with a null MX is reported with 5.1.10, not "
		"5.1.0 as one web page claims.",
},

[1][1] = {
	.name = "Bad destination mailbox address",
	.status = STATUS_STANDARD,
	.actor = ACTOR_SENDER,
	.classes = CLASS_PERMANENT,
	.description =
		"The part of the recipient address before the @ names no "
		"mailbox the receiving system knows: the user does not exist "
		"there, or the address was mistyped.",
	.when =
		"Usually as 550 5.1.1 in answer to RCPT, and in bounces for "
		"addresses that never existed or were closed. A 4.1.1 is "
		"rare: a server that cannot check its user list right now.",
	.fix =
		"Check the address for typing mistakes and ask the recipient "
		"for a current one; remove it from mailing lists after a "
		"5.1.1. A 4.1.1 is retried by the sending server and needs "
		"action only if it ends in a bounce.",
	.refs = "RFC 3463 section 3.2",
	.associated = "451 550",
	.notes =
		"The registry lists 451 as well as 550, although RFC 3463 "
		"finds the code useful only for permanent failures.",
},

[1][2] = {
	.name = "Bad destination system address",
	.status = STATUS_STANDARD,
	.actor = ACTOR_SENDER,
	.classes = CLASS_PERMANENT,
	.description =
		"The part of the recipient address after the @ leads to no "
		"system that takes mail: the domain does not exist, or its "
		"host cannot receive messages.",
	.when =
		"In an RCPT rejection or a bounce when the recipient domain "
		"is misspelled, no longer registered, or has no host that "
		"accepts mail.",
	.fix =
		"Check the domain part of the address for typing mistakes and "
		"look up its MX records; if the domain is gone, ask the "
		"recipient for a new address.",
	.refs = "RFC 3463 section 3.2",
	.associated = "",
	.notes =
		"The registry gives no basic code (\"Not given\").",
},

[1][3] = {
	.name = "Bad destination mailbox address syntax",
	.status = STATUS_STANDARD,
	.actor = ACTOR_SENDER,
	.classes = CLASS_PERMANENT,
	.description =
		"The recipient address is malformed, so the server cannot "
		"even look it up. Any part of it may be at fault, the local "
		"part as well as the domain.",
	.when =
		"Usually as 501 5.1.3 in answer to RCPT, when a person or a "
		"program wrote the address wrongly: spaces, two @ signs, a "
		"missing domain or unbalanced angle brackets.",
	.fix =
		"Correct the address where it was typed or generated: remove "
		"spaces and stray characters, make sure one @ separates the "
		"local part from the domain, and send again.",
	.refs = "RFC 3463 section 3.2",
	.associated = "501",
	.notes = NULL,
},

[1][4] = {
	.name = "Destination mailbox address ambiguous",
	.status = STATUS_STANDARD,
	.actor = ACTOR_SENDER,
	.classes = 0,
	.description =
		"The address matches more than one mailbox on the receiving "
		"system, so the server cannot tell which one is meant. It "
		"happens where a server maps loose names onto its users.",
	.when =
		"Rarely, from servers that match short or approximate names, "
		"in answer to RCPT or VRFY or in a bounce.",
	.fix =
		"Use the recipient's full, exact address instead of a short "
		"name or alias, and ask the recipient for it if in doubt.",
	.refs = "RFC 3463 section 3.2; RFC 5321 section 3.5",
	.associated = "",
	.notes =
		"The registry gives no basic code (\"Not given\"). RFC 5321 "
		"section 3.5 answers an ambiguous VRFY with 553 \"User "
		"ambiguous\".",
},

[1][5] = {
	.name = "Destination address valid",
	.status = STATUS_STANDARD,
	.actor = ACTOR_NOBODY,
	.classes = CLASS_SUCCESS,
	.description =
		"The recipient address was checked and is good: the server "
		"knows the mailbox and takes mail for it. This is a success "
		"code.",
	.when =
		"As 250 2.1.5 when Sendmail accepts a recipient given with "
		"RCPT, and in positive delivery reports for recipients that "
		"were reached.",
	.fix =
		"Nothing to fix. If the message still does not arrive, the "
		"cause lies in a later step: read the reply to the message "
		"data and any bounce that follows.",
	.refs = "RFC 3463 section 3.2",
	.associated = "250",
	.notes = NULL,
},

[1][6] = {
	.name = "Destination mailbox has moved, No forwarding address",
	.status = STATUS_STANDARD,
	.actor = ACTOR_SENDER,
	.classes = CLASS_PERMANENT,
	.description =
		"The address used to be valid, but its mailbox is gone and "
		"the server has no new address to send the mail on to.",
	.when =
		"In RCPT rejections and bounces for people who left an "
		"organization or closed an account. iCloud answers 550 5.1.6 "
		"saying the recipient is no longer on the server.",
	.fix =
		"Remove the address from address books and lists, and reach "
		"the person another way for a current address. Sending to the "
		"old one again will keep failing.",
	.refs = "RFC 3463 section 3.2",
	.associated = "",
	.notes =
		"The registry gives no basic code (\"Not given\"); iCloud "
		"pairs the code with 550.",
},

[1][7] = {
	.name = "Bad sender's mailbox address syntax",
	.status = STATUS_STANDARD,
	.actor = ACTOR_SENDER,
	.classes = 0,
	.description =
		"The sender address, usually the one given with MAIL, is "
		"malformed: the server cannot read it as a mailbox and will "
		"not take it as the return path.",
	.when =
		"In answer to MAIL, when sending software writes the return "
		"address wrongly: without angle brackets, with spaces, or as "
		"a bare name with no domain.",
	.fix =
		"Fix the envelope sender in the sending program or relay "
		"configuration: it must be a complete address in angle "
		"brackets, such as <user@example.com>, or <> for bounces.",
	.refs = "RFC 3463 section 3.2",
	.associated = "",
	.notes =
		"The registry gives no basic code (\"Not given\").",
},

[1][8] = {
	.name = "Bad sender's system address",
	.status = STATUS_STANDARD,
	.actor = ACTOR_SENDER,
	.classes = 0,
	.description =
		"The domain of the sender address cannot take mail back: it "
		"does not exist or has no host that accepts mail, so bounces "
		"would have nowhere to go.",
	.when =
		"In answer to MAIL, when the receiving server checks the "
		"sender domain. A 5.1.8 means the domain was found not to "
		"exist; a 4.1.8 means the check could not finish, for example "
		"because DNS did not answer.",
	.fix =
		"Send from a domain that exists and can receive mail, and fix "
		"typing mistakes in the sender address. After a 4.1.8 the "
		"sending server retries by itself; if it persists, check that "
		"the domain's DNS servers answer.",
	.refs = "RFC 3463 section 3.2",
	.associated = "451 501",
	.notes = NULL,
},

[1][9] = {
	.name = "Message relayed to non-compliant mailer",
	.status = STATUS_EXTENSION,
	.actor = ACTOR_NOBODY,
	.classes = 0,
	.description =
		"A message tracking report says the address was valid, but "
		"the message was passed on to a system that does not support "
		"message tracking, so the trail ends there.",
	.when =
		"In a message tracking response in the RFC 3886 format, for a "
		"message that went through a relay without tracking support. "
		"It marks where tracking stops, not a failed delivery.",
	.fix =
		"Nothing to fix for the message itself. To follow it further, "
		"ask the administrator of the system it was relayed to, since "
		"that system cannot answer tracking requests.",
	.refs = "RFC 3886 section 3.3.4",
	.associated = "",
	.notes =
		"The registry gives no basic code (\"Not given\"). The code "
		"comes from RFC 3886, not from RFC 3463.",
},

[1][10] = {
	.name = "Recipient address has null MX",
	.status = STATUS_EXTENSION,
	.actor = ACTOR_SENDER,
	.classes = 0,
	.description =
		"The recipient's domain publishes a null MX, a DNS record "
		"saying that the domain accepts no mail at all. No server "
		"will ever take the message for this address.",
	.when =
		"As 556 5.1.10 from a relay or submission server that looked "
		"up the recipient domain and found a null MX, usually in "
		"answer to RCPT, or in a bounce for such an address.",
	.fix =
		"The domain takes no mail, so the address is wrong or a "
		"placeholder: check it for typing mistakes and ask the "
		"recipient for an address at a domain that receives mail.",
	.refs = "RFC 7505 section 4.1; RFC 7504 sections 4, 6",
	.associated = "556",
	.notes =
		"Exchange Online sends 550 5.1.10 for another case, a "
		"recipient not found by address lookup "
		"(\"RecipientNotFound\"). A sender domain with a null MX gets "
		"550 5.7.27 instead; RFC 7505 gives 5.1.10 for null MX, not "
		"the 5.1.0 one web page claims.",
},

[2][0] = {
	.name = "Other or undefined mailbox status",
	.status = STATUS_STANDARD,
	.actor = ACTOR_RECIPIENT,
	.classes = 0,
	.description =
		"The mailbox exists, but something about it stopped or "
		"delayed the message, and no more precise mailbox code "
		"applies. The reply text carries the reason.",
	.when =
		"In RCPT replies and bounces for a mailbox problem the server "
		"does not name more precisely. A 4.2.0 is retried by the "
		"sending server; a 5.2.0 bounces at once.",
	.fix =
		"Read the text for the mailbox problem and tell the recipient "
		"through another channel. After a 4.2.0 wait for the retries; "
		"after a 5.2.0 only the recipient or their administrator can "
		"fix the mailbox.",
	.refs = "RFC 3463 section 3.3",
	.associated = "",
	.notes =
		"The registry gives no basic code (\"Not given\").",
},

[2][1] = {
	.name = "Mailbox disabled, not accepting messages",
	.status = STATUS_STANDARD,
	.actor = ACTOR_RECIPIENT,
	.classes = CLASS_TRANSIENT | CLASS_PERMANENT,
	.description =
		"The mailbox exists but is switched off and takes no mail, "
		"for example a suspended or deactivated account.",
	.when =
		"In answer to RCPT or in bounces. With 4.2.1 the mailbox is "
		"off for now and the sending server keeps retrying; with "
		"5.2.1 it is not expected to come back, and the message "
		"bounces.",
	.fix =
		"After a 5.2.1, reach the recipient another way and ask for a "
		"working address; remove it from lists if it stays disabled. "
		"After a 4.2.1 nothing is needed unless the retries run out.",
	.refs = "RFC 3463 section 3.3",
	.associated = "",
	.notes =
		"The registry gives no basic code (\"Not given\").",
},

[2][2] = {
	.name = "Mailbox full",
	.status = STATUS_STANDARD,
	.actor = ACTOR_RECIPIENT,
	.classes = CLASS_TRANSIENT,
	.description =
		"The recipient's mailbox has used up its quota or its "
		"storage, so it takes no more messages until the recipient "
		"deletes some.",
	.when =
		"In answer to RCPT or after the message data: Gmail says 452 "
		"4.2.2 when an inbox is out of storage, iCloud 552 5.2.2 when "
		"a user is over quota. A 4.2.2 is retried for a while; a "
		"5.2.2 bounces at once.",
	.fix =
		"Ask the recipient through another channel to free space, "
		"then send again after a 5.2.2. After a 4.2.2 the sending "
		"server retries by itself; a bounce follows only if the "
		"mailbox stays full until the retries run out.",
	.refs = "RFC 3463 section 3.3",
	.associated = "552",
	.notes =
		"The registry pairs X.2.2 with 552, yet RFC 3463 intends "
		"it as a persistent transient failure, that is 4.2.2. "
		"Gmail sends both 452 4.2.2 and 552 5.2.2.",
},

[2][3] = {
	.name = "Message length exceeds administrative limit",
	.status = STATUS_STANDARD,
	.actor = ACTOR_SENDER,
	.classes = CLASS_PERMANENT,
	.description =
		"The message is larger than the receiving mailbox allows. The "
		"limit belongs to this one mailbox and is lower than what the "
		"system as a whole would accept.",
	.when =
		"Usually as 552 5.2.3 after the message data. Sendmail sends "
		"552 5.2.3 when a message exceeds its fixed maximum message "
		"size, and gives the limit in bytes.",
	.fix =
		"Send a smaller message: compress or remove attachments, or "
		"share large files through a link. Ask the recipient's "
		"administrator whether the mailbox limit can be raised.",
	.refs = "RFC 3463 section 3.3",
	.associated = "552",
	.notes =
		"RFC 3463 meant X.2.3 for a limit of one mailbox and X.3.4 "
		"for the limit of the whole system, but Sendmail sends 5.2.3 "
		"for its server-wide fixed maximum.",
},

[2][4] = {
	.name = "Mailing list expansion problem",
	.status = STATUS_STANDARD,
	.actor = ACTOR_RECIPIENT,
	.classes = CLASS_TRANSIENT | CLASS_PERMANENT,
	.description =
		"The recipient address is a mailing list, and the list could "
		"not be expanded into its member addresses, so the message "
		"reached none of them.",
	.when =
		"From the server that hosts the list, in answer to RCPT or in "
		"a bounce. A 4.2.4 means the expansion failed for now and is "
		"retried; a 5.2.4 means the list is broken until someone "
		"repairs it.",
	.fix =
		"Tell the list owner or the receiving administrator, who must "
		"repair the list. After a 4.2.4 the sending server retries by "
		"itself; after a 5.2.4 send again once the list works.",
	.refs = "RFC 3463 section 3.3",
	.associated = "450 452",
	.notes =
		"The registry lists only the transient codes 450 and 452, "
		"although RFC 3463 also allows a permanent form; a 5.2.4 "
		"needs a 5xx reply, which the registry does not name.",
},

[3][0] = {
	.name = "Other or undefined mail system status",
	.status = STATUS_STANDARD,
	.actor = ACTOR_RECIPIENT,
	.classes = 0,
	.description =
		"Something about the receiving mail system, not the address "
		"or the mailbox, caused the reply, and no finer X.3 detail "
		"fits. The system exists and normally takes mail.",
	.when =
		"In replies such as 451 4.3.0 for a passing local fault, or "
		"550 or 554 5.3.0 for a lasting one. RFC 5248 also pairs it "
		"with 221 and 250, so 2.3.0 can follow a success reply.",
	.fix =
		"After a 4.3.0 the sending server retries by itself; wait. "
		"If a 5.3.0 arrives or the 4.3.0 goes on for hours, send the "
		"full reply text to the receiving domain's postmaster: only "
		"they can see the cause.",
	.refs = "RFC 3463 section 3.4; RFC 5248 section 2.4",
	.associated = "221 250 421 451 550 554",
	.notes = NULL,
},

[3][1] = {
	.name = "Mail system full",
	.status = STATUS_STANDARD,
	.actor = ACTOR_RECIPIENT,
	.classes = CLASS_TRANSIENT,
	.description =
		"The receiving system as a whole has run out of storage, so "
		"it cannot take the message. Unlike a full mailbox (X.2.2), "
		"the recipient cannot make room by deleting mail.",
	.when =
		"As 452 4.3.1 in answer to MAIL, RCPT or the end of the "
		"data, when the receiving server's disk or queue space is "
		"used up. It is meant for temporary failures only.",
	.fix =
		"Nothing to change on the sending side: the sending server "
		"keeps retrying. The receiving administrator must free disk "
		"space or add storage; if retries fail for days, tell the "
		"recipient by another channel.",
	.refs = "RFC 3463 section 3.4",
	.associated = "452",
	.notes = NULL,
},

[3][2] = {
	.name = "System not accepting network messages",
	.status = STATUS_STANDARD,
	.actor = ACTOR_CLIENT,
	.classes = CLASS_TRANSIENT | CLASS_PERMANENT,
	.description =
		"The host that holds the mailbox takes no messages from the "
		"network, whatever the address: it is being maintained, is "
		"overloaded or about to shut down, or never receives mail.",
	.when =
		"A 4.3.2 is a temporary refusal during maintenance or "
		"overload; Exchange Online, for one, answers 432 4.3.2 when "
		"a recipient's delivery thread limit is reached. A 5.3.2 "
		"comes with 521 from a host that never accepts mail.",
	.fix =
		"After a 4.3.2 the sending server retries by itself; nothing "
		"needs changing. After 521 5.3.2 stop retrying that host: "
		"ask the recipient for an address at a domain that receives "
		"mail, or tell the domain's administrator that its mail "
		"routing points at a host that takes none.",
	.refs = "RFC 3463 section 3.4; RFC 5248 section 2.4; "
		"RFC 7504 sections 3, 6",
	.associated = "453 521",
	.notes =
		"The registry lists 453 here without explanation; RFC 2645 "
		"(ODMR) uses 453 for the unrelated \"You have no mail\" in "
		"answer to ATRN. RFC 7504 added 521, which is meant only for "
		"hosts that never accept mail.",
},

[3][3] = {
	.name = "System not capable of selected features",
	.status = STATUS_STANDARD,
	.actor = ACTOR_SENDER,
	.classes = 0,
	.description =
		"The message asks for a feature the receiving system does "
		"not support, so it cannot be delivered as requested. "
		"Gateways meet it when a feature of one mail system has no "
		"match in the other.",
	.when =
		"In a reply or a bounce when the message requests something "
		"the next system cannot provide, for example at a gateway "
		"into another kind of mail system. The registry fixes "
		"neither a reply code nor a class.",
	.fix =
		"Find out from the reply text which feature is meant, then "
		"send the message again without it or by another route. A "
		"4.3.3 is retried by the sending server; a 5.3.3 needs that "
		"change before anything is resent.",
	.refs = "RFC 3463 section 3.4",
	.associated = "",
	.notes =
		"The registry names no associated reply code for X.3.3.",
},

[3][4] = {
	.name = "Message too big for system",
	.status = STATUS_STANDARD,
	.actor = ACTOR_SENDER,
	.classes = CLASS_PERMANENT,
	.description =
		"The message is larger than the receiving system takes for "
		"any single message, whether the limit is physical or set by "
		"the administrator. Unlike X.2.3, the limit covers the whole "
		"system, not one mailbox.",
	.when =
		"Postfix sends 552 5.3.4 when a message passes its fixed "
		"size limit, and RFC 4468 shows 554 5.3.4 for a message "
		"built with BURL. Sendmail reports the same condition as "
		"552 5.2.3.",
	.fix =
		"Make the message smaller: share large files by link or "
		"split them over several messages, then send again. "
		"Resending it unchanged fails the same way; if the recipient "
		"needs large files, ask their administrator what size is "
		"accepted.",
	.refs = "RFC 3463 section 3.4; RFC 4468 section 6",
	.associated = "552 554",
	.notes = NULL,
},

[3][5] = {
	.name = "System incorrectly configured",
	.status = STATUS_STANDARD,
	.actor = ACTOR_RECIPIENT,
	.classes = 0,
	.description =
		"The receiving system's own configuration keeps it from "
		"accepting this message: the fault lies in how that system "
		"is set up, not in the message or the address.",
	.when =
		"In replies or bounces from a server that its administrator "
		"has set up wrongly for this kind of message or destination. "
		"The registry fixes neither a reply code nor a class.",
	.fix =
		"Nothing to change on the sending side. Send the full reply "
		"text to the receiving domain's postmaster; a 4.3.5 may "
		"clear once they fix it, while after a 5.3.5 the message "
		"must be sent again.",
	.refs = "RFC 3463 section 3.4",
	.associated = "",
	.notes =
		"The registry names no associated reply code for X.3.5.",
},

[3][6] = {
	.name = "Requested priority was changed",
	.status = STATUS_EXTENSION,
	.actor = ACTOR_NOBODY,
	.classes = 0,
	.description =
		"The message was accepted, but not at the priority the "
		"sender asked for with MT-PRIORITY, or not at the default "
		"one when none was given. The server chose another priority.",
	.when =
		"As 250 2.3.6 or 251 2.3.6 from a server that supports the "
		"MT-PRIORITY extension of RFC 6710 and applies its own "
		"priority policy to the message.",
	.fix =
		"Nothing to fix: the message is on its way. If the priority "
		"matters, read the new value at the start of the reply text "
		"and ask the receiving administrator which priority levels "
		"your system may use.",
	.refs = "RFC 6710 section 4.1",
	.associated = "250 251",
	.notes =
		"The text after the code is partly for machines: it starts "
		"with the new priority, then a space and free text. "
		"RFC 6710's example reads \"250 X.3.6 3 is the new priority "
		"assigned to the message\".",
},

[4][0] = {
	.name = "Other or undefined network or routing status",
	.status = STATUS_STANDARD,
	.actor = ACTOR_CLIENT,
	.classes = 0,
	.description =
		"A network or routing problem delayed or stopped delivery, "
		"and none of the finer X.4 details describes it.",
	.when =
		"In delay notices and bounces from a server that could not "
		"hand the message on to the next hop. A 4.4.0 means the "
		"message is still queued and retried; a 5.4.0 means it came "
		"back.",
	.fix =
		"After a 4.4.0 wait: the server keeps retrying. After a "
		"5.4.0 read the diagnostic text for the host or lookup that "
		"failed, check the recipient domain's DNS and mail routing, "
		"and send again once they work.",
	.refs = "RFC 3463 section 3.5",
	.associated = "",
	.notes =
		"The registry names no associated reply code for X.4.0.",
},

[4][1] = {
	.name = "No answer from host",
	.status = STATUS_STANDARD,
	.actor = ACTOR_CLIENT,
	.classes = CLASS_TRANSIENT,
	.description =
		"The sending server tried to connect to the next mail host "
		"and got no answer, because that host was busy or could not "
		"take the connection.",
	.when =
		"As 4.4.1 in delay notices and logs of a sending server "
		"whose connections time out, or as 451 4.4.1 from a relay "
		"that cannot reach the next hop. A 550 5.4.1 from Exchange "
		"Online means something else: the recipient was refused.",
	.fix =
		"Let the sending server keep retrying. If it goes on for "
		"hours, check that the recipient domain's MX hosts answer on "
		"port 25 from your server and that no firewall blocks "
		"outgoing connections. Treat Exchange Online's 550 5.4.1 as "
		"a rejected recipient and check the address.",
	.refs = "RFC 3463 section 3.5",
	.associated = "451",
	.notes = NULL,
},

[4][2] = {
	.name = "Bad connection",
	.status = STATUS_STANDARD,
	.actor = ACTOR_CLIENT,
	.classes = CLASS_TRANSIENT,
	.description =
		"A connection to the next host was made, but the transaction "
		"could not be finished: it timed out or the connection was "
		"too poor to carry the message.",
	.when =
		"As 421 4.4.2 when a server drops a session that stalled, "
		"and in delay notices from a sending server whose session "
		"broke off half way. It is meant for temporary failures "
		"only.",
	.fix =
		"Let the sending server retry. If it keeps happening with "
		"one destination, look for network loss or timeouts between "
		"the two servers, and for a firewall or proxy that cuts long "
		"SMTP sessions.",
	.refs = "RFC 3463 section 3.5",
	.associated = "421",
	.notes = NULL,
},

[4][3] = {
	.name = "Directory server failure",
	.status = STATUS_STANDARD,
	.actor = ACTOR_CLIENT,
	.classes = CLASS_TRANSIENT,
	.description =
		"A directory service needed to route or check the message "
		"did not answer. The usual case is a DNS server that cannot "
		"be reached, so the next hop or a record cannot be looked "
		"up.",
	.when =
		"As 451 4.4.3 after a DNS lookup times out, including SPF "
		"checks: RFC 7208 answers an SPF temporary error this way, "
		"though RFC 7372 now offers X.7.24 for it. 550 5.4.3 is "
		"registered too, although RFC 3463 calls the code temporary "
		"only.",
	.fix =
		"Let the sending server retry. If it persists, check the DNS "
		"servers your own system uses and whether the recipient "
		"domain's name servers answer; for SPF errors, make sure "
		"your domain's SPF record and its includes resolve without "
		"timeouts. A 5.4.3 ends delivery: fix the lookup first, then "
		"send again.",
	.refs = "RFC 3463 section 3.5; RFC 7208 section 8.6; "
		"RFC 7372 section 3.2",
	.associated = "451 550",
	.notes = NULL,
},

[4][4] = {
	.name = "Unable to route",
	.status = STATUS_STANDARD,
	.actor = ACTOR_SENDER,
	.classes = CLASS_TRANSIENT | CLASS_PERMANENT,
	.description =
		"The mail system could not work out the next hop, because "
		"the routing data it needs is missing from DNS or another "
		"directory. A typical case is a domain lookup that returns "
		"only an SOA record.",
	.when =
		"A 5.4.4 appears in bounces when the recipient domain has no "
		"mail route at all, for example a misspelled or lapsed "
		"domain. A 4.4.4 means the data is missing for now, say "
		"during a DNS change, and delivery is retried.",
	.fix =
		"After a 5.4.4 check the domain part of the address for "
		"typing mistakes and look up its MX records; if the domain "
		"is right, its administrator must publish working DNS. After "
		"a 4.4.4 let the server retry.",
	.refs = "RFC 3463 section 3.5",
	.associated = "",
	.notes =
		"The registry names no associated reply code for X.4.4.",
},

[4][5] = {
	.name = "Mail system congestion",
	.status = STATUS_STANDARD,
	.actor = ACTOR_CLIENT,
	.classes = CLASS_TRANSIENT,
	.description =
		"The mail system could not deliver the message because it is "
		"congested: it has more traffic or queued mail than it can "
		"handle right now.",
	.when =
		"As 451 4.4.5 from a busy server, or in a sending server's "
		"own delay notices when its queue or the next hop is "
		"overloaded. It is meant for temporary failures only.",
	.fix =
		"Let the sending server retry; the delay clears when the "
		"load drops. If you send in bulk, spread the messages over "
		"time and open fewer parallel connections to that "
		"destination.",
	.refs = "RFC 3463 section 3.5",
	.associated = "451",
	.notes = NULL,
},

[4][6] = {
	.name = "Routing loop detected",
	.status = STATUS_STANDARD,
	.actor = ACTOR_RECIPIENT,
	.classes = CLASS_TRANSIENT,
	.description =
		"The message was passed on too many times: wrong routing "
		"tables or a user's forwarding rules send it round in a "
		"circle, and a server stopped it.",
	.when =
		"In bounces and delay notices once a message has gone round "
		"between hosts too often. The registry calls it temporary "
		"only, but the loop lasts until someone fixes the routing.",
	.fix =
		"Read the Received header lines of the returned message to "
		"see which hosts or forwarding rules pass it back and forth. "
		"The recipient's administrator must fix the MX or relay "
		"settings, or the recipient the forwarding rule; resending "
		"before that loops again.",
	.refs = "RFC 3463 section 3.5",
	.associated = "",
	.notes =
		"The registry names no associated reply code for X.4.6.",
},

[4][7] = {
	.name = "Delivery time expired",
	.status = STATUS_STANDARD,
	.actor = ACTOR_SENDER,
	.classes = 0,
	.description =
		"The message grew too old before it could be delivered: it "
		"stayed queued on a host past that host's limit, or a time "
		"limit the sender set ran out.",
	.when =
		"In notices from a server that retried a failing destination "
		"until its queue time ran out. A 5.4.7 is the final bounce; "
		"a 4.4.7 reports a message that is late but still queued. "
		"RFC 3463 prefers the code of the real problem where it is "
		"known.",
	.fix =
		"Look in the bounce for the last error seen before time ran "
		"out: that is the problem to fix. Then check that the "
		"recipient domain accepts mail and send again; if you set a "
		"delivery deadline, allow more time.",
	.refs = "RFC 3463 section 3.5",
	.associated = "",
	.notes =
		"The registry names no associated reply code for X.4.7.",
},

[5][0] = {
	.name = "Other or undefined protocol status",
	.status = STATUS_STANDARD,
	.actor = ACTOR_SENDER,
	.classes = 0,
	.description =
		"The reply concerns the SMTP exchange itself, and no finer "
		"X.5 detail fits. As 2.5.0 it marks a protocol step that "
		"succeeded; as 4.5.0 or 5.5.0 a protocol problem with no "
		"closer name.",
	.when =
		"2.5.0 goes with success replies such as 250, and RFC 5248 "
		"also lists the ETRN replies 253, 458 and 459. 5.5.0 comes "
		"with rejections: Outlook.com sends 550 5.5.0 for a "
		"recipient that does not exist.",
	.fix =
		"Nothing to do after a 2.5.0. After a 4.5.0 the client "
		"retries. After a 5.5.0 read the reply text: it usually "
		"names the real problem, such as an unknown recipient, and "
		"the fix follows from that.",
	.refs = "RFC 3463 section 3.6; RFC 5248 section 2.4",
	.associated = "220 250 251 252 253 451 452 454 "
		"458 459 501 502 503 554",
	.notes = NULL,
},

[5][1] = {
	.name = "Invalid command",
	.status = STATUS_STANDARD,
	.actor = ACTOR_SENDER,
	.classes = CLASS_PERMANENT,
	.description =
		"The client sent a command the server does not support, or "
		"one that is out of order in the session, such as RCPT "
		"before MAIL.",
	.when =
		"As 503 5.5.1 for a command out of sequence, such as DATA "
		"before any accepted RCPT, and as 500 5.5.1 for one the "
		"server does not support. RFC 5248 also lists 501, 530, 550, "
		"554 and 555 with it.",
	.fix =
		"Fix the client: it must keep the SMTP order (EHLO, MAIL, "
		"RCPT, DATA) and use only commands the server listed in its "
		"EHLO reply. Update or reconfigure the sending software; the "
		"same command fails again.",
	.refs = "RFC 3463 section 3.6; RFC 5248 section 2.4",
	.associated = "430 500 501 503 530 550 554 555",
	.notes =
		"430 comes only from RFC 5248's table for this code; no RFC "
		"defines a 430 reply.",
},

[5][2] = {
	.name = "Syntax error",
	.status = STATUS_STANDARD,
	.actor = ACTOR_SENDER,
	.classes = CLASS_PERMANENT,
	.description =
		"The server could not make sense of a command: its syntax is "
		"wrong or the command is not one the server knows.",
	.when =
		"As 500 5.5.2 for an unknown command (Postfix) or 501 5.5.2 "
		"for bad syntax. RFC 4954 uses 501 5.5.2 for an AUTH "
		"response that is not valid BASE64, and RFC 7208 gives "
		"550 5.5.2 for an SPF permanent error.",
	.fix =
		"Check what the client sent: a typing error in a manual "
		"session, a malformed address in MAIL or RCPT, or broken "
		"BASE64 in AUTH. For SPF errors, correct the syntax of your "
		"domain's SPF record. Update software that sends commands "
		"the server does not know.",
	.refs = "RFC 3463 section 3.6; RFC 4954 section 4; "
		"RFC 7208 section 8.7",
	.associated = "500 501 502 550 555",
	.notes = NULL,
},

[5][3] = {
	.name = "Too many recipients",
	.status = STATUS_STANDARD,
	.actor = ACTOR_CLIENT,
	.classes = 0,
	.description =
		"The message names more recipients than the server takes in "
		"one transaction. The client is expected to send the "
		"remaining recipients in a later transaction.",
	.when =
		"As 452 4.5.3 in answer to RCPT once the recipient limit per "
		"message is reached, as Postfix and Sendmail send it; Exim "
		"sends 452 without an enhanced code. A 5.5.3 refuses the "
		"extra recipients for good.",
	.fix =
		"Nothing to do after a 4.5.3: a standard client delivers to "
		"the accepted recipients and sends the rest in another "
		"transaction. After a 5.5.3, or if your software cannot "
		"split, lower its recipients per message or send to a list "
		"address.",
	.refs = "RFC 3463 section 3.6; RFC 5321 section 4.5.3.1.10",
	.associated = "451 452",
	.notes =
		"The registry pairs X.5.3 with 451, but RFC 5321 section "
		"4.5.3.1.10 makes 452 the reply for too many recipients and "
		"has clients treat an old-style 552 the same way. Postfix "
		"and Sendmail send 452 4.5.3.",
},

[5][4] = {
	.name = "Invalid command arguments",
	.status = STATUS_STANDARD,
	.actor = ACTOR_SENDER,
	.classes = CLASS_PERMANENT,
	.description =
		"The command itself is valid, but an argument is not: a "
		"value is out of range or names a feature the server does "
		"not know.",
	.when =
		"As 504 5.5.4 for an AUTH mechanism the server does not "
		"offer (RFC 4954), 501 5.5.4 for a bad BY value of DELIVERBY "
		"(RFC 2852), and 555 5.5.4 for MAIL or RCPT parameters the "
		"server does not recognise.",
	.fix =
		"Read which argument the reply names. Pick an AUTH mechanism "
		"from the server's EHLO list, send only MAIL and RCPT "
		"parameters the server advertised, and correct values out of "
		"range; resending unchanged fails again.",
	.refs = "RFC 3463 section 3.6; RFC 2852 section 4; RFC 4954 section 4",
	.associated = "451 501 502 503 504 550 555",
	.notes = NULL,
},

[5][5] = {
	.name = "Wrong protocol version",
	.status = STATUS_STANDARD,
	.actor = ACTOR_SENDER,
	.classes = 0,
	.description =
		"Client and server use different versions of the protocol "
		"and could not settle on one between themselves.",
	.when =
		"In replies or bounces when the two sides need protocol "
		"versions or dialects they cannot reconcile. The registry "
		"fixes neither a reply code nor a class.",
	.fix =
		"Update the sending or relaying software, or set it to the "
		"version the other side expects; the reply text may name it. "
		"If the other side is outdated, tell its administrator.",
	.refs = "RFC 3463 section 3.6",
	.associated = "",
	.notes =
		"The registry names no associated reply code for X.5.5.",
},

[5][6] = {
	.name = "Authentication Exchange line is too long",
	.status = STATUS_EXTENSION,
	.actor = ACTOR_SENDER,
	.classes = CLASS_TRANSIENT | CLASS_PERMANENT,
	.description =
		"During AUTH the client sent a BASE64 response longer than "
		"the buffer the server keeps for the chosen SASL mechanism, "
		"so the server failed the AUTH command.",
	.when =
		"As 500 5.5.6 during an AUTH exchange, when a response line "
		"from the client passes the server's limit. RFC 4954 treats "
		"12288 octets as enough for the mechanisms in use. A 5.5.6 "
		"fails this login for good; a 4.5.6 says the same response "
		"may be taken on a later attempt.",
	.fix =
		"Use a mechanism with short responses, such as PLAIN over "
		"TLS, or update the mail client, and check that it does not "
		"send a corrupt or doubled response. The server's "
		"administrator can raise the line limit for authentication.",
	.refs = "RFC 4954 sections 4, 6",
	.associated = "500",
	.notes = NULL,
},

[6][0] = {
	.name = "Other or undefined media error",
	.status = STATUS_STANDARD,
	.actor = ACTOR_SENDER,
	.classes = 0,
	.description =
		"Something in the content of the message stopped delivery, "
		"and none of the more specific X.6 codes describes the "
		"problem.",
	.when =
		"After the end of the message data or in a bounce, when a "
		"server or gateway cannot take something in the headers or "
		"body and has no closer code for it. A 5.6.0 is final; a "
		"4.6.0 means the server expects a later attempt to succeed.",
	.fix =
		"Read the text after the code for the part the server "
		"objects to, correct that header or body part, or send the "
		"content in a simpler form, such as plain text with fewer "
		"attachments, then send again.",
	.refs = "RFC 3463 section 3.7",
	.associated = "",
	.notes =
		"The registry gives no associated basic code.",
},

[6][1] = {
	.name = "Media not supported",
	.status = STATUS_STANDARD,
	.actor = ACTOR_SENDER,
	.classes = CLASS_PERMANENT,
	.description =
		"The message uses a media type or body format that the "
		"delivery protocol or the next system on the path cannot "
		"carry. The code is meant only for permanent failures.",
	.when =
		"As 5.6.1 after the message data or in a bounce from a relay "
		"or gateway, when a hop refuses a content type or encoding "
		"it has no way to handle.",
	.fix =
		"Send the content in a form every hop can take: a common "
		"media type, attachments encoded as base64 or "
		"quoted-printable, or a link instead of the file.",
	.refs = "RFC 3463 section 3.7",
	.associated = "",
	.notes =
		"The registry gives no associated basic code.",
},

[6][2] = {
	.name = "Conversion required and prohibited",
	.status = STATUS_STANDARD,
	.actor = ACTOR_SENDER,
	.classes = 0,
	.description =
		"The message has to be converted before the next hop can "
		"accept it, but conversion is forbidden, either by the "
		"sender's request in the message or by the policy of the "
		"sending host.",
	.when =
		"In bounces from relays and gateways that would have to "
		"downgrade or transcode the content, for instance 8-bit data "
		"going to a 7-bit hop, while the message or the host rules "
		"conversion out.",
	.fix =
		"Allow conversion for this message, or send it already in a "
		"form the destination accepts, such as 7-bit encoded MIME "
		"parts. An administrator can also relax the sending host's "
		"policy against conversion.",
	.refs = "RFC 3463 section 3.7",
	.associated = "",
	.notes =
		"The registry gives no associated basic code.",
},

[6][3] = {
	.name = "Conversion required but not supported",
	.status = STATUS_STANDARD,
	.actor = ACTOR_SENDER,
	.classes = 0,
	.description =
		"The content must be converted before a host on the path can "
		"forward it, and that host cannot do the conversion. Typical "
		"is an 8-bit message that has to go on to a hop taking only "
		"7-bit data.",
	.when =
		"As 554 5.6.3 after the message data or in a bounce from a "
		"relay. A BURL submission server sends the same reply when "
		"the content it fetched would need converting.",
	.fix =
		"Encode 8-bit and binary parts as base64 or quoted-printable "
		"before sending, so that no hop has to convert them. If the "
		"relay is yours, enable its 8-bit to 7-bit downgrade.",
	.refs = "RFC 3463 section 3.7; RFC 4468 section 6",
	.associated = "554",
	.notes = NULL,
},

[6][4] = {
	.name = "Conversion with loss performed",
	.status = STATUS_STANDARD,
	.actor = ACTOR_SENDER,
	.classes = CLASS_SUCCESS | CLASS_PERMANENT,
	.description =
		"A host had to convert the content and some data did not "
		"survive. On success it is a warning that the message "
		"arrived altered; as a permanent error it means the sender "
		"had forbidden lossy conversion.",
	.when =
		"As 250 2.6.4 after the message data or in a success report, "
		"when a host converted the content and part of it was lost. "
		"A 5.6.4 appears only when the message forbade conversion "
		"with loss, and then nothing was delivered.",
	.fix =
		"After 2.6.4, ask the recipient whether the message is "
		"complete and resend damaged parts in a safer encoding. "
		"After 5.6.4, allow lossy conversion or send content the "
		"destination can take unchanged.",
	.refs = "RFC 3463 section 3.7",
	.associated = "250",
	.notes = NULL,
},

[6][5] = {
	.name = "Conversion Failed",
	.status = STATUS_STANDARD,
	.actor = ACTOR_SENDER,
	.classes = CLASS_TRANSIENT | CLASS_PERMANENT,
	.description =
		"A host on the path needed to convert the content and tried, "
		"but the conversion did not succeed.",
	.when =
		"In bounces and delay reports from gateways that transcode "
		"or downgrade content. A 4.6.5 means the conversion may work "
		"on a later attempt and delivery is retried; a 5.6.5 ends "
		"the attempt and returns the message.",
	.fix =
		"After 4.6.5, let the retries run. After 5.6.5, resend the "
		"content in a form that needs no conversion, such as 7-bit "
		"encoded parts in common media types, or ask the gateway's "
		"administrator which part failed.",
	.refs = "RFC 3463 section 3.7",
	.associated = "",
	.notes =
		"The registry gives no associated basic code.",
},

[6][6] = {
	.name = "Message content not available",
	.status = STATUS_EXTENSION,
	.actor = ACTOR_SENDER,
	.classes = CLASS_TRANSIENT | CLASS_PERMANENT,
	.description =
		"The server could not fetch the message content from the "
		"remote system it was pointed to. With BURL, the submission "
		"server failed to resolve the IMAP URL the client sent in "
		"place of the message data.",
	.when =
		"As 554 5.6.6 in answer to BURL, when the URL is malformed, "
		"names the wrong host or message, or the IMAP server will "
		"not hand the content over. A 4.6.6 says the fetch may work "
		"on a later try.",
	.fix =
		"Check that the mail client builds the URL for the right "
		"IMAP server and message, and that the IMAP server grants "
		"the submission server access. Otherwise send the message "
		"with DATA or BDAT instead of BURL.",
	.refs = "RFC 4468 section 6",
	.associated = "554",
	.notes = NULL,
},

[6][7] = {
	.name = "Non-ASCII addresses not permitted for that sender/recipient",
	.status = STATUS_EXTENSION,
	.actor = ACTOR_SENDER,
	.classes = 0,
	.description =
		"The server refused a sender or recipient address containing "
		"non-ASCII characters, because the session or that address "
		"cannot use internationalized addresses.",
	.when =
		"In answer to MAIL (with 550) or RCPT (with 553) when a "
		"UTF-8 address arrives without the SMTPUTF8 parameter on "
		"MAIL, or the server lacks SMTPUTF8. Postfix answers such an "
		"address with 553 5.6.7.",
	.fix =
		"Use an ASCII address for the sender or recipient if one "
		"exists. Otherwise send through client software and servers "
		"that support SMTPUTF8, and make sure the client adds "
		"SMTPUTF8 to MAIL.",
	.refs = "RFC 6531 sections 3.5, 4.2",
	.associated = "550 553",
	.notes = NULL,
},

[6][8] = {
	.name =
		"UTF-8 string reply is required, but not permitted by the "
		"SMTP client",
	.status = STATUS_EXTENSION,
	.actor = ACTOR_SENDER,
	.classes = 0,
	.description =
		"The answer to VRFY or EXPN would have to show a mailbox "
		"name in UTF-8, but the client did not allow UTF-8 in "
		"replies, so the server holds the answer back.",
	.when =
		"In answer to VRFY or EXPN sent without the SMTPUTF8 "
		"parameter. With 252 the server still accepts mail for the "
		"address; with 550 it gives no answer about it. The registry "
		"also lists 553.",
	.fix =
		"Repeat VRFY or EXPN with the SMTPUTF8 parameter, after "
		"checking that the EHLO reply lists SMTPUTF8. A client that "
		"cannot handle UTF-8 replies has to do without the answer.",
	.refs = "RFC 6531 sections 3.7.4.2, 4.2",
	.associated = "252 550 553",
	.notes = NULL,
},

[6][9] = {
	.name =
		"UTF-8 header message cannot be transferred to one or more "
		"recipients, so the message must be rejected",
	.status = STATUS_EXTENSION,
	.actor = ACTOR_SENDER,
	.classes = 0,
	.description =
		"The message has internationalized (UTF-8) headers, and at "
		"least one recipient cannot receive such a message, so the "
		"server rejects it after the data.",
	.when =
		"After the final dot of DATA, when a recipient's system does "
		"not support SMTPUTF8. RFC 6531 asks servers to detect this "
		"at RCPT time instead, so the code is uncommon.",
	.fix =
		"Send the message to those recipients with ASCII-only "
		"headers and addresses, or ask them for an address on a "
		"system that supports SMTPUTF8.",
	.refs = "RFC 6531 sections 3.5, 4.2",
	.associated = "550",
	.notes =
		"RFC 6531 section 3.5 pairs X.6.9 with 554 (\"Transaction "
		"failed\"), while its own registration in section 4.2 and "
		"the registry give 550; expect either basic code.",
},

[6][10] = {
	.name = "Deprecated duplicate of X.6.8",
	.status = STATUS_OBSOLETE,
	.actor = ACTOR_SENDER,
	.classes = 0,
	.description =
		"A withdrawn code. RFC 6531 lists it only as a duplicate of "
		"X.6.8 (a reply needs UTF-8 that the client did not allow) "
		"and deprecates it.",
	.when =
		"Servers are not expected to send it. If one does, read it "
		"as X.6.8, in answer to VRFY or EXPN.",
	.fix =
		"Treat it as X.6.8: repeat VRFY or EXPN with the SMTPUTF8 "
		"parameter. Server software should send X.6.8 instead.",
	.refs = "RFC 6531 section 4.2",
	.associated = "",
	.notes =
		"Deprecated. The registry gives it no text, no associated "
		"basic code and no change controller.",
},

[7][0] = {
	.name = "Other or undefined security status",
	.status = STATUS_STANDARD,
	.actor = ACTOR_SENDER,
	.classes = 0,
	.description =
		"A security or policy problem that no more specific X.7 code "
		"describes, or one the server will not detail for security "
		"reasons. Under AUTH, 2.7.0 instead reports a successful "
		"login.",
	.when =
		"As 530 5.7.0 when the server requires STARTTLS or AUTH "
		"first, as 235 2.7.0 after AUTH succeeds, and as 454 4.7.0 "
		"or 421 4.7.0 for temporary authentication failures and "
		"deferrals of suspicious senders.",
	.fix =
		"A 2.7.0 needs nothing. For 530 5.7.0, enable STARTTLS and "
		"SMTP authentication in the sending client. A 4.7.0 is "
		"retried by the sending server; if it persists, check your "
		"sending volume and the reputation of your IP address and "
		"domain. For other 5.7.0 replies, the text after the code is "
		"the only reason given.",
	.refs = "RFC 3463 section 3.8; RFC 3207 section 4; "
		"RFC 4954 sections 4, 6",
	.associated = "220 235 450 454 500 501 503 504 530 535 550",
	.notes = NULL,
},

[7][1] = {
	.name = "Delivery not authorized, message refused",
	.status = STATUS_STANDARD,
	.actor = ACTOR_SENDER,
	.classes = CLASS_PERMANENT,
	.description =
		"The receiving side's policy does not let this sender send "
		"to this destination. The refusal comes from filtering by "
		"host or by recipient: relay rules, blocklists, SPF or spam "
		"checks.",
	.when =
		"Usually as 550 5.7.1 or 554 5.7.1: relay access denied (the "
		"Postfix default), a blocked IP address, an SPF fail or a "
		"spam verdict. A 4.7.1 also occurs, for example iCloud "
		"deferring mail sent in excessive volume.",
	.fix =
		"Read the text after the code. Relay denied: authenticate to "
		"your own submission server instead of relaying through the "
		"recipient's MX. Block or SPF fail: correct your SPF record, "
		"ask for delisting, or send from a clean IP address. A 4.7.1 "
		"is retried by itself; lower the volume if it persists.",
	.refs = "RFC 3463 section 3.8; RFC 7208 section 8.4",
	.associated = "451 454 502 503 533 550 551",
	.notes =
		"RFC 3463 allows X.7.1 only as a permanent error, yet 4.7.1 "
		"deferrals exist. The basic code 533 is paired with it only "
		"in RFC 5248's table, and X.7.23 (RFC 7372) is the newer, "
		"more specific code for an SPF fail.",
},

[7][2] = {
	.name = "Mailing list expansion prohibited",
	.status = STATUS_STANDARD,
	.actor = ACTOR_SENDER,
	.classes = CLASS_PERMANENT,
	.description =
		"The sender may not send to the mailing list it addressed: "
		"the list takes mail only from senders it permits.",
	.when =
		"As 550 5.7.2 from list servers and mail systems that "
		"restrict who may post to a list or group address, typically "
		"because the sender is not a member or writes from an "
		"address the list does not know.",
	.fix =
		"Post from the address you subscribed with, or ask the list "
		"owner to allow your address or to pass the message on.",
	.refs = "RFC 3463 section 3.8",
	.associated = "550",
	.notes = NULL,
},

[7][3] = {
	.name = "Security conversion required but not possible",
	.status = STATUS_STANDARD,
	.actor = ACTOR_SENDER,
	.classes = CLASS_PERMANENT,
	.description =
		"Delivery needs the message converted from one secure "
		"messaging protocol to another, and that conversion cannot "
		"be done. The code is meant only for permanent failures.",
	.when =
		"Rare: in bounces from gateways between secure messaging "
		"systems, when a signed or encrypted message would have to "
		"change its security format for the next system.",
	.fix =
		"Ask the recipient which security format their side accepts "
		"and send the message in that format, or unsigned and "
		"unencrypted where that is acceptable.",
	.refs = "RFC 3463 section 3.8",
	.associated = "",
	.notes =
		"The registry gives no associated basic code.",
},

[7][4] = {
	.name = "Security features not supported",
	.status = STATUS_STANDARD,
	.actor = ACTOR_SENDER,
	.classes = CLASS_PERMANENT,
	.description =
		"The message or the session relies on a security feature, "
		"such as a form of secure authentication, that the delivery "
		"protocol or the next hop does not support.",
	.when =
		"Rare. The registry pairs it with 504, the reply for a "
		"command parameter the server does not implement, so it can "
		"follow a request for a security option the server lacks.",
	.fix =
		"Check which security extensions the server lists in its "
		"EHLO reply and configure the client to use only those, or "
		"deliver through a host that supports the feature.",
	.refs = "RFC 3463 section 3.8",
	.associated = "504",
	.notes = NULL,
},

[7][5] = {
	.name = "Cryptographic failure",
	.status = STATUS_STANDARD,
	.actor = ACTOR_SENDER,
	.classes = 0,
	.description =
		"A system entitled to verify or decrypt the message in "
		"transit could not, because what it needed, such as a key, "
		"was missing or invalid.",
	.when =
		"Uncommon: from gateways that verify signatures or decrypt "
		"mail on the way, when the key is unknown or does not match. "
		"A 4.7.5 means the key may become available later; a 5.7.5 "
		"is final.",
	.fix =
		"Check that the message was signed or encrypted with the key "
		"the recipient's side expects and that the key is current. "
		"If it is, the receiving administrator has to install it.",
	.refs = "RFC 3463 section 3.8",
	.associated = "",
	.notes =
		"The registry gives no associated basic code.",
},

[7][6] = {
	.name = "Cryptographic algorithm not supported",
	.status = STATUS_STANDARD,
	.actor = ACTOR_SENDER,
	.classes = 0,
	.description =
		"A system entitled to verify or decrypt the message in "
		"transit could not, because the message uses an algorithm "
		"that system does not support.",
	.when =
		"Uncommon: from gateways that verify or decrypt mail in "
		"transit, when the signature or encryption uses a cipher or "
		"hash they do not implement.",
	.fix =
		"Sign or encrypt with a widely supported algorithm and send "
		"again, or ask the recipient's administrator which "
		"algorithms their gateway accepts.",
	.refs = "RFC 3463 section 3.8",
	.associated = "",
	.notes =
		"The registry gives no associated basic code.",
},

[7][7] = {
	.name = "Message integrity failure",
	.status = STATUS_STANDARD,
	.actor = ACTOR_SENDER,
	.classes = CLASS_SUCCESS | CLASS_TRANSIENT | CLASS_PERMANENT,
	.description =
		"A system entitled to validate the message found it "
		"corrupted or altered, so the integrity check failed.",
	.when =
		"From systems that check integrity in transit. A 5.7.7 "
		"refuses the message; a 4.7.7 means the check may pass on a "
		"later try; a 2.7.7 means the message was delivered and the "
		"failure is only reported.",
	.fix =
		"Find what changes the message on the way, such as a relay, "
		"list server or filter that rewrites headers or body after "
		"signing. Sign as the last step before sending, then send "
		"again.",
	.refs = "RFC 3463 section 3.8",
	.associated = "",
	.notes =
		"The registry gives no associated basic code.",
},

[7][8] = {
	.name = "Authentication credentials invalid",
	.status = STATUS_EXTENSION,
	.actor = ACTOR_SENDER,
	.classes = 0,
	.description =
		"AUTH failed: the server rejected the user name, password or "
		"other credentials the client gave.",
	.when =
		"As 535 5.7.8 in answer to AUTH when a login fails, on a "
		"submission port or a relay that requires login; Postfix "
		"answers a failed login this way. A 554 5.7.8 in answer to "
		"BURL is the older BURL meaning: a trust relationship is "
		"missing.",
	.fix =
		"Check the user name and password configured in the mail "
		"client, reset the password if in doubt, and make sure the "
		"account may send through this server.",
	.refs = "RFC 4954 section 6; RFC 4468 section 6; "
		"RFC 5248 section 2.4",
	.associated = "535 554",
	.notes =
		"RFC 4468 (BURL) first used X.7.8 for a missing trust "
		"relationship, as in its example \"554 5.7.8 URL resolution "
		"requires trust relationship\"; RFC 5248 moved that meaning "
		"to X.7.14.",
},

[7][9] = {
	.name = "Authentication mechanism is too weak",
	.status = STATUS_EXTENSION,
	.actor = ACTOR_SENDER,
	.classes = 0,
	.description =
		"The server refuses the AUTH mechanism the client chose as "
		"weaker than its policy allows for that user.",
	.when =
		"As 534 5.7.9 in answer to AUTH. Yahoo also sends 554 5.7.9 "
		"and 550 5.7.9 to refuse mail for policy reasons or from "
		"senders that pass neither SPF nor DKIM, a use the registry "
		"does not define.",
	.fix =
		"Configure the client to use a stronger mechanism from those "
		"the server lists in its EHLO reply, after STARTTLS where "
		"the server offers it. When Yahoo refuses a message with "
		"5.7.9, set up SPF and DKIM for your domain.",
	.refs = "RFC 4954 section 6",
	.associated = "534",
	.notes = NULL,
},

[7][10] = {
	.name = "Encryption Needed",
	.status = STATUS_NONSTANDARD,
	.actor = ACTOR_SENDER,
	.classes = 0,
	.description =
		"The server will not run the chosen authentication mechanism "
		"over an unencrypted connection. It is meant mainly for "
		"mechanisms that send the password in clear text.",
	.when =
		"In answer to AUTH sent before STARTTLS; the registry pairs "
		"it with 523. In a REQUIRETLS bounce (RFC 8689), 5.7.10 "
		"instead says that a relay could not set up a TLS session for "
		"the message.",
	.fix =
		"Make the mail client issue STARTTLS before AUTH, or pick a "
		"stronger mechanism from the server's EHLO list. For a "
		"REQUIRETLS bounce, check the TLS setup of the next hop named "
		"in the bounce.",
	.refs = "RFC 5248 section 2.4; RFC 8689 section 4.2.1",
	.associated = "523",
	.notes =
		"RFC 5248 registered X.7.10 for industry use without a "
		"published specification. RFC 8689 gives 5.7.10 a second "
		"meaning: a relay failed to establish the TLS-protected "
		"session that a message required.",
},

[7][11] = {
	.name = "Encryption required for requested authentication mechanism",
	.status = STATUS_EXTENSION,
	.actor = ACTOR_SENDER,
	.classes = 0,
	.description =
		"The client asked for an authentication mechanism that the "
		"server allows only on an encrypted connection, and this "
		"connection is not encrypted.",
	.when =
		"In answer to AUTH, historically as 538 5.7.11. Rare today: "
		"RFC 4954 tells servers to leave such mechanisms out of EHLO "
		"until a strong enough encryption layer is in place.",
	.fix =
		"Have the client run STARTTLS before AUTH, or choose another "
		"mechanism from the server's EHLO list. A server that sends "
		"it should stop advertising that mechanism on unencrypted "
		"connections.",
	.refs = "RFC 4954 sections 1, 6; RFC 5248 section 2.4",
	.associated = "524 538",
	.notes =
		"RFC 4954 deprecates the 538 reply and documents it for "
		"historical purposes only. The pairing with 524 comes from "
		"the RFC 5248 table; no RFC defines 524.",
},

[7][12] = {
	.name = "A password transition is needed",
	.status = STATUS_EXTENSION,
	.actor = ACTOR_SENDER,
	.classes = 0,
	.description =
		"The account cannot use the chosen mechanism yet: the server "
		"first needs one login with the PLAIN mechanism, after which "
		"the chosen one works in later sessions.",
	.when =
		"In answer to AUTH, as 432 4.7.12, when a user tries the "
		"selected mechanism before having logged in once with PLAIN.",
	.fix =
		"Log in once with PLAIN, over TLS so the password is "
		"protected, then go back to the chosen mechanism. The failure "
		"is transient: the same AUTH succeeds after that one PLAIN "
		"login.",
	.refs = "RFC 4954 section 6; RFC 5248 section 2.4",
	.associated = "422 432",
	.notes = NULL,
},

[7][13] = {
	.name = "User Account Disabled",
	.status = STATUS_NONSTANDARD,
	.actor = ACTOR_SENDER,
	.classes = CLASS_PERMANENT,
	.description =
		"The login succeeded, but the account behind it is disabled, "
		"for example over unpaid bills, abuse or a suspected "
		"break-in. The refusal stands until an administrator enables "
		"the account again.",
	.when =
		"In answer to AUTH, registered with 525, when a user with "
		"correct credentials logs in to a submission server that has "
		"locked the account.",
	.fix =
		"Do not ask for the password again: it was right. Contact the "
		"mail provider or the administrator of the submission server "
		"to have the account re-enabled.",
	.refs = "RFC 5248 section 2.4",
	.associated = "525",
	.notes = NULL,
},

[7][14] = {
	.name = "Trust relationship required",
	.status = STATUS_EXTENSION,
	.actor = ACTOR_SENDER,
	.classes = 0,
	.description =
		"The submission server was asked to fetch the message content "
		"from another server, as with BURL, but has no configured "
		"trust relationship with that third-party server.",
	.when =
		"During submission with BURL, paired with 554 or 535, when "
		"the submission server may not retrieve the content behind "
		"the IMAP URL the client gave.",
	.fix =
		"The administrators of the submission server and the IMAP "
		"server must set up trust between the two. Until then, the "
		"client can send the message content itself with DATA or BDAT "
		"instead of BURL.",
	.refs = "RFC 5248 section 2.4; RFC 4468 section 6",
	.associated = "535 554",
	.notes =
		"RFC 4468 reported this condition with X.7.8; RFC 5248 moved "
		"it to X.7.14, leaving X.7.8 for invalid credentials only.",
},

[7][15] = {
	.name = "Priority Level is too low",
	.status = STATUS_EXTENSION,
	.actor = ACTOR_CLIENT,
	.classes = CLASS_TRANSIENT | CLASS_PERMANENT,
	.description =
		"The priority the sender set with the MT-PRIORITY extension "
		"is below the lowest one this server accepts. The condition "
		"may be temporary, as when a server takes only high-priority "
		"mail for a while.",
	.when =
		"In answer to MAIL with an MT-PRIORITY parameter. As 450 "
		"4.7.15 the server is in a temporary high-priority-only mode; "
		"as 550 5.7.15 the minimum is not expected to change.",
	.fix =
		"After 4.7.15, let the client retry: the server may take "
		"lower priorities again later. After 5.7.15, resend with a "
		"higher priority if the sender is allowed one.",
	.refs = "RFC 6710 section 4.1",
	.associated = "450 550",
	.notes =
		"The registry lists 450 and 550 but allows other 4xx and 5xx "
		"reply codes with this code.",
},

[7][16] = {
	.name = "Message is too big for the specified priority",
	.status = STATUS_EXTENSION,
	.actor = ACTOR_SENDER,
	.classes = CLASS_TRANSIENT | CLASS_PERMANENT,
	.description =
		"The message is larger than the server accepts at the "
		"priority requested with MT-PRIORITY. The limit may be "
		"temporary, as in a mode that lets through only small "
		"high-priority messages.",
	.when =
		"Usually as 552 5.7.16 from a server that supports "
		"MT-PRIORITY. A 4.7.16 says the size limit for that priority "
		"is expected to lift, and the client retries.",
	.fix =
		"Make the message smaller, for example by linking large files "
		"instead of attaching them, or send it without asking for "
		"that priority. After 4.7.16 a later retry may succeed "
		"unchanged.",
	.refs = "RFC 6710 section 4.1; RFC 4865 section 6",
	.associated = "552",
	.notes =
		"The registry lists 552 but allows other 4xx and 5xx reply "
		"codes. RFC 4865 (FUTURERELEASE) had defined X.7.16 as "
		"\"Future release per-user message quota exceeded\", a "
		"meaning never registered.",
},

[7][17] = {
	.name = "Mailbox owner has changed",
	.status = STATUS_EXTENSION,
	.actor = ACTOR_SENDER,
	.classes = 0,
	.description =
		"The sender asked, through RRVS (the "
		"Require-Recipient-Valid-Since header field or SMTP "
		"extension), for delivery only if the mailbox has had one "
		"owner since a given date, and it has not.",
	.when =
		"In reply to a message carrying an RRVS date, as in "
		"RFC 7293's example 550 5.7.17. Typically the address was "
		"closed and later assigned to a new user.",
	.fix =
		"Do not resend to this address: it now belongs to someone "
		"else. Ask the intended person for a current address and "
		"update your records.",
	.refs = "RFC 7293 section 12.1; RFC 4865 section 6",
	.associated = "550",
	.notes =
		"The registry gives \"5XX\" as the basic code, so any 5xx "
		"reply code fits; RFC 7293's example uses 550. RFC 4865 "
		"(FUTURERELEASE) had defined X.7.17 as \"Future release "
		"system message quota exceeded\", a meaning never "
		"registered.",
},

[7][18] = {
	.name = "Domain owner has changed",
	.status = STATUS_EXTENSION,
	.actor = ACTOR_SENDER,
	.classes = 0,
	.description =
		"The message carries an RRVS date, and the receiving system "
		"chooses to reveal that the domain of the recipient address "
		"has changed owner since that date.",
	.when =
		"In reply to a message with a Require-Recipient-Valid-Since "
		"field or RRVS parameter, when the domain passed to a new "
		"owner after the date the sender gave.",
	.fix =
		"Treat the address as belonging to a stranger: stop sending "
		"to it and get a current address from the intended recipient.",
	.refs = "RFC 7293",
	.associated = "",
	.notes =
		"The registry gives \"5XX\" as the basic code, so any 5xx "
		"reply code fits; no RFC names a particular one.",
},

[7][19] = {
	.name = "RRVS test cannot be completed",
	.status = STATUS_EXTENSION,
	.actor = ACTOR_SENDER,
	.classes = 0,
	.description =
		"The message asked for an RRVS check, but the receiving "
		"system cannot carry it out: it did not record since when the "
		"mailbox has had its current owner.",
	.when =
		"In reply to a message carrying an RRVS date, from a system "
		"that supports RRVS but holds no ownership timestamp for this "
		"mailbox.",
	.fix =
		"The sender decides: resend without the RRVS date if delivery "
		"to whoever holds the address now is acceptable, or first "
		"confirm the address with the intended recipient.",
	.refs = "RFC 7293",
	.associated = "",
	.notes =
		"The registry gives \"5XX\" as the basic code, so any 5xx "
		"reply code fits; no RFC names a particular one.",
},

[7][20] = {
	.name = "No passing DKIM signature found",
	.status = STATUS_EXTENSION,
	.actor = ACTOR_SENDER,
	.classes = 0,
	.description =
		"Local policy requires DKIM, and the message has no DKIM "
		"signature that verifies: it is unsigned, or every signature "
		"on it fails.",
	.when =
		"After the message data, as 550 5.7.20, from receivers that "
		"demand signed mail. A message changed in transit, for "
		"instance by a footer a list adds, can lose its only valid "
		"signature.",
	.fix =
		"Sign outgoing mail with DKIM and publish the public key "
		"under the selector in DNS. If mail is signed already, check "
		"that the DNS key matches and that nothing rewrites the "
		"message after signing.",
	.refs = "RFC 7372 section 3.1; RFC 6376",
	.associated = "550",
	.notes = NULL,
},

[7][21] = {
	.name = "No acceptable DKIM signature found",
	.status = STATUS_EXTENSION,
	.actor = ACTOR_SENDER,
	.classes = 0,
	.description =
		"The message has one or more DKIM signatures that verify, but "
		"the receiver's policy accepts none of them, for example "
		"because of the domains that signed.",
	.when =
		"After the message data, as 550 5.7.21, typically for mail "
		"signed only by a sending service's own domain when the "
		"receiver wants a signature from another domain.",
	.fix =
		"Find out which signing domain the receiver expects, usually "
		"the domain in From, and add a DKIM signature for it next to "
		"any signature your provider adds.",
	.refs = "RFC 7372 section 3.1; RFC 6376",
	.associated = "550",
	.notes = NULL,
},

[7][22] = {
	.name = "No valid author-matched DKIM signature found",
	.status = STATUS_EXTENSION,
	.actor = ACTOR_SENDER,
	.classes = 0,
	.description =
		"The message has valid DKIM signatures, but none from a "
		"domain that matches the author address in the From header "
		"field. It is a narrower case of X.7.21.",
	.when =
		"After the message data, as 550 5.7.22, for mail sent through "
		"a provider or list that signs with its own domain while From "
		"shows another one.",
	.fix =
		"Get a signature for the From domain: publish a DKIM key for "
		"your domain and have your provider sign with it, or use a "
		"From address in the domain that signs.",
	.refs = "RFC 7372 section 3.1; RFC 6376",
	.associated = "550",
	.notes = NULL,
},

[7][23] = {
	.name = "SPF validation failed",
	.status = STATUS_EXTENSION,
	.actor = ACTOR_SENDER,
	.classes = 0,
	.description =
		"The SPF check gave the result \"fail\": the sender domain's "
		"SPF record does not allow the connecting IP address to send "
		"for it, and local policy refuses such mail.",
	.when =
		"As 550 5.7.23 for mail from a server missing from the "
		"domain's SPF record, and often for forwarded mail. Servers "
		"that predate RFC 7372 report the same result as 550 5.7.1.",
	.fix =
		"Add the sending server or provider to the domain's SPF "
		"record (an ip4, ip6 or include term) and test the record. A "
		"forwarder should rewrite the envelope sender to its own "
		"domain.",
	.refs = "RFC 7372 section 3.2; RFC 7208 section 8.4",
	.associated = "550",
	.notes = NULL,
},

[7][24] = {
	.name = "SPF validation error",
	.status = STATUS_EXTENSION,
	.actor = ACTOR_SENDER,
	.classes = 0,
	.description =
		"The SPF check ended in an error instead of a result: a DNS "
		"lookup failed for now (temperror), or the domain's SPF "
		"record is unusable (permerror).",
	.when =
		"As 451 4.7.24 for a temporary DNS failure, in place of the "
		"older 451 4.4.3; as 550 5.7.24 for a broken record, such as "
		"bad syntax or too many DNS lookups, in place of 550 5.5.2.",
	.fix =
		"A 4.7.24 needs no action: the client retries, though repeats "
		"point at the domain's DNS servers. A 5.7.24 needs the domain "
		"owner to repair the SPF record: a single record, valid "
		"syntax, and fewer DNS lookups.",
	.refs = "RFC 7372 section 3.2; RFC 7208 sections 8.6, 8.7",
	.associated = "451 550",
	.notes = NULL,
},

[7][25] = {
	.name = "Reverse DNS validation failed",
	.status = STATUS_EXTENSION,
	.actor = ACTOR_SENDER,
	.classes = 0,
	.description =
		"The connecting client's IP address failed the receiver's "
		"reverse DNS check: it has no PTR record, or the name in it "
		"does not resolve back to that address.",
	.when =
		"Gmail refuses with 550 5.7.25 when the PTR is missing or "
		"does not point back; Exchange Online uses 5.7.25 for IPv6 "
		"senders without one. Postfix defers with 450 4.7.25 \"cannot "
		"find your hostname\", and the client retries.",
	.fix =
		"Have whoever controls the IP address, often the hosting "
		"provider, set a PTR record to a host name whose A or AAAA "
		"record gives the same address. Deferred 4.7.25 mail then "
		"goes through on retry; after 5.7.25, resend.",
	.refs = "RFC 7372 section 3.3",
	.associated = "550",
	.notes =
		"The registry pairs the code with 550 only, but Postfix sends "
		"it with 450 by default, so its reverse DNS refusals are "
		"deferrals that the client retries; its source cites "
		"RFC 7372.",
},

[7][26] = {
	.name = "Multiple authentication checks failed",
	.status = STATUS_EXTENSION,
	.actor = ACTOR_SENDER,
	.classes = 0,
	.description =
		"The message failed more than one of the authentication "
		"checks local policy requires, such as SPF and DKIM. The "
		"reply does not say which checks failed.",
	.when =
		"Gmail refuses unauthenticated mail with 550 5.7.26 and "
		"defers it with 421 or 451 4.7.26; Exchange Online defers "
		"IPv6 mail passing neither SPF nor DKIM with 4.7.26. A 5.7.26 "
		"may also report an ARC failure.",
	.fix =
		"Set up SPF and DKIM for the sending domain, with a DMARC "
		"record they align with, and read the Authentication-Results "
		"header of a test message. A 4.7.26 is retried, so fix it "
		"before the queue gives up; a 5.7.26 needs a resend.",
	.refs = "RFC 7372 section 3.4; RFC 8617 section 5.2.2",
	.associated = "550",
	.notes =
		"RFC 8617 lets a receiver send 5.7.26 in place of 5.7.29 for "
		"an ARC failure. Gmail also uses 5.7.26 for a single SPF hard "
		"fail and for DMARC failures, and Gmail and Microsoft send a "
		"transient 4.7.26 the registry does not list.",
},

[7][27] = {
	.name = "Sender address has null MX",
	.status = STATUS_EXTENSION,
	.actor = ACTOR_SENDER,
	.classes = 0,
	.description =
		"The domain of the sender address publishes a null MX, "
		"declaring that it receives no mail, and the receiver refuses "
		"the message because replies and bounces could never reach "
		"it.",
	.when =
		"As 550 5.7.27 when the envelope sender or the From domain "
		"has a null MX. Gmail sends 421 4.7.27 and 550 5.7.27 for an "
		"unrelated case: bulk mail whose SPF check did not pass.",
	.fix =
		"Send from an address in a domain that receives mail, or drop "
		"the null MX if the domain should receive mail. For Gmail's "
		"meaning, fix the SPF record for the sending IP; a 4.7.27 is "
		"retried, a 5.7.27 must be resent.",
	.refs = "RFC 7505 section 4.1",
	.associated = "550",
	.notes =
		"Gmail reuses 4.7.27 and 5.7.27 for bulk senders whose SPF "
		"authentication did not pass, which has nothing to do with "
		"null MX; the reply text tells the two apart.",
},

[7][28] = {
	.name = "Mail flood detected",
	.status = STATUS_NONSTANDARD,
	.actor = ACTOR_SENDER,
	.classes = 0,
	.description =
		"The receiving system sees a flood of mail, an unusual volume "
		"aimed at its users, and refuses this message as part of it.",
	.when =
		"Gmail defers with 421 4.7.28 when a sender's rate of mail, "
		"often unsolicited, is unusually high, and refuses with 550 "
		"5.7.28. The 421 form is retried; the 550 form is final.",
	.fix =
		"After 4.7.28, lower the sending rate and let the queue retry "
		"slowly. After 5.7.28, remove addresses that never asked for "
		"the mail, check for a compromised account or form, and "
		"resend later at a lower rate.",
	.refs = "draft-levine-mailbomb-header-00",
	.associated = "",
	.notes =
		"Registered from an Internet-Draft, not an RFC, with "
		"standards@taugh.com as change controller. The registry's "
		"associated basic code is just \".\", so it names no reply "
		"code.",
},

[7][29] = {
	.name = "ARC validation failure",
	.status = STATUS_EXTENSION,
	.actor = ACTOR_SENDER,
	.classes = 0,
	.description =
		"The message's ARC chain, the seals that lists and forwarders "
		"add to vouch for earlier authentication results, failed "
		"validation, and the receiver refuses it.",
	.when =
		"After the message data, as 550 5.7.29, from receivers that "
		"check ARC, on mail that passed through a list or forwarder. "
		"RFC 8617 also allows 5.7.26 for the same case.",
	.fix =
		"The operator of the list or forwarder whose ARC set fails "
		"should check its signing keys in DNS and seal the message "
		"only after its last change to it.",
	.refs = "RFC 8617 sections 5.2.2, 10.4",
	.associated = "550",
	.notes = NULL,
},

[7][30] = {
	.name = "REQUIRETLS support required",
	.status = STATUS_EXTENSION,
	.actor = ACTOR_SENDER,
	.classes = 0,
	.description =
		"The message was sent with the REQUIRETLS option, which "
		"demands TLS on every hop, and the next server on the path "
		"does not support REQUIRETLS, so the message cannot go on.",
	.when =
		"In a bounce from a relay whose next hop does not offer "
		"REQUIRETLS. Gmail sends 421 4.7.30 and 550 5.7.30 for "
		"something else: DKIM did not pass, and the 421 form "
		"rate-limits the sender.",
	.fix =
		"For REQUIRETLS, resend without the option if plain delivery "
		"is acceptable, or ask the recipient's provider to support "
		"it. For Gmail's meaning, sign with DKIM for your domain; a "
		"4.7.30 is retried, a 5.7.30 must be resent.",
	.refs = "RFC 8689 sections 4.2.1, 7",
	.associated = "550",
	.notes =
		"Gmail reuses 4.7.30 and 5.7.30 for mail whose DKIM check did "
		"not pass, a meaning unrelated to REQUIRETLS; the reply text "
		"tells which is meant.",
},
