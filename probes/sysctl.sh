# sysctl: kernel tunables builds depend on (mmap count for Elasticsearch/Java,
# inotify limits for watchers, open-file ceilings, user namespaces for rootless
# builders and sandboxes, ptrace/perf for debuggers and profilers). Read from
# /proc/sys, one awk process; a file that does not exist here is simply not printed.
# Raw text convention: src/parse/sections.ts.
if [ ! -d /proc/sys ]; then
  echo "no /proc/sys" >&2
  exit 69
fi
pr_files /proc/sys/vm/max_map_count /proc/sys/vm/overcommit_memory \
  /proc/sys/fs/inotify/max_user_watches /proc/sys/fs/inotify/max_user_instances \
  /proc/sys/fs/file-max /proc/sys/fs/nr_open \
  /proc/sys/user/max_user_namespaces /proc/sys/kernel/unprivileged_userns_clone \
  /proc/sys/kernel/apparmor_restrict_unprivileged_userns \
  /proc/sys/kernel/pid_max /proc/sys/kernel/randomize_va_space \
  /proc/sys/kernel/yama/ptrace_scope /proc/sys/kernel/perf_event_paranoid \
  /proc/sys/net/core/somaxconn /proc/sys/net/ipv4/ip_forward
