#!/bin/sh
# scan_tally.sh SMTPCODE LOGGEN: scan's counts against the generator's true tally,
# from a file and from a pipe, and against what explain finds in the same log.
set -eu
smtpcode=$1 loggen=$2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

"$loggen" 3M "$dir/tally" 42 >"$dir/log"
sort "$dir/tally" >"$dir/want"
test "$(wc -l <"$dir/want")" -ge 15 # every kind of line the generator writes

"$smtpcode" scan "$dir/log" | cut -f1,3,4 | sort >"$dir/file"
cmp "$dir/want" "$dir/file"
cat "$dir/log" | "$smtpcode" scan - | cut -f1,3,4 | sort >"$dir/pipe"
cmp "$dir/want" "$dir/pipe"

# explain, reading the log as a whole, finds the same replies.
"$smtpcode" --json explain <"$dir/log" |
	jq -r '[(.reply.code // "-"), (.enhanced.code // "-")] | @tsv' |
	sort | uniq -c | awk '{ print $1 "\t" $2 "\t" $3 }' | sort >"$dir/explain"
cmp "$dir/want" "$dir/explain"

# --by reply and --by enhanced add the pairs up; the shares add up to 100%.
awk -F'\t' '{ n[$2] += $1 } END { for (k in n) print n[k] "\t" k }' "$dir/want" | sort >"$dir/want_reply"
"$smtpcode" scan --by reply "$dir/log" | cut -f1,3 | sort >"$dir/reply"
cmp "$dir/want_reply" "$dir/reply"
awk -F'\t' '{ n[$3] += $1 } END { for (k in n) print n[k] "\t" k }' "$dir/want" | sort >"$dir/want_enhanced"
"$smtpcode" scan --by enhanced "$dir/log" | cut -f1,3 | sort >"$dir/enhanced"
cmp "$dir/want_enhanced" "$dir/enhanced"
"$smtpcode" --json scan "$dir/log" | jq -s 'map(.percent) | add | . > 99.5 and . < 100.5' | grep -qx true
echo "scan agrees with the generator's tally and with explain: $(wc -l <"$dir/want") pairs"
