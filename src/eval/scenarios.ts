/**
 * Scenario cases (eval/cases/*.json) and how one becomes a fingerprint
 * pair, exactly as that folder's README says: A = base with every `a` of changes,
 * noise and decoys set; B = base with every `b`. Setting creates the scope (a copy
 * of the base's host scope) and the facet when missing; `null` deletes the key.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import type { Facet, FacetId, FacetValue, Fingerprint, Scope } from '../fingerprint/types.js';
import { parseSplitRule, SPLIT_FILE, type SplitName, type SplitRule, splitOf } from './split.js';

export interface ScenarioChange {
  scope: string;
  facet: string;
  key: string;
  a: FacetValue | null;
  b: FacetValue | null;
}

export interface ScenarioTarget {
  scope: string;
  facet: string;
  key: string;
}

export interface ScenarioCase {
  id: string;
  source: string;
  log: string;
  changes: ScenarioChange[];
  noise: ScenarioChange[];
  expect: ScenarioTarget[];
  /** File the case came from. */
  file: string;
  /** train/test when the folder has a split.json; undefined: one set. */
  split?: SplitName;
}

export interface ScenarioSet {
  cases: ScenarioCase[];
  /** decoys.json: differences every real pair of runners has, applied to every case. */
  decoys: ScenarioChange[];
  /** The folder's split rule, when it has one. */
  split?: SplitRule;
}

const DECOYS_FILE = 'decoys.json';

/** Every case in every *.json of `dir` (decoys.json excepted), in file then array order. */
export async function loadScenarios(dir: string): Promise<ScenarioSet> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
  } catch (error) {
    throw new UsageError(`cannot read scenarios folder ${dir}: ${(error as Error).message}`);
  }
  const decoys: ScenarioChange[] = [];
  const cases: ScenarioCase[] = [];
  let split: SplitRule | undefined;
  for (const name of names) {
    const file = join(dir, name);
    const doc = await readJson(file);
    if (name === SPLIT_FILE) {
      try {
        split = parseSplitRule(doc, file);
      } catch (error) {
        throw new UsageError((error as Error).message);
      }
      continue;
    }
    if (!Array.isArray(doc)) throw new UsageError(`${file} is not a JSON array of scenario cases`);
    if (name === DECOYS_FILE) {
      decoys.push(...doc.map((c, i) => asChange(c, `${file}[${i}]`)));
      continue;
    }
    cases.push(...doc.map((c, i) => asCase(c, file, i)));
  }
  if (!split) return { cases, decoys };
  const rule = split;
  return { cases: cases.map((c) => ({ ...c, split: splitOf(rule, c) })), decoys, split: rule };
}

async function readJson(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
  }
}

function asCase(raw: unknown, file: string, index: number): ScenarioCase {
  const where = `${file}[${index}]`;
  if (
    !isRecord(raw) ||
    typeof raw['id'] !== 'string' ||
    typeof raw['log'] !== 'string' ||
    !Array.isArray(raw['changes']) ||
    !Array.isArray(raw['expect'])
  ) {
    throw new UsageError(`${where} is not a scenario case (needs id, log, changes, expect)`);
  }
  return {
    id: raw['id'],
    source: typeof raw['source'] === 'string' ? raw['source'] : '',
    log: raw['log'],
    changes: raw['changes'].map((c, i) => asChange(c, `${where}.changes[${i}]`)),
    noise: Array.isArray(raw['noise']) ? raw['noise'].map((c, i) => asChange(c, `${where}.noise[${i}]`)) : [],
    expect: raw['expect'].map((t, i) => asTarget(t, `${where}.expect[${i}]`)),
    file,
  };
}

function asChange(raw: unknown, where: string): ScenarioChange {
  const target = asTarget(raw, where);
  const r = raw as Record<string, unknown>;
  return { ...target, a: (r['a'] ?? null) as FacetValue | null, b: (r['b'] ?? null) as FacetValue | null };
}

function asTarget(raw: unknown, where: string): ScenarioTarget {
  if (!isRecord(raw) || typeof raw['scope'] !== 'string' || typeof raw['facet'] !== 'string' || typeof raw['key'] !== 'string') {
    throw new UsageError(`${where} needs string scope, facet and key`);
  }
  return { scope: raw['scope'], facet: raw['facet'], key: raw['key'] };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The fingerprint pair of a case: A gets every `a`, B every `b`. */
export function scenarioPair(base: Fingerprint, scenario: ScenarioCase, decoys: ScenarioChange[]): { a: Fingerprint; b: Fingerprint } {
  // Decoys first, the case's own changes last: where they name the same key, the case wins.
  const all = [...decoys, ...scenario.noise, ...scenario.changes];
  return { a: applySide(base, all, 'a', 'working'), b: applySide(base, all, 'b', 'failing') };
}

function applySide(base: Fingerprint, changes: ScenarioChange[], side: 'a' | 'b', label: string): Fingerprint {
  const fp = structuredClone(base);
  fp.label = label;
  const host = base.scopes['host'];
  if (!host) throw new UsageError('the base fingerprint has no host scope; capture it with `envdiff capture`');
  for (const change of changes) {
    const value = change[side];
    const scope = (fp.scopes[change.scope] ??= newScope(host, change.scope));
    const facets = scope.facets as Record<string, Facet>;
    if (value === null) {
      const facet = facets[change.facet];
      if (facet) delete facet[change.key];
      continue;
    }
    const facet = (facets[change.facet] ??= {});
    facet[change.key] = structuredClone(value);
    // A created facet was captured: say so, so "absent" never reads as "not captured".
    const probes = scope.probes as Partial<Record<FacetId, { status: 'ok'; durationMs: number }>>;
    probes[change.facet as FacetId] ??= { status: 'ok', durationMs: 0 };
  }
  return fp;
}

function newScope(host: Scope, name: string): Scope {
  const scope = structuredClone(host);
  const colon = name.indexOf(':');
  const prefix = colon < 0 ? name : name.slice(0, colon);
  if (prefix === 'image' || prefix === 'container') {
    scope.kind = prefix;
    scope.ref = name.slice(colon + 1);
  }
  return scope;
}

/** Does a ranked difference match one of the case's expected targets (scope+facet+key)? */
export function isExpected(target: ScenarioTarget, expect: ScenarioTarget[]): boolean {
  return expect.some((e) => e.scope === target.scope && e.facet === target.facet && e.key === target.key);
}
