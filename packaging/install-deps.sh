#!/usr/bin/env bash
# Installs every Debian 12 package that building, testing and running the demo need.
# Idempotent: packages already present are skipped, and apt is only touched when something is missing.
# Nothing is fetched from anywhere but Debian's package archive (and, for the conformance tests, npm;
# for the PowerShell tests, the .NET SDK's package feed through dotnet itself).
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
  # the secret audit (tests/app/tst_secret_audit_full) records every program started with strace
  strace
  # fuzzing (tests/fuzz, CTest fuzz_smoke): clang 14 and its libFuzzer runtime
  clang-14 libclang-rt-14-dev
  # keychain tests (tests/support/with-keyring.sh): a private D-Bus session (dbus-run-session, dbus-send)
  # with a throwaway gnome-keyring as its Secret Service
  dbus-daemon dbus-bin gnome-keyring
  # remote-host tests (tests/support/sshd-harness.sh): a throwaway OpenSSH server on 127.0.0.1
  openssh-server
  # `fleet export --ansible` (tests/app/tst_fleet_export): ansible-playbook --syntax-check, ansible-inventory
  # and the export's filter plugin; Debian's `ansible` bundles the ansible.windows collection it uses
  ansible
  # Japanese text in the GUI and its screenshots (docs/screenshots/ja): a CJK font fontconfig picks for "ja"
  fonts-noto-cjk
  # proxy tests (tests/support/proxy-harness.sh): a throwaway HTTP CONNECT proxy on 127.0.0.1
  tinyproxy
  # the Debian package (cmake --build --preset release --target package) and its checks: a man page made
  # from --help, PNG icons rendered from the SVG, desktop-file-validate, appstreamcli, lintian, and the
  # install test in a minimal Debian 12 root (debootstrap)
  help2man librsvg2-bin desktop-file-utils appstream lintian debootstrap fakeroot
  # the Windows installer script (packaging/windows/eflow-wizard.nsi) is compiled by Debian's makensis
  nsis
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

# PowerShell 7 and Pester for tests/powershell (they parse and run the generated scripts). Both come
# through the .NET SDK's own client when it is there: pwsh as a .NET global tool, Pester as a NuGet
# package fetched by `dotnet restore` of a throwaway project and copied into pwsh's user module folder.
# Without dotnet the PowerShell tests register but report SKIPPED; this says so once.
PWSH_VERSION=7.6.10 # 7.7.0 fails to install as a global tool
PESTER_VERSION=5.7.1
install_powershell_tests() {
  if ! command -v dotnet >/dev/null 2>&1; then
    echo "install-deps: no dotnet: the PowerShell tests (tests/powershell) will be skipped; install the .NET SDK and run this script again to run them"
    return 0
  fi
  export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 POWERSHELL_TELEMETRY_OPTOUT=1 POWERSHELL_UPDATECHECK=Off
  local pwsh log
  pwsh=$(command -v pwsh || true)
  if [ -z "$pwsh" ] && [ -x "$HOME/.dotnet/tools/pwsh" ]; then pwsh="$HOME/.dotnet/tools/pwsh"; fi
  log=$(mktemp)
  if [ -z "$pwsh" ]; then
    echo "install-deps: installing PowerShell $PWSH_VERSION (dotnet tool install --global PowerShell)"
    if ! dotnet tool install --global PowerShell --version "$PWSH_VERSION" >"$log" 2>&1; then
      cat "$log" >&2
      rm -f "$log"
      echo "install-deps: PowerShell $PWSH_VERSION could not be installed" >&2
      return 1
    fi
    pwsh="$HOME/.dotnet/tools/pwsh"
  fi
  # Pester goes into the first folder of pwsh's PSModulePath, the user's own (XDG_DATA_HOME aware).
  local modules
  modules=$("$pwsh" -NoProfile -NonInteractive -Command \
    '($env:PSModulePath -split [IO.Path]::PathSeparator)[0]' 2>/dev/null || true)
  if [ -z "$modules" ]; then modules="${XDG_DATA_HOME:-$HOME/.local/share}/powershell/Modules"; fi
  local target="$modules/Pester/$PESTER_VERSION"
  if [ -f "$target/Pester.psd1" ]; then
    rm -f "$log"
    return 0
  fi
  echo "install-deps: installing Pester $PESTER_VERSION into $modules"
  local work sdk
  work=$(mktemp -d)
  sdk=$(dotnet --version)
  cat >"$work/fetch-pester.csproj" <<EOT
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net${sdk%%.*}.0</TargetFramework></PropertyGroup>
  <ItemGroup><PackageDownload Include="Pester" Version="[$PESTER_VERSION]" /></ItemGroup>
</Project>
EOT
  # The package holds the module under tools/ (Pester.psd1, Pester.psm1, bin/, en-US/, schemas/).
  if ! dotnet restore "$work/fetch-pester.csproj" --packages "$work/packages" >"$log" 2>&1 ||
    [ ! -f "$work/packages/pester/$PESTER_VERSION/tools/Pester.psd1" ]; then
    cat "$log" >&2
    rm -rf "$work" "$log"
    echo "install-deps: Pester $PESTER_VERSION could not be fetched" >&2
    return 1
  fi
  mkdir -p "$target"
  cp -R "$work/packages/pester/$PESTER_VERSION/tools/." "$target/"
  rm -rf "$work" "$log"
}

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
else
  echo "install-deps: installing ${missing[*]}"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
install_powershell_tests
