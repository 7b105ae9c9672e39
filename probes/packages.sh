# packages: installed packages from the dpkg status file (and distroless
# status.d), the apk installed db, and rpm when present. Only the fields the parser
# needs are printed, so a 50k-line status file stays cheap.
# Raw text convention: src/parse/sections.ts.
# dpkg status files: grep is much faster than busybox awk on a large status file.
pr_dpkg() {
  for pr_f do
    case $pr_f in *'
'*) continue ;; esac
    printf '@file %s\n' "$pr_f"
    grep -E '^(Package|Version|Status|Architecture):|^$' "$pr_f" | sed 's/^/ /'
  done
}
pr_found=
if [ -r /var/lib/dpkg/status ]; then
  set -- /var/lib/dpkg/status
  for pr_f in /var/lib/dpkg/status.d/*; do [ -f "$pr_f" ] && set -- "$@" "$pr_f"; done
  pr_dpkg "$@"
  pr_found=1
elif [ -d /var/lib/dpkg/status.d ]; then
  set --
  for pr_f in /var/lib/dpkg/status.d/*; do [ -f "$pr_f" ] && set -- "$@" "$pr_f"; done
  [ $# -gt 0 ] && { pr_dpkg "$@"; pr_found=1; }
fi
if [ -r /lib/apk/db/installed ]; then
  pr_pat='^[PVA]:|^$' pr_files /lib/apk/db/installed
  pr_found=1
fi
# rpm only with an rpm database (busybox has an `rpm` applet on systems without one).
if command -v rpm >/dev/null 2>&1 && { [ -d /var/lib/rpm ] || [ -d /usr/lib/sysimage/rpm ]; }; then
  echo '@cmd rpm -qa'
  rpm -qa --qf '%{NAME}\t%{EPOCH}:%{VERSION}-%{RELEASE}\t%{ARCH}\n' 2>/dev/null | awk '{ print " " $0 }'
  pr_found=1
fi
if [ -z "$pr_found" ]; then
  echo "no package database (/var/lib/dpkg/status, /lib/apk/db/installed, rpm)" >&2
  exit 69
fi
