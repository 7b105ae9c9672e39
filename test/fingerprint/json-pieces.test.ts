/**
 * The piecewise reader must be JSON.parse: on real fingerprints, on hand-made
 * corner cases placed across every chunk boundary, and on thousands of seeded
 * byte mutations, where it must decline (undefined) exactly when JSON.parse throws.
 * Tiny chunk and run sizes put every byte at a boundary somewhere.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { parseFingerprint, readFingerprint, serializeFingerprint } from '../../src/fingerprint/io.js';
import { type PieceLimits, type PieceSizes, parseJsonPieces } from '../../src/fingerprint/json-pieces.js';
import { realFingerprint } from '../compare/real-fingerprints.js';
import { prng } from '../helpers/prng.js';

const dir = mkdtempSync(join(tmpdir(), 'envdiff-pieces-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const OPEN: PieceLimits = { maxBytes: 1 << 30, maxMembers: 1e9, maxObjectMembers: 1e9 };
const SIZES: PieceSizes[] = [
  { chunkBytes: 1, runBytes: 1 },
  { chunkBytes: 3, runBytes: 17 },
  { chunkBytes: 64, runBytes: 256 },
  { chunkBytes: 1024 * 1024, runBytes: 1024 * 1024 },
];

let n = 0;
function fileWith(text: string | Buffer): string {
  const file = join(dir, `doc-${n++}.json`);
  writeFileSync(file, text);
  return file;
}

/** JSON.stringify keeps key order and own `__proto__` keys: equal strings, equal parses. */
function expectSameAsJsonParse(text: string, sizes: PieceSizes[] = SIZES): void {
  const file = fileWith(text);
  const expected = JSON.stringify(JSON.parse(text));
  for (const size of sizes) {
    const got = parseJsonPieces(file, OPEN, size);
    expect(got, `${JSON.stringify(size)}: ${text.slice(0, 80)}`).toBeDefined();
    expect(JSON.stringify(got!.value)).toBe(expected);
    expect(got!.mayHoldProto).toBe(text.includes('"__proto__"'));
  }
}

/** A fingerprint-shaped document whose facet `f` holds `members` (raw JSON member text). */
function doc(members: string, extra = ''): string {
  return `{"schema":"envdiff.fingerprint/v1",${extra}"scopes":{"host":{"kind":"host","facets":{"f":{${members}}},"probes":{}}}}`;
}

