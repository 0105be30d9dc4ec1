#!/bin/sh
# coverage.sh: build with gcov instrumentation, run every test, report the line and branch coverage of src/.
# usage: coverage.sh [BUILD_DIR]   (default: build-cov in the source tree)
# Needs gcovr (sh .ci/deps.sh coverage). Exits with ctest's status, after the
# report, so that a failing test does not hide the figures.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build-cov}
if ! command -v gcovr >/dev/null; then
	echo "coverage.sh: gcovr is not installed: run 'sh .ci/deps.sh coverage' as root" >&2
	exit 1
fi

# The flags go in this build's cache only: the project's CMakeLists stay
# target-based. -O0 (Debug) so that lines and branches map to the source;
# atomic counters, since scan counts on several threads at once and plain
# ones lose updates (gcovr then meets negative counts and stops).
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Debug -DBUILD_TESTING=ON \
	"-DCMAKE_C_FLAGS=--coverage -fprofile-update=atomic" \
	-DCMAKE_EXE_LINKER_FLAGS=--coverage >/dev/null
cmake --build "$build" -j2
build=$(cd "$build" && pwd)
# Counts from an earlier run would add up with this one's.
find "$build" -name '*.gcda' -exec rm -f {} +

status=0
ctest --test-dir "$build" -j2 --output-on-failure || status=$?

cd "$root"
# CMake compiled its compiler-identification program with --coverage too:
# skip its directory, whose counts gcov cannot match to a source.
gcovr_run() { # gcovr_run OPTIONS...: gcovr on src/ alone, from this run's counts
	gcovr --root "$root" --filter "$root/src/" --object-directory "$build" \
		--exclude-directories '.*/CMakeFiles/[0-9][^/]*$' "$build" "$@"
}
echo
echo "== Lines of src/ (Missing: the lines never run)"
gcovr_run --txt
echo
echo "== Branches of src/ (Missing: the lines with a branch never taken)"
gcovr_run --txt --branches --print-summary
exit $status
