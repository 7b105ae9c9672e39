import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFingerprint } from '../../src/fingerprint/io.js';
import type { Fingerprint } from '../../src/fingerprint/types.js';
import { evaluateScenarios } from '../../src/eval/evaluate.js';
import { loadScenarios, scenarioPair, type ScenarioCase } from '../../src/eval/scenarios.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const SCENARIOS = process.env['ENVDIFF_SCENARIOS'] ?? resolve(ROOT, 'eval', 'cases');
const BASE = process.env['ENVDIFF_EVAL_BASE'] ?? resolve(ROOT, 'snapshots', 'base', 'host.json');

async function base(): Promise<Fingerprint> {
  if (!existsSync(BASE))
    throw new Error(`${BASE} is missing: capture it with \`envdiff capture -o snapshots/base/host.json\` (or set ENVDIFF_EVAL_BASE)`);
  return readFingerprint(BASE);
}

describe('scenario evaluation (eval/cases)', () => {
  it('ranks the real cause first in >= 85 % of cases, in the top 3 in >= 96 %, and every public case in the top 3', async () => {
    const set = await loadScenarios(SCENARIOS);
    const publicIds = new Set(set.cases.filter((c) => c.file.endsWith('public.json')).map((c) => c.id));
    const evaluation = evaluateScenarios(await base(), set);
    const misses = evaluation.results
      .filter((r) => r.rank !== 1)
      .map((r) => `${r.id}: rank ${r.rank ?? 'none'}, first ${r.top[0]?.facet}/${r.top[0]?.key}`);
    expect(evaluation.total).toBeGreaterThan(100);
    // 85 %, not 90: the rounds of the seventh to forty-second stops brought 9,449 hard cases; the corpus read
    // 85.7 % (96.8 % top-3) when the forty-second stop's rounds arrived (eval/README.md), and the guard catches a
    // regression, not a new round.
    expect(evaluation.top1 / evaluation.total, misses.join('\n')).toBeGreaterThanOrEqual(0.85);
    expect(evaluation.top3 / evaluation.total, misses.join('\n')).toBeGreaterThanOrEqual(0.96);
    for (const r of evaluation.results.filter((x) => publicIds.has(x.id))) expect(r.rank, r.id).toBeLessThanOrEqual(3);
    // Every listed difference carries a reason.
    for (const r of evaluation.results) for (const d of r.top) expect(d.reasons.length, r.id).toBeGreaterThan(0);
    // Eight thousand cases: about two minutes alone, four on a loaded two-core runner. A guard against a hang,
    // not a speed target (that lives in npm run bench).
  }, 360_000);

  it('splits into train and test by the fixed rule, with at least 50 test cases', async () => {
    const set = await loadScenarios(SCENARIOS);
    expect(set.split).toBeDefined();
    const test = set.cases.filter((c) => c.split === 'test');
    expect(test.length).toBeGreaterThanOrEqual(50);
    expect(set.cases.filter((c) => c.file.endsWith('public.json')).every((c) => c.split === 'train')).toBe(true);
    // The rule depends on the case alone: loading twice, or a folder without split.json, changes nothing else.
    const again = await loadScenarios(SCENARIOS);
    expect(again.cases.map((c) => c.split)).toEqual(set.cases.map((c) => c.split));
  });

  it('is deterministic: the same cases rank the same way twice', async () => {
    const [fp, all] = await Promise.all([base(), loadScenarios(SCENARIOS)]);
    // Every eighth case: the whole corpus (6,135 cases) twice takes two minutes on a busy runner, and any case's
    // ranking shows determinism.
    const set = { ...all, cases: all.cases.filter((_, i) => i % 8 === 0) };
    const once = JSON.stringify(evaluateScenarios(fp, set));
    expect(JSON.stringify(evaluateScenarios(fp, set))).toBe(once);
  }, 180_000);
});

describe('scenarioPair', () => {
  const fp: Fingerprint = {
    schema: 'envdiff.fingerprint/v1',
    tool: { name: 'envdiff', version: '0.1.0' },
    capturedAt: '2026-11-21T00:00:00Z',
    hostname: 'base',
    scopes: {
      host: {
        kind: 'host',
        facets: { kernel: { release: '6.1.0-13-amd64' }, env: { HOME: '/root', LANG: 'C.UTF-8' } },
        probes: { kernel: { status: 'ok', durationMs: 1 }, env: { status: 'ok', durationMs: 1 } },
      },
    },
  };
  const scenario: ScenarioCase = {
    id: 't',
    source: 'test',
    log: '',
    file: 'x.json',
    changes: [
      { scope: 'image:build', facet: 'locale', key: 'LANG', a: 'en_US.UTF-8', b: 'C' },
      { scope: 'host', facet: 'env', key: 'LANG', a: 'C.UTF-8', b: null },
    ],
    noise: [{ scope: 'host', facet: 'kernel', key: 'release', a: '6.1.0-12-amd64', b: '6.1.0-13-amd64' }],
    expect: [{ scope: 'image:build', facet: 'locale', key: 'LANG' }],
  };

  it('sets every a on A and every b on B; null deletes; new scopes copy the host scope', () => {
    const { a, b } = scenarioPair(fp, scenario, [{ scope: 'host', facet: 'kernel', key: 'release', a: 'decoy-a', b: 'decoy-b' }]);
    expect(a.scopes['host']!.facets.kernel!['release']).toBe('6.1.0-12-amd64'); // the case wins over a decoy
    expect(b.scopes['host']!.facets.kernel!['release']).toBe('6.1.0-13-amd64');
    expect(a.scopes['host']!.facets.env!['LANG']).toBe('C.UTF-8');
    expect(b.scopes['host']!.facets.env).not.toHaveProperty('LANG');
    const image = b.scopes['image:build']!;
    expect(image).toMatchObject({ kind: 'image', ref: 'build' });
    expect(image.facets.locale).toEqual({ LANG: 'C' });
    expect(image.facets.env).toEqual({ HOME: '/root', LANG: 'C.UTF-8' }); // copied from the base host scope
    expect(image.probes.locale).toMatchObject({ status: 'ok' });
    expect(fp.scopes['image:build']).toBeUndefined(); // the base is not modified
  });

  it('loads cases and decoys from a folder and rejects malformed files with one line', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'envdiff-scenarios-'));
    await writeFile(join(dir, 'decoys.json'), JSON.stringify([{ scope: 'host', facet: 'env', key: 'HOSTNAME', a: 'x', b: 'y' }]));
    const log = "UnicodeDecodeError: 'ascii' codec can't decode byte 0xe2 in position 152: ordinal not in range(128)";
    await writeFile(join(dir, 'cases.json'), JSON.stringify([{ ...scenario, log, file: undefined }]));
    const set = await loadScenarios(dir);
    expect(set.cases.map((c) => c.id)).toEqual(['t']);
    expect(set.decoys).toHaveLength(1);
    const evaluation = evaluateScenarios(fp, set);
    expect(evaluation).toMatchObject({ total: 1, top1: 1, top3: 1 });

    await writeFile(join(dir, 'broken.json'), '{"not": "an array"}');
    await expect(loadScenarios(dir)).rejects.toThrow(/broken\.json is not a JSON array of scenario cases/);
  });
});
