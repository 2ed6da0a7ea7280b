#!/usr/bin/env bash
# The Debian package's test (issue 17 item 1; CTest "deb_install", label "package").
#   deb-install.sh SOURCE_DIR
#
# 1. Builds the package from the release preset (configuring SOURCE_DIR/build/release first if it is not),
#    with one job (EFLOW_PACKAGE_BUILD_JOBS) so that the other tests keep a core.
# 2. Checks it: desktop-file-validate, appstreamcli validate --no-net, lintian (errors fail the test), the
#    metainfo's newest release and the changelog against the package's version, a man page section for
#    every command that --help names.
# 3. Installs it into a fresh copy of a minimal Debian 12 root (debootstrap --variant=minbase, cached in
#    EFLOW_TEST_CACHE, default /var/cache/eflow-wizard-tests) with apt-get and nothing but its Depends,
#    runs `eflow-wizard --version` and the headless `eflow-wizard --demo --autopilot` as an ordinary user,
#    purges it and checks that none of its files remain.
# The mirror is the one this machine's apt uses (apt-get indextargets); no host name is written anywhere
# but into the throwaway root. Where the root cannot be made (not root, no debootstrap, chroot or mount
# not permitted, mirror unreachable) it prints "SKIPPED: <reason>" and exits 77, after steps 1 and 2.
set -euo pipefail

SKIP=77
src=$(realpath "${1:?usage: deb-install.sh SOURCE_DIR}")
build="$src/build/release"
jobs=${EFLOW_PACKAGE_BUILD_JOBS:-1}
cache_dir=${EFLOW_TEST_CACHE:-/var/cache/eflow-wizard-tests}
cache_max_days=30
suite=bookworm
scratch=${TMPDIR:-/var/tmp}

# As root, the whole test runs in a mount namespace of its own: the root's /proc and /dev mounts then end
# with the test's processes even when it is killed (a CTest timeout sends SIGKILL, and no trap runs).
if [ "$(id -u)" -eq 0 ] && [ -z "${EFLOW_DEB_TEST_NAMESPACE:-}" ] && command -v unshare >/dev/null &&
  unshare --mount --propagation private true 2>/dev/null; then
  export EFLOW_DEB_TEST_NAMESPACE=1
  exec unshare --mount --propagation private -- bash "$0" "$@"
fi

# Folders of earlier runs that were killed: their files are removed (and anything still mounted under
# them, from a run outside a namespace, is unmounted first).
for old in "$scratch"/eflow-deb-test.*; do
  [ -d "$old" ] || continue
  owner=$(cat "$old/owner" 2>/dev/null || true)
  if [ -n "$owner" ] && kill -0 "$owner" 2>/dev/null; then continue; fi
  awk -v p="$old/" 'index($2, p) == 1 { print $2 }' /proc/self/mounts | sort -r |
    while IFS= read -r m; do umount -l "$m" 2>/dev/null || true; done
  rm -rf --one-file-system "$old" 2>/dev/null || true
done

# Everything of this run is in one folder: work/ (logs, the unpacked package) and root/ (the Debian root).
base=$(mktemp -d "$scratch/eflow-deb-test.XXXXXX")
echo "$$" >"$base/owner"
work="$base/work"
root="$base/root"
mkdir "$work"
mounted=()

fail() { echo "FAIL: $*" >&2; exit 1; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

cleanup() {
  local status=$? m
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
    m=${mounted[i]}
    umount "$m" 2>/dev/null || umount -l "$m" 2>/dev/null || echo "warning: could not unmount $m" >&2
  done
  if awk -v p="$base/" 'index($2, p) == 1 { found = 1 } END { exit !found }' /proc/self/mounts; then
    echo "warning: something is still mounted under $base; it is left in place" >&2
  else
    rm -rf --one-file-system "$base"
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---------------------------------------------------------------------------------------------------------
# 1. The package.
t0=$(now)
if [ ! -f "$build/CMakeCache.txt" ]; then
  (cd "$src" && cmake --preset release)
fi
cmake --build "$build" --target package -j "$jobs" 2>&1 | tee "$work/build.log"
deb=$(sed -n 's/^CPack: - package: \(.*\.deb\) generated\.$/\1/p' "$work/build.log" | tail -n 1)
[ -f "$deb" ] || fail "the package target made no .deb (see the build output above)"
echo "timing: package build $(elapsed "$t0") s ($deb)"

# ---------------------------------------------------------------------------------------------------------
# 2. Static checks.
t0=$(now)
project_version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
deb_version=$(dpkg-deb -f "$deb" Version)
case "$deb_version" in
  "$project_version"-*) ;;
  *) fail "package version $deb_version is not the project's $project_version-REVISION" ;;
