/**
 * The diff engine: two scopes -> differences. Pure. Facet rules (rules/) give a
 * change its meaning; volatile facts are marked.
 *
 * "Not captured" is never "removed": a facet whose probe record says it was
 * skipped, unavailable, failed or timed out on either side is not compared — it
 * is returned in `notCompared`, once, and yields no difference. A facet absent on
 * one side with no probe record at all is compared as present but empty (a
 * fingerprint written by hand or by the scenario builder says nothing more).
 * A facet read from files on one side only is compared without what files cannot
 * tell (files-source.ts), and that part is listed as not compared.
 */
import { FACET_IDS, type Facet, type FacetValue, type Fingerprint, type ProbeRecord, type Scope } from '../fingerprint/types.js';
import { withoutBlindSpots } from './files-source.js';
import { ruleFor } from './rules/index.js';
import type { Difference } from './types.js';
import { sameValue } from './values.js';
import { isVolatile } from './volatile.js';

export interface FacetNotCompared {
  scope: string;
  facet: string;
  /** Status on each side: the probe's status, `ok`, or `absent` (no record, no facet). */
  a: string;
  b: string;
  reason?: string;
}

export interface ScopeDiff {
  differences: Difference[];
  notCompared: FacetNotCompared[];
}

/** Differences between scope `sa` (A) and `sb` (B), reported under the scope label `label`. */
export function diffScopes(label: string, sa: Scope, sb: Scope, out: ScopeDiff = { differences: [], notCompared: [] }): ScopeDiff {
  for (const facet of orderedFacets(sa, sb)) {
    const pa = ownValue(sa.probes as Record<string, ProbeRecord>, facet);
    const pb = ownValue(sb.probes as Record<string, ProbeRecord>, facet);
    const fa = ownValue(sa.facets as Record<string, Facet>, facet);
    const fb = ownValue(sb.facets as Record<string, Facet>, facet);
    if (notCaptured(pa) || notCaptured(pb)) {
      const reason = (notCaptured(pb) ? pb?.reason : undefined) ?? (notCaptured(pa) ? pa?.reason : undefined);
      out.notCompared.push({ scope: label, facet, a: statusOf(pa, fa), b: statusOf(pb, fb), ...(reason ? { reason } : {}) });
      continue;
    }
    const filesA = pa?.source === 'files';
    const filesB = pb?.source === 'files';
    if (filesA === filesB) {
      diffKeys(label, facet, fa ?? {}, fb ?? {}, out.differences);
      continue;
    }
    // One side read from files: what files cannot tell is left out, and said so.
    const { exec, files, why } = withoutBlindSpots(facet, (filesA ? fb : fa) ?? {}, (filesA ? fa : fb) ?? {});
    if (why.length > 0) {
      const partial = 'partly (read from files)';
      out.notCompared.push({ scope: label, facet, a: filesA ? partial : 'ok', b: filesB ? partial : 'ok', reason: why.join('; ') });
    }
    diffKeys(label, facet, filesA ? files : exec, filesA ? exec : files, out.differences);
  }
  return out;
}

/** Scopes paired by name only (scopes on one side only are left out): for tests and tools. */
export function diffFingerprints(a: Fingerprint, b: Fingerprint): Difference[] {
  const out: ScopeDiff = { differences: [], notCompared: [] };
  for (const name of Object.keys(a.scopes).sort(hostFirst)) {
    const sa = ownValue(a.scopes, name);
    const sb = ownValue(b.scopes, name);
    if (sa && sb) diffScopes(name, sa, sb, out);
  }
  return out.differences;
}

/** A probe record that says the facet's keys are unknown on that side. */
function notCaptured(record: ProbeRecord | undefined): boolean {
  return record !== undefined && record.status !== 'ok';
}

function statusOf(record: ProbeRecord | undefined, facet: Facet | undefined): string {
  return record?.status ?? (facet ? 'ok' : 'absent');
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

/** host first, then the other scopes alphabetically: stable output. */
export function hostFirst(x: string, y: string): number {
  return x === 'host' ? -1 : y === 'host' ? 1 : x < y ? -1 : x > y ? 1 : 0;
}

/** Known facets in design order, then any others alphabetically. */
function orderedFacets(sa: Scope, sb: Scope): string[] {
  const names = new Set<string>();
  for (const s of [sa, sb]) {
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
