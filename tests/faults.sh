#!/bin/sh
# faults.sh: smtpcode under hostile arguments and environments: ten thousand codes, wrong options, odd COLUMNS and terminals, broken locales, colour.
# usage: faults.sh SMTPCODE
# SMTPCODE_WRAPPER, if set, is a command prefix to run smtpcode under (valgrind).
# Every run writes to files, never to a terminal, with only PATH and what it names in its environment.
bin=$1
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
set -f # no file name is a pattern here: the locale values hold odd bytes
fail=0
nl='
'

check() { # check WHAT EXPECTED ACTUAL: a diff when they span lines
	[ "$2" = "$3" ] && return
	fail=1
	case "$2$3" in
	*"$nl"*)
		printf '%s\n' "$2" >"$tmp/expected"
		printf '%s\n' "$3" >"$tmp/actual"
		echo "$1: differs (- expected, + actual):"
		diff -u "$tmp/expected" "$tmp/actual" | sed -n '3,30p'
		;;
	*) printf '%s: expected [%s], got [%s]\n' "$1" "$2" "$3" ;;
	esac
}

# run NAME VARS ARGS...: smtpcode ARGS with only PATH and VARS (words
# VAR=VALUE, with no white space in them) in its environment, stdin from
# /dev/null; its stdout, stderr and exit status go to $tmp/NAME.out, NAME.err
# and NAME.status.
run() {
	name=$1 vars=$2
	shift 2
	# shellcheck disable=SC2086 # one word per variable, and per word of the prefix
	env -i PATH="$PATH" $vars $SMTPCODE_WRAPPER "$bin" "$@" >"$tmp/$name.out" 2>"$tmp/$name.err" </dev/null
	echo $? >"$tmp/$name.status"
}

same() { # same WHAT REF NAME: run NAME printed and ended as run REF did
	for stream in status err out; do
		check "$1: $stream" "$(cat "$tmp/$2.$stream")" "$(cat "$tmp/$3.$stream")"
	done
}

widest() { # widest NAME: the longest line of run NAME's stdout, in bytes
	awk '{ if (length($0) > max) max = length($0) } END { print max + 0 }' "$tmp/$1.out"
}

reply='550 5.1.1 <a@example.com>: Recipient address rejected'

# Ten thousand codes: all 240 well-formed reply codes, 42 times. Each entry is
# printed, the same every time; the 192 the table lacks are warned about.
codes=$(for c in 2 3 4 5; do for s in 0 1 2 3 4 5; do for d in 0 1 2 3 4 5 6 7 8 9; do
	printf '%s%s%s ' $c $s $d
done; done; done)
many=$(for _ in $(seq 42); do echo "$codes"; done)
# shellcheck disable=SC2086 # one argument per code
run once "" $codes
# shellcheck disable=SC2086
run many "" $many
check "10080 codes: status" 1 "$(cat "$tmp/many.status")"
check "10080 codes: entries" 10080 "$(grep -c '^SMTP ' "$tmp/many.out")"
{
	cat "$tmp/once.out"
	for _ in $(seq 41); do echo && cat "$tmp/once.out"; done
} >"$tmp/many.want"
cmp -s "$tmp/many.want" "$tmp/many.out"
check "10080 codes: stdout is the 240 entries 42 times" 0 $?
for _ in $(seq 42); do cat "$tmp/once.err"; done >"$tmp/many.want"
cmp -s "$tmp/many.want" "$tmp/many.err"
check "10080 codes: stderr is the 192 warnings 42 times" 0 $?
check "240 codes: warnings" 192 "$(grep -c "^smtpcode: unknown reply code '[2-5][0-5][0-9]': described from its digits$" "$tmp/once.err")"

# shellcheck disable=SC2086
run many_json "" --json $many
check "10080 codes, --json: status" 1 "$(cat "$tmp/many_json.status")"
check "10080 codes, --json: lines" 10080 "$(wc -l <"$tmp/many_json.out" | tr -d ' ')"

# One invalid code after them: nothing printed but the one error. explain
# reads each argument as a reply, so that its 10080 replies come to nothing too.
# shellcheck disable=SC2086
run bad "" $many 55O
check "10080 codes, then 55O: status" 2 "$(cat "$tmp/bad.status")"
check "10080 codes, then 55O: stdout bytes" 0 "$(wc -c <"$tmp/bad.out" | tr -d ' ')"
check "10080 codes, then 55O: stderr" \
	"smtpcode: invalid code '55O': a reply code is 3 digits, such as 550" "$(cat "$tmp/bad.err")"
# shellcheck disable=SC2086
run bad "" explain $many "599 Odd"
check "explain, 10080 replies, then 599: status" 2 "$(cat "$tmp/bad.status")"
check "explain, 10080 replies, then 599: stdout bytes" 0 "$(wc -c <"$tmp/bad.out" | tr -d ' ')"
check "explain, 10080 replies, then 599: stderr" \
	"smtpcode: invalid code '599' in '599 Odd': the second digit of a reply code is 0 to 5" \
	"$(cat "$tmp/bad.err")"

