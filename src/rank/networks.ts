/** Which network an address belongs to, as far as DNS rotation goes: an IPv4 /24 or an IPv6 /48. Pure. */
export function networkOf(ip: string): string {
  return ip.includes(':') ? ip.toLowerCase().split(':').slice(0, 3).join(':') : ip.replace(/\.\d+$/, '');
}

/**
 * The wider block a CDN hands a host's addresses out of (Fastly's 151.101.0.0/16, Cloudflare's 104.16.0.0/16):
 * an IPv4 /16 or an IPv6 /32. Another address of one host inside it is the same service answering. Pure.
 */
export function providerBlockOf(ip: string): string {
  return ip.includes(':') ? ip.toLowerCase().split(':').slice(0, 2).join(':') : ip.split('.').slice(0, 2).join('.');
}

/** Two different addresses of one network: another server of the same service. */
export function sameNetwork(a: string, b: string): boolean {
  return a !== b && a.includes(':') === b.includes(':') && networkOf(a) === networkOf(b);
}
