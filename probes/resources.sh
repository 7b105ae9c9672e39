# resources: memory, free disk where builds write (/, /tmp, /var/lib/docker, the
# working dir ENVDIFF_CWD), open-files limit, cgroup memory limit.
# Raw text convention: src/parse/sections.ts.
if [ ! -r /proc/meminfo ] && ! command -v df >/dev/null 2>&1; then
  echo "no /proc/meminfo and no df" >&2
  exit 69
fi
pr_pat='^(MemTotal|MemAvailable|SwapTotal):' pr_files /proc/meminfo
pr_files /sys/fs/cgroup/memory.max /sys/fs/cgroup/memory/memory.limit_in_bytes
if command -v df >/dev/null 2>&1; then
  for pr_p in / /tmp /var/lib/docker "${ENVDIFF_CWD:-$PWD}"; do
    case $pr_p in *"$pr_nl"*) continue ;; esac
    [ -d "$pr_p" ] || continue
    echo "@cmd df -Pk $pr_p"
    df -Pk "$pr_p" 2>/dev/null | awk '{ print " " $0 }'
  done
fi
printf '@var ulimit_nofile\n %s\n' "$(ulimit -n)"
