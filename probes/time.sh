# time: time zone (TZ, /etc/timezone, the /etc/localtime link) and UTC offset.
# Raw text convention: src/parse/sections.ts.
if [ -n "${TZ+x}" ]; then
  case $TZ in *"$pr_nl"*) ;; *) printf '@env TZ\n %s\n' "$TZ" ;; esac
fi
[ -r /etc/timezone ] && awk '{ if (NR == 1) print "@file /etc/timezone"; print " " $0 }' /etc/timezone
if [ -L /etc/localtime ]; then
  pr_l=$(readlink /etc/localtime 2>/dev/null)
  case $pr_l in *"$pr_nl"*) ;; ?*) printf '@link /etc/localtime\n %s\n' "$pr_l" ;; esac
fi
pr_z=$(date +%z 2>/dev/null)
case $pr_z in [+-][0-9][0-9][0-9][0-9]) printf '@cmd date +%%z\n %s\n' "$pr_z" ;; esac
# Clock offset: the Date header of the first configured package mirror (apt, apk,
# yum/dnf), one HEAD request by curl or wget, cut after ENVDIFF_CLOCK_TIMEOUT seconds
# (default 2; 0: do not ask), between two readings of the local clock. The parser
# turns that into time.skew_s, or says why there is none.
pr_wait=${ENVDIFF_CLOCK_TIMEOUT:-2}
case $pr_wait in '' | *[!0-9]*) pr_wait=2 ;; esac
if [ "$pr_wait" = 0 ]; then
  printf '@var clock\n off\n'
  exit 0
fi
set --
for pr_f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources /etc/apk/repositories /etc/yum.repos.d/*.repo; do
  [ -f "$pr_f" ] && [ -r "$pr_f" ] && set -- "$@" "$pr_f"
done
pr_url=
if [ $# -gt 0 ]; then
  pr_url=$(awk '
    function first(from,   i) { for (i = from; i <= NF; i++) if ($i ~ /^https?:\/\/[^$]*$/) { print $i; exit } }
    /^[ \t]*#/ { next }
    FILENAME ~ /\.sources$/ && $1 == "URIs:" { first(2) }
    FILENAME ~ /\.list$/ && $1 ~ /^deb(-src)?$/ { first(2) }
    FILENAME ~ /repositories$/ { first(1) }
    FILENAME ~ /\.repo$/ && /^[ \t]*baseurl[ \t]*=/ { sub(/^[^=]*=/, ""); first(1) }
  ' "$@" 2>/dev/null)
fi
case $pr_url in *"$pr_nl"* | '') printf '@var clock\n no-mirror\n'; exit 0 ;; esac
if command -v curl >/dev/null 2>&1; then
  set -- curl -sI --max-time "$pr_wait" "$pr_url"
elif command -v wget >/dev/null 2>&1; then
  # No -T: busybox 1.35 wget crashes with it; the watchdog below bounds the request.
  set -- wget -q -S --spider "$pr_url"
else
  printf '@var clock\n no-client\n@var clock_url\n %s\n' "$pr_url"
  exit 0
fi
pr_start=$(date +%s)
# Neither client bounds a hanging resolver, and wget retries: a watchdog cuts the
# client one second after the budget.
pr_out=$(
  # A crashing client must not make its shell report it on the probe's stderr.
  exec 2>/dev/null
  "$@" 2>&1 </dev/null &
  pr_c=$!
  (trap 'kill "$pr_s" 2>/dev/null; exit 0' TERM; sleep $((pr_wait + 1)) & pr_s=$!; wait "$pr_s" && kill "$pr_c") >/dev/null 2>&1 &
  pr_w=$!
  wait "$pr_c"
  kill "$pr_w" 2>/dev/null
)
pr_end=$(date +%s)
printf '@var clock\n asked\n@var clock_url\n %s\n@var clock_start\n %s\n@var clock_end\n %s\n@cmd %s HEAD\n' "$pr_url" "$pr_start" "$pr_end" "$1"
# The status lines and Date headers only (wget prints them indented, on stderr).
printf '%s\n' "$pr_out" | awk '/^[ \t]*(HTTP\/|[Dd][Aa][Tt][Ee]:)/ { sub(/^[ \t]+/, ""); sub(/\r$/, ""); print " " $0; if (++n >= 20) exit }'
