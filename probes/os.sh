# os: distribution identity (os-release and release files) and the host name.
# Raw text convention: src/parse/sections.ts.
pr_missing=1
if [ ! -r /etc/os-release ] && [ ! -r /usr/lib/os-release ] && [ ! -r /etc/alpine-release ] && [ ! -r /etc/debian_version ]; then
  echo "no /etc/os-release, /usr/lib/os-release or distribution release file" >&2
  exit 69
fi
pr_files /etc/os-release /usr/lib/os-release /etc/alpine-release /etc/debian_version /proc/sys/kernel/hostname /etc/hostname
