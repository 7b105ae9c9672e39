/** The strings inside a difference's values, sorted by side, for token matching. Pure. */
import type { Difference } from '../diff/types.js';
import type { FacetValue } from '../fingerprint/types.js';
import { flattenStrings } from './token-index.js';

export interface ValueStrings {
  a: string[];
  b: string[];
  all: string[];
  /** Strings on one side only: what actually changed. */
  changed: string[];
  lower: string[];
  hosts: string[];
}

/** Facets whose values are command output or settings that carry addresses inside longer text. */
const ADDRESS_TEXT = new Set(['custom', 'network']);
const IPV4 = /(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])/g;
/** A string no longer than an address is one already, or holds none. */
const MAX_IPV4_CHARS = 15;

export function valueStrings(d: Difference): ValueStrings {
  const withAddresses = (xs: string[]) =>
    ADDRESS_TEXT.has(d.facet) ? [...xs, ...new Set(xs.flatMap((x) => (x.length > MAX_IPV4_CHARS ? (x.match(IPV4) ?? []) : [])))] : xs;
  // "nameserver 192.168.0.1": the address inside a captured output is what a log names.
  const a = withAddresses(flattenStrings(d.a));
  const b = withAddresses(flattenStrings(d.b));
  const all = [...a, ...b];
  const setA = new Set(a);
  const setB = new Set(b);
  const changed = [...a.filter((s) => !setB.has(s)), ...b.filter((s) => !setA.has(s))];
  const hosts: string[] = [];
  for (const v of [d.a, d.b]) {
    if (typeof v === 'object' && v !== null && !Array.isArray(v) && typeof v['host'] === 'string') hosts.push(v['host'].toLowerCase());
  }
  return { a, b, all, changed, lower: all.map((s) => s.toLowerCase()), hosts };
}

export function versionOfValue(v: FacetValue | undefined): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'object' && v !== null && !Array.isArray(v) && typeof v['version'] === 'string') return v['version'];
  return '';
}

/** A literal string as a regular expression's source. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