esac
case "$(basename "$deb")" in
  "eflow-wizard_${deb_version}_amd64.deb") ;;
  *) fail "unexpected file name $(basename "$deb")" ;;
esac
echo "package: $(dpkg-deb -f "$deb" Package) $deb_version"
echo "Depends: $(dpkg-deb -f "$deb" Depends)"
echo "Recommends: $(dpkg-deb -f "$deb" Recommends)"

for tool in desktop-file-validate appstreamcli lintian; do
  command -v "$tool" >/dev/null ||
    { echo "SKIPPED: $tool is not installed (packaging/install-deps.sh installs it)"; exit "$SKIP"; }
done
tree="$work/tree"
dpkg-deb -x "$deb" "$tree"
desktop=$(find "$tree/usr/share/applications" -name '*.desktop')
metainfo=$(find "$tree/usr/share/metainfo" -name '*.metainfo.xml')
desktop-file-validate "$desktop" || fail "desktop-file-validate: $desktop"
echo "desktop-file-validate: ok"
appstreamcli validate --no-net --explain "$metainfo" || fail "appstreamcli validate: $metainfo"
newest_release=$(grep -o '<release version="[^"]*"' "$metainfo" | head -n 1 | cut -d'"' -f2)
[ "$newest_release" = "$project_version" ] ||
  fail "the metainfo's newest release is $newest_release, not $project_version: add its release notes"
changelog_version=$(zcat "$tree/usr/share/doc/eflow-wizard/changelog.Debian.gz" | head -n 1 | sed -n 's/^eflow-wizard (\([^)]*\)).*/\1/p')
[ "$changelog_version" = "$deb_version" ] ||
  fail "changelog.Debian's newest entry is $changelog_version, not $deb_version"

# Every command that --help names has its section in the man page (make-manpage.sh leaves out a command
# whose --help fails, so that the build goes on; this is where that is caught).
manpage=$(zcat "$tree/usr/share/man/man1/eflow-wizard.1.gz")
commands=$(env -u DISPLAY -u WAYLAND_DISPLAY LC_ALL=C.UTF-8 "$build/app/eflow-wizard" --help |
  sed -n 's/^Commands ([^)]*): //p' | tr -d ' ' | tr ',' ' ')
[ -n "$commands" ] || fail "eflow-wizard --help names no commands"
for command in $commands; do
  grep -q "^\.SS \"eflow\\\\-wizard ${command//-/\\\\-}\"" <<<"$manpage" ||
    fail "the man page has no section for \"eflow-wizard $command\" (does \"eflow-wizard $command --help\" work?)"
done
echo "man page: a section for each of: $commands"

lintian_status=0
lintian --fail-on error --display-info "$deb" >"$work/lintian.out" 2>&1 || lintian_status=$?
grep -v '^running with root privileges' "$work/lintian.out" || true
[ "$lintian_status" -eq 0 ] || fail "lintian reports errors (exit $lintian_status)"
echo "lintian: no errors"
echo "timing: checks of the package $(elapsed "$t0") s"

# ---------------------------------------------------------------------------------------------------------
# 3. Install into a minimal Debian 12 root.
[ "$(id -u)" -eq 0 ] || { echo "SKIPPED: not root (debootstrap, chroot and mount need it)"; exit "$SKIP"; }
command -v debootstrap >/dev/null ||
  { echo "SKIPPED: debootstrap not found on PATH (packaging/install-deps.sh installs it)"; exit "$SKIP"; }
command -v chroot >/dev/null || { echo "SKIPPED: no chroot command"; exit "$SKIP"; }

# This machine's Debian sources for the suite (the suite itself, -updates, -security), as apt reads them.
apt-get indextargets --format '$(IDENTIFIER) $(REPO_URI) $(RELEASE) $(COMPONENT)' 2>/dev/null |
  awk -v s="$suite" '$1 == "Packages" && ($3 == s || $3 == s "-updates" || $3 == s "-security") { print $2, $3, $4 }' |
  sort -u >"$work/sources"
