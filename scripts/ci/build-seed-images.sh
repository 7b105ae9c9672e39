#!/bin/sh
# Idempotent: build the images the seed end-to-end tests (test/seeds) need, locally
# (no registry is reachable; packages come from Debian's archive through apt).
#   envdiff-seed/busybox:arm64   Debian's busybox-static:arm64, loaded as a linux/arm64 image
#                                (runs on x86_64 only through the qemu-aarch64 binfmt entry)
#   envdiff-seed/fuse3:lib       envdiff-test/debian:bookworm + libfuse3-3 (dpkg -i) + a binary
#                                linking libfuse3.so.3, library in /usr/lib/x86_64-linux-gnu
#   envdiff-seed/fuse3:lib64     the same, library moved to /usr/lib64 (not in the loader path)
# and a local copy of the part of Debian's bookworm archive the mirror seed's apt run needs
# ($ENVDIFF_CACHE/seed-mirror: the signed InRelease and Packages index from this machine's apt
# lists, and three .debs), served on a loopback address by the seed test.
# What already exists is not rebuilt (docker rmi an image, or remove the mirror, to redo it).
# Needs: docker, apt (dpkg --add-architecture arm64 is done here), gcc. Downloads run as
# root (APT::Sandbox::User=root): the work dir is a private mktemp directory.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
CACHE=${ENVDIFF_CACHE:-/var/cache/envdiff}
seeds="$here/../seeds"
BASE=envdiff-test/debian:bookworm
ARM64=envdiff-seed/busybox:arm64
FUSE_LIB=envdiff-seed/fuse3:lib
FUSE_LIB64=envdiff-seed/fuse3:lib64

have_image() { docker image inspect "$1" >/dev/null 2>&1; }
# apt-get download <package> into <dir>, refreshing the package lists once if apt does
# not know it (yet).
download() {
  (cd "$1" && apt-get download -q -o APT::Sandbox::User=root "$2" >/dev/null 2>&1) && return 0
  apt-get update -qq
  (cd "$1" && apt-get download -q -o APT::Sandbox::User=root "$2" >/dev/null)
}
say() { echo "build-seed-images: $*"; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM

# --- arm64 busybox -----------------------------------------------------------------
if have_image "$ARM64"; then
  say "$ARM64 exists"
else
  if ! dpkg --print-foreign-architectures | grep -qx arm64; then
    dpkg --add-architecture arm64
    apt-get update -qq
  fi
  mkdir -p "$work/arm64"
  download "$work/arm64" busybox-static:arm64
  r="$work/arm64/rootfs"
  dpkg-deb -x "$work"/arm64/busybox-static_*_arm64.deb "$r"
  rm -rf "$r/usr/share/doc"
  mkdir -p "$r/tmp" "$r/etc" "$r/root" "$r/usr/bin" "$r/sbin" "$r/usr/sbin"
  chmod 1777 "$r/tmp"
  # Applet links without running the arm64 binary: the host's busybox-static is the
  # same Debian version and configuration, so its applet list is the same.
  for applet in $(/bin/busybox --list-full); do
    [ -e "$r/$applet" ] || [ -L "$r/$applet" ] && continue
    mkdir -p "$r/$(dirname "$applet")"
    ln -s /bin/busybox "$r/$applet"
  done
  # `docker import --platform` needs an experimental daemon, so write the image archive
  # (docker save layout) by hand: one layer, a config whose architecture is arm64.
  img="$work/arm64/image"
  mkdir -p "$img"
  tar --numeric-owner --owner=0 --group=0 -C "$r" -cf "$img/layer.tar" .
  diff_id=$(sha256sum "$img/layer.tar" | cut -d' ' -f1)
  created=$(date -u -d "@$(stat -c %Y "$r/bin/busybox")" +%Y-%m-%dT%H:%M:%SZ)
  cat >"$img/config.json" <<EOF
{"architecture":"arm64","os":"linux","created":"$created","config":{"Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"],"Cmd":["/bin/sh"]},"rootfs":{"type":"layers","diff_ids":["sha256:$diff_id"]},"history":[{"created":"$created","created_by":"scripts/ci/build-seed-images.sh: Debian busybox-static:arm64"}]}
EOF
  config_id=$(sha256sum "$img/config.json" | cut -d' ' -f1)
  mv "$img/config.json" "$img/$config_id.json"
  printf '[{"Config":"%s.json","RepoTags":["%s"],"Layers":["layer.tar"]}]\n' "$config_id" "$ARM64" >"$img/manifest.json"
  tar -C "$img" -cf - . | docker load >/dev/null
  say "built $ARM64 ($(docker image inspect --format '{{.Os}}/{{.Architecture}}' "$ARM64"))"
