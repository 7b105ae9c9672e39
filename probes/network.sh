# network: the MTU of each interface (a smaller MTU on a runner's overlay or VPN
# stalls TLS handshakes and large downloads) and the interface of the default
# route, from /sys/class/net and /proc/net/route (IPv6: /proc/net/ipv6_route).
# Raw text convention: src/parse/sections.ts.
if [ ! -d /sys/class/net ] && [ ! -r /proc/net/route ]; then
  echo "no /sys/class/net and no /proc/net/route" >&2
  exit 69
fi
set -- /sys/class/net/*/mtu
[ -e "$1" ] && pr_files "$@"
# Only the default routes: destination 0 (IPv4) or ::/0 (IPv6).
pr_pat='^[^ \t]+\t00000000\t' pr_files /proc/net/route
pr_pat='^0{32} 00 ' pr_files /proc/net/ipv6_route
