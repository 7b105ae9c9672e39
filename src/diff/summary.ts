/**
 * One line saying what a difference is: "moved /usr/lib -> /usr/lib64",
 * "upgrade 1.2-1 -> 1.3-1", "removed (was enabled, /usr/bin/qemu-aarch64-static)",
 * "B lacks avx512f, avx512dq, +5 more". Pure; the text is raw (captured strings
 * are not yet sanitised — renderers and the TUI do that at display time).
 */
import type { FacetValue, JsonValue } from '../fingerprint/types.js';
import { plainPackageStatus } from './dpkg-status.js';
import type { Difference } from './types.js';

const MAX_VALUE_CHARS = 60;
const MAX_LIST_ITEMS = 3;

export function summarize(difference: Difference): string {
  const { kind, a, b, detail } = difference;
  const fact = factOf(difference);
  if (fact) return fact;
  switch (kind) {
    case 'added':
      return `added (${describe(b)})`;
    case 'removed':
      return `removed (was ${describe(a)})`;
    case 'moved':
      return summarizeMove(a, b);
    case 'changed':
      break;
  }
  if (detail?.direction === 'upgrade' || detail?.direction === 'downgrade') {
    return `${detail.direction} ${versionOf(a)} -> ${versionOf(b)}`;
  }
  if (detail?.onlyA || detail?.onlyB) {
    const parts: string[] = [];
    if (detail.onlyA?.length) parts.push(`B lacks ${list(detail.onlyA)}`);
    if (detail.onlyB?.length) parts.push(`B adds ${list(detail.onlyB)}`);
    if (parts.length > 0) return parts.join('; ');
  }
  if (detail?.fields?.length && isObject(a) && isObject(b)) {
    const shown = detail.fields.slice(0, 2).map((f) => `${f}: ${describe(a[f])} -> ${describe(b[f])}`);
    const more = detail.fields.length - shown.length;
    return more > 0 ? `${shown.join('; ')}; +${more} more` : shown.join('; ');
  }
  if (typeof a === 'number' && typeof b === 'number' && BYTE_KEY.test(difference.key)) return bytesChange(a, b);
  return `${describe(a)} -> ${describe(b)}`;
}

/**
 * The fact itself, where a field-by-field summary would make the reader work it
 * out: "debmirror.example.net does not resolve on B (A: 192.0.2.10)",
 * "removed, config files kept on B (A: installed)".
 */
function factOf(d: Difference): string | undefined {
  const { a, b, detail } = d;
  if (d.kind !== 'changed' || !isObject(a) || !isObject(b)) return undefined;
  const fields = detail?.fields ?? [];
  if (d.facet === 'mirrors' && fields.length === 1 && fields[0] === 'addresses' && typeof b['host'] === 'string') {
    const from = strings(a['addresses']);
    const to = strings(b['addresses']);
    if (to.length === 0) return `${truncate(b['host'])} does not resolve on B (A: ${list(from)})`;
    if (from.length === 0) return `${truncate(b['host'])} resolves only on B (${list(to)})`;
    return `${truncate(b['host'])} resolves to ${list(to)} on B (A: ${list(from)})`;
  }
  if (d.facet === 'packages' && fields.includes('status') && typeof a['status'] === 'string' && typeof b['status'] === 'string') {
    const status = `${plainPackageStatus(b['status'])} on B (A: ${plainPackageStatus(a['status'])})`;
    if (detail?.direction === 'upgrade' || detail?.direction === 'downgrade') {
      return `${detail.direction} ${versionOf(a)} -> ${versionOf(b)}; ${status}`;
    }
    return fields.length === 1 ? status : undefined;
  }
  return undefined;
}

function strings(v: JsonValue | undefined): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

// Byte counts (resources.mem_total, disk_free:<path>, docker.mem_total) read better as sizes.
const BYTE_KEY = /(?:^|_)(?:mem|disk|swap|bytes|size)(?:_|:|$)/;

function bytesChange(a: number, b: number): string {
  const from = bytes(a);
  const to = bytes(b);
  if (from !== to) return `${from} -> ${to}`;
  const delta = b - a;
  return `${from} -> ${to} (${delta >= 0 ? '+' : '-'}${bytes(Math.abs(delta))})`;
}

/** A byte count as a person reads it: `47.8 GiB`, `512 B`. */
export function bytes(n: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = n;
  let unit = 0;
  while (Math.abs(value) >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${value} B` : `${value.toFixed(1)} ${units[unit]}`;
}

function summarizeMove(a: FacetValue | undefined, b: FacetValue | undefined): string {
  const from = Array.isArray(a) ? a.map(dirOf) : [];
  const to = Array.isArray(b) ? b.map(dirOf) : [];
  const fromOnly = [...new Set(from.filter((d) => !to.includes(d)))];
  const toOnly = [...new Set(to.filter((d) => !from.includes(d)))];
  return `moved ${list(fromOnly.length ? fromOnly : from)} -> ${list(toOnly.length ? toOnly : to)}`;
}

function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

function versionOf(v: FacetValue | undefined): string {
  if (isObject(v) && typeof v['version'] === 'string') return truncate(v['version']);
  return describe(v);
}

/** A short description of a value: its version, its key fields, or itself truncated. */
export function describe(v: JsonValue | FacetValue | undefined): string {
  if (v === undefined) return 'absent';
  if (v === null) return 'null';
  if (typeof v === 'string') return v === '' ? '""' : truncate(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return v.length === 0 ? 'none' : list(v.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))));
  if (typeof v['version'] === 'string') {
    // A package present but not installed (removed with its config kept, half-installed) says so.
    const status = typeof v['status'] === 'string' ? plainPackageStatus(v['status']) : 'installed';
    return truncate(status === 'installed' || status === v['status'] ? v['version'] : `${v['version']}, ${status}`);
  }
  // binfmt entries: "enabled, /usr/bin/qemu-aarch64-static"
  if (typeof v['enabled'] === 'boolean' || typeof v['interpreter'] === 'string') {
    const parts = [v['enabled'] === false ? 'disabled' : 'enabled'];
    if (typeof v['interpreter'] === 'string') parts.push(v['interpreter']);
    return truncate(parts.join(', '));
  }
  if (typeof v['host'] === 'string') return truncate(v['host']);
  if (typeof v['id'] === 'string') return truncate(v['id']);
  if (typeof v['status'] === 'string') return truncate(v['status']);
  return truncate(JSON.stringify(v));
}

function list(items: string[]): string {
  const shown = items.slice(0, MAX_LIST_ITEMS).map((s) => truncate(s));
  const more = items.length - shown.length;
  return more > 0 ? `${shown.join(', ')}, +${more} more` : shown.join(', ');
}

function truncate(s: string): string {
  return s.length > MAX_VALUE_CHARS ? `${s.slice(0, MAX_VALUE_CHARS - 1)}…` : s;
}

function isObject(v: unknown): v is { [key: string]: JsonValue } {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