# COLUMNS that is no number of columns counts for nothing: 80 columns, as with
# no COLUMNS, as with --width 80. (--width's own bounds are checked below.)
for args in 550 "compare 221 553" explain; do
	# shellcheck disable=SC2086 # the words of $args are separate arguments
	set -- $args
	[ "$args" = explain ] && set -- explain "$reply"
	run ref "" "$@"
	check "$args, no COLUMNS: status" 0 "$(cat "$tmp/ref.status")"
	check "$args, no COLUMNS: widest line of 61 to 80 columns" yes \
		"$([ "$(widest ref)" -le 80 ] && [ "$(widest ref)" -gt 60 ] && echo yes)"
	run width "" --width 80 "$@"
	same "$args, --width 80" ref width
	for columns in 80 0 -5 1000000 abc "" 80x; do
		run columns "COLUMNS=$columns" "$@"
		same "$args, COLUMNS='$columns'" ref columns
	done
done

# A number in COLUMNS is taken, kept to 20 to 100 columns like a terminal's.
for columns in 40:40 150:100 5:20; do
	run columns "COLUMNS=${columns%:*}" 550
	run width "" --width "${columns#*:}" 550
	same "COLUMNS=${columns%:*}, as --width ${columns#*:}" width columns
done

# On a terminal its width counts, up to 100 columns, and COLUMNS does not.
if command -v script >/dev/null; then
	for tty in 50:50:0 200:100:0 50:50:60; do
		cols=${tty%%:*} want=${tty#*:} want=${want%:*} columns=${tty##*:}
		env -i PATH="$PATH" COLUMNS="$columns" script -qec \
			"stty cols $cols rows 30; exec $SMTPCODE_WRAPPER $bin 550" /dev/null \
			</dev/null >"$tmp/tty.raw"
		check "a $cols-column terminal, COLUMNS=$columns: status" 0 $?
		tr -d '\r' <"$tmp/tty.raw" >"$tmp/tty.out"
		run width "" --width "$want" 550
		check "a $cols-column terminal, COLUMNS=$columns: output as --width $want" \
			"$(cat "$tmp/width.out")" "$(cat "$tmp/tty.out")"
	done
fi

# --width: 20 to 1000 columns, written plainly.
for width in 20 1000; do
	run width "" --width "$width" 550
	check "--width $width: status" 0 "$(cat "$tmp/width.status")"
	check "--width $width: stderr" "" "$(cat "$tmp/width.err")"
done
for width in 19 1001 01000 -20 " 80"; do
	run width "" --width="$width" 550
	check "--width='$width': status" 2 "$(cat "$tmp/width.status")"
	run width "" --width "$width" 550
	check "--width '$width': status" 2 "$(cat "$tmp/width.status")"
	check "--width '$width': stdout" "" "$(cat "$tmp/width.out")"
	check "--width '$width': stderr" \
		"smtpcode: invalid width '$width': expected a number from 20 to 1000" "$(cat "$tmp/width.err")"
done

# A wrong option, filter or word: one line on stderr that names it, nothing on
# stdout, exit 2, whatever else is on the line.
usage_error() { # usage_error NAMED ARGS...: smtpcode ARGS is a usage error whose message holds NAMED
	named=$1
	shift
	run bad "" "$@"
	check "$*: status" 2 "$(cat "$tmp/bad.status")"
	check "$*: stdout" "" "$(cat "$tmp/bad.out")"
	check "$*: lines on stderr" 1 "$(wc -l <"$tmp/bad.err" | tr -d ' ')"
	case $(cat "$tmp/bad.err") in
	"smtpcode: "*"$named"*) ;;
	*) check "$*: stderr" "smtpcode: ...$named..." "$(cat "$tmp/bad.err")" ;;
	esac
}
usage_error "'bogus'" --color=bogus 550
usage_error "colour mode ''" --color= 550
usage_error "'xx'" --lang xx 550
usage_error "'fr_FR'" --lang fr_FR 550
usage_error "language ''" 550 --lang
usage_error "'FOO'" list --command FOO
usage_error "command ''" list --command
usage_error "one filter, not 2" list 5xx 4xx
usage_error "'59x'" list 59x
usage_error "'7xx'" list 7xx
usage_error "'5.7' selects no reply codes" list --reply 5.7
usage_error "'55x' selects no enhanced codes" list --enhanced 55x
usage_error "at least one word" search
usage_error "cannot be blank" search mailbox ""
usage_error "cannot be blank" search " "
usage_error "'--reply' is for list and search" --reply 550
usage_error "'--command' is for list and search" --command RCPT 550
usage_error "'--enhanced' is for list and search" --enhanced compare 221 550
usage_error "unknown option '--language'" --language fr 550
usage_error "unknown command 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'" \
	aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa 550

