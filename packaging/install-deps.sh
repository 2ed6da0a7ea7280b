#!/usr/bin/env bash
# Installs every Debian 12 package that building, testing and running the demo need.
# Idempotent: packages already present are skipped, and apt is only touched when something is missing.
# Nothing is fetched from anywhere but Debian's package archive (and, for the conformance tests, npm).
set -euo pipefail

packages=(
  # build
  build-essential cmake ninja-build pkg-config git
  # Qt 6.4 (Widgets, Network, Test, Concurrent), Linguist tools and Qt's own translations
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libgl-dev libvulkan-dev libxkbcommon-dev
  # crypto, logging, secrets (QtKeychain reaches the Secret Service through libsecret)
  libssl-dev openssl libspdlog-dev libfmt-dev qtkeychain-qt6-dev libsecret-1-0
  # running the GUI with no display, taking screenshots
  xvfb xauth x11-utils imagemagick fonts-dejavu-core
  # tests: sanitizer runtimes come with gcc; Node.js and npm for the official SDK conformance tests
  procps
  # keychain tests (tests/support/with-keyring.sh): a private D-Bus session (dbus-run-session, dbus-send)
  # with a throwaway gnome-keyring as its Secret Service
  dbus-daemon dbus-bin gnome-keyring
  # remote-host tests (tests/support/sshd-harness.sh): a throwaway OpenSSH server on 127.0.0.1
  openssh-server
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
# Node.js may come from another Debian-format package of the same name; only require it when absent.
if ! command -v node >/dev/null 2>&1; then missing+=(nodejs); fi
if ! command -v npm >/dev/null 2>&1; then missing+=(npm); fi

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
