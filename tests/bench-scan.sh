#!/bin/bash
# bench-scan.sh: how fast smtpcode scan tallies a big Postfix log, against the
# grep|sort|uniq pipeline a postmaster would type and pflogsumm, and whether
# its tally is right. A benchmark, not a test: a missed target prints MISS.
#
# usage: tests/bench-scan.sh [SMTPCODE [SIZE]]
#   SMTPCODE  the binary (env SMTPCODE; default: build/smtpcode in this tree)
#   SIZE      the log's size, as loggen takes it (env SIZE; default 1G)
#   env RUNS  runs of each tool, the median time is kept (default 5)
#   env SLICE how much of the log pflogsumm reads (default 100M), as it is slow
#   env SEED  loggen's seed (default 1); CC builds loggen (default cc)
# Needs a C compiler and /usr/bin/time, pflogsumm for its row: as root,
# sh .ci/deps.sh bench. The log (SIZE bytes) goes to a mktemp -d directory in
# $TMPDIR or /tmp, removed at exit. MB is 2^20 bytes, as loggen's M, so the
# target 1 GB/s is 1024 MB/s. Times are wall-clock, the input in the page cache;
# peak RSS is the largest of the runs (of a pipeline, its largest process).
# Exit status: 0, also on a MISS; 1 if something cannot run or scan's tally is
# wrong. With 1G and 5 runs it takes about 3 minutes, 2 of them in C.UTF-8.
set -euo pipefail
export LC_ALL=C
root=$(cd "$(dirname "$0")/.." && pwd)
smtpcode=${1:-${SMTPCODE:-$root/build/smtpcode}}
size=${2:-${SIZE:-1G}}
runs=${RUNS:-5}
slice=$(numfmt --from=iec "${SLICE:-100M}")

die() {
	echo "bench-scan: $*" >&2
	exit 1
}
[ -x "$smtpcode" ] || die "no smtpcode binary at $smtpcode: build it first (README)"
[ -x /usr/bin/time ] || die "no /usr/bin/time: run sh .ci/deps.sh bench as root"
pflogsumm=$(command -v pflogsumm || command -v /usr/sbin/pflogsumm || true)
load=$(cut -d' ' -f1 /proc/loadavg) # before this script adds to it
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM

"${CC:-cc}" -O2 -o "$tmp/loggen" "$root/tests/loggen.c" || die "cannot build loggen"
"$tmp/loggen" "$size" "$tmp/tally" "${SEED:-1}" >"$tmp/log" || die "cannot write the log"
bytes=$(stat -c %s "$tmp/log")
if ((bytes > slice)); then # pflogsumm's part: whole lines, up to SLICE bytes
	head -c "$slice" "$tmp/log" | sed '$d' >"$tmp/slice"
else
	cp "$tmp/log" "$tmp/slice"
fi
cat "$tmp/log" "$tmp/slice" >/dev/null # into the page cache

