#!/bin/sh
# valgrind.sh: run the end-to-end tests (label e2e) with smtpcode under valgrind memcheck: no error, no leak.
# usage: valgrind.sh BUILD_DIR   (a build with BUILD_TESTING=ON and no sanitizer)
# Any memcheck error, and any block left allocated at exit (even one still
# reachable), makes smtpcode exit 99, which no test expects: the test fails.
set -eu
if [ $# -ne 1 ] || [ ! -f "$1/CTestTestfile.cmake" ]; then
	echo "usage: valgrind.sh BUILD_DIR (a configured and built tree with BUILD_TESTING=ON)" >&2
	exit 2
fi
if ! command -v valgrind >/dev/null; then
	echo "valgrind.sh: valgrind is not installed: apt-get install valgrind" >&2
	exit 1
fi
if grep -qs '^SMTPCODE_SANITIZE:BOOL=ON$' "$1/CMakeCache.txt"; then
	echo "valgrind.sh: $1 is built with sanitizers, which valgrind cannot run" >&2
	exit 2
fi

SMTPCODE_WRAPPER="valgrind -q --error-exitcode=99 --leak-check=full --show-leak-kinds=all"
SMTPCODE_WRAPPER="$SMTPCODE_WRAPPER --errors-for-leak-kinds=all --num-callers=30"
export SMTPCODE_WRAPPER
# -j2 as elsewhere in CI; a test under valgrind takes about a second, the
# stream tests tens of seconds. The fault tests (faults.sh: some 250 runs in
# odd environments, five with 10,080 arguments) take over three minutes under
# valgrind and run the same code as the other tests, so CI leaves them to the
# AddressSanitizer build; VALGRIND_ALL=1 runs them here too.
if [ -n "${VALGRIND_ALL:-}" ]; then
	ctest --test-dir "$1" -L e2e --no-tests=error -j2 --output-on-failure --timeout 900
else
	ctest --test-dir "$1" -L e2e -E '^e2e_faults$' --no-tests=error -j2 --output-on-failure \
		--timeout 600
fi
