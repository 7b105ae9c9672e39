# kernel: release, version, machine, page size (the host's kernel, also inside containers),
# cgroup version, seccomp mode of this process, user namespace limits.
# Raw text convention: src/parse/sections.ts.
pr_missing=1
if [ -r /proc/sys/kernel/osrelease ]; then
  pr_files /proc/sys/kernel/osrelease /proc/sys/kernel/version
elif command -v uname >/dev/null 2>&1; then
  pr_part cmd 'uname -r' "$(uname -r)"
  pr_part cmd 'uname -v' "$(uname -v)"
else
  echo "no /proc/sys/kernel/osrelease and no uname" >&2
  exit 69
fi
if command -v uname >/dev/null 2>&1; then pr_part cmd 'uname -m' "$(uname -m)"; fi
# The memory page size: arm64 kernels use 4K, 16K or 64K pages, and allocators built for one crash on another.
if command -v getconf >/dev/null 2>&1; then pr_part cmd 'getconf PAGESIZE' "$(getconf PAGESIZE 2>/dev/null)"; fi
if [ -e /sys/fs/cgroup/cgroup.controllers ]; then
  pr_part var cgroup v2
elif [ -d /sys/fs/cgroup/memory ] || [ -d /sys/fs/cgroup/cpu ] || [ -d /sys/fs/cgroup/systemd ]; then
  pr_part var cgroup v1
else
  pr_part var cgroup none
fi
pr_pat='^(Seccomp|NoNewPrivs):' pr_files /proc/self/status
pr_files /proc/sys/user/max_user_namespaces /proc/sys/kernel/unprivileged_userns_clone
