/**
 * Shared by the seed tests: reproduce one seed in a temp dir, compare with its log
 * (`envdiff compare --format json`), and hand the ranking to the test.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Fingerprint } from '../../src/fingerprint/types.js';
import type { RankedDifference } from '../../src/rank/types.js';
import { compareRanked, isExpected, readJson, type Seed, type SeedRun } from '../../scripts/seeds/seed.js';

export interface SeedOutcome {
  run: SeedRun;
  ranked: RankedDifference[];
  a: Fingerprint;
  b: Fingerprint;
}

/** The seed tests' budget each; the five together stay within a few minutes. */
export const SEED_TIMEOUT_MS = 240_000;

export async function reproduceAndRank(seed: Seed, check: (outcome: SeedOutcome) => Promise<void> | void): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), `envdiff-seed-${seed.name}-`));
  try {
    const run = await seed.reproduce(dir);
    const ranked = await compareRanked(run);
    const outcome = { run, ranked, a: await readJson<Fingerprint>(run.a), b: await readJson<Fingerprint>(run.b) };
    const top3 = ranked.slice(0, 3).map((d) => `${d.rank}. ${d.scope} ${d.facet} ${d.key} (${d.kind})`);
    expect(isExpected(ranked[0], run.expect), `true cause ${JSON.stringify(run.expect)} not first; ranking: ${top3.join('; ')}`).toBe(true);
    await check(outcome);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The reasons of the first difference must quote the failure's log. */
export function expectLogQuoted(top: RankedDifference | undefined, fragment: string): void {
  const quotes = (top?.reasons ?? []).flatMap((r) => (r.quote ? [r.quote.text] : []));
  expect(
    quotes.some((q) => q.includes(fragment)),
    `no reason of ${top?.key} quotes "${fragment}": ${JSON.stringify(top?.reasons)}`,
  ).toBe(true);
}
