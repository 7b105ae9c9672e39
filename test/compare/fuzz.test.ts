/**
 * Fuzz: mutated real fingerprints (deletions, type swaps, huge strings, escape
 * sequences, cut or flipped bytes), seeded, through the whole in-process compare
 * (validate -> diff -> rank with a log -> every renderer). The only failure
 * allowed is a UsageError (one clear line at the CLI).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareFingerprints } from '../../src/compare/compare.js';
import { UsageError } from '../../src/errors.js';
import { Ajv } from 'ajv';
import { parseFingerprint } from '../../src/fingerprint/io.js';
import { firstSchemaProblem } from '../../src/fingerprint/schema.js';
import type { Fingerprint } from '../../src/fingerprint/types.js';
import { renderJson, renderMarkdown, renderText } from '../../src/render/index.js';
import { realFingerprint } from './real-fingerprints.js';
import { prng } from '../helpers/prng.js';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const LOG = [
  'Step 4/9 : RUN ldd /usr/local/bin/app',
  '\tlibfuse3.so.4 => not found',
  'exec /bin/sh: exec format error',
  "/lib/x86_64-linux-gnu/libc.so.6: version `GLIBC_2.34' not found",
  "E: Failed to fetch http://debmirror.example.net/debian/pool/main/t/tzdata.deb  Temporary failure resolving 'debmirror.example.net'",
  'Killed',
].join('\n');

describe('fuzzed fingerprints never crash compare', () => {
  it('300 seeded mutations', { timeout: 120_000 }, () => {
    const base = realFingerprint({ packages: 150, libraries: 150 });
    const random = prng(20261121);
    const int = (n: number) => Math.floor(random() * n);
    const pick = <T>(xs: T[]): T => xs[int(xs.length)]!;
    const hostile = ['\x1b]0;pwned\x07', '\x1b[2J', '\u009b31m', '\u202Eevil', '\0', '__proto__', 'constructor', ''];
    const randomValue = (): Json =>
      pick<() => Json>([
        () => null,
        () => random() < 0.5,
        () => (random() - 0.5) * 1e12,
        () => Number.MAX_SAFE_INTEGER,
        () => pick(hostile),
        () => 'x'.repeat(int(2) ? 1_000_000 : 100),
        () => [],
        () => [1, 'a', null, { b: [] }],
        () => ({}),
        () => ({ version: randomValue(), manager: pick(['dpkg', 'apk', 'rpm', 'x']) }),
        () => Array.from({ length: 50 }, () => pick(hostile)),
      ])();

    /** A random walk to a container and one of its keys. */
    const walk = (doc: Json): [Record<string, Json> | Json[], string | number] | undefined => {
      // Mostly inside facets (where captured data lives), sometimes anywhere.
      const facets = (doc as { scopes?: { host?: { facets?: Json } } } | null)?.scopes?.host?.facets;
      let node = facets !== undefined && random() < 0.75 ? facets : doc;
      let parent: [Record<string, Json> | Json[], string | number] | undefined;
      for (let depth = 0; depth < 8; depth++) {
        if (node === null || typeof node !== 'object') break;
        const keys = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
        if (keys.length === 0) break;
        const key = pick<string | number>(keys);
        parent = [node, key];
        node = (node as Record<string, Json>)[key as string]!;
        if (random() < 0.15) break;
      }
      return parent;
    };

    const ajv = new Ajv({ strict: false }).compile(JSON.parse(readFileSync('schema/fingerprint.schema.json', 'utf8')) as object);
    let disagreements = 0;
    let usageErrors = 0;
    let compared = 0;
    for (let i = 0; i < 300; i++) {
      const doc = structuredClone(base) as unknown as Json;
      for (let m = 1 + int(4); m > 0; m--) {
        const at = walk(doc);
        if (!at) continue;
        const [container, key] = at;
        const op = int(4);
        if (op === 0) {
          if (Array.isArray(container)) container.splice(key as number, 1);
          else delete container[key as string];
        } else if (op === 1) {
          (container as Record<string, Json>)[key as string] = randomValue();
        } else if (op === 2 && !Array.isArray(container)) {
          container[`${pick(hostile)}${key}`] = randomValue();
        } else {
          (container as Record<string, Json>)[key as string] = pick(hostile);
        }
      }
      let text = JSON.stringify(doc);
      if (random() < 0.1) text = text.slice(0, int(text.length));
      // biome-ignore lint/suspicious/noDuplicateElseIf: a second, independent draw
      else if (random() < 0.1) {
        const at = int(text.length);
        text = text.slice(0, at) + String.fromCharCode(int(128)) + text.slice(at + 1);
      }
      // The fast validator accepts exactly what the published schema accepts (plus the depth cap).
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = undefined;
      }
      if (parsed !== undefined) {
        const ours = firstSchemaProblem(parsed);
        const schemaValid = ajv(parsed);
        if (ours === undefined) expect(schemaValid).toBe(true);
        else if (schemaValid) expect(ours).toMatch(/^value nested deeper/);
        if (!schemaValid) disagreements += ours === undefined ? 1 : 0;
      }
      try {
        const mutated = parseFingerprint(text, `fuzz-${i}.json`);
        for (const [a, b] of [
          [base, mutated],
          [mutated, base],
        ] as Array<[Fingerprint, Fingerprint]>) {
          const comparison = compareFingerprints({
            a: { file: 'a.json', fingerprint: a },
            b: { file: 'b.json', fingerprint: b },
            log: { file: 'build.log', text: LOG },
            ignore: ['host/env/*'],
          });
          const text = renderText(comparison);
          const md = renderMarkdown(comparison);
          JSON.parse(renderJson(comparison));
          expect(text).not.toMatch(/[\u001b\u009b\u202e]/);
          expect(md).not.toMatch(/[\u001b\u009b\u202e]/);
          for (const d of comparison.differences) {
            expect(d.score).toBeGreaterThanOrEqual(0);
            expect(d.score).toBeLessThanOrEqual(1);
            expect(typeof d.summary).toBe('string');
          }
        }
        compared++;
      } catch (error) {
        if (!(error instanceof UsageError)) throw new Error(`iteration ${i}: ${(error as Error).stack}`);
        expect((error as Error).message).not.toContain('\n');
        usageErrors++;
      }
    }
    // Both paths must be exercised, or the fuzz is not testing much.
    expect(disagreements).toBe(0);
    expect(compared).toBeGreaterThan(50);
    expect(usageErrors).toBeGreaterThan(20);
  });
});
