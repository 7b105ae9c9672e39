# security: uid/gid, umask the runner gave the bundle (envdiff_umask, saved by the
# bundle before it tightens its own), no_new_privs/seccomp/capabilities of this
# process, SELinux and AppArmor state and confinement.
# Raw text convention: src/parse/sections.ts.
if [ -r /proc/self/status ]; then
  pr_pat='^(Uid|Gid|NoNewPrivs|Seccomp|CapEff|CapBnd):' pr_files /proc/self/status
elif command -v id >/dev/null 2>&1; then
  printf '@cmd id -u\n %s\n@cmd id -g\n %s\n' "$(id -u)" "$(id -g)"
else
  echo "no /proc/self/status and no id" >&2
  exit 69
fi
printf '@var umask\n %s\n' "${envdiff_umask:-$(umask)}"
pr_files /etc/selinux/config
# Single-line kernel files, read by the shell: some refuse reads (EINVAL) when the
# LSM is absent, which must not cost the other parts.
for pr_f in /sys/fs/selinux/enforce /sys/module/apparmor/parameters/enabled \
  /proc/self/attr/apparmor/current /proc/self/attr/current; do
  pr_l=
  { read -r pr_l || [ -n "$pr_l" ]; } 2>/dev/null < "$pr_f" || continue
  printf '@file %s\n %s\n' "$pr_f" "$pr_l"
done
