/**
 * The fleet analysis: per fact, which runners hold a value the rest do not
 * (outliers), and — where run statuses are known — which values go with failure
 * (Fisher's exact test, Benjamini–Hochberg across the facts tested). The compare
 * model then weighs each candidate as it would a difference between a typical
 * passing runner and the odd one (priors, and the failing logs' evidence), so the
 * verdict reads "kernel 6.8.0-1017 fails 9/9" rather than "hostname differs". Pure.
 */
import { diffFingerprints } from '../diff/diff.js';
import { bytes } from '../diff/summary.js';
import type { Difference } from '../diff/types.js';
import type { FacetValue, Fingerprint } from '../fingerprint/types.js';
import { type BuildLog, rankDifferences } from '../rank/index.js';
import type { Reason } from '../rank/types.js';
import { fisherGreater } from './fisher.js';
import { robustScores } from './robust.js';
import type { FleetTally } from './tally.js';
import type { FactTally, FleetMember, ValueGroup } from './types.js';

/** A minority is at most this share of the members that captured the fact. */
const MINORITY_SHARE = 0.25;
/** Robust z beyond which a number is an outlier (Iglewicz and Hoaglin). */
const OUTLIER_Z = 3.5;
/** A value shared by many runners is reported for its association only below this q (false discovery rate). */
const REPORTED_Q = 0.2;
/** Above this p, a failure association is too weak to outrank a plain outlier of the same fact. */
const WEAK_ASSOCIATION = 0.1;
/** Numeric facts with at most this many distinct values are treated as categories. */
const FEW_DISTINCT = 3;
/** Candidates weighed by the compare model; the rest are listed by their figures alone. */
const MAX_WEIGHED = 400;
/** How much the compare model's prior score (0..1) counts against decades of p-value. */
const PRIOR_WEIGHT = 2;
/**
 * How much a failing log's own evidence counts: a log that names the failure's
 * mechanism (`exec format error` with a lost binfmt handler) outweighs a few
 * decades of association, which mixed failures in one fleet easily produce.
 */
const LOG_WEIGHT = 6;

export interface FleetFinding {
  scope: string;
  facet: string;
  key: string;
  /** The odd or failure-associated value: a value, `absent`, or a numeric range. */
  value: FacetValue | undefined;
  /** How the value is shown: "6.8.0-1017", "absent", "≤ 0.4 GiB". */
  valueText: string;
  /** Members holding it, and how many of them failed and passed. */
  count: number;
  failing: number;
  passing: number;
  /** Members that captured this fact. */
  of: number;
  /** Labels of members holding it (at most 256). */
  members: string[];
  /** The most common other value. */
  typical: { value: FacetValue | undefined; valueText: string; count: number } | undefined;
  /** Minority value (categories) or robust z beyond ±3.5 (numbers). */
  outlier: boolean;
  robustZ?: number;
  /** With statuses: one-sided Fisher p for "failures concentrate on this value", and BH q. */
  p?: number;
  q?: number;
  /** The compare model's score for typical → this value, and its reasons (log quotes). */
  modelScore: number;
  reasons: Reason[];
  /** Order key: decades of evidence plus the model's weight. */
  strength: number;
  /** Other facts that set the very same runners apart (one filesystem's three mounts). */
  related: Array<{ scope: string; facet: string; key: string; valueText: string }>;
  /** How the fleet's values spread: the most common values, or numeric bins. */
  distribution: DistributionBar[];
  /** A member with the odd value (failing if any) and one with the typical value (passing if any): the pair to compare. */
  pair: { odd: number; typical: number } | undefined;
}

/** One bar of a value histogram. */
export interface DistributionBar {
  label: string;
  count: number;
  failing: number;
  /** This bar holds the finding's value. */
  odd: boolean;
}

/** Bars shown per fact; the rest are summed into one. */
const MAX_BARS = 8;

export interface FleetAnalysis {
  members: FleetMember[];
  findings: FleetFinding[];
  factsCompared: number;
  volatileFacts: number;
  withStatuses: boolean;
}

