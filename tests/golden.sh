#!/bin/sh
# golden.sh: run smtpcode and compare what it prints with the golden files.
# usage: golden.sh SMTPCODE GOLDEN_DIR NAME STATUS [ARGS...]
# Compares stdout with GOLDEN_DIR/NAME.out and stderr with NAME.err byte for
# byte (a missing file stands for empty output), and the exit status with
# STATUS. Standard input is GOLDEN_STDIN if set, else /dev/null; the locale
# is GOLDEN_LOCALE (such as LANG=fr_FR.UTF-8) if set, else LC_ALL=C. With
# UPDATE_GOLDEN=1 it writes the files instead. SMTPCODE_WRAPPER, if set, is a
# command prefix to run smtpcode under (valgrind, in .ci/valgrind.sh): its
# messages land in stderr and its error exit code in the status, so both fail
# the comparison.
bin=$1 dir=$2 name=$3 want=$4
shift 4
if [ -n "$UPDATE_GOLDEN" ] && [ -n "$SMTPCODE_WRAPPER" ]; then
	echo "UPDATE_GOLDEN with SMTPCODE_WRAPPER would write the wrapper's messages into golden files"
	exit 2
fi
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT

# The wrapper is expanded here, outside env -i, which would clear it.
# shellcheck disable=SC2086 # one word per word of the locale and the command prefix
env -i PATH="$PATH" ${GOLDEN_LOCALE:-LC_ALL=C} COLUMNS=80 $SMTPCODE_WRAPPER "$bin" "$@" >"$tmp/out" 2>"$tmp/err" \
	<"${GOLDEN_STDIN:-/dev/null}"
got=$?

if [ -n "$UPDATE_GOLDEN" ]; then
	for stream in out err; do
		if [ -s "$tmp/$stream" ]; then
			cp "$tmp/$stream" "$dir/$name.$stream"
		else
			rm -f "$dir/$name.$stream"
		fi
	done
fi

fail=0
if [ "$got" -ne "$want" ]; then
	echo "exit status $got, expected $want"
	fail=1
fi
for stream in out err; do
	expected="$dir/$name.$stream"
	[ -f "$expected" ] || expected=/dev/null
	if ! cmp -s "$expected" "$tmp/$stream"; then
		echo "std$stream differs from $expected:"
		diff -u "$expected" "$tmp/$stream" | head -40
		fail=1
	fi
done
exit $fail
