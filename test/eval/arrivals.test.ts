/**
 * Cases measured on arrival (src/eval/arrivals.ts, eval/arrivals.json): the
 * file the calibration map is fitted on is well formed and matches the corpus,
 * and a malformed file is a one-line usage error.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readArrivals } from '../../src/eval/arrivals.js';
import { fitCalibration } from '../../src/eval/fit-calibration.js';
import { UsageError } from '../../src/errors.js';
import { calibrate } from '../../src/rank/calibrate.js';

const ROOT = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'envdiff-arrivals-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('eval/arrivals.json', () => {
  const arrivals = readArrivals(join(ROOT, 'eval', 'arrivals.json'));
  const corpus = new Set(
    (JSON.parse(readFileSync(join(ROOT, 'eval', 'cases', 'dev-rounds.json'), 'utf8')) as Array<{ id: string }>).map((c) => c.id),
  );

  it('records each case once, every one of them in the corpus', () => {
    expect(arrivals.length).toBeGreaterThanOrEqual(300);
    expect(new Set(arrivals.map((a) => a.id)).size).toBe(arrivals.length);
    for (const a of arrivals) expect(corpus.has(a.id), a.id).toBe(true);
  });

  it('is what calibrate.ts was fitted on: refitting gives its map', () => {
    const knots = fitCalibration(
      arrivals.map((a) => ({ raw: a.raw, right: a.rank === 1 })),
      { pseudoCases: 10 },
    );
    for (const [x, y] of knots) if (x > 0 && x < 1) expect(calibrate(x)).toBeCloseTo(y, 3);
  });
});

describe('readArrivals', () => {
  it.each([
    ['not JSON', '{'],
    ['not an array', '{"id":"x"}'],
    ['a raw score above 1', '[{"id":"x","round":1,"raw":1.5,"rank":1}]'],
    ['a rank of 0', '[{"id":"x","round":1,"raw":0.5,"rank":0}]'],
    ['no id', '[{"round":1,"raw":0.5,"rank":null}]'],
  ])('rejects %s with one line', (_, text) => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, text);
    expect(() => readArrivals(file)).toThrow(UsageError);
    try {
      readArrivals(file);
    } catch (error) {
      expect((error as Error).message).not.toContain('\n');
    }
  });

  it('reads a case that was not listed as rank null', () => {
    const file = join(dir, 'ok.json');
    writeFileSync(file, '[{"id":"x","round":3,"raw":0.25,"rank":null}]');
    expect(readArrivals(file)).toEqual([{ id: 'x', round: 3, raw: 0.25, rank: null }]);
  });
});
