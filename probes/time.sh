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
