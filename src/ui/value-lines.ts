/**
 * A facet value as display lines, every line sanitised: strings split on their
 * own newlines, lists one member per line, objects one `field: value` per line.
 * The same lines feed the A/B blocks and the unified diff, so both agree.
 */
import type { FacetValue, JsonValue } from '../fingerprint/types.js';
import { sanitize } from '../render/sanitize.js';

export const ABSENT = '(absent)';

function scalar(value: JsonValue): string {
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** Raw (unsanitised) lines; `valueLines` is the only public way out. */
function rawLines(value: FacetValue): string[] {
  if (typeof value === 'string') return value.split(/\r?\n/);
  if (typeof value === 'number' || typeof value === 'boolean') return [String(value)];
  if (Array.isArray(value)) return value.length === 0 ? ['(empty list)'] : value.map((v) => String(v));
  const keys = Object.keys(value);
  if (keys.length === 0) return ['(empty)'];
  return keys.map((k) => {
    const v = value[k] as JsonValue;
    return `${k}: ${Array.isArray(v) ? v.map(scalar).join(', ') : scalar(v)}`;
  });
}

export function valueLines(value: FacetValue | undefined): string[] {
  if (value === undefined) return [ABSENT];
  return rawLines(value).map((line) => sanitize(line));
}

/** Values worth a unified diff: several lines on either side. */
export function isMultiLine(a: FacetValue | undefined, b: FacetValue | undefined): boolean {
  const lines = (v: FacetValue | undefined) => (v === undefined ? 0 : rawLines(v).length);
  return lines(a) > 1 || lines(b) > 1 || Array.isArray(a) || Array.isArray(b);
}
