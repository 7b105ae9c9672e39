# resources: memory, free disk where builds write (/, /tmp, /var/lib/docker, the
# working dir ENVDIFF_CWD), the size of /dev/shm, open-files and process limits,
# cgroup memory and pids limits.
# Raw text convention: src/parse/sections.ts.
if [ ! -r /proc/meminfo ] && ! command -v df >/dev/null 2>&1; then
  echo "no /proc/meminfo and no df" >&2
  exit 69
fi
pr_pat='^(MemTotal|MemAvailable|SwapTotal):' pr_files /proc/meminfo
pr_files /sys/fs/cgroup/memory.max /sys/fs/cgroup/memory/memory.limit_in_bytes /sys/fs/cgroup/pids.max /sys/fs/cgroup/pids/pids.max
if command -v df >/dev/null 2>&1; then
  for pr_p in / /tmp /dev/shm /var/lib/docker "${ENVDIFF_CWD:-$PWD}"; do
    case $pr_p in *"$pr_nl"*) continue ;; esac
    [ -d "$pr_p" ] || continue
    echo "@cmd df -Pk $pr_p"
    df -Pk "$pr_p" 2>/dev/null | awk '{ print " " $0 }'
    # Free inodes too: "No space left on device" with gigabytes free is a filesystem out of inodes.
    [ "$pr_p" = /dev/shm ] && continue
    echo "@cmd df -Pi $pr_p"
    df -Pi "$pr_p" 2>/dev/null | awk '{ print " " $0 }'
  done
fi
printf '@var ulimit_nofile\n %s\n' "$(ulimit -n)"
# The process limit from the kernel's own table: ulimit's flag for it differs by shell (dash -p, ash and bash -u).
pr_pat='^Max processes' pr_files /proc/self/limits
