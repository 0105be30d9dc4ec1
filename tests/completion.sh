#!/bin/bash
# completion.sh: the bash completion offers smtpcode's commands, options and codes; the zsh and fish ones parse.
# usage: completion.sh SMTPCODE COMPLETION_FILE (the bash one; _smtpcode and smtpcode.fish beside it)
bin=$1
file=$2
dir=$(dirname "$file")
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
fail=0

check() { # check WHAT EXPECTED ACTUAL
	if [ "$2" != "$3" ]; then
		printf '%s: expected [%s], got [%s]\n' "$1" "$2" "$3"
		fail=1
	fi
}

# The completion runs the smtpcode it finds on PATH.
PATH=$(cd "$(dirname "$bin")" && pwd):$PATH
# shellcheck source=/dev/null # the file is an argument
source "$file" || exit 2
check "complete -p smtpcode" "complete -F _smtpcode smtpcode" "$(complete -p smtpcode)"

# complete_line LINE: run _smtpcode as bash would with the cursor at the end of
# LINE (COMP_WORDS split at blanks and at '=', as COMP_WORDBREAKS does); the
# replies, one line each, in $got, and its stderr in $tmp/err.
complete_line() {
	local words=${1//=/ = }
	COMP_LINE=$1
	COMP_POINT=${#1}
	read -ra COMP_WORDS <<<"$words"
	[[ $words == *' ' ]] && COMP_WORDS+=('')
	COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
	COMPREPLY=()
	_smtpcode smtpcode "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}" 2>"$tmp/err"
	got=$(printf '%s\n' "${COMPREPLY[@]}")
}

expect() { # expect LINE REPLY...: exactly these replies, in this order, and no error
	complete_line "$1"
	check "'$1'" "$(printf '%s\n' "${@:2}")" "$got"
	check "'$1': stderr" "" "$(<"$tmp/err")"
}

expect_some() { # expect_some LINE REPLY...: these replies among others
	local want
	complete_line "$1"
	for want in "${@:2}"; do
		grep -qxF -e "$want" <<<"$got" || check "'$1' offers" "$want" "$(tr '\n' ' ' <<<"$got")"
	done
	check "'$1': stderr" "" "$(<"$tmp/err")"
}

expect 'smtpcode ' compare explain list scan search
expect 'smtpcode com' compare
expect 'smtpcode --json ' compare explain list scan search
expect 'smtpcode -w 60 e' explain
expect 'smtpcode --col' --color --color=
expect 'smtpcode --color=' auto always never
expect 'smtpcode --color=al' always
expect 'smtpcode --lang ' en fr zh
expect 'smtpcode --lang f' fr
expect 'smtpcode -w ' ''
expect 'smtpcode --v' --version
expect_some 'smtpcode -' --json -w --width --color --lang -h --help -V --version --
expect_some 'smtpcode list --' --reply --enhanced --command
expect_some 'smtpcode search --' --reply --enhanced --command
expect 'smtpcode list --command RC' RCPT
expect 'smtpcode list --command rc' rcpt
expect 'smtpcode search --command=QU' QUIT
expect 'smtpcode --lang=z' zh
expect 'smtpcode --provider m' microsoft mimecast
expect 'smtpcode list --provider=g' gmail
expect_some 'smtpcode list --' --provider
expect 'smtpcode list --provider gmail --prov' --provider
expect 'smtpcode explain --prov' ''
expect_some 'smtpcode list --command ' RCPT MAIL DATA EHLO
expect 'smtpcode explain ' ''
expect 'smtpcode search mail' ''
expect 'smtpcode s' scan search
expect_some 'smtpcode scan --' --by --top
expect 'smtpcode scan --by ' pair reply enhanced
expect 'smtpcode scan --by=r' reply
expect 'smtpcode scan --top ' ''
expect 'smtpcode scan --prov' ''

# Codes come from the binary's list command, when it has one.
if smtpcode list --reply >/dev/null 2>&1; then
	expect_some 'smtpcode 55' 550 553
	expect_some 'smtpcode 5.1.' 5.1.1
	expect_some 'smtpcode x.7.2' x.7.28
	expect_some 'smtpcode compare 221 5' 550 5.1.1
	expect 'smtpcode compare 221 550 ' ''
	expect_some 'smtpcode list 5' 5xx 550
	complete_line 'smtpcode list --reply 5.'
	check "'smtpcode list --reply 5.'" "" "$got"
else
	echo "note: $bin has no list command yet; codes not checked"
fi

# A missing or failing smtpcode: no codes, and nothing on stderr.
mkdir "$tmp/bin"
printf '#!/bin/sh\necho "smtpcode: broken" >&2\nexit 2\n' >"$tmp/bin/smtpcode"
chmod +x "$tmp/bin/smtpcode"
saved=$PATH
PATH=$tmp/bin:$saved
expect 'smtpcode 55' ''
expect 'smtpcode compare 221 ' ''
# shellcheck disable=SC2123 # no command at all is the point
PATH=$tmp/empty
expect 'smtpcode 55' ''
PATH=$saved

# zsh and fish: the files parse; fish also answers a few completions.
if command -v zsh >/dev/null; then
	zsh -n "$dir/_smtpcode" >"$tmp/err" 2>&1
	check "zsh -n _smtpcode" "0: " "$?: $(cat "$tmp/err")"
else
	echo "note: zsh not installed; _smtpcode not checked"
fi
if command -v fish >/dev/null; then
	fish --no-execute "$dir/smtpcode.fish" >"$tmp/err" 2>&1
	check "fish --no-execute smtpcode.fish" "0: " "$?: $(cat "$tmp/err")"
	fish_complete() { # fish_complete LINE: the candidates fish offers, sorted, one a line
		# shellcheck disable=SC2016 # fish expands $argv
		fish --no-config -c 'source $argv[1]; complete -C $argv[2]' "$dir/smtpcode.fish" "$1" \
			2>"$tmp/err" | cut -f1 | sort
	}
	check "fish 'smtpcode com'" compare "$(fish_complete 'smtpcode com')"
	check "fish 'smtpcode --color='" "$(printf '%s\n' --color=always --color=auto --color=never)" \
		"$(fish_complete 'smtpcode --color=')"
	check "fish 'smtpcode --lang '" "$(printf '%s\n' en fr zh)" "$(fish_complete 'smtpcode --lang ')"
	check "fish: stderr" "" "$(<"$tmp/err")"
else
	echo "note: fish not installed; smtpcode.fish not checked"
fi

[ $fail -eq 0 ] && echo "completion: all checks passed"
exit $fail
