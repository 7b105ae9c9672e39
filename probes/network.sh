# network: the MTU of each interface (a smaller MTU on a runner's overlay or VPN
# stalls TLS handshakes and large downloads) and the interface of the default
# route, from /sys/class/net and /proc/net/route (IPv6: /proc/net/ipv6_route).
# Raw text convention: src/parse/sections.ts.
if [ ! -d /sys/class/net ] && [ ! -r /proc/net/route ]; then
  echo "no /sys/class/net and no /proc/net/route" >&2
  exit 69
fi
# One awk for all of it: MTU files hold one number; of the route tables only the
# default routes are kept, destination 0 (IPv4) or ::/0 (IPv6). No interval
# expressions ({32}): mawk, Debian's awk, does not know them.
set -- /sys/class/net/*/mtu
[ -e "$1" ] || shift
pr_pat='^[0-9]+$|^[^ \t]+\t00000000\t|^0+ 00 ' pr_files "$@" /proc/net/route /proc/net/ipv6_route
