/** Small value helpers shared by the facet rules. */
import type { FacetValue, JsonValue } from '../fingerprint/types.js';

export type JsonObject = { [key: string]: JsonValue };

export function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

/** Structural equality of JSON values. Recursion is bounded: value depth is capped on read. */
export function sameValue(a: JsonValue | FacetValue | undefined, b: JsonValue | FacetValue | undefined): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) {
      const x = a[i];
      const y = b[i];
      // Most arrays hold strings (paths, flags): compare them without a call.
      if (x !== y && (typeof x !== 'object' || !sameValue(x, y))) return false;
    }
    return true;
  }
  if (Array.isArray(b)) return false;
  // for-in over small JSON objects avoids allocating key arrays (20k package records per side).
  let count = 0;
  for (const k in a) {
    count++;
    if (!Object.hasOwn(b, k) || !sameValue(a[k], b[k])) return false;
  }
  for (const _ in b) count--;
  return count === 0;
}

/** Members only in `a` and only in `b`, in their original order. */
export function setDifference(a: string[], b: string[]): { onlyA: string[]; onlyB: string[] } {
  const sa = new Set(a);
  const sb = new Set(b);
  return { onlyA: a.filter((x) => !sb.has(x)), onlyB: b.filter((x) => !sa.has(x)) };
}

/** Fields whose values differ, in a stable order (A's field order, then B-only fields). */
export function differingFields(a: JsonObject, b: JsonObject): string[] {
  const fields: string[] = [];
  for (const k of Object.keys(a)) if (!Object.hasOwn(b, k) || !sameValue(a[k], b[k])) fields.push(k);
  for (const k of Object.keys(b)) if (!Object.hasOwn(a, k)) fields.push(k);
  return fields;
}
