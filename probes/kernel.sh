# kernel: release, version, machine (the host's kernel, also inside containers),
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
if [ -e /sys/fs/cgroup/cgroup.controllers ]; then
  pr_part var cgroup v2
elif [ -d /sys/fs/cgroup/memory ] || [ -d /sys/fs/cgroup/cpu ] || [ -d /sys/fs/cgroup/systemd ]; then
  pr_part var cgroup v1
else
  pr_part var cgroup none
fi
pr_pat='^(Seccomp|NoNewPrivs):' pr_files /proc/self/status
pr_files /proc/sys/user/max_user_namespaces /proc/sys/kernel/unprivileged_userns_clone