/** A failing build's log; with a label, it speaks only for that runner's findings. */
export interface FleetLog {
  label?: string;
  log: BuildLog;
}

export interface AnalyseOptions {
  /** Failing builds' logs: evidence as in compare. */
  logs?: FleetLog[];
}

export function analyseFleet(tally: FleetTally, options: AnalyseOptions = {}): FleetAnalysis {
  const members = tally.members;
  const failing = members.filter((m) => m.status === 'fail').length;
  const passing = members.filter((m) => m.status === 'pass').length;
  const withStatuses = failing > 0 && passing > 0;
  const facts = tally.facts();
  let candidates: FleetFinding[] = [];
  for (const fact of facts) {
    if (fact.captured < 2 || fact.highCardinality) continue;
    const finding = findingFor(fact, members, withStatuses);
    if (finding) candidates.push(finding);
  }
  if (withStatuses) adjustForMultipleTests(candidates);
  candidates = candidates.filter((f) => f.outlier || (f.q !== undefined && f.q <= REPORTED_Q));
  weighWithModel(candidates, options.logs ?? []);
  candidates.sort((x, y) => y.strength - x.strength || x.count - y.count || order(x, y));
  return {
    members,
    findings: groupBySameRunners(candidates),
    factsCompared: facts.length,
    volatileFacts: tally.volatileFacts,
    withStatuses,
  };
}

function findingFor(fact: FactTally, members: FleetMember[], withStatuses: boolean): FleetFinding | undefined {
  const groups = [...fact.groups.values()];
  if (groups.length < 2) return undefined;
  // One value per member (ids, timestamps): per-host identity, not a finding.
  if (groups.length > Math.max(FEW_DISTINCT, fact.captured / 2) && !fact.numbers) return undefined;
  if (fact.numbers && groups.length > FEW_DISTINCT) return numericFinding(fact, members, withStatuses);
  return categoricalFinding(fact, groups, members, withStatuses);
}

function categoricalFinding(
  fact: FactTally,
  groups: ValueGroup[],
  members: FleetMember[],
  withStatuses: boolean,
): FleetFinding | undefined {
  const byCount = [...groups].sort((x, y) => y.count - x.count);
  const majority = byCount[0]!;
  const minorityLimit = Math.max(1, Math.floor(MINORITY_SHARE * fact.captured));
  let best: { group: ValueGroup; p: number } | undefined;
  if (withStatuses) {
    for (const group of groups) {
      const p = enrichment(group.failing, group.passing, fact.failing - group.failing, fact.passing - group.passing);
      if (p !== undefined && (!best || p < best.p)) best = { group, p };
    }
  }
  const minority = byCount.find((g) => g !== majority && g.count <= minorityLimit && g.count < majority.count);
  // A value that goes with failure leads; when nothing does, the odd value is still worth showing.
  const associated = best && (best.p <= WEAK_ASSOCIATION || !minority) ? best.group : undefined;
  const chosen = associated ?? minority;
  if (!chosen) return undefined;
  const outlier = chosen !== majority && chosen.count <= minorityLimit && chosen.count < majority.count;
  if (!outlier && !best) return undefined;
  if (!associated) best = undefined;
  const typical = byCount.find((g) => g !== chosen);
  return {
    ...where(fact),
    distribution: categoricalBars(fact, byCount, chosen),
    pair: typical ? pairOf(chosen.members, typical.members, members) : undefined,
    value: chosen.value,
    valueText: valueText(fact, chosen.value),
    count: chosen.count,
    failing: chosen.failing,
    passing: chosen.passing,
    of: fact.captured,
    members: chosen.members.map((i) => members[i]!.label),
    typical: typical ? { value: typical.value, valueText: valueText(fact, typical.value), count: typical.count } : undefined,
    outlier,
    ...(best ? { p: best.p } : {}),
    modelScore: 0,
    reasons: [],
    strength: 0,
    related: [],
  };
}