describe('parseJsonPieces equals JSON.parse', () => {
  it('on real fingerprints, pretty and compact', () => {
    const real = realFingerprint({ packages: 300, libraries: 300 });
    expectSameAsJsonParse(serializeFingerprint(real), SIZES.slice(1));
    expectSameAsJsonParse(JSON.stringify(real), SIZES.slice(1));
    for (const snapshot of ['binfmt/a.json', 'lib64/b.json', 'base/host.json']) {
      expectSameAsJsonParse(readFileSync(new URL(`../../snapshots/${snapshot}`, import.meta.url), 'utf8'), SIZES.slice(2));
    }
  });

  it('on escapes, multi-byte characters and empty objects at every chunk boundary', () => {
    const cases = [
      doc(String.raw`"a\"b":"c\\","d\\\"":"\\\\\"x","e":"\u00e9\n\t"`),
      doc('"é":"ü€😀","😀":["𝄞","ok"],"x":{"é":{"ü":[]}}'),
      doc(''),
      doc('"a":{},"b":[],"c":{"d":{}}', '"tool":{},'),
      `{"scopes":{},"a":[{"b":{}}],"c":null,"d":-1.5e3,"e":true}`,
      '{}',
      ' \n\t{ "scopes" : { "host" : { "facets" : { "f" : { "k" : [ 1 , { "x" : "y" } ] , "l" : 2 } } } } } \r\n',
    ];
    for (const text of cases) expectSameAsJsonParse(text);
  });

  it('keeps duplicate keys (last value, first place) and integer-like keys in JSON.parse order', () => {
    expectSameAsJsonParse(doc('"b":1,"a":2,"b":3,"10":4,"2":5,"a":6', '"x":1,"x":2,'));
  });

  it('keeps __proto__ an own key and never sets a prototype, at every depth', () => {
    const text = doc('"__proto__":{"polluted":1},"k":1,"__proto__":{"again":2}', '"__proto__":{"top":1},');
    expectSameAsJsonParse(text);
    const got = parseJsonPieces(fileWith(text), OPEN, { chunkBytes: 5, runBytes: 1 })!.value as Record<string, unknown>;
    const facet = (got['scopes'] as { host: { facets: { f: object } } }).host.facets.f;
    expect(Object.getPrototypeOf(facet)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(got)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('declines what JSON.parse refuses', () => {
    const bad = [
      doc('"a":1,'),
      doc(',"a":1'),
      doc('"a":1,,"b":2'),
      doc('"a":[1}'),
      doc('"a":1]'),
      doc('"a" 1'),
      doc('"a":"raw\nnewline"'),
      doc('"a":01'),
      '{"a":1,}',
      '{"a":{"b":1,}}',
      '\uFEFF{"a":1}',
      '{"a":1} x',
      '{"a":1',
      '{"a":"unterminated}',
      '',
      '   ',
    ];
    for (const text of bad) {
      expect(() => JSON.parse(text)).toThrow();
      for (const size of SIZES) expect(parseJsonPieces(fileWith(text), OPEN, size), text).toBeUndefined();
    }
  });

  it('leaves anything but a regular file to the plain path, without waiting for a FIFO writer', () => {
    const fifo = join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    expect(parseJsonPieces(fifo, OPEN)).toBeUndefined();
    expect(parseJsonPieces(dir, OPEN)).toBeUndefined();
    expect(parseJsonPieces(join(dir, 'missing.json'), OPEN)).toBeUndefined();
  });

  it('leaves a document that is not an object to the plain path', () => {
    for (const text of ['[1,2]', '"text"', 'null']) expect(parseJsonPieces(fileWith(text), OPEN)).toBeUndefined();
  });

  it('declines exactly when JSON.parse throws, on 3,000 seeded byte mutations', () => {
    const base = JSON.stringify(realFingerprint({ packages: 4, libraries: 4 }), null, 1);
    const random = prng(20261202);
    const int = (k: number) => Math.floor(random() * k);
    const bytes = ['{', '}', '[', ']', ',', ':', '"', '\\', ' ', '\n', 'a', '1', 'é', '\u0000'];
    let valid = 0;
    const file = fileWith('');
    for (let i = 0; i < 3000; i++) {
      let text = base;
      for (let m = 0, count = 1 + int(3); m < count; m++) {
        const at = int(text.length);
        const op = int(3);
        const byte = bytes[int(bytes.length)]!;
        text =
          op === 0
            ? text.slice(0, at) + text.slice(at + 1)
            : op === 1
              ? text.slice(0, at) + byte + text.slice(at)
              : text.slice(0, at) + byte + text.slice(at + 1);
      }
      let expected: string | undefined;
      try {
        expected = JSON.stringify(JSON.parse(text));
      } catch {
        expected = undefined;
      }
      if (expected !== undefined) valid++;
      // One-byte chunks are slow to read: every twentieth mutation only.
      writeFileSync(file, text);
      const got = parseJsonPieces(file, OPEN, i % 20 === 0 ? SIZES[0]! : i % 2 ? { chunkBytes: 7, runBytes: 17 } : SIZES[2]!);
      expect(got === undefined ? undefined : JSON.stringify(got.value), `mutation ${i}`).toBe(expected);
    }
    // Both sides of the line are exercised: many mutations still parse, many do not.
    expect(valid).toBeGreaterThan(300);
    expect(valid).toBeLessThan(2700);
  });

  it('sees "__proto__" split between two chunks', () => {
    const text = doc('"__proto__":1');
    for (let chunkBytes = 1; chunkBytes < 40; chunkBytes++) {
      // Also when the document holds it only as a value, never as a key.
      expect(parseJsonPieces(fileWith(doc('"k":"__proto__"')), OPEN, { chunkBytes, runBytes: 8 })!.mayHoldProto).toBe(true);
      expect(parseJsonPieces(fileWith(text), OPEN, { chunkBytes, runBytes: 8 })!.mayHoldProto).toBe(true);
    }
  });
});

describe('parseJsonPieces caps: over any, the plain path decides', () => {
  const text = doc('"a":{"x":1,"y":2},"b":2,"c":3');
  const file = fileWith(text);
  const size = { chunkBytes: 8, runBytes: 4 };

  it('bytes', () => {
    expect(parseJsonPieces(file, { ...OPEN, maxBytes: text.length - 1 }, size)).toBeUndefined();
    expect(parseJsonPieces(file, { ...OPEN, maxBytes: text.length }, size)).toBeDefined();
  });

  it('members of one object parsed in runs', () => {
    expect(parseJsonPieces(file, { ...OPEN, maxObjectMembers: 2 }, size)).toBeUndefined();
    expect(parseJsonPieces(file, { ...OPEN, maxObjectMembers: 3 }, size)).toBeDefined();
  });

  it('members in all (schema, scopes, host, kind, facets, f, a, x, y, b, c, probes: 12)', () => {
    expect(parseJsonPieces(file, { ...OPEN, maxMembers: 11 }, size)).toBeUndefined();
    expect(parseJsonPieces(file, { ...OPEN, maxMembers: 12 }, size)).toBeDefined();
  });
});

describe('readFingerprint of a large file (read in pieces)', () => {
  const big = serializeFingerprint(realFingerprint({ packages: 2000, libraries: 45_000 }));

  it('gives what parseFingerprint gives the whole text', async () => {
    expect(big.length).toBeGreaterThan(4 * 1024 * 1024);
    const file = fileWith(big);
    expect(JSON.stringify(await readFingerprint(file))).toBe(JSON.stringify(parseFingerprint(big, file)));
  });

  it('words a broken file exactly as parseFingerprint does', async () => {
    for (const text of [big.slice(0, -100), big.replace('"libraries": {', '"libraries": {,'), big.replace('"schema"', '"schemata"')]) {
      const file = fileWith(text);
      const plain = (() => {
        try {
          parseFingerprint(text, file);
        } catch (error) {
          return error as Error;
        }
      })();
      expect(plain).toBeInstanceOf(UsageError);
      await expect(readFingerprint(file)).rejects.toThrow(plain!.message);
    }
  });
});
