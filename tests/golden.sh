#!/bin/sh
# golden.sh: run smtpcode and compare what it prints with the golden files.
# usage: golden.sh SMTPCODE GOLDEN_DIR NAME STATUS [ARGS...]
# Compares stdout with GOLDEN_DIR/NAME.out and stderr with NAME.err byte for
# byte (a missing file stands for empty output), and the exit status with
# STATUS. Standard input is GOLDEN_STDIN if set, else /dev/null. With
# UPDATE_GOLDEN=1 it writes the files instead.
bin=$1 dir=$2 name=$3 want=$4
shift 4
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT

env -i PATH="$PATH" LC_ALL=C COLUMNS=80 "$bin" "$@" >"$tmp/out" 2>"$tmp/err" \
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
