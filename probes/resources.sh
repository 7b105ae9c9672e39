# resources: memory, free disk where builds write (/, /tmp, /var/lib/docker, the
# working dir ENVDIFF_CWD), the size of /dev/shm, open-files, process, stack,
# data-size, file-size, address-space, locked-memory and CPU-time limits, cgroup memory and pids limits.
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
# The other limits from the kernel's own table: ulimit's flags differ by shell (the process limit is dash's -p,
# ash's and bash's -u) and its units too (KiB, 512-byte blocks); the table says bytes.
pr_pat='^Max (processes|stack size|data size|file size|address space|locked memory|cpu time) ' pr_files /proc/self/limits
