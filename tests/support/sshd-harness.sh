#!/usr/bin/env bash
# A throwaway OpenSSH server on 127.0.0.1 for the remote-host tests (issue 12 item 5): Debian's sshd in
# the foreground (-D) in the background, with its own host key, user key, config, log and pid file in
# DIR, and a login PATH whose first entry holds the powershell.exe stand-in
# (tests/powershell/remote/powershell.exe: pwsh with the PowerShell mocks preloaded).
#
#   sshd-harness.sh start DIR [WATCH_PID]   prints port=, user=, identity=, hostkey=, then returns;
#                                           sshd ends with WATCH_PID (the test) if that dies first
#   sshd-harness.sh env DIR NAME=VALUE ...  what the stand-in sees on the far side (ssh forwards no
#                                           environment): replaces DIR/remote-env.sh
#   sshd-harness.sh agent DIR               an ssh-agent holding the user key, for a client that takes
#                                           no -i (the wizard's GUI): prints agent=SOCKET
#   sshd-harness.sh stop DIR                ends sshd, its watcher and the agent
#
# Exit code 77 (CTest's skip code) with a SKIPPED line when sshd or ssh-keygen is missing.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
wrapper="$here/../powershell/remote/powershell.exe"
sshd=${EFLOW_SSHD:-/usr/sbin/sshd}

die() { echo "sshd-harness: $*" >&2; exit 1; }

write_env() {
  local dir=$1; shift
  local file="$dir/remote-env.sh" tmp="$dir/remote-env.sh.tmp" pair name value
  : >"$tmp"
  # The stand-in needs pwsh's runtime where this side found it.
  if [ -n "${DOTNET_ROOT:-}" ]; then printf 'export DOTNET_ROOT=%q\n' "$DOTNET_ROOT" >>"$tmp"; fi
  for pair in "$@"; do
    name=${pair%%=*}
    value=${pair#*=}
    [[ $name =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]] || die "not a variable name: $name"
    printf 'export %s=%q\n' "$name" "$value" >>"$tmp"
  done
  mv "$tmp" "$file"
}

start() {
  local dir=$1 watch=${2:-}
  [ -x "$sshd" ] || { echo "SKIPPED: $sshd not found: install openssh-server (packaging/install-deps.sh)"; exit 77; }
  command -v ssh-keygen >/dev/null || { echo "SKIPPED: ssh-keygen not found: install openssh-client"; exit 77; }
  mkdir -p "$dir/bin"
  dir=$(cd "$dir" && pwd)
  rm -f "$dir/host_ed25519" "$dir/host_ed25519.pub" "$dir/user_ed25519" "$dir/user_ed25519.pub"
  ssh-keygen -q -t ed25519 -N '' -C eflow-test-host -f "$dir/host_ed25519"
  ssh-keygen -q -t ed25519 -N '' -C eflow-test-user -f "$dir/user_ed25519"
  cp "$dir/user_ed25519.pub" "$dir/authorized_keys"
  chmod 600 "$dir/host_ed25519" "$dir/user_ed25519"
  ln -sf "$(readlink -f "$wrapper")" "$dir/bin/powershell.exe"
  [ -f "$dir/remote-env.sh" ] || write_env "$dir"
  local user
  user=$(id -un)

  # sshd refuses to start as non-root without an absolute path; the privilege-separation directory must
  # exist (a container may lack it).
  [ "$(id -u)" -ne 0 ] || mkdir -p /run/sshd
  local attempt port
  for attempt in 1 2 3 4 5 6 7 8; do
    port=$((20000 + RANDOM % 40000))
    cat >"$dir/sshd_config" <<CONF
Port $port
ListenAddress 127.0.0.1
HostKey $dir/host_ed25519
PidFile $dir/sshd.pid
AuthorizedKeysFile $dir/authorized_keys
AllowUsers $user
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
StrictModes no
UsePAM no
PermitRootLogin prohibit-password
PermitUserEnvironment no
X11Forwarding no
AllowTcpForwarding no
PrintMotd no
LogLevel VERBOSE
# sftp for the support bundle copy (SftpFetch), as Windows OpenSSH has it.
Subsystem sftp internal-sftp
SetEnv PATH=$dir/bin:/usr/local/bin:/usr/bin:/bin EFLOW_REMOTE_ENV=$dir/remote-env.sh
CONF
    local check
    if ! check=$("$sshd" -t -f "$dir/sshd_config" 2>&1); then die "sshd -t refused the config: $check"; fi
    [ -z "$check" ] || echo "sshd-harness: sshd -t says: $check" >&2
    rm -f "$dir/sshd.log" "$dir/sshd.pid"
    setsid "$sshd" -D -f "$dir/sshd_config" -E "$dir/sshd.log" </dev/null >/dev/null 2>&1 &
    local pid=$! waited
    echo "$pid" >"$dir/sshd.main.pid"
    for waited in $(seq 1 100); do
      if grep -q "Server listening on 127.0.0.1 port $port" "$dir/sshd.log" 2>/dev/null; then
        if [ -n "$watch" ]; then
          # sshd must not outlive a test that crashed: it ends with the test's process.
          (trap '' HUP; while kill -0 "$watch" 2>/dev/null && kill -0 "$pid" 2>/dev/null; do sleep 1; done
           kill "$pid" 2>/dev/null || true
           if [ -f "$dir/agent.pid" ]; then kill "$(cat "$dir/agent.pid")" 2>/dev/null || true; fi) </dev/null >/dev/null 2>&1 &
          echo "$!" >"$dir/watcher.pid"
        fi
        echo "port=$port"
        echo "user=$user"
        echo "identity=$dir/user_ed25519"
        echo "hostkey=$dir/host_ed25519.pub"
        return 0
      fi
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.05
    done
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    grep -q "Address already in use\|Cannot bind" "$dir/sshd.log" 2>/dev/null || die "sshd did not start: $(cat "$dir/sshd.log" 2>/dev/null)"
  done
  die "no free port found after 8 attempts"
}

agent() {
  local dir=$1 sock
  sock="$dir/agent.sock"
  rm -f "$sock"
  ssh-agent -a "$sock" -s >"$dir/agent.env" || die "ssh-agent did not start"
  sed -n 's/^SSH_AGENT_PID=\([0-9]*\);.*/\1/p' "$dir/agent.env" >"$dir/agent.pid"
  SSH_AUTH_SOCK="$sock" ssh-add -q "$dir/user_ed25519" 2>/dev/null || die "ssh-add failed"
  echo "agent=$sock"
}

stop() {
  local dir=$1 f
  for f in watcher.pid sshd.main.pid agent.pid; do
    if [ -f "$dir/$f" ]; then kill "$(cat "$dir/$f")" 2>/dev/null || true; rm -f "$dir/$f"; fi
  done
}

case "${1:-}" in
  start) [ $# -ge 2 ] || die "usage: start DIR [WATCH_PID]"; start "$2" "${3:-}" ;;
  env) [ $# -ge 2 ] || die "usage: env DIR NAME=VALUE ..."; d=$2; shift 2; write_env "$d" "$@" ;;
  agent) [ $# -eq 2 ] || die "usage: agent DIR"; agent "$2" ;;
  stop) [ $# -eq 2 ] || die "usage: stop DIR"; stop "$2" ;;
  *) die "usage: sshd-harness.sh start|env|agent|stop DIR ..." ;;
esac
