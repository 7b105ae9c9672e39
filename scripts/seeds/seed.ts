/**
 * A seed reproduction: one of the five real failures of design.md, made to happen
 * on this machine. `reproduce(dir)` writes a.json (working), b.json (failing) and
 * build.log (the failure's real output) into `dir` and says which difference is
 * the true cause.
 */
import { readFile } from 'node:fs/promises';
import type { Comparison } from '../../src/compare/types.js';
import type { RankedDifference } from '../../src/rank/types.js';
import { envdiff } from './shell.js';

export interface ExpectedCause {
  scope: string;
  facet: string;
  key: string;
}

export interface SeedRun {
  a: string;
  b: string;
  log: string;
  /** Any of these ranked first is the right answer. */
  expect: ExpectedCause[];
  /** Observations made while reproducing (printed by the snapshot script). */
  notes: string[];
}

export interface Seed {
  /** snapshots/<name>/ */
  name: string;
  reproduce(dir: string): Promise<SeedRun>;
}

/** `envdiff compare a b --log log --format json`: the ranked differences (exit 1 = some). */
export async function compareRanked(run: Pick<SeedRun, 'a' | 'b' | 'log'>): Promise<RankedDifference[]> {
  const result = await envdiff(['compare', run.a, run.b, '--log', run.log, '--format', 'json']);
  if (result.exitCode !== 1) {
    throw new Error(`envdiff compare exited ${result.exitCode} (expected 1: differences found): ${result.stderr.trim()}`);
  }
  const comparison = JSON.parse(result.stdout) as Comparison;
  return comparison.differences;
}

export function isExpected(difference: ExpectedCause | undefined, expect: readonly ExpectedCause[]): boolean {
  return (
    difference !== undefined && expect.some((e) => e.scope === difference.scope && e.facet === difference.facet && e.key === difference.key)
  );
}

export async function readJson<T>(file: string): Promise<T> {
  return JSON.parse(await readFile(file, 'utf8')) as T;
}
