# kernel: release, version, machine (the host's kernel, also inside containers),
# cgroup version, seccomp mode of this process, user namespace limits.
# Raw text convention: src/parse/sections.ts.
pr_files() {
  awk -v pat="${pr_pat-}" 'BEGIN {
    for (i = 1; i < ARGC; i++) {
      f = ARGV[i]
      r = (getline line < f)
      if (r < 0) { print "@missing " f; continue }
      print "@file " f
      while (r > 0) { if (pat == "" || line ~ pat) print " " line; r = (getline line < f) }
      close(f)
    }
    exit
  }' "$@"
}
pr_nl='
'
# Print a part whose content is a shell value, one prefixed line per line.
pr_part() {
  printf '@%s %s\n' "$1" "$2"
  pr_v=$3
  while [ -n "$pr_v" ]; do
    case $pr_v in
      *"$pr_nl"*) printf ' %s\n' "${pr_v%%"$pr_nl"*}"; pr_v=${pr_v#*"$pr_nl"} ;;
      *) printf ' %s\n' "$pr_v"; pr_v= ;;
    esac
  done
}
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
