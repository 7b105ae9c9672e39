/**
 * Scenario evaluation: rank every case through the real compare service
 * (compareFingerprints: diff, ignores, log parsing, ranking — what `envdiff
 * compare` runs) and count how often an expected difference ranks first / in
 * the first three.
 */
import { compareFingerprints } from '../compare/compare.js';
import type { Comparison } from '../compare/types.js';
import { parseFingerprint } from '../fingerprint/io.js';
import type { Fingerprint } from '../fingerprint/types.js';
import type { RankedDifference } from '../rank/types.js';
import { isExpected, scenarioPair, type ScenarioCase, type ScenarioSet } from './scenarios.js';

export interface CaseResult {
  id: string;
  source: string;
  /** 1-based rank of the best expected difference; undefined if none was listed. */
  rank: number | undefined;
  top: RankedDifference[];
  expect: ScenarioCase['expect'];
  split?: ScenarioCase['split'];
}

export interface Evaluation {
  results: CaseResult[];
  top1: number;
  top3: number;
  total: number;
}

export function evaluateScenarios(base: Fingerprint, set: ScenarioSet): Evaluation {
  return summarizeResults(set.cases.map((c) => evaluateCase(base, c, set)));
}

/** Top-1/top-3 counts of some results (a whole set, or its train or test part). */
export function summarizeResults(results: CaseResult[]): Evaluation {
  return {
    results,
    top1: results.filter((r) => r.rank === 1).length,
    top3: results.filter((r) => r.rank !== undefined && r.rank <= 3).length,
    total: results.length,
  };
}

export function evaluateCase(base: Fingerprint, scenario: ScenarioCase, set: ScenarioSet): CaseResult {
  const comparison = compareCase(base, scenario, set);
  const index = comparison.differences.findIndex((d) => isExpected(d, scenario.expect));
  return {
    id: scenario.id,
    source: scenario.source,
    rank: index < 0 ? undefined : index + 1,
    top: comparison.differences.slice(0, 3),
    expect: scenario.expect,
    ...(scenario.split ? { split: scenario.split } : {}),
  };
}

/** A case's pair of fingerprints compared with its log, as `envdiff compare` would. */
export function compareCase(base: Fingerprint, scenario: ScenarioCase, set: ScenarioSet): Comparison {
  const pair = scenarioPair(base, scenario, set.decoys);
  // Validate like `envdiff compare` does on read: the pair must be real fingerprints.
  const a = parseFingerprint(JSON.stringify(pair.a), `${scenario.id}/a.json`);
  const b = parseFingerprint(JSON.stringify(pair.b), `${scenario.id}/b.json`);
  return compareFingerprints({
    a: { file: 'a.json', fingerprint: a },
    b: { file: 'b.json', fingerprint: b },
    log: { file: 'build.log', text: scenario.log },
  });
}