# A filter or words that nothing matches: exit 1, stderr says so.
for args in "list 5.9" "search zzzqqq" "search --command QUIT mailbox"; do
	# shellcheck disable=SC2086
	run none "" $args
	check "$args: status" 1 "$(cat "$tmp/none.status")"
	check "$args: stdout" "" "$(cat "$tmp/none.out")"
	case $(cat "$tmp/none.err") in
	"smtpcode: no code matches "*) ;;
	*) check "$args: stderr" "smtpcode: no code matches ..." "$(cat "$tmp/none.err")" ;;
	esac
done

# A locale that is not there, or that says nothing, prints what the C locale
# does: compared with the same binary under LC_ALL=C LANG=C, not with a golden
# file, so that the check holds whatever languages smtpcode learns. The labels
# are UTF-8, so a French or Chinese locale in another codeset keeps English.
garbage=$(printf 'x\303\251\377\376_\200\201.UTF-8@\237')
for args in "550 529" "compare 221 553" explain; do
	# shellcheck disable=SC2086
	set -- $args
	[ "$args" = explain ] && set -- explain "$reply"
	run ref "LC_ALL=C LANG=C" "$@"
	[ -s "$tmp/ref.out" ] || check "$args, LC_ALL=C: stdout" "some output" ""
	for var in LANG LC_ALL LC_MESSAGES; do
		for value in xx_YY.UTF-8 C POSIX "" "$garbage" fr_FR.ISO-8859-1 zh_CN.GB18030; do
			run locale "$var=$value" "$@"
			same "$args, $var='$value'" ref locale
		done
	done
done

# Not on a terminal, the terminal's type and NO_COLOR change nothing: the
# reference has no TERM at all.
for args in "550 529" "compare 221 553" explain "--json 550"; do
	# shellcheck disable=SC2086
	set -- $args
	[ "$args" = explain ] && set -- explain "$reply"
	run ref "LC_ALL=C LANG=C" "$@"
	for env in TERM=dumb TERM=xterm-256color NO_COLOR=1 "TERM=xterm-256color NO_COLOR=1"; do
		run term "LC_ALL=C LANG=C $env" "$@"
		same "$args, $env" ref term
	done
done

# --color=never and auto are the default in a pipe; always (or --color alone)
# colours even there and with NO_COLOR, and only adds escape sequences.
esc=$(printf '\033')
for args in 550 "compare 221 553" explain list; do
	# shellcheck disable=SC2086
	set -- $args
	[ "$args" = explain ] && set -- explain "$reply"
	run ref "" "$@"
	for color in --color=never --color=auto; do
		run color "NO_COLOR= TERM=xterm-256color" "$color" "$@"
		same "$args, $color" ref color
	done
	for color in --color=always --color; do
		run color "NO_COLOR=1" "$color" "$@"
		check "$args, $color, NO_COLOR=1: status" 0 "$(cat "$tmp/color.status")"
		check "$args, $color, NO_COLOR=1: escape sequences" yes \
			"$(grep -q "$esc\[" "$tmp/color.out" && echo yes)"
		check "$args, $color, NO_COLOR=1: without them" "$(cat "$tmp/ref.out")" \
			"$(sed "s/$esc\[[0-9;]*m//g" "$tmp/color.out")"
	done
done

# The language: LC_ALL, else LC_MESSAGES, else LANG, the first set and not
# empty; --lang before all of them. Compared with --lang under the C locale.
for args in "550 529" "compare 221 553" explain; do
	# shellcheck disable=SC2086
	set -- $args
	[ "$args" = explain ] && set -- explain "$reply"
	run ref "LC_ALL=C LANG=C" "$@"
	run fr "LC_ALL=C LANG=C" --lang fr "$@"
	check "$args, --lang fr: stdout differs from English" yes \
		"$(cmp -s "$tmp/ref.out" "$tmp/fr.out" || echo yes)"
	for vars in LANG=fr_FR.UTF-8 LC_MESSAGES=fr_FR.UTF-8 "LC_ALL=fr_FR.UTF-8 LANG=zh_CN.UTF-8" \
		"LC_ALL= LC_MESSAGES=fr_FR.UTF-8 LANG=zh_CN.UTF-8" "LANG=fr"; do
		run lang "$vars" "$@"
		same "$args, $vars" fr lang
	done
	for vars in "LC_ALL=C LANG=fr_FR.UTF-8" "LC_MESSAGES=C LANG=fr_FR.UTF-8"; do
		run lang "$vars" "$@"
		same "$args, $vars" ref lang
	done
	run lang "LC_ALL=zh_CN.UTF-8 LANG=fr_FR.UTF-8" --lang=en "$@"
	same "$args, --lang=en, LC_ALL=zh_CN.UTF-8" ref lang
done

[ $fail -eq 0 ] && echo "faults: all checks passed"
exit $fail
