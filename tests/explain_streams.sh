#!/bin/sh
# explain_streams.sh: explain on input no fixture file holds: huge lines, NUL
# bytes, a directory, a terminal, and a full disk.
# usage: explain_streams.sh SMTPCODE
# SMTPCODE_WRAPPER, if set, is a command prefix to run smtpcode under (valgrind).
bin=$1
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
fail=0

check() { # check NAME WANT_STATUS GOT_STATUS
	if [ "$3" -ne "$2" ]; then
		echo "$1: exit status $3, expected $2"
		fail=1
	fi
}

run() { # run ARGS...: smtpcode ARGS, under the wrapper if there is one
	# shellcheck disable=SC2086 # one word per word of the command prefix
	$SMTPCODE_WRAPPER "$bin" "$@"
}

expect() { # expect NAME FILE TEXT: FILE holds TEXT exactly
	if [ "$(cat "$2")" != "$3" ]; then
		echo "$1: got:"
		cat "$2"
		echo "expected:"
		echo "$3"
		fail=1
	fi
}

# A 16 MB line with no reply, then a reply: the reply is still found.
{ head -c 16777216 /dev/zero | tr '\0' 'a'; printf '\n550 5.1.1 after the long line\n'; } >"$tmp/long"
run --json explain <"$tmp/long" >"$tmp/out" 2>"$tmp/err"
check long_line 0 $?
if [ "$(grep -c '"text":"after the long line"' "$tmp/out")" != 1 ] ||
	[ "$(wc -l <"$tmp/out")" -ne 1 ]; then
	echo "long_line: expected the one reply"
	fail=1
fi

# A reply at the start of a 1 MB line: read, with a warning that it was cut.
{ printf '550 5.1.1 '; head -c 1048576 /dev/zero | tr '\0' 'b'; printf '\n'; } >"$tmp/cut"
run --json explain <"$tmp/cut" >"$tmp/out"
check cut_line 0 $?
grep -q 'only its start was read' "$tmp/out" || { echo "cut_line: no warning"; fail=1; }

# 16 MB of NUL bytes and no newline: nothing found, nothing crashes.
head -c 16777216 /dev/zero >"$tmp/nul"
run explain <"$tmp/nul" >"$tmp/out" 2>"$tmp/err"
check nul_bytes 1 $?
expect nul_bytes "$tmp/err" "smtpcode: no reply found in standard input"

# NUL bytes inside a reply read as spaces.
printf '550 5.1.1 one\000two\n' | run --json explain >"$tmp/out"
check nul_in_reply 0 $?
grep -q '"text":"one two"' "$tmp/out" || { echo "nul_in_reply: not read as a space"; fail=1; }

# A directory on standard input is a read error.
run explain </ >"$tmp/out" 2>"$tmp/err"
check directory 2 $?
expect directory "$tmp/err" "smtpcode: error reading standard input: Is a directory"

# A closed standard input is a read error too, with or without '-'.
for dash in "" -; do
	# shellcheck disable=SC2086 # no word at all without -
	run explain $dash >"$tmp/out" 2>"$tmp/err" <&-
	check "stdin_closed $dash" 2 $?
	expect "stdin_closed $dash" "$tmp/err" "smtpcode: error reading standard input: Bad file descriptor"
	expect "stdin_closed $dash: stdout" "$tmp/out" ""
done

# No reply and a terminal on standard input: a usage error, not a wait.
if command -v script >/dev/null; then
	script -qec "$SMTPCODE_WRAPPER $bin explain" /dev/null >"$tmp/out" 2>&1 </dev/null
	check terminal 2 $?
	grep -q "explain needs a reply" "$tmp/out" || { echo "terminal: no message"; fail=1; }
fi

# A full disk is a write error.
printf '550 5.1.1 x\n' | run explain >/dev/full 2>"$tmp/err"
check full 2 $?
expect full "$tmp/err" "smtpcode: write error: No space left on device"

exit $fail