fi

# --- libfuse3 in /usr/lib vs /usr/lib64 -------------------------------------------
if have_image "$FUSE_LIB" && have_image "$FUSE_LIB64"; then
  say "$FUSE_LIB and $FUSE_LIB64 exist"
else
  if ! have_image "$BASE"; then
    sh "$here/build-test-images.sh"
    have_image "$BASE" || { say "base image $BASE is missing" >&2; exit 1; }
  fi
  command -v gcc >/dev/null 2>&1 || {
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -qq --no-install-recommends gcc libc6-dev >/dev/null
  }
  ctx="$work/fuse3"
  mkdir -p "$ctx/deb"
  download "$ctx/deb" libfuse3-3:amd64
  mv "$ctx"/deb/libfuse3-3_*.deb "$ctx/libfuse3-3.deb"
  dpkg-deb -x "$ctx/libfuse3-3.deb" "$ctx/deb/root"
  # Link against the real library from the .deb; no headers needed (see the .c file).
  gcc -O2 -o "$ctx/fuse-version" "$seeds/fuse3/fuse-version.c" \
    -L"$ctx/deb/root/lib/x86_64-linux-gnu" -l:libfuse3.so.3
  cp "$seeds/fuse3/Dockerfile" "$ctx/Dockerfile"
  for libdir in lib lib64; do
    docker build -q --build-arg BASE="$BASE" --build-arg LIBDIR="$libdir" \
      -t "envdiff-seed/fuse3:$libdir" "$ctx" >/dev/null
    say "built envdiff-seed/fuse3:$libdir"
  done
fi

# --- local apt mirror (bookworm main: InRelease, Packages, the seed's .debs) ---------
MIRROR="$CACHE/seed-mirror/debian"
MIRROR_DEBS="libelf1 libbpf1 libonig5" # the packages the kube-cross build could not fetch
if [ -s "$MIRROR/.complete" ]; then
  say "local mirror $MIRROR exists"
else
  lists=/var/lib/apt/lists
  inrelease() { ls "$lists"/*_debian_dists_bookworm_InRelease 2>/dev/null | head -n 1; }
  [ -n "$(inrelease)" ] || apt-get update -qq
  rel=$(inrelease)
  pkgs=$(ls "${rel%_InRelease}"_main_binary-amd64_Packages* 2>/dev/null | head -n 1)
  [ -n "$rel" ] && [ -n "$pkgs" ] || { say "no apt lists for bookworm main in $lists" >&2; exit 1; }
  rm -rf "$MIRROR" && mkdir -p "$MIRROR/dists/bookworm/main/binary-amd64"
  cp "$rel" "$MIRROR/dists/bookworm/InRelease"
  # Uncompressed: its hash is in the InRelease too, and apt falls back to it.
  /usr/lib/apt/apt-helper cat-file "$pkgs" >"$MIRROR/dists/bookworm/main/binary-amd64/Packages"
  mkdir -p "$work/debs"
  for pkg in $MIRROR_DEBS; do
    stanza=$(awk -v p="$pkg" 'BEGIN { RS = "" } $0 ~ ("^Package: " p "\n") { print; exit }' \
      "$MIRROR/dists/bookworm/main/binary-amd64/Packages")
    version=$(printf '%s\n' "$stanza" | sed -n 's/^Version: //p')
    filename=$(printf '%s\n' "$stanza" | sed -n 's/^Filename: //p')
    [ -n "$version" ] && [ -n "$filename" ] || { say "$pkg is not in the bookworm main index" >&2; exit 1; }
    rm -f "$work"/debs/*.deb
    download "$work/debs" "$pkg=$version"
    mkdir -p "$MIRROR/$(dirname "$filename")"
    mv "$work"/debs/*.deb "$MIRROR/$filename"
  done
  date -u +%Y-%m-%dT%H:%M:%SZ >"$MIRROR/.complete"
  say "local mirror $MIRROR ready ($MIRROR_DEBS)"
fi
