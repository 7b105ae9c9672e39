#!/bin/sh
# Idempotent: install Debian's docker.io (plus what the container tests and the test
# image build need), start dockerd in the background when no engine answers, wait for
# its socket (bounded), print the engine version. Safe to run on every CI start.
set -eu

need_pkgs=""
command -v dockerd >/dev/null 2>&1 || need_pkgs="$need_pkgs docker.io"
command -v debootstrap >/dev/null 2>&1 || need_pkgs="$need_pkgs debootstrap"
# gcc + libc6-dev: the shell-less test image carries one static binary built here.
command -v gcc >/dev/null 2>&1 && [ -e /usr/lib/x86_64-linux-gnu/libc.a ] || need_pkgs="$need_pkgs gcc libc6-dev"
[ -x /bin/busybox ] && /bin/busybox --list 2>/dev/null | grep -qx ash && ldd /bin/busybox 2>&1 | grep -q 'not a dynamic' \
  || need_pkgs="$need_pkgs busybox-static"
if [ -n "$need_pkgs" ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # shellcheck disable=SC2086
  apt-get install -y -qq --no-install-recommends $need_pkgs >/dev/null
fi

engine_up() { docker version --format '{{.Server.Version}}' >/dev/null 2>&1; }

if ! engine_up; then
  if ! pgrep -x dockerd >/dev/null 2>&1; then
    mkdir -p /var/log
    nohup dockerd >/var/log/dockerd.log 2>&1 </dev/null &
  fi
  i=0
  until [ -S /var/run/docker.sock ] && engine_up; do
    i=$((i + 1))
    if [ "$i" -gt 60 ]; then
      echo "docker-setup: dockerd did not answer on /var/run/docker.sock within 60 s; last log lines:" >&2
      tail -n 20 /var/log/dockerd.log >&2 2>/dev/null || true
      exit 1
    fi
    sleep 1
  done
fi
docker version --format 'docker-setup: engine {{.Server.Version}} (API {{.Server.APIVersion}})'