/**
 * Numbers spread over many values (free disk, memory): robust z on a log scale for
 * positive quantities (0.4 GiB among 20–70 GiB is far; 41 vs 44 GiB is not).
 */
function numericFinding(fact: FactTally, members: FleetMember[], withStatuses: boolean): FleetFinding | undefined {
  const numbers = fact.numbers!;
  const positive = numbers.every(([, v]) => v > 0);
  const scale = (v: number) => (positive ? Math.log(v) : v);
  const z = robustScores(numbers.map(([, v]) => scale(v)));
  const low = numbers.filter((_, i) => z[i]! <= -OUTLIER_Z);
  const high = numbers.filter((_, i) => z[i]! >= OUTLIER_Z);
  const sides = [
    { side: 'low' as const, picked: low },
    { side: 'high' as const, picked: high },
  ].filter((s) => s.picked.length > 0 && s.picked.length <= Math.max(1, Math.floor(MINORITY_SHARE * numbers.length)));
  if (sides.length === 0) return undefined;
  const scored = sides.map((s) => {
    const set = new Set(s.picked.map(([i]) => i));
    const failingIn = s.picked.filter(([i]) => members[i]!.status === 'fail').length;
    const passingIn = s.picked.filter(([i]) => members[i]!.status === 'pass').length;
    const p = withStatuses ? enrichment(failingIn, passingIn, fact.failing - failingIn, fact.passing - passingIn) : undefined;
    return { ...s, set, failingIn, passingIn, p };
  });
  scored.sort((x, y) => (x.p ?? 1) - (y.p ?? 1) || x.picked.length - y.picked.length);
  const chosen = scored[0]!;
  const values = chosen.picked.map(([, v]) => v).sort((x, y) => x - y);
  const bound = chosen.side === 'low' ? values[values.length - 1]! : values[0]!;
  const rest = numbers
    .filter(([i]) => !chosen.set.has(i))
    .map(([, v]) => v)
    .sort((x, y) => x - y);
  const typicalValue = rest[rest.length >> 1];
  const zs = chosen.picked.map(([i]) => z[numbers.findIndex(([j]) => j === i)]!);
  const middle = numbers
    .filter(([i]) => !chosen.set.has(i))
    .sort((x, y) => Math.abs(x[1] - (typicalValue ?? 0)) - Math.abs(y[1] - (typicalValue ?? 0)));
  return {
    ...where(fact),
    distribution: numericBars(fact, numbers, chosen.set, members, scale),
    pair:
      middle.length > 0
        ? pairOf(
            chosen.picked.map(([i]) => i),
            middle.map(([i]) => i),
            members,
          )
        : undefined,
    value: bound,
    valueText: `${chosen.side === 'low' ? '≤' : '≥'} ${numberText(fact.key, bound)}`,
    count: chosen.picked.length,
    failing: chosen.failingIn,
    passing: chosen.passingIn,
    of: fact.captured,
    members: chosen.picked.slice(0, 256).map(([i]) => members[i]!.label),
    typical:
      typicalValue === undefined
        ? undefined
        : { value: typicalValue, valueText: `median ${numberText(fact.key, typicalValue)}`, count: rest.length },
    outlier: true,
    robustZ: round(zs.reduce((m, v) => (Math.abs(v) < Math.abs(m) ? v : m), zs[0]!)),
    ...(chosen.p !== undefined ? { p: chosen.p } : {}),
    modelScore: 0,
    reasons: [],
    strength: 0,
    related: [],
  };
}

/**
 * Facts that single out exactly the same runners are one finding: the strongest
 * leads and the rest are listed with it, so three mounts of one full filesystem do
 * not fill the first three rows.
 */
function groupBySameRunners(sorted: FleetFinding[]): FleetFinding[] {
  const leaders = new Map<string, FleetFinding>();
  const out: FleetFinding[] = [];
  for (const f of sorted) {
    const key = `${f.count}\u0000${f.failing}\u0000${f.members.join('\u0000')}`;
    const leader = leaders.get(key);
    if (leader && f.count < f.of) {
      leader.related.push({ scope: f.scope, facet: f.facet, key: f.key, valueText: f.valueText });
      continue;
    }
    leaders.set(key, f);
    out.push(f);
  }
  return out;
}

