/**
 * The train/test split of the scenario corpus. Decided once, before any tuning,
 * by a rule that depends on nothing but the case itself, so that cases added
 * later never move an existing case from one side to the other:
 *
 * - cases in a file listed in `trainOnly` are train (the public cases the
 *   ranking was tuned on before the split existed);
 * - otherwise a case is test when the first 32 bits of
 *   sha256("<expected facet>\0<id>") / 2^32 < testFraction, else train.
 *
 * Hashing within the expected facet's stratum keeps every facet at about
 * `testFraction` test cases in expectation. A folder without `split.json`
 * (e.g. a hidden set) is one set: every case is `all`.
 */
import { createHash } from 'node:crypto';

export type SplitName = 'train' | 'test';

export interface SplitRule {
  /** Fraction of (non-train-only) cases that are test, in [0, 1]. */
  testFraction: number;
  /** Case files (basenames) whose cases are always train. */
  trainOnly: string[];
}

export const SPLIT_FILE = 'split.json';

export function splitOf(rule: SplitRule, c: { id: string; file: string; expect: Array<{ facet: string }> }): SplitName {
  const base = c.file.slice(c.file.lastIndexOf('/') + 1);
  if (rule.trainOnly.includes(base)) return 'train';
  const facet = c.expect[0]?.facet ?? '';
  const digest = createHash('sha256').update(`${facet}\0${c.id}`).digest();
  return digest.readUInt32BE(0) / 2 ** 32 < rule.testFraction ? 'test' : 'train';
}

export function parseSplitRule(raw: unknown, where: string): SplitRule {
  const r = raw as Record<string, unknown> | null;
  const fraction = r?.['testFraction'];
  const trainOnly = r?.['trainOnly'] ?? [];
  if (
    typeof r !== 'object' ||
    r === null ||
    typeof fraction !== 'number' ||
    !(fraction >= 0 && fraction <= 1) ||
    !Array.isArray(trainOnly) ||
    !trainOnly.every((f) => typeof f === 'string')
  ) {
    throw new Error(`${where} needs {"testFraction": number in [0, 1], "trainOnly": [file names]}`);
  }
  return { testFraction: fraction, trainOnly: trainOnly as string[] };
}
