/**
 * The diff engine: two fingerprints -> differences, for every scope present in
 * either. Pure. Facet rules (rules/) give a change its meaning; volatile facts
 * are marked. A facet whose probe did not succeed on one side yields one
 * `(probe)` difference instead of "every key removed".
 */
import { FACET_IDS, type Facet, type FacetValue, type Fingerprint, type ProbeRecord, type Scope } from '../fingerprint/types.js';
import { PROBE_KEY } from './probe.js';
import { ruleFor } from './rules/index.js';
import type { Difference } from './types.js';
import { sameValue } from './values.js';
import { isVolatile } from './volatile.js';

export function diffFingerprints(a: Fingerprint, b: Fingerprint): Difference[] {
  const differences: Difference[] = [];
  for (const scope of orderedScopes(a, b)) {
    const sa = ownValue(a.scopes, scope);
    const sb = ownValue(b.scopes, scope);
    for (const facet of orderedFacets(sa, sb)) diffFacet(scope, facet, sa, sb, differences);
  }
  return differences;
}

function diffFacet(scope: string, facet: string, sa: Scope | undefined, sb: Scope | undefined, out: Difference[]): void {
  const fa = sa ? ownValue(sa.facets as Record<string, Facet>, facet) : undefined;
  const fb = sb ? ownValue(sb.facets as Record<string, Facet>, facet) : undefined;
  const pa = sa ? ownValue(sa.probes as Record<string, ProbeRecord>, facet) : undefined;
  const pb = sb ? ownValue(sb.probes as Record<string, ProbeRecord>, facet) : undefined;
  const failedA = pa !== undefined && pa.status !== 'ok';
  const failedB = pb !== undefined && pb.status !== 'ok';
  if (sa && sb && (failedA || failedB)) {
    // Not captured on one side: its keys are unknown, not absent.
    const va = probeValue(pa, fa);
    const vb = probeValue(pb, fb);
    if (va['status'] !== vb['status'])
      out.push({ scope, facet, key: PROBE_KEY, kind: 'changed', a: va, b: vb, detail: { fields: ['status'] } });
    return;
  }
  // A scope missing on one side: the other side's facet is added/removed key by key,
  // unless its probe failed there (then there is nothing to report).
  if ((!sa && failedB) || (!sb && failedA)) return;
  diffKeys(scope, facet, fa ?? {}, fb ?? {}, out);
}

function diffKeys(scope: string, facet: string, fa: Facet, fb: Facet, out: Difference[]): void {
  const rule = ruleFor(facet);
  const keysA = Object.keys(fa);
  const keysB = Object.keys(fb);
  const compare = (key: string, va: FacetValue, vb: FacetValue) => {
    if (sameValue(va, vb)) return;
    const finding = rule(key, va, vb);
    out.push(
      withVolatility({ scope, facet, key, kind: finding.kind, a: va, b: vb, ...(finding.detail ? { detail: finding.detail } : {}) }),
    );
  };
  // Captures list keys in the same order, so both sides usually share a long
  // prefix: walk it pairwise, skipping the membership checks (a 100k-key facet
  // is a dictionary-mode object, where each lookup costs).
  const n = Math.min(keysA.length, keysB.length);
  let i = 0;
  for (; i < n; i++) {
    const key = keysA[i]!;
    if (key !== keysB[i]) break;
    compare(key, fa[key]!, fb[key]!);
  }
  // The rest: keys of the shared prefix cannot reappear here (keys are unique).
  for (let k = i; k < keysA.length; k++) {
    const key = keysA[k]!;
    if (Object.hasOwn(fb, key)) compare(key, fa[key]!, fb[key]!);
    else out.push(withVolatility({ scope, facet, key, kind: 'removed', a: fa[key]! }));
  }
  for (let k = i; k < keysB.length; k++) {
    const key = keysB[k]!;
    if (!Object.hasOwn(fa, key)) out.push(withVolatility({ scope, facet, key, kind: 'added', b: fb[key]! }));
  }
}

function withVolatility(d: Difference): Difference {
  if (isVolatile(d.facet, d.key, d.a, d.b)) d.detail = { ...d.detail, volatile: true };
  return d;
}

function probeValue(record: ProbeRecord | undefined, facet: Facet | undefined): { [key: string]: string } {
  if (record) return record.reason ? { status: record.status, reason: record.reason } : { status: record.status };
  return { status: facet ? 'ok' : 'absent' };
}

/** host first, then the other scopes alphabetically: stable output. */
function orderedScopes(a: Fingerprint, b: Fingerprint): string[] {
  const names = new Set([...Object.keys(a.scopes), ...Object.keys(b.scopes)]);
  return [...names].sort((x, y) => (x === 'host' ? -1 : y === 'host' ? 1 : x < y ? -1 : x > y ? 1 : 0));
}

/** Known facets in design order, then any others alphabetically. */
function orderedFacets(sa: Scope | undefined, sb: Scope | undefined): string[] {
  const names = new Set<string>();
  for (const s of [sa, sb]) {
    if (!s) continue;
    for (const f of Object.keys(s.facets)) names.add(f);
    for (const f of Object.keys(s.probes)) names.add(f);
  }
  const known: string[] = FACET_IDS.filter((f) => names.has(f));
  const others = [...names].filter((f) => !(FACET_IDS as readonly string[]).includes(f)).sort();
  return [...known, ...others];
}

function ownValue<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
