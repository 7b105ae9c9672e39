/**
 * Run the selected shell probes through any Runner (host or container) as ONE
 * bundle, and turn the sections into facets with the pure parsers, each with a
 * ProbeRecord (ok / unavailable / error / timeout, duration, reason).
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { Facet, FacetId, ProbeRecord, Scope, ScopeKind } from '../fingerprint/types.js';
import { PARSERS, PROBE_FACETS } from '../parse/index.js';
import { redactValue } from '../redact.js';
import { buildBundle, EXIT_UNAVAILABLE, parseBundleOutput, type RawSection } from './bundle.js';
import { customProbeSpecs, facetProbeSpecs, loadProbePrelude, type ProbeSelection } from './probes.js';
import { BUNDLE_OUTPUT_BYTES, overCap, PROBE_OUTPUT_BYTES } from './limits.js';
import type { Runner, ScriptResult } from './runner.js';

/**
 * Slack of the whole bundle over one probe's budget: the watchdogs' one-second
 * granularity, killing a probe's tree, printing the sections. Only a broken shell
 * ever reaches it; a hanging probe is cut by its own watchdog first.
 */
export const BUNDLE_MARGIN_MS = 3_000;

/** Longest reason kept in a ProbeRecord (reasons come from probe stderr: untrusted). */
const MAX_REASON = 300;

export interface ProbeRunOptions {
  /** Budget of each probe in ms. */
  timeoutMs: number;
  signal?: AbortSignal;
  /** Extra variables exported to every probe. */
  vars?: Record<string, string>;
  /**
   * Facets run in a second bundle (a second shell), concurrently: the others'
   * sections come back, and are parsed, while these still run. For the host's long
   * pole (toolchains: a dozen compilers and interpreters, ~60% of the bundle's
   * wall time); a container exec is dearer than a host process, so not there.
   */
  separate?: readonly FacetId[];
}

export type ScopeParts = Pick<Scope, 'facets' | 'probes'>;

export function emptyScope(kind: ScopeKind, ref?: string): Scope {
  return ref === undefined ? { kind, facets: {}, probes: {} } : { kind, ref, facets: {}, probes: {} };
}

/** Shell-probe facets of a selection, in bundle order. */
export function shellFacets(selection: ProbeSelection): FacetId[] {
  return PROBE_FACETS.filter((f) => selection.facets.has(f));
}

/**
 * Run the selection's shell probes and custom probes in one bundle (or two, see
 * `separate`). Facets the selection names but that have no shell probe (docker,
 * images) are not touched.
 */
export async function runProbes(runner: Runner, selection: ProbeSelection, options: ProbeRunOptions): Promise<ScopeParts> {
  const facets = shellFacets(selection);
  const apart = facets.filter((f) => options.separate?.includes(f));
  const together = facets.filter((f) => !apart.includes(f));
  const groups = await Promise.all([
    runBundle(runner, together, selection.custom, options),
    ...(apart.length > 0 ? [runBundle(runner, apart, {}, options)] : []),
  ]);
  const parts: ScopeParts = { facets: {}, probes: {} };
  for (const group of groups) {
    Object.assign(parts.facets, group.facets);
    Object.assign(parts.probes, group.probes);
  }
  return parts;
}

