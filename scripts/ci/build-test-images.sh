#!/bin/sh
# Idempotent: build the container test images locally (no registry is reachable).
#   envdiff-test/debian:bookworm   docker import of a `debootstrap --variant=minbase bookworm`
#                                  rootfs (tarball cached in $ENVDIFF_CACHE between runs)
#   envdiff-test/busybox:latest    busybox-static with every applet linked, like the busybox image
#   envdiff-test/shellless:latest  no shell: one static binary plus /etc/os-release and
#                                  /var/lib/dpkg/status.d/* stanzas taken from real Debian
#                                  package metadata (the layout distroless images use)
# An image that already exists is not rebuilt. Needs: docker, debootstrap, busybox-static, gcc.
set -eu

CACHE=${ENVDIFF_CACHE:-/var/cache/envdiff}
# The Debian mirror this machine's apt uses (read at run time: no mirror host is
# written into the repository); ENVDIFF_DEBIAN_MIRROR overrides it.
apt_mirror() {
  { sed -n 's/^URIs:[[:space:]]*//p' /etc/apt/sources.list.d/*.sources 2>/dev/null
    sed -n 's/^deb[[:space:]]\{1,\}\(\[[^]]*\][[:space:]]\{1,\}\)\{0,1\}\(https\{0,1\}:[^[:space:]]*\).*/\2/p' /etc/apt/sources.list 2>/dev/null
  } | tr ' ' '\n' | grep -E '^https?://[^/]+/debian/?$' | head -n 1
}
MIRROR=${ENVDIFF_DEBIAN_MIRROR:-$(apt_mirror)}
[ -n "$MIRROR" ] || { echo "build-test-images: no Debian mirror in /etc/apt sources; set ENVDIFF_DEBIAN_MIRROR" >&2; exit 1; }
ROOTFS_TAR="$CACHE/debian-bookworm-minbase.tar"
DEBIAN=envdiff-test/debian:bookworm
BUSYBOX=envdiff-test/busybox:latest
SHELLLESS=envdiff-test/shellless:latest

have_image() { docker image inspect "$1" >/dev/null 2>&1; }
say() { echo "build-test-images: $*"; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM

# The Debian rootfs tarball, made once per machine (debootstrap takes minutes).
rootfs_tar() {
  [ -s "$ROOTFS_TAR" ] && return 0
  mkdir -p "$CACHE"
  say "debootstrap --variant=minbase bookworm from $MIRROR (cached in $ROOTFS_TAR)"
  debootstrap --variant=minbase bookworm "$work/rootfs" "$MIRROR" >"$CACHE/debootstrap.log" 2>&1 \
    || { tail -n 20 "$CACHE/debootstrap.log" >&2; exit 1; }
  tar -C "$work/rootfs" --numeric-owner -cf "$ROOTFS_TAR.part" .
  mv "$ROOTFS_TAR.part" "$ROOTFS_TAR"
  rm -rf "$work/rootfs"
}

if have_image "$DEBIAN"; then
  say "$DEBIAN exists"
else
  rootfs_tar
  docker import \
    --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change 'CMD ["bash"]' \
    "$ROOTFS_TAR" "$DEBIAN" >/dev/null
  say "built $DEBIAN"
fi

if have_image "$BUSYBOX"; then
  say "$BUSYBOX exists"
else
  r="$work/busybox"
  mkdir -m 755 "$r"
  mkdir -p "$r/bin" "$r/etc" "$r/tmp" "$r/root"
  chmod 1777 "$r/tmp"
  cp /bin/busybox "$r/bin/busybox"
  # What `busybox --install -s` does, without needing a chroot with /proc.
  for applet in $(/bin/busybox --list-full); do
    [ -e "$r/$applet" ] && continue
    mkdir -p "$r/$(dirname "$applet")"
    ln -s /bin/busybox "$r/$applet"
  done
  printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\n' >"$r/etc/passwd"
  printf 'root:x:0:\nnogroup:x:65534:\n' >"$r/etc/group"
  tar -C "$r" --numeric-owner -cf "$work/busybox.tar" .
  docker import --change 'ENV PATH=/usr/sbin:/usr/bin:/sbin:/bin' --change 'CMD ["sh"]' \
    "$work/busybox.tar" "$BUSYBOX" >/dev/null
  say "built $BUSYBOX"
fi

if have_image "$SHELLLESS"; then
  say "$SHELLLESS exists"
else
  rootfs_tar
  r="$work/shellless"
  mkdir -m 755 "$r"
  mkdir -p "$r/etc/ssl/certs" "$r/usr/lib" "$r/var/lib/dpkg/status.d" "$r/tmp"
  chmod 1777 "$r/tmp"
  printf '#include <stdio.h>\nint main(void) { puts("hello from a static binary"); return 0; }\n' >"$work/app.c"
  gcc -static -Os -s -o "$r/app" "$work/app.c"
  # os-release as Debian ships it: /etc/os-release is a relative symlink.
  tar -xOf "$ROOTFS_TAR" ./usr/lib/os-release >"$r/usr/lib/os-release"
  ln -s ../usr/lib/os-release "$r/etc/os-release"
  # One dpkg stanza per file, from the rootfs's real dpkg database, as distroless does.
  tar -xOf "$ROOTFS_TAR" ./var/lib/dpkg/status >"$work/status"
  for pkg in base-files tzdata netbase media-types; do
    awk -v p="$pkg" 'BEGIN { RS = ""; ORS = "\n" } $0 ~ "(^|\n)Package: " p "\n" { print }' "$work/status" \
      >"$r/var/lib/dpkg/status.d/$pkg"
    [ -s "$r/var/lib/dpkg/status.d/$pkg" ] || rm -f "$r/var/lib/dpkg/status.d/$pkg"
  done
  # The CA bundle and its package stanza, from this machine's ca-certificates when installed.
  if [ -s /etc/ssl/certs/ca-certificates.crt ] && [ -s /var/lib/dpkg/status ]; then
    cp /etc/ssl/certs/ca-certificates.crt "$r/etc/ssl/certs/"
    awk 'BEGIN { RS = ""; ORS = "\n" } $0 ~ "(^|\n)Package: ca-certificates\n" { print }' /var/lib/dpkg/status \
      >"$r/var/lib/dpkg/status.d/ca-certificates"
  fi
  printf 'root:x:0:0:root:/root:/sbin/nologin\nnonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n' >"$r/etc/passwd"
  tar -C "$r" --numeric-owner -cf "$work/shellless.tar" .
  docker import --change 'ENTRYPOINT ["/app"]' "$work/shellless.tar" "$SHELLLESS" >/dev/null
  say "built $SHELLLESS"
fi

# The probe tests chroot into the unpacked rootfs, and the version-ordering tests read
# its dpkg database: keep an unpacked copy beside the tarball.
ROOTFS_DIR="$CACHE/rootfs-bookworm"
if [ -s "$ROOTFS_DIR/var/lib/dpkg/status" ]; then
  say "$ROOTFS_DIR exists"
else
  rootfs_tar
  rm -rf "$ROOTFS_DIR.part" && mkdir -p "$ROOTFS_DIR.part"
  tar -C "$ROOTFS_DIR.part" --numeric-owner -xf "$ROOTFS_TAR"
  rm -rf "$ROOTFS_DIR" && mv "$ROOTFS_DIR.part" "$ROOTFS_DIR"
  say "unpacked $ROOTFS_DIR"
fi
