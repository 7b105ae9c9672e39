/** network: MTU per interface and the interface of the default route. */
import type { Facet } from '../fingerprint/types.js';
import { parseSections } from './sections.js';

const MTU_FILE = /^\/sys\/class\/net\/([^/]+)\/mtu$/;

/** Host ends of container links (`veth…`) and the bridges of user-defined Docker
 *  networks (`br-<network id>`): named at random, they come and go with containers
 *  and compose projects and say nothing about the machine. */
const EPHEMERAL_IFACE = /^(?:veth|br-[0-9a-f]{12}$)/;

// rtentry flags (linux/route.h): the route is up / a reject (unreachable) route.
const RTF_UP = 0x0001;
const RTF_REJECT = 0x0200;

interface Route {
  iface: string;
  metric: number;
}

/** Default routes of /proc/net/route: `Iface Destination Gateway Flags RefCnt Use Metric ...`, hex. */
function ipv4Defaults(text: string): Route[] {
  const routes: Route[] = [];
  for (const line of text.split('\n')) {
    const f = line.trim().split(/\s+/);
    if (f.length < 7 || f[1] !== '00000000') continue;
    const flags = Number.parseInt(f[3]!, 16);
    if (!(flags & RTF_UP) || flags & RTF_REJECT) continue;
    routes.push({ iface: f[0]!, metric: Number.parseInt(f[6]!, 10) || 0 });
  }
  return routes;
}

/** Default routes of /proc/net/ipv6_route: `dest plen src splen nexthop metric refcnt use flags iface`, hex. */
function ipv6Defaults(text: string): Route[] {
  const routes: Route[] = [];
  for (const line of text.split('\n')) {
    const f = line.trim().split(/\s+/);
    if (f.length < 10 || !/^0{32}$/.test(f[0]!) || f[1] !== '00') continue;
    const flags = Number.parseInt(f[8]!, 16);
    if (!(flags & RTF_UP) || flags & RTF_REJECT || f[9] === 'lo') continue;
    routes.push({ iface: f[9]!, metric: Number.parseInt(f[5]!, 16) });
  }
  return routes;
}

function best(routes: Route[]): string | undefined {
  return [...routes].sort((a, b) => a.metric - b.metric)[0]?.iface;
}

export function parseNetwork(raw: string): Facet {
  const facet: Facet = {};
  let v4 = '';
  let v6 = '';
  for (const part of parseSections(raw)) {
    if (part.kind !== 'file') continue;
    const mtu = MTU_FILE.exec(part.name);
    if (mtu) {
      const value = part.text.trim();
      if (!EPHEMERAL_IFACE.test(mtu[1]!) && /^\d+$/.test(value)) facet[`mtu:${mtu[1]}`] = Number(value);
    } else if (part.name === '/proc/net/route') v4 = part.text;
    else if (part.name === '/proc/net/ipv6_route') v6 = part.text;
  }
  const iface = best(ipv4Defaults(v4)) ?? best(ipv6Defaults(v6));
  if (iface) facet.default_iface = iface;
  return facet;
}
