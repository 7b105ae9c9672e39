# libraries: the ld.so cache (ldconfig -p), shared objects in the standard and
# multiarch library dirs (the cache may not list them, e.g. /usr/lib64 on Debian),
# ld.so.conf with its includes, LD_LIBRARY_PATH.
# Raw text convention: src/parse/sections.ts.
pr_ldconfig=
for pr_c in ldconfig /sbin/ldconfig /usr/sbin/ldconfig; do
  if command -v "$pr_c" >/dev/null 2>&1; then pr_ldconfig=$pr_c; break; fi
done
if [ -n "$pr_ldconfig" ] && [ -r /etc/ld.so.cache ]; then
  echo '@cmd ldconfig -p'
  "$pr_ldconfig" -p 2>/dev/null | awk '{ print " " $0 }'
fi
# Lib dirs that are symlinks (merged /usr: /lib -> usr/lib): the parser folds
# paths through them. Printed as listings of their parents with `name -> target`.
pr_root=
for pr_d in /lib /lib64 /lib32 /libx32; do
  if [ -L "$pr_d" ]; then
    pr_root="$pr_root${pr_d#/} -> $(readlink "$pr_d" 2>/dev/null)$pr_nl"
  elif [ -d "$pr_d" ]; then
    pr_root="$pr_root${pr_d#/}$pr_nl"
  fi
done
pr_part dir / "$pr_root"
if [ -L /usr/lib64 ]; then pr_part dir /usr "lib64 -> $(readlink /usr/lib64 2>/dev/null)"; fi
# One listing per real dir, only shared objects; dirs reached through a symlinked
# parent are the same dirs as their targets and are skipped.
for pr_d in /lib /usr/lib /lib64 /usr/lib64 /usr/local/lib /usr/local/lib64 /lib/*-linux-* /usr/lib/*-linux-*; do
  [ -d "$pr_d" ] && [ ! -L "$pr_d" ] || continue
  [ -L "${pr_d%/*}" ] && continue
  printf '@dir %s\n' "$pr_d"
  for pr_e in "$pr_d"/*.so "$pr_d"/*.so.*; do
    [ -e "$pr_e" ] || [ -L "$pr_e" ] || continue
    case ${pr_e##*/} in *"$pr_nl"*) continue ;; esac
    printf ' %s\n' "${pr_e##*/}"
  done
done
# ld.so.conf and its includes (globs, relative to the including file's dir).
pr_queue=/etc/ld.so.conf
pr_seen=
pr_conf=
while [ -n "$pr_queue" ]; do
  pr_f=${pr_queue%%"$pr_nl"*}
  case $pr_queue in *"$pr_nl"*) pr_queue=${pr_queue#*"$pr_nl"} ;; *) pr_queue= ;; esac
  case "$pr_nl$pr_seen" in *"$pr_nl$pr_f$pr_nl"*) continue ;; esac
  pr_seen="$pr_seen$pr_f$pr_nl"
  [ -f "$pr_f" ] && [ -r "$pr_f" ] || continue
  pr_conf="$pr_conf$pr_f$pr_nl"
  while read -r pr_k pr_g; do
    [ "$pr_k" = include ] || continue
    case $pr_g in /*) ;; *) pr_g=${pr_f%/*}/$pr_g ;; esac
    for pr_i in $pr_g; do [ -f "$pr_i" ] && pr_queue="$pr_queue$pr_nl$pr_i"; done
    pr_queue=${pr_queue#"$pr_nl"}
  done < "$pr_f"
done
if [ -n "$pr_conf" ]; then
  pr_old=$IFS; IFS=$pr_nl
  # shellcheck disable=SC2086 # split on newlines only
  pr_files $pr_conf
  IFS=$pr_old
fi
if [ -n "${LD_LIBRARY_PATH+x}" ]; then pr_part env LD_LIBRARY_PATH "$LD_LIBRARY_PATH"; fi
