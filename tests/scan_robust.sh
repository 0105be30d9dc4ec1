#!/bin/sh
# scan_robust.sh SMTPCODE: scan on input of every odd kind: a 100 MB line with no
# newline, NUL bytes, bytes that are not UTF-8, CRLF, a file that is no log, a
# directory, a missing and an unreadable file among good ones, a full disk.
set -eu
smtpcode=$1
dir=$(mktemp -d)
trap 'chmod -R u+rwx "$dir"; rm -rf "$dir"' EXIT
fail() {
	echo "FAIL: $*" >&2
	exit 1
}
# expect STATUS STDOUT-FILE STDERR-TEXT ARGS...: scan's exit status, output and error
expect() {
	want=$1 out=$2 err=$3
	shift 3
	status=0
	"$smtpcode" scan "$@" >"$dir/out" 2>"$dir/err" || status=$?
	[ "$status" = "$want" ] || fail "scan $*: exit $status, expected $want"
	printf '%s' "$err" | cmp -s - "$dir/err" || fail "scan $*: stderr $(cat "$dir/err")"
	[ "$out" = - ] || cmp -s "$out" "$dir/out" || fail "scan $*: stdout $(cat "$dir/out")"
}

# A line of 100 MB with no newline counts by its start; one of NUL bytes too.
{ printf 'a said: 550 5.1.1 '; head -c 100000000 /dev/zero | tr '\0' x; } >"$dir/long"
printf '1\t100.0%%\t550\t5.1.1\tpermanent\tBad destination mailbox address\n' >"$dir/one"
expect 0 "$dir/one" "" "$dir/long"
{ printf 'a said: 550 5.1.1 '; head -c 100000000 /dev/zero; } >"$dir/nul"
expect 0 "$dir/one" "" "$dir/nul"
"$smtpcode" scan <"$dir/nul" | cmp -s "$dir/one" - || fail "a 100 MB line through a pipe"

# Bytes that are not UTF-8, NUL inside a line, CRLF line ends.
printf 'x\377\376 said: 550 5.1.1 \300\n' >"$dir/odd"
printf 'y said:\000550 5.1.1 z\r\n' >>"$dir/odd"
printf '2\t100.0%%\t550\t5.1.1\tpermanent\tBad destination mailbox address\n' >"$dir/two"
expect 0 "$dir/two" "" "$dir/odd"

# No log at all: nothing counted, exit 1, one line on stderr.
: >"$dir/empty"
expect 1 /dev/null "smtpcode: no reply found
" "$dir/empty"
head -c 3000000 "$smtpcode" >"$dir/binary"
status=0
"$smtpcode" scan "$dir/binary" >/dev/null 2>"$dir/err" || status=$?
[ "$status" -le 1 ] || fail "a binary file: exit $status"

# A directory, a missing file and an unreadable one: each named, the rest still counted.
mkdir "$dir/logs"
printf '4\t100.0%%\t550\t5.1.1\tpermanent\tBad destination mailbox address\n' >"$dir/four"
expect 2 "$dir/four" "smtpcode: cannot read '$dir/logs': Is a directory
smtpcode: cannot read '$dir/missing': No such file or directory
" "$dir/odd" "$dir/logs" "$dir/missing" "$dir/odd"
cp "$dir/odd" "$dir/locked"
chmod 000 "$dir/locked"
if ! cat "$dir/locked" >/dev/null 2>&1; then
	expect 2 "$dir/two" "smtpcode: cannot read '$dir/locked': Permission denied
" "$dir/locked" "$dir/odd"
elif [ -r /proc/self/mem ]; then # root reads any file, but not this one from its start
	expect 2 "$dir/two" "smtpcode: cannot read '/proc/self/mem': Input/output error
" /proc/self/mem "$dir/odd"
fi

# Nothing readable: the errors, and exit 2 rather than 1.
expect 2 /dev/null "smtpcode: cannot read '$dir/missing': No such file or directory
smtpcode: no reply found
" "$dir/missing"

# A full disk is a write error.
if [ -w /dev/full ]; then
	status=0
	"$smtpcode" scan "$dir/odd" >/dev/full 2>"$dir/err" || status=$?
	[ "$status" = 2 ] && grep -q 'write error' "$dir/err" || fail "/dev/full: exit $status"
fi
echo "scan: long lines, NUL, bad UTF-8, CRLF, no log, directories, missing and unreadable files"
