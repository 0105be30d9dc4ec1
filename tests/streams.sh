#!/bin/sh
# streams.sh: write errors are reported with exit 2; a reader that goes away ends smtpcode quietly.
# usage: streams.sh SMTPCODE
# SMTPCODE_WRAPPER, if set, is a command prefix to run smtpcode under (valgrind).
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

run() { # run ARGS...: smtpcode ARGS, under the wrapper if there is one
	# shellcheck disable=SC2086 # one word per word of the command prefix
	$SMTPCODE_WRAPPER "$bin" "$@"
}

# Every command, in text and in JSON; explain from an argument and from stdin.
printf '550 5.1.1 <a@example.com>: Recipient address rejected\n' >"$tmp/reply"
for args in "550" "--json 550" "compare 221 553" "--json compare 221 553" "--help" \
	"explain 550" "--json explain 550" "explain -" "--json explain -" \
	"list" "--json list" "search mailbox" "--json search mailbox"; do
	# shellcheck disable=SC2086 # the words of $args are separate arguments
	run $args <"$tmp/reply" >/dev/full 2>"$tmp/err"
	check "$args >/dev/full: status" 2 $?
	check "$args >/dev/full: stderr" "smtpcode: write error: No space left on device" "$(cat "$tmp/err")"

	# shellcheck disable=SC2086
	run $args <"$tmp/reply" >&- 2>"$tmp/err"
	check "$args >&-: status" 2 $?
	check "$args >&-: stderr" "smtpcode: write error: Bad file descriptor" "$(cat "$tmp/err")"
done

# The reader takes one line and leaves: smtpcode dies of SIGPIPE, saying nothing.
# Under a wrapper, stderr is not checked: killed by the signal, smtpcode never
# frees its stdio buffers, and valgrind reports them as still reachable.
quiet() { # quiet WHAT: stderr is empty, unless under a wrapper
	[ -n "$SMTPCODE_WRAPPER" ] || check "$1: stderr" "" "$(cat "$tmp/err")"
}
run 250 221 2>"$tmp/err" | head -n 1 >"$tmp/out"
check "250 221 | head -1: stdout" "SMTP 250 Requested Action Completed" "$(cat "$tmp/out")"
quiet "250 221 | head -1"

# explain, with more replies than a pipe holds.
i=0
while [ $i -lt 400 ]; do
	echo "550 5.1.1 <u$i@example.com>: Recipient address rejected"
	i=$((i + 1))
done >"$tmp/replies"
run explain <"$tmp/replies" 2>"$tmp/err" | head -n 1 >"$tmp/out"
check "explain | head -1: stdout" "Reply       550 5.1.1 <u0@example.com>: Recipient address rejected" "$(cat "$tmp/out")"
quiet "explain | head -1"
run --json explain <"$tmp/replies" 2>"$tmp/err" | head -c 10 >"$tmp/out"
check "--json explain | head -c 10: stdout" '{"input":"' "$(cat "$tmp/out")"
quiet "--json explain | head -c 10"
# list: in JSON, every code is more than a pipe holds.
run --json list 2>"$tmp/err" | head -c 10 >"$tmp/out"
check "--json list | head -c 10: stdout" '{"code":"2' "$(cat "$tmp/out")"
quiet "--json list | head -c 10"

# The same with SIGPIPE ignored, and more output than a pipe holds: EPIPE, still quiet.
codes=$(for i in 1 2 3 4 5 6 7 8 9 10; do echo 211 214 220 221 250 251 252 354 421 450 451 452 550; done)
(
	trap '' PIPE
	# shellcheck disable=SC2086
	run $codes 2>"$tmp/err"
	echo $? >"$tmp/status"
) | head -n 1 >"$tmp/out"
check "SIGPIPE ignored: stdout" "SMTP 211 System Status" "$(cat "$tmp/out")"
check "SIGPIPE ignored: stderr" "" "$(cat "$tmp/err")"
check "SIGPIPE ignored: status" 2 "$(cat "$tmp/status")"

for args in "explain" "--json explain" "--json list"; do
	(
		trap '' PIPE
		# shellcheck disable=SC2086
		run $args <"$tmp/replies" 2>"$tmp/err"
		echo $? >"$tmp/status"
	) | head -c 1 >"$tmp/out"
	check "SIGPIPE ignored, $args: stderr" "" "$(cat "$tmp/err")"
	check "SIGPIPE ignored, $args: status" 2 "$(cat "$tmp/status")"
done

[ $fail -eq 0 ] && echo "streams: all checks passed"
exit $fail
