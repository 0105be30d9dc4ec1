#!/bin/sh
# json_parses.sh: the JSON of every code, known or not, and of comparisons, parses with jq and python3.
# usage: json_parses.sh SMTPCODE
bin=$1
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
fail=0

for tool in jq python3; do
	if ! command -v $tool >/dev/null; then
		echo "$tool is not installed: run 'sh .ci/deps.sh test' as root"
		exit 1
	fi
done

# Every well-formed reply code (known or not), and every registry code in each class.
replies=$(for c in 2 3 4 5; do for s in 0 1 2 3 4 5; do for d in 0 1 2 3 4 5 6 7 8 9; do
	printf '%s%s%s ' $c $s $d; done; done; done)
enhanced=$(for c in X 2 4 5; do for s in 0 1 2 3 4 5 6 7 8; do for d in $(seq 0 31); do
	printf '%s.%s.%s ' $c $s $d; done; done; done)

# shellcheck disable=SC2086 # one argument per code
"$bin" --json $replies $enhanced >"$tmp/all.json" 2>/dev/null
[ $? -eq 1 ] || { echo "expected exit 1 (some codes unknown)"; fail=1; }
lines=$(wc -l <"$tmp/all.json")
[ "$lines" -eq $((240 + 4 * 9 * 32)) ] || { echo "expected one line per code, got $lines"; fail=1; }
jq -e . "$tmp/all.json" >/dev/null || { echo "jq rejects the JSON"; fail=1; }
python3 -c '
import json, sys
for line in open(sys.argv[1]):
    obj = json.loads(line)
    assert obj["kind"] in ("reply", "enhanced"), obj
    assert isinstance(obj["known"], bool)
    for key in ("references", "associated" if obj["kind"] == "enhanced" else "commands"):
        assert isinstance(obj[key], list), (key, obj)
' "$tmp/all.json" || { echo "python3 rejects the JSON"; fail=1; }
known=$(jq -s 'map(select(.known)) | length' "$tmp/all.json")
[ "$known" -eq $((48 + 4 * 81)) ] || { echo "expected 372 known codes, got $known"; fail=1; }

for pair in "221 553" "550 5.1.1" "4.2.2 5.2.2" "529 5.9.1" "550 550"; do
	# shellcheck disable=SC2086
	"$bin" --json compare $pair >"$tmp/compare.json" 2>/dev/null
	python3 -m json.tool "$tmp/compare.json" >/dev/null || { echo "compare $pair: python3 rejects it"; fail=1; }
	jq -e '.a and .b and (.differences | length > 0)' "$tmp/compare.json" >/dev/null ||
		{ echo "compare $pair: jq rejects it"; fail=1; }
done

# Every provider's entries, as list prints them and as lookups embed them.
for provider in gmail microsoft yahoo icloud mimecast proofpoint barracuda; do
	"$bin" --json list --provider $provider >"$tmp/provider.json" 2>/dev/null ||
		{ echo "list --provider $provider: exit $?"; fail=1; }
	jq -e 'select((.provider | length > 0) and (.code | length > 0) and (.references | length > 0)
		and (.registered | type == "boolean")) | .code' "$tmp/provider.json" >/dev/null ||
		{ echo "list --provider $provider: jq rejects it"; fail=1; }
done
embedded=$(jq -s 'map(.providers | length) | add' "$tmp/all.json")
[ "$embedded" -gt 0 ] || { echo "expected provider entries in the lookups"; fail=1; }

[ $fail -eq 0 ] && echo "json: all checks passed"
exit $fail
