import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexAnchors } from '../../src/rank/anchor-index.js';
import { parseBuildLog } from '../../src/rank/log.js';
import { lineMatches, SIGNATURES, type Signature } from '../../src/rank/signatures.js';

const signature = (id: string, anchors: string[]): Signature =>
  ({ id, anchors, patterns: [/./], implicates: [], explanation: id }) as unknown as Signature;

describe('the anchor index', () => {
  it('finds signatures whose anchors overlap in a line', () => {
    const index = indexAnchors([signature('abc', ['abc']), signature('bcd', ['bcd']), signature('xyz', ['xyz'])]);
    expect(index.matching('abcd', 'abcd').map((s) => s.id)).toEqual(['abc', 'bcd']);
  });

  it('finds a signature by a longer anchor that contains a shorter one', () => {
    const index = indexAnchors([signature('long', ['ssl error']), signature('short', ['err'])]);
    expect(index.matching('ssl error', 'ssl error').map((s) => s.id)).toEqual(['long', 'short']);
    expect(index.matching('tls error', 'tls error').map((s) => s.id)).toEqual(['short']);
  });

  it('matches what trying every signature matches, on the lines of real failure logs', () => {
    const cases = JSON.parse(readFileSync(join(import.meta.dirname, '../../eval/cases/dev-rounds.json'), 'utf8')) as {
      log: string;
    }[];
    const index = indexAnchors(SIGNATURES);
    let lines = 0;
    let matched = 0;
    for (const { log } of cases.filter((_, i) => i % 8 === 0))
      for (const { body } of parseBuildLog(log).lines) {
        const lower = body.toLowerCase();
        const found = index.matching(body, lower);
        expect(found).toEqual(SIGNATURES.filter((s) => lineMatches(s, body, lower)));
        lines++;
        if (found.length > 0) matched++;
      }
    expect(lines).toBeGreaterThan(5000);
    expect(matched).toBeGreaterThan(500);
  });
});
