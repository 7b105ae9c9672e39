import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { writePieces } from '../../src/commands/write-out.js';
import type { Comparison } from '../../src/compare/types.js';
import type { RankedDifference } from '../../src/rank/types.js';
import { renderText, textReport } from '../../src/render/text.js';

function collect(): { stream: PassThrough; writes: string[] } {
  const stream = new PassThrough();
  const writes: string[] = [];
  stream.on('data', (chunk: Buffer) => writes.push(chunk.toString('utf8')));
  return { stream, writes };
}

describe('writePieces', () => {
  it('writes every piece in order, gathered into batches of about the size asked', async () => {
    const { stream, writes } = collect();
    const pieces = Array.from({ length: 1000 }, (_, i) => `piece ${i} ›\n`);
    await writePieces(stream, pieces, 1000);
    expect(writes.join('')).toBe(pieces.join(''));
    expect(writes.length).toBeGreaterThan(10);
    expect(Math.max(...writes.map((w) => w.length))).toBeLessThan(1000 + 20);
  });

  it('writes a text report of 20k differences exactly as renderText renders it, never in one write', async () => {
    const differences = Array.from(
      { length: 20_000 },
      (_, i): RankedDifference => ({
        scope: 'host',
        facet: 'libraries',
        key: `lib${i}.so`,
        kind: 'removed',
        a: [`/lib/lib${i}.so`],
        rank: i + 1,
        score: 0.5,
        summary: `removed (was /lib/lib${i}.so)`,
        reasons: [{ source: 'prior', text: 'a shared library that moved or vanished breaks every program linked to it' }],
        ...(i % 7 === 0 ? { detail: { volatile: true } } : {}),
      }),
    );
    const comparison: Comparison = {
      a: { file: 'a.json', hostname: 'a', capturedAt: '2026-01-01T00:00:00Z', scopes: ['host'] },
      b: { file: 'b.json', hostname: 'b', capturedAt: '2026-01-02T00:00:00Z', scopes: ['host'] },
      pairs: [{ label: 'host', a: 'host', b: 'host', by: 'name' }],
      unpaired: [],
      notCompared: [],
      differences,
    };
    for (const [options, atLeast] of [
      [{}, 10],
      [{ all: true }, 10],
      [{ limit: 50 }, 1],
    ] as const) {
      const { stream, writes } = collect();
      await writePieces(stream, textReport(comparison, options));
      expect(writes.join('')).toBe(renderText(comparison, options));
      expect(writes.length).toBeGreaterThanOrEqual(atLeast);
    }
  });
});
