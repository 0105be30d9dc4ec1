#!/bin/sh
# deps.sh: install, as root on Debian, what building (build), testing (test),
# checking memory (valgrind), measuring the tests' coverage (coverage) or
# benchmarking scan (bench: tests/bench-scan.sh) smtpcode needs and the
# machine lacks; it does nothing when all is there.
set -eu
case "${1:-test}" in
build) packages="gcc make cmake" ;;
test) packages="gcc clang make cmake pkg-config libcmocka-dev jq python3 mandoc groff" ;;
valgrind) packages="valgrind" ;;
coverage) packages="gcc make cmake pkg-config libcmocka-dev jq python3 mandoc groff gcovr" ;;
bench) packages="gcc make cmake time pflogsumm" ;;
*)
	echo "usage: deps.sh [build|test|valgrind|coverage|bench]" >&2
	exit 2
	;;
esac

missing=""
for package in $packages; do
	dpkg-query -W -f '${Status}\n' "$package" 2>/dev/null | grep -q ' installed$' ||
		missing="$missing $package"
done
[ -n "$missing" ] || exit 0

if [ "$(id -u)" -ne 0 ]; then
	echo "deps.sh: missing:$missing; run this script as root to install them" >&2
	exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2086 # one word per package
apt-get install -y -qq --no-install-recommends $missing >/dev/null
