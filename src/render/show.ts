/**
 * `envdiff show`: a readable summary of one fingerprint — per scope, the facts a
 * person asks first (OS, kernel, libc, CPU, Docker, toolchains, binfmt handlers,
 * package sources) and how much each facet holds; facets not captured say why.
 * Pure; text, markdown and json, like the compare reports.
 */
import type { Facet, FacetValue, Fingerprint, Scope } from '../fingerprint/types.js';
import { FACET_IDS } from '../fingerprint/types.js';
import { VERSION } from '../version.js';
import { escapeMarkdown as md, sanitize } from './sanitize.js';

const SUMMARY_SCHEMA = 'envdiff.summary/v1';

interface ScopeSummary {
  scope: string;
  /** label -> value, in reading order. */
  facts: Array<[string, string]>;
  /** facet -> number of keys. */
  counts: Record<string, number>;
  /** facet -> status and reason, for facets not captured. */
  notCaptured: Array<{ facet: string; status: string; reason?: string }>;
}

function summarizeFingerprint(fingerprint: Fingerprint): ScopeSummary[] {
  return Object.entries(fingerprint.scopes).map(([name, scope]) => scopeSummary(name, scope));
}

function scopeSummary(name: string, scope: Scope): ScopeSummary {
  const f = scope.facets;
  const facts: Array<[string, string]> = [];
  const add = (label: string, value: string | undefined) => {
    if (value !== undefined && value !== '') facts.push([label, value]);
  };
  add('os', text(f.os?.['pretty_name']) ?? joined(f.os?.['id'], f.os?.['version_id']));
  add(
    'kernel',
    joined(f.kernel?.['release'], f.kernel?.['machine'], f.kernel?.['cgroup'] ? `cgroup ${text(f.kernel['cgroup'])}` : undefined),
  );
  add('libc', joined(f.libc?.['family'], f.libc?.['version']));
  add('cpu', joined(f.cpu?.['arch'], f.cpu?.['model'], f.cpu?.['cores'] !== undefined ? `${text(f.cpu['cores'])} cores` : undefined));
  add('memory', typeof f.resources?.['mem_total'] === 'number' ? bytes(f.resources['mem_total']) : undefined);
  add('docker', joined(f.docker?.['server_version'], f.docker?.['api_version'] ? `API ${text(f.docker['api_version'])}` : undefined));
  add(
    'toolchains',
    entries(f.toolchains)
      .map(([k, v]) => `${k} ${text(v)}`)
      .join(', ') || undefined,
  );
  add('binfmt', binfmtLine(f.binfmt));
  add('package sources', hosts(f.mirrors));
  add('locale', joined(f.locale?.['LANG'], f.locale?.['charmap']));
  add('timezone', text(f.time?.['timezone']));
  const counts: Record<string, number> = {};
  for (const id of [...FACET_IDS, ...Object.keys(f)]) {
    const facet = (f as Record<string, Facet | undefined>)[id];
    if (facet && !(id in counts)) counts[id] = Object.keys(facet).length;
  }
  const notCaptured = Object.entries(scope.probes)
    .filter(([, r]) => r && r.status !== 'ok')
    .map(([facet, r]) => ({ facet, status: r!.status, ...(r!.reason ? { reason: r!.reason } : {}) }));
  return { scope: name, facts, counts, notCaptured };
}

function text(v: FacetValue | undefined): string | undefined {
  if (v === undefined) return undefined;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

function joined(...parts: Array<FacetValue | string | undefined>): string | undefined {
  const present = parts.map((p) => (typeof p === 'string' ? p : text(p as FacetValue | undefined))).filter((p): p is string => !!p);
  return present.length > 0 ? present.join(', ') : undefined;
}

function entries(facet: Facet | undefined): Array<[string, FacetValue]> {
  return facet ? Object.entries(facet) : [];
}

function binfmtLine(facet: Facet | undefined): string | undefined {
  if (!facet) return undefined;
  const handlers = entries(facet)
    .filter(([k, v]) => k !== 'status' && typeof v === 'object' && !Array.isArray(v))
    .map(([k]) => k);
  return joined(facet['status'], handlers.length > 0 ? `handlers: ${handlers.join(', ')}` : 'no handlers');
}

function hosts(facet: Facet | undefined): string | undefined {
  const names = new Set<string>();
  for (const [, v] of entries(facet))
    if (v && typeof v === 'object' && !Array.isArray(v) && typeof v['host'] === 'string') names.add(v['host']);
  return names.size > 0 ? [...names].join(', ') : undefined;
}

function bytes(n: number): string {
  return n >= 1024 ** 3 ? `${(n / 1024 ** 3).toFixed(1)} GiB` : `${Math.round(n / 1024 ** 2)} MiB`;
}

function heading(fingerprint: Fingerprint, file: string): string {
  const who = fingerprint.label ? `${fingerprint.label} (${fingerprint.hostname})` : fingerprint.hostname;
  return `${who} · captured ${fingerprint.capturedAt} · ${file}`;
}

function countsLine(s: ScopeSummary): string {
  return Object.entries(s.counts)
    .map(([facet, n]) => `${facet} ${n}`)
    .join(', ');
}

export function renderShowText(fingerprint: Fingerprint, file: string): string {
  const out = [`envdiff: ${sanitize(heading(fingerprint, file))}`];
  for (const s of summarizeFingerprint(fingerprint)) {
    out.push('', sanitize(s.scope));
    const width = Math.max(0, ...s.facts.map(([label]) => label.length));
    for (const [label, value] of s.facts) out.push(`  ${label.padEnd(width)}  ${sanitize(value)}`);
    out.push(`  ${'facts'.padEnd(width)}  ${countsLine(s)}`);
    for (const n of s.notCaptured) out.push(`  not captured: ${n.facet} (${n.status}${n.reason ? `: ${sanitize(n.reason)}` : ''})`);
  }
  return `${out.join('\n')}\n`;
}

export function renderShowMarkdown(fingerprint: Fingerprint, file: string): string {
  const out = [`### envdiff: ${md(heading(fingerprint, file))}`];
  for (const s of summarizeFingerprint(fingerprint)) {
    out.push('', `#### ${md(s.scope)}`, '', '| fact | value |', '|---|---|');
    for (const [label, value] of s.facts) out.push(`| ${md(label)} | ${md(value)} |`);
    out.push(`| facts | ${md(countsLine(s))} |`);
    for (const n of s.notCaptured) out.push(`| not captured: ${md(n.facet)} | ${md(n.status)}${n.reason ? `: ${md(n.reason)}` : ''} |`);
  }
  return `${out.join('\n')}\n`;
}

export function renderShowJson(fingerprint: Fingerprint, file: string): string {
  const doc = {
    schema: SUMMARY_SCHEMA,
    tool: { name: 'envdiff', version: VERSION },
    file,
    hostname: fingerprint.hostname,
    label: fingerprint.label ?? null,
    capturedAt: fingerprint.capturedAt,
    scopes: summarizeFingerprint(fingerprint).map((s) => ({
      scope: s.scope,
      facts: Object.fromEntries(s.facts),
      counts: s.counts,
      notCaptured: s.notCaptured.map((n) => ({ facet: n.facet, status: n.status, reason: n.reason ?? null })),
    })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
