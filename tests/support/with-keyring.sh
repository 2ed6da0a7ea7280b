#!/bin/sh
# Runs COMMAND [ARGS...] inside a private D-Bus session with a throwaway, unlocked gnome-keyring as its
# Secret Service, so that keychain tests use a real keychain and never the user's own:
#   - HOME and the XDG folders point into a fresh temporary folder (the keyring file, settings and logs
#     of the run land there and are deleted afterwards);
#   - DISPLAY/WAYLAND_DISPLAY and the caller's DBUS_SESSION_BUS_ADDRESS are dropped, so nothing can
#     reach (or autolaunch) the desktop's bus;
#   - dbus-run-session starts the bus and stops it, and with it the keyring daemon, when COMMAND ends.
# The exit code is COMMAND's; 77 when the tools are missing (packaging/install-deps.sh installs them).
# Inside, EFLOW_KEYRING_SESSION=1 tells a test that it runs here.
set -eu

if [ "$#" -eq 0 ]; then
    echo "usage: $0 COMMAND [ARGS...]" >&2
    exit 2
fi
if [ "${EFLOW_KEYRING_INNER:-}" != 1 ]; then
    for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
        if ! command -v "$tool" >/dev/null 2>&1; then
            echo "with-keyring: $tool is missing (run packaging/install-deps.sh)" >&2
            exit 77
        fi
    done
    root=$(mktemp -d "${TMPDIR:-/tmp}/eflow-keyring.XXXXXX")
    trap 'rm -rf "$root"' EXIT INT TERM
    mkdir -p "$root/home" "$root/config" "$root/data" "$root/cache" "$root/runtime"
    chmod 700 "$root" "$root/runtime"
    unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS XDG_CURRENT_DESKTOP DESKTOP_SESSION
    unset GNOME_KEYRING_CONTROL SSH_AUTH_SOCK
    HOME="$root/home" XDG_CONFIG_HOME="$root/config" XDG_DATA_HOME="$root/data" \
        XDG_CACHE_HOME="$root/cache" XDG_RUNTIME_DIR="$root/runtime" EFLOW_KEYRING_INNER=1 \
        dbus-run-session -- "$0" "$@"
    exit $?
fi

# Inside the private session. The password only unlocks this throwaway keyring.
unset EFLOW_KEYRING_INNER
printf '%s' "eflow-test-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
# The daemon claims org.freedesktop.secrets shortly after it forks; wait for it (at most 10 s).
i=0
while ! dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'; do
    i=$((i + 1))
    if [ "$i" -gt 100 ]; then
        echo "with-keyring: gnome-keyring-daemon did not claim org.freedesktop.secrets" >&2
        exit 1
    fi
    sleep 0.1
done
export EFLOW_KEYRING_SESSION=1
"$@"
