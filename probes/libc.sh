# libc: family (glibc/musl) and version. glibc answers getconf; musl's dynamic
# loader prints its version when run without arguments.
# Raw text convention: src/parse/sections.ts.
pr_found=
if pr_out=$(getconf GNU_LIBC_VERSION 2>/dev/null) && [ -n "$pr_out" ]; then
  pr_part cmd 'getconf GNU_LIBC_VERSION' "$pr_out"
  pr_found=1
fi
for pr_f in /lib/ld-musl-*.so.1; do
  [ -x "$pr_f" ] || continue
  pr_part cmd "$pr_f" "$("$pr_f" 2>&1 </dev/null)"
  pr_found=1
done
# No getconf (minimal glibc images): list where libc.so.6 lives; the parser reads
# the version from a libc-X.Y.so name or says only the family.
if [ -z "$pr_found" ]; then
  for pr_d in /lib /lib64 /usr/lib /usr/lib64 /lib/*-linux-* /usr/lib/*-linux-*; do
    [ -d "$pr_d" ] || continue
    pr_list=
    for pr_e in "$pr_d"/libc.so* "$pr_d"/libc-*.so "$pr_d"/ld-musl-*; do
      [ -e "$pr_e" ] || continue
      pr_list="$pr_list${pr_e##*/}$pr_nl"
    done
    [ -n "$pr_list" ] && { pr_part dir "$pr_d" "$pr_list"; pr_found=1; }
  done
fi
# Nothing at all: a static-only system (busybox-static, scratch + static binary).
# That is a fact worth comparing (dynamically linked tools cannot run here), not a
# failure to capture.
if [ -z "$pr_found" ]; then
  pr_part var none 'no shared C library (no getconf GNU_LIBC_VERSION, no musl loader, no libc.so.6): static binaries only'
fi
