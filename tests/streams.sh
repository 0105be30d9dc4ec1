#!/bin/sh
# streams.sh: write errors are reported with exit 2; a reader that goes away ends smtpcode quietly.
# usage: streams.sh SMTPCODE
bin=$1
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
fail=0

check() { # check WHAT EXPECTED ACTUAL
	if [ "$2" != "$3" ]; then
		printf '%s: expected [%s], got [%s]\n' "$1" "$2" "$3"
		fail=1
	fi
}

for args in "550" "--json 550" "compare 221 553" "--help"; do
	# shellcheck disable=SC2086 # the words of $args are separate arguments
	"$bin" $args >/dev/full 2>"$tmp/err"
	check "$args >/dev/full: status" 2 $?
	check "$args >/dev/full: stderr" "smtpcode: write error: No space left on device" "$(cat "$tmp/err")"
done

"$bin" 550 >&- 2>"$tmp/err"
check "stdout closed: status" 2 $?
check "stdout closed: stderr" "smtpcode: write error: Bad file descriptor" "$(cat "$tmp/err")"

# The reader takes one line and leaves: smtpcode dies of SIGPIPE, saying nothing.
"$bin" 250 221 2>"$tmp/err" | head -n 1 >"$tmp/out"
check "250 221 | head -1: stdout" "SMTP 250 Requested Action Completed" "$(cat "$tmp/out")"
check "250 221 | head -1: stderr" "" "$(cat "$tmp/err")"

# The same with SIGPIPE ignored, and more output than a pipe holds: EPIPE, still quiet.
codes=$(for i in 1 2 3 4 5 6 7 8 9 10; do echo 211 214 220 221 250 251 252 354 421 450 451 452 550; done)
(
	trap '' PIPE
	# shellcheck disable=SC2086
	"$bin" $codes 2>"$tmp/err"
	echo $? >"$tmp/status"
) | head -n 1 >"$tmp/out"
check "SIGPIPE ignored: stdout" "SMTP 211 System Status" "$(cat "$tmp/out")"
check "SIGPIPE ignored: stderr" "" "$(cat "$tmp/err")"
check "SIGPIPE ignored: status" 2 "$(cat "$tmp/status")"

[ $fail -eq 0 ] && echo "streams: all checks passed"
exit $fail
