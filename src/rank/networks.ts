/** Which network an address belongs to, as far as DNS rotation goes: an IPv4 /24 or an IPv6 /48. Pure. */
export function networkOf(ip: string): string {
  return ip.includes(':') ? ip.toLowerCase().split(':').slice(0, 3).join(':') : ip.replace(/\.\d+$/, '');
}

/** Two different addresses of one network: another server of the same service. */
export function sameNetwork(a: string, b: string): boolean {
  return a !== b && a.includes(':') === b.includes(':') && networkOf(a) === networkOf(b);
}