function categoricalBars(fact: FactTally, byCount: ValueGroup[], chosen: ValueGroup): DistributionBar[] {
  const bars = byCount
    .slice(0, MAX_BARS)
    .map((g) => ({ label: valueText(fact, g.value), count: g.count, failing: g.failing, odd: g === chosen }));
  const rest = byCount.slice(MAX_BARS);
  if (rest.length > 0) {
    bars.push({
      label: `${rest.length} other values`,
      count: rest.reduce((n, g) => n + g.count, 0),
      failing: rest.reduce((n, g) => n + g.failing, 0),
      odd: rest.includes(chosen),
    });
  }
  return bars;
}

/** Equal-width bins on the scale the outlier test used (log for positive quantities). */
function numericBars(
  fact: FactTally,
  numbers: Array<[number, number]>,
  odd: Set<number>,
  members: FleetMember[],
  scale: (v: number) => number,
): DistributionBar[] {
  const scaled = numbers.map(([, v]) => scale(v));
  const lo = Math.min(...scaled);
  const hi = Math.max(...scaled);
  const width = (hi - lo) / MAX_BARS || 1;
  const bins = Array.from({ length: MAX_BARS }, () => ({
    min: Number.POSITIVE_INFINITY,
    max: Number.NEGATIVE_INFINITY,
    count: 0,
    failing: 0,
    odd: false,
  }));
  numbers.forEach(([i, v], n) => {
    const bin = bins[Math.min(MAX_BARS - 1, Math.floor((scaled[n]! - lo) / width))]!;
    bin.min = Math.min(bin.min, v);
    bin.max = Math.max(bin.max, v);
    bin.count++;
    if (members[i]!.status === 'fail') bin.failing++;
    if (odd.has(i)) bin.odd = true;
  });
  return bins
    .filter((b) => b.count > 0)
    .map((b) => ({
      label: b.min === b.max ? numberText(fact.key, b.min) : `${numberText(fact.key, b.min)} – ${numberText(fact.key, b.max)}`,
      count: b.count,
      failing: b.failing,
      odd: b.odd,
    }));
}

/** The pair a person would compare: a failing member with the odd value, a passing one with the typical value. */
function pairOf(oddMembers: number[], typicalMembers: number[], members: FleetMember[]): { odd: number; typical: number } | undefined {
  const odd = oddMembers.find((i) => members[i]!.status === 'fail') ?? oddMembers[0];
  const typical = typicalMembers.find((i) => members[i]!.status === 'pass') ?? typicalMembers[0];
  return odd === undefined || typical === undefined ? undefined : { odd, typical };
}

/** One-sided Fisher p when failures are more frequent with the value than without; else undefined. */
function enrichment(a: number, b: number, c: number, d: number): number | undefined {
  if (a === 0 || a + b === 0 || c + d === 0) return undefined;
  if (a / (a + b) <= c / (c + d)) return undefined;
  return fisherGreater(a, b, c, d);
}

/** Benjamini–Hochberg q-values over the facts tested. */
function adjustForMultipleTests(findings: FleetFinding[]): void {
  const tested = findings.filter((f) => f.p !== undefined).sort((x, y) => x.p! - y.p!);
  const m = tested.length;
  let running = 1;
  for (let i = m - 1; i >= 0; i--) {
    const f = tested[i]!;
    running = Math.min(running, (f.p! * m) / (i + 1));
    f.q = Math.min(1, running);
  }
}

/**
 * Ask the compare model how much a change from the typical value to this one
 * would explain a failure (its priors, and the logs' evidence when given).
 */
