#!/bin/sh
# install.sh: cmake --install puts the binary, the man page and the completions where GNUInstallDirs says.
# usage: install.sh BUILD_DIR [CMAKE]
build=$1
cmake=${2:-cmake}
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
fail=0

if ! DESTDIR="$tmp" "$cmake" --install "$build" --prefix /usr >"$tmp/log" 2>&1; then
	echo "cmake --install failed:"
	cat "$tmp/log"
	exit 1
fi

for file in usr/bin/smtpcode usr/share/man/man1/smtpcode.1 \
	usr/share/bash-completion/completions/smtpcode usr/share/zsh/site-functions/_smtpcode \
	usr/share/fish/vendor_completions.d/smtpcode.fish; do
	if ! [ -f "$tmp/$file" ] || ! [ -s "$tmp/$file" ]; then
		echo "$file: not installed, or empty"
		fail=1
	fi
done
[ -x "$tmp/usr/bin/smtpcode" ] || {
	echo "usr/bin/smtpcode: not executable"
	fail=1
}

version=$("$tmp/usr/bin/smtpcode" --version 2>&1)
status=$?
case $status:$version in
0:smtpcode\ [0-9]*) ;;
*)
	printf 'installed smtpcode --version: expected [smtpcode N...] and 0, got [%s] and %s\n' "$version" "$status"
	fail=1
	;;
esac

[ $fail -eq 0 ] && echo "install: all checks passed"
exit $fail
