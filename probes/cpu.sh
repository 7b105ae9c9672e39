# cpu: architecture, model, flags and logical cores. /proc/cpuinfo repeats every
# field per core: print each field's first occurrence plus every `processor` line.
# Raw text convention: src/parse/sections.ts.
if [ ! -r /proc/cpuinfo ]; then
  echo "no /proc/cpuinfo" >&2
  exit 69
fi
pr_m=$(uname -m 2>/dev/null)
case $pr_m in *'
'*) pr_m= ;; esac
[ -n "$pr_m" ] && printf '@cmd uname -m\n %s\n' "$pr_m"
awk 'BEGIN { print "@file /proc/cpuinfo" }
  {
    k = $0; sub(/[ \t]*:.*/, "", k)
    if (k == "processor" || !(k in seen)) { seen[k] = 1; print " " $0 }
  }' /proc/cpuinfo