function weighWithModel(findings: FleetFinding[], logs: FleetLog[]): void {
  const ordered = [...findings].sort((x, y) => (x.q ?? x.p ?? 1) - (y.q ?? y.p ?? 1) || x.count - y.count);
  const byId = new Map<string, FleetFinding>();
  const differences: Difference[] = [];
  for (const finding of ordered.slice(0, MAX_WEIGHED)) {
    const difference = pseudoDifference(finding);
    if (!difference) continue;
    byId.set(idOf(difference), finding);
    differences.push(difference);
  }
  const prior = new Map<FleetFinding, number>();
  for (const r of rankDifferences(differences)) {
    const finding = byId.get(idOf(r));
    if (!finding) continue;
    prior.set(finding, r.score);
    finding.modelScore = r.score;
    finding.reasons = r.reasons;
  }
  const lift = new Map<FleetFinding, number>();
  for (const { label, log } of logs) {
    for (const r of rankDifferences(differences, { log })) {
      const finding = byId.get(idOf(r));
      if (!finding || (label !== undefined && !finding.members.includes(label))) continue;
      const gain = r.score - (prior.get(finding) ?? 0);
      if (gain > (lift.get(finding) ?? 0)) {
        lift.set(finding, gain);
        finding.modelScore = r.score;
        finding.reasons = r.reasons;
      }
    }
  }
  for (const f of findings) {
    const evidence = f.q ?? f.p;
    const decades = evidence === undefined ? (f.outlier ? 1 : 0) : -Math.log10(Math.max(evidence, 1e-300));
    f.strength = round(decades + PRIOR_WEIGHT * (prior.get(f) ?? 0) + LOG_WEIGHT * (lift.get(f) ?? 0));
  }
}

/** The difference between a typical runner and this one, as compare would see it. */
function pseudoDifference(f: FleetFinding): Difference | undefined {
  if (!f.typical) return undefined;
  const side = (value: FacetValue | undefined): Fingerprint => ({
    schema: 'envdiff.fingerprint/v1',
    tool: { name: 'envdiff', version: '0' },
    capturedAt: '1970-01-01T00:00:00Z',
    hostname: 'fleet',
    scopes: {
      [scopeKey(f.scope)]: {
        kind: 'host',
        facets: { [f.facet]: value === undefined ? {} : { [f.key]: value } },
        probes: { [f.facet]: { status: 'ok', durationMs: 0 } },
      },
    },
  });
  const [difference] = diffFingerprints(side(f.typical.value), side(f.value));
  return difference;
}

/** Fleet scope labels ("container of debian:12") are not scope names; the model needs one. */
function scopeKey(scope: string): string {
  return scope.startsWith('container of ') ? `image:${scope.slice('container of '.length)}` : scope;
}

function idOf(d: { scope: string; facet: string; key: string }): string {
  return `${d.scope}\u0000${d.facet}\u0000${d.key}`;
}

function where(fact: FactTally): { scope: string; facet: string; key: string } {
  return { scope: fact.scope, facet: fact.facet, key: fact.key };
}

function order(x: FleetFinding, y: FleetFinding): number {
  return idOf(x) < idOf(y) ? -1 : idOf(x) > idOf(y) ? 1 : 0;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

const BYTE_KEYS = /^(?:mem_|disk_|swap_)|_bytes$|^mem_total$/;

/** Numbers with units where the key says bytes. */
export function numberText(key: string, n: number): string {
  return BYTE_KEYS.test(key) ? bytes(n) : String(n);
}

/** A value as a person reads it: the version of a package, the path of a library, "absent". */
export function valueText(fact: { key: string }, value: FacetValue | undefined): string {
  if (value === undefined) return 'absent';
  if (typeof value === 'number') return numberText(fact.key, value);
  if (typeof value === 'string' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.length <= 3 ? value.join(', ') : `${value.slice(0, 3).join(', ')} +${value.length - 3} more`;
  for (const field of ['version', 'interpreter', 'id']) {
    const v = value[field];
    if (typeof v === 'string') return field === 'id' ? v.slice(0, 19) : v;
  }
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
