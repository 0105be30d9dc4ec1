#!/bin/sh
# manpage.sh: the man page lints clean with mandoc and groff and names every command, option and variable.
# usage: manpage.sh MANPAGE
page=$1
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
fail=0

for tool in mandoc groff; do
	if ! command -v $tool >/dev/null 2>&1; then
		echo "$tool not found: install the $tool package"
		exit 1
	fi
done

# Any message at all, even a style hint, is a failure.
mandoc -Tlint "$page" >"$tmp/lint" 2>&1
if [ -s "$tmp/lint" ]; then
	echo "mandoc -Tlint $page:"
	cat "$tmp/lint"
	fail=1
fi
# groff checks each output device apart: test the terminal ones man uses too.
for device in ps utf8 ascii; do
	groff -mdoc -ww -z -T$device "$page" >"$tmp/lint" 2>&1
	if [ -s "$tmp/lint" ]; then
		echo "groff -mdoc -ww -z -T$device $page:"
		cat "$tmp/lint"
		fail=1
	fi
done

# The page as a reader sees it, one line a paragraph, without the backspaces of bold.
bs=$(printf '\b')
mandoc -Tascii -Owidth=1000 "$page" 2>/dev/null | sed "s/.$bs//g" >"$tmp/text"
for word in NAME SYNOPSIS DESCRIPTION ENVIRONMENT 'EXIT STATUS' EXAMPLES STANDARDS \
	compare explain list search \
	--json -w --width --color --lang --reply --enhanced --command --provider -h --help -V --version -- \
	PROVIDERS gmail microsoft yahoo icloud mimecast proofpoint barracuda \
	auto always never en fr zh \
	COLUMNS NO_COLOR TERM LC_ALL LC_MESSAGES LANG \
	'RFC 5321' 'RFC 3463' 'RFC 2034' 'RFC 3464' 'RFC 5248' 'Enhanced Status Codes Registry'; do
	# A whole word: -w must not be found inside --width, nor LANG inside --lang.
	if ! grep -Eq -e "(^|[^[:alnum:]_-])$word([^[:alnum:]_-]|\$)" "$tmp/text"; then
		echo "$page: no '$word'"
		fail=1
	fi
done

[ $fail -eq 0 ] && echo "manpage: all checks passed"
exit $fail