/** One bundle: run, split into sections, parse. */
async function runBundle(
  runner: Runner,
  facets: FacetId[],
  customProbes: Readonly<Record<string, string>>,
  options: ProbeRunOptions,
): Promise<ScopeParts> {
  const custom = customProbeSpecs(customProbes, options.timeoutMs);
  const parts: ScopeParts = { facets: {}, probes: {} };
  if (facets.length === 0 && custom.specs.length === 0) return parts;

  const specs = [...facetProbeSpecs(facets, options.timeoutMs), ...custom.specs];
  const nonce = randomBytes(8).toString('hex');
  const script = buildBundle(specs, { nonce, prelude: loadProbePrelude(), ...(options.vars ? { vars: options.vars } : {}) });
  const started = performance.now();
  const result = await runner.runScript(script, {
    timeoutMs: options.timeoutMs + BUNDLE_MARGIN_MS,
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const wallMs = Math.round(performance.now() - started);
  const sections = parseBundleOutput(result.stdout, nonce);
  const context = { scope: runner.scope };

  for (const facet of facets) {
    const section = sections.get(facet);
    if (!section) {
      parts.probes[facet] = missingSection(result, wallMs, options);
      continue;
    }
    const parser = PARSERS[facet];
    if (overflowed(section)) {
      // Cut at its cap: what came is a prefix, and a prefix would read as removals.
      parts.probes[facet] = { status: 'error', durationMs: section.durationMs, reason: overCap(PROBE_OUTPUT_BYTES), source: 'exec' };
      continue;
    }
    const { record, parse } = sectionRecord(section, options.timeoutMs);
    if (parse && parser) {
      try {
        const value = parser(section.stdout, context);
        // A probe that failed or was cut keeps what it printed before, when that parses.
        if (record.status === 'ok' || Object.keys(value).length > 0) parts.facets[facet] = value;
      } catch (error) {
        if (record.status === 'ok') {
          record.status = 'error';
          record.reason = clip(`could not parse the probe output: ${(error as Error).message}`);
        }
      }
    } else if (parse && record.status === 'ok') {
      record.status = 'error';
      record.reason = `no parser for the ${facet} probe`;
    }
    parts.probes[facet] = record;
  }

  if (custom.specs.length > 0) {
    const { facet, record } = customFacet(custom.names, sections, result, wallMs, options);
    parts.facets.custom = facet;
    parts.probes.custom = record;
  }
  return parts;
}

/** The bundle passes at most PROBE_OUTPUT_BYTES + 1 bytes of a probe's stdout: one more means it was cut. */
function overflowed(section: RawSection): boolean {
  return section.stdout.length > PROBE_OUTPUT_BYTES / 4 && Buffer.byteLength(section.stdout) > PROBE_OUTPUT_BYTES;
}

/** Status from the section's exit; `parse` says whether its stdout is worth parsing. */
function sectionRecord(section: RawSection, budgetMs: number): { record: ProbeRecord; parse: boolean } {
  const durationMs = section.durationMs;
  const stderr = lastLines(section.stderr);
  const hasOutput = section.stdout.trim() !== '';
  if (section.timedOut) {
    const reason = `no result within its ${budgetMs} ms budget; cut${stderr ? ` (${stderr})` : ''}`;
    return { record: { status: 'timeout', durationMs, reason: clip(reason), source: 'exec' }, parse: hasOutput };
  }
  if (section.exitCode === 0) return { record: { status: 'ok', durationMs, source: 'exec' }, parse: true };
  if (section.exitCode === EXIT_UNAVAILABLE) {
    return {
      record: { status: 'unavailable', durationMs, reason: clip(stderr || 'not available here'), source: 'exec' },
      parse: hasOutput,
    };
  }
  const reason = `exited ${section.exitCode ?? 'abnormally'}${stderr ? `: ${stderr}` : ''}`;
  return { record: { status: 'error', durationMs, reason: clip(reason), source: 'exec' }, parse: hasOutput };
}

/** A probe whose section never came back: the bundle itself was cut or broke. */
function missingSection(result: ScriptResult, wallMs: number, options: ProbeRunOptions): ProbeRecord {
  if (result.overflowed) {
    return { status: 'error', durationMs: wallMs, reason: `the probe bundle's ${overCap(BUNDLE_OUTPUT_BYTES)}; cut`, source: 'exec' };
  }
  if (result.timedOut) {
    return {
      status: 'timeout',
      durationMs: wallMs,
      reason: `the probe bundle was cut at its overall budget (${options.timeoutMs + BUNDLE_MARGIN_MS} ms)`,
      source: 'exec',
    };
  }
  if (options.signal?.aborted) return { status: 'error', durationMs: wallMs, reason: 'interrupted', source: 'exec' };
  const stderr = lastLines(result.stderr);
  return {
    status: 'error',
    durationMs: wallMs,
    reason: clip(`the probe shell exited ${result.exitCode ?? 'abnormally'} without reporting this probe${stderr ? `: ${stderr}` : ''}`),
    source: 'exec',
  };
}

/**
 * The `custom` facet: name -> trimmed stdout. One record for the facet: the worst
 * status of its probes, with one reason per probe that was not ok.
 */
function customFacet(
  names: Map<string, string>,
  sections: Map<string, RawSection>,
  result: ScriptResult,
  wallMs: number,
  options: ProbeRunOptions,
): { facet: Facet; record: ProbeRecord } {
  const facet: Facet = {};
  const reasons: string[] = [];
  const rank = { ok: 0, skipped: 0, unavailable: 1, error: 2, timeout: 3 } as const;
  let status: ProbeRecord['status'] = 'ok';
  let durationMs = 0;
  for (const [id, name] of names) {
    const section = sections.get(id);
    const cut = section !== undefined && overflowed(section);
    const record: ProbeRecord = cut
      ? { status: 'error', durationMs: section.durationMs, reason: overCap(PROBE_OUTPUT_BYTES), source: 'exec' }
      : section
        ? sectionRecord(section, options.timeoutMs).record
        : missingSection(result, wallMs, options);
    durationMs = Math.max(durationMs, record.durationMs);
    if (section && !cut) facet[name] = redactValue(name, section.stdout.trim());
    if (record.status !== 'ok') {
      reasons.push(`${name}: ${record.reason ?? record.status}`);
      if (rank[record.status] > rank[status]) status = record.status;
    }
  }
  const record: ProbeRecord = { status, durationMs, source: 'exec' };
  if (reasons.length > 0) record.reason = clip(reasons.join('; '), MAX_REASON * 2);
  return { facet, record };
}

/** The last non-empty lines of a probe's stderr, on one line, control characters removed. */
function lastLines(text: string, count = 2): string {
  const lines = text
    .split('\n')
    .map((l) => sanitize(l).trim())
    .filter(Boolean);
  return lines.slice(-count).join(' / ');
}

function sanitize(text: string): string {
  return text.replace(/\x1b\[[0-9;?]*[ -/]*[@-~]|[\x00-\x1f\x7f-\x9f]/g, ' ');
}

function clip(text: string, max = MAX_REASON): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