mirror=$(awk -v s="$suite" '$2 == s { print $1; exit }' "$work/sources")
[ -n "$mirror" ] || { echo "SKIPPED: this machine's apt sources have no $suite entry to take a mirror from"; exit "$SKIP"; }
/usr/lib/apt/apt-helper download-file "${mirror%/}/dists/$suite/Release" "$work/Release" >/dev/null 2>&1 ||
  { echo "SKIPPED: the mirror of this machine's apt sources cannot be reached (its $suite Release file did not download)"; exit "$SKIP"; }

key=$(printf '%s\n' "$suite" minbase "$mirror" "$(dpkg-query -W -f='${Version}' debootstrap)" "$(dpkg --print-architecture)" |
  sha256sum | cut -c1-16)
compress=(--zstd) ext=zst
command -v zstd >/dev/null || { compress=(--gzip); ext=gz; }
cache="$cache_dir/debootstrap-$suite-minbase-$key.tar.$ext"
mkdir -p "$cache_dir"
mkdir "$root"

t0=$(now)
exec 9>"$cache_dir/lock"
flock 9
rm -f "$cache_dir"/*.tmp.* # only written under the lock: any left is from a run that was killed
if [ -f "$cache" ] && [ -n "$(find "$cache" -mtime -"$cache_max_days")" ]; then
  tar "${compress[@]}" -xpf "$cache" -C "$root" --numeric-owner
  echo "timing: debootstrap root from the cache $(elapsed "$t0") s ($cache)"
else
  if ! debootstrap --variant=minbase "$suite" "$root" "$mirror" >"$work/debootstrap.log" 2>&1; then
    tail -n 20 "$work/debootstrap.log"
    if grep -qi -e 'operation not permitted' -e 'cannot create .*device' "$work/debootstrap.log"; then
      echo "SKIPPED: debootstrap is not permitted here ($(grep -i -m1 -e 'operation not permitted' -e 'cannot create' "$work/debootstrap.log"))"
      exit "$SKIP"
    fi
    fail "debootstrap --variant=minbase $suite failed (log above)"
  fi
  # The cached root carries no apt sources or downloaded lists: each run writes this machine's sources.
  : >"$root/etc/apt/sources.list"
  rm -rf "$root"/var/lib/apt/lists/* "$root"/var/cache/apt/*.bin "$root"/var/cache/apt/archives/*.deb
  tar "${compress[@]}" -cpf "$cache.tmp.$$" -C "$root" --numeric-owner .
  mv "$cache.tmp.$$" "$cache"
  echo "timing: debootstrap root made (cold) $(elapsed "$t0") s, cached as $cache ($(du -h "$cache" | cut -f1))"
fi
flock -u 9
chmod 755 "$root" # it becomes /, which the test's user must be able to enter

chroot "$root" /bin/true 2>"$work/chroot.err" ||
  { echo "SKIPPED: chroot is not permitted here ($(head -n 1 "$work/chroot.err"))"; exit "$SKIP"; }
mount_or_skip() { # mount ARGS… TARGET
  local target=${*: -1}
  mount "$@" 2>"$work/mount.err" ||
    { echo "SKIPPED: mounting $target is not permitted here ($(head -n 1 "$work/mount.err"))"; exit "$SKIP"; }
  mounted+=("$target")
}
mount_or_skip -t proc proc "$root/proc"
mount_or_skip -t tmpfs -o mode=0755,nosuid tmpfs "$root/dev"
mknod -m 666 "$root/dev/null" c 1 3
mknod -m 666 "$root/dev/zero" c 1 5
mknod -m 666 "$root/dev/full" c 1 7
mknod -m 666 "$root/dev/random" c 1 8
mknod -m 666 "$root/dev/urandom" c 1 9
mknod -m 666 "$root/dev/tty" c 5 0
ln -s /proc/self/fd "$root/dev/fd"
ln -s /proc/self/fd/0 "$root/dev/stdin"
ln -s /proc/self/fd/1 "$root/dev/stdout"
ln -s /proc/self/fd/2 "$root/dev/stderr"
mkdir -m 1777 "$root/dev/shm"

awk '{ print "deb", $1, $2, $3 }' "$work/sources" >"$root/etc/apt/sources.list"
cp -L /etc/resolv.conf "$root/etc/resolv.conf"
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod 755 "$root/usr/sbin/policy-rc.d"
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
  DEBIAN_FRONTEND=noninteractive "$@"; }

t0=$(now)
in_root apt-get -q update -o Acquire::Retries=3 >"$work/update.log" 2>&1 ||
  { cat "$work/update.log"; echo "SKIPPED: apt-get update in the root failed: the mirror cannot be reached"; exit "$SKIP"; }
if grep -q '^[WE]: Failed to fetch' "$work/update.log"; then
  cat "$work/update.log"
  echo "SKIPPED: apt-get update in the root could not fetch every index from the mirror"
  exit "$SKIP"
fi
echo "timing: apt-get update $(elapsed "$t0") s"
t1=$(now)
in_root dpkg-query -W -f='${Package}\n' | sort >"$work/before-install"
cp "$deb" "$root/tmp/"
# Depends only: the headless demo must work with nothing the package merely recommends.
in_root apt-get install -y -q --no-install-recommends "/tmp/$(basename "$deb")" >"$work/install.log" 2>&1 ||
  { cat "$work/install.log"; fail "apt-get install of the package failed"; }
in_root dpkg-query -W -f='${Package}\n' | sort >"$work/after-install"
echo "installed with its dependencies: $(comm -13 "$work/before-install" "$work/after-install" | wc -l) packages"
echo "timing: apt-get install $(elapsed "$t1") s"
in_root dpkg -L eflow-wizard >"$work/files"

as_user() { chroot --userspec=4242:4242 "$root" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/home/eflowtest \
  LANG=C.UTF-8 USER=eflowtest "$@"; }
in_root groupadd --gid 4242 eflowtest
in_root useradd --uid 4242 --gid 4242 --create-home --shell /bin/sh eflowtest
version_out=$(as_user eflow-wizard --version)
[ "$version_out" = "eflow-wizard $project_version" ] || fail "eflow-wizard --version printed \"$version_out\""
echo "eflow-wizard --version: $version_out"
german=$(as_user eflow-wizard --lang de --help)
grep -q '^Befehle (' <<<"$german" || fail "eflow-wizard --lang de --help is not German: $(head -n 3 <<<"$german")"

t1=$(now)
status=0
as_user timeout 300 eflow-wizard --demo --autopilot >"$work/autopilot.out" 2>"$work/autopilot.err" || status=$?
echo "timing: eflow-wizard --demo --autopilot in the root $(elapsed "$t1") s"
if [ "$status" -ne 0 ] ||
  ! grep -q '^Result: the device is provisioned and edgeAgent is running\.$' "$work/autopilot.out"; then
  tail -n 30 "$work/autopilot.out"
  cat "$work/autopilot.err"
  fail "eflow-wizard --demo --autopilot exited with $status"
fi
grep -E '^Result:|DPS: enrollment' "$work/autopilot.out"
echo "its messages on standard error, each once:"
sed -e 's/^\[[^]]*\] \[[a-z]*\] \[[0-9]*\] //' "$work/autopilot.err" | sort | uniq -c
# What would show that the run reached for something outside the package's dependencies.
if grep -i -E 'cannot open shared object|could not (load|find) the qt platform plugin|fontconfig error|cannot load library' \
  "$work/autopilot.out" "$work/autopilot.err"; then
  fail "the headless run missed something the package does not depend on (lines above)"
fi

in_root apt-get purge -y -q eflow-wizard >"$work/purge.log" 2>&1 ||
  { cat "$work/purge.log"; fail "apt-get purge eflow-wizard failed"; }
if in_root dpkg-query -W -f='${Status}\n' eflow-wizard 2>/dev/null | grep -q -e ' installed$' -e ' config-files$'; then
  fail "eflow-wizard is still installed (or its configuration is) after the purge"
fi
left=0
while IFS= read -r path; do
  [ -n "$path" ] && [ "$path" != "/." ] || continue
  if [ -L "$root$path" ] || [ -f "$root$path" ]; then
    echo "left behind: $path"
    left=1
  elif [ -d "$root$path" ] && [ -z "$(ls -A "$root$path")" ] && ! in_root dpkg-query -S "$path" >/dev/null 2>&1; then
    echo "left behind (empty folder nobody owns): $path"
    left=1
  fi
done <"$work/files"
[ "$left" -eq 0 ] || fail "files of the package remain after apt-get purge"
echo "purge: none of the package's $(grep -c . "$work/files") paths remain"
echo "timing: install test $(elapsed "$t0") s (apt-get update, install, runs, purge)"
echo "PASSED"
