# binfmt: binfmt_misc state and every registered entry (qemu-user emulation for
# foreign-architecture builds lives here).
# Raw text convention: src/parse/sections.ts.
pr_missing=1
pr_d=/proc/sys/fs/binfmt_misc
if [ ! -r "$pr_d/status" ]; then
  # Not mounted (or no kernel support): a fact, not a failure.
  printf '@missing %s/status\n' "$pr_d"
  exit 0
fi
set -- "$pr_d/status"
for pr_e in "$pr_d"/*; do
  case ${pr_e##*/} in register|status) continue ;; esac
  [ -f "$pr_e" ] && set -- "$@" "$pr_e"
done
pr_files "$@"