# measure NAME FILE COMMAND...: COMMAND run RUNS times with FILE on stdin,
# stdout to $tmp/out; sets sec (median), mbs and rss, and adds a table row.
rows=()
measure() {
	local name=$1 input=$2 t0 t1 m times=()
	shift 2
	rss=0
	for ((i = 0; i < runs; i++)); do
		t0=$EPOCHREALTIME
		/usr/bin/time -f %M -o "$tmp/rss" "$@" <"$input" >"$tmp/out" 2>"$tmp/err" ||
			die "$name failed: $(head -3 "$tmp/err" "$tmp/rss")"
		t1=$EPOCHREALTIME
		times+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')")
		m=$(tail -1 "$tmp/rss")
		if ((m > rss)); then rss=$m; fi
	done
	sec=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p")
	read -r mb mbs < <(awk -v b="$(stat -c %s "$input")" -v s="$sec" \
		'BEGIN { printf "%.0f %.1f\n", b / 1048576, b / 1048576 / s }')
	rows+=("$(printf '| %-36s | %9s | %7s | %7s | %13s |' "$name" "$mb" "$sec" "$mbs" "$rss")")
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'; }
verdict() { awk -v v="$1" -v t="$2" -v op="$3" \
	'BEGIN { ok = op == "<" ? v < t : v >= t; print ok ? "PASS" : "MISS" }'; }

measure "smtpcode scan" "$tmp/log" "$smtpcode" scan
cp "$tmp/out" "$tmp/scan.out"
scan_mbs=$mbs scan_rss=$rss
if ((bytes > slice)); then # the same scan on less: its memory does not grow
	measure "smtpcode scan, pflogsumm's part" "$tmp/slice" "$smtpcode" scan
fi

# What a postmaster types to count the replies of a Postfix log: the reply code
# after "said: " (a remote server's refusal), "status=sent (" (its acceptance)
# or "reject: ... : " (Postfix's own refusal), with the enhanced code after it
# if any; sed keeps the codes and reads "550-5.1.1" as "550 5.1.1". Looser
# than scan: it misses results with a dsn= and no reply code, cleanup's
# rejects with an enhanced code only, and every other syntax scan reads.
re='(said: |status=[a-z]+ \(|reject: [^;]*: )[2-5][0-9]{2}([ -][245]\.[0-9]{1,3}\.[0-9]{1,3})?'
# shellcheck disable=SC2016 # $1 is the pipeline's, not this script's
pipeline='grep -oE "$1" | sed -E "s/.*[ (]([2-5][0-9]{2})/\1/; y/-/ /" | sort | uniq -c | sort -rn'
measure 'grep \| sed \| sort \| uniq, C' "$tmp/log" sh -c "$pipeline" sh "$re"
grep_mbs=$mbs grep_total=$(awk '{ n += $1 } END { print n + 0 }' "$tmp/out")
measure 'grep \| sed \| sort \| uniq, C.UTF-8' "$tmp/log" \
	env LC_ALL=C.UTF-8 sh -c "$pipeline" sh "$re"
utf8_mbs=$mbs
pflog_mbs=
if [ -n "$pflogsumm" ]; then
	measure "pflogsumm" "$tmp/slice" "$pflogsumm"
	pflog_mbs=$mbs
fi

cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)
echo "smtpcode scan on a $(awk -v b="$bytes" 'BEGIN { printf "%.0f", b / 1048576 }') MB \
Postfix log from tests/loggen.c (seed ${SEED:-1}), in the page cache"
echo "$(nproc) CPUs ($cpu); $("$smtpcode" --version), $(grep --version | head -1)\
${pflogsumm:+, $("$pflogsumm" --version)}; load before: $load"
echo "median of $runs runs; MB = 2^20 bytes; a pipeline's RSS is its largest process's"
echo
printf '| %-36s | %9s | %7s | %7s | %13s |\n' tool "read (MB)" seconds "MB/s" "peak RSS (KB)"
echo "| ------------------------------------ | --------: | ------: | ------: | ------------: |"
printf '%s\n' "${rows[@]}"
echo
echo "smtpcode scan, by MB/s: $(ratio "$scan_mbs" "$grep_mbs")x the C-locale pipeline," \
	"$(ratio "$scan_mbs" "$utf8_mbs")x the C.UTF-8 one${pflog_mbs:+, $(ratio "$scan_mbs" "$pflog_mbs")x pflogsumm}"
echo
echo "targets:"
echo "  $(verdict "$scan_mbs" 1024 '>=')  at least 1 GB/s (1024 MB/s): $scan_mbs MB/s"
echo "  $(verdict "$(ratio "$scan_mbs" "$grep_mbs")" 4 '>=')  at least 4x the C-locale" \
	"pipeline: $(ratio "$scan_mbs" "$grep_mbs")x"
if [ -n "$pflog_mbs" ]; then
	echo "  $(verdict "$(ratio "$scan_mbs" "$pflog_mbs")" 30 '>=')  at least 30x pflogsumm:" \
		"$(ratio "$scan_mbs" "$pflog_mbs")x"
else
	echo "  SKIP  at least 30x pflogsumm: pflogsumm is not installed (sh .ci/deps.sh bench)"
fi
echo "  $(verdict "$scan_rss" 4096 '<')  peak RSS under 4 MB (4096 KB) on" \
	"$((bytes >> 20)) MB: $scan_rss KB"

echo
cut -f1,3,4 "$tmp/scan.out" | sort >"$tmp/got"
sort "$tmp/tally" >"$tmp/want"
total=$(awk '{ n += $1 } END { print n + 0 }' "$tmp/want")
if cmp -s "$tmp/got" "$tmp/want"; then
	echo "correctness: PASS  scan's $(wc -l <"$tmp/got") rows, $total replies, equal loggen's tally" \
		"(the C-locale pipeline: $grep_total)"
else
	echo "correctness: FAIL  scan's tally differs from loggen's (< scan, > loggen):"
	diff "$tmp/got" "$tmp/want" | head -20
	exit 1
fi
