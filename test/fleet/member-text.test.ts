/**
 * Fleet members read by their bytes (src/fleet/member-text.ts): a facet byte-equal
 * to a remembered one becomes that very object, and whatever the text, the result
 * is what readFingerprint makes of it — the same fingerprint or the same one-line
 * problem — and the tally is the one the plain reading gives.
 */
import { describe, expect, it } from 'vitest';
import { parseFingerprint, serializeFingerprint } from '../../src/fingerprint/io.js';
import type { Fingerprint } from '../../src/fingerprint/types.js';
import { analyseFleet } from '../../src/fleet/analyse.js';
import { parseMemberBytes, RememberedFacets } from '../../src/fleet/member-text.js';
import { FleetTally } from '../../src/fleet/tally.js';
import { materialiseFleet, readFleetDescription } from '../../scripts/fleet/materialise.js';

const { description, base } = readFleetDescription();

type Outcome = { fingerprint: Fingerprint } | { error: string };

/** readFingerprint's reading of a text. */
function plain(text: string): Outcome {
  try {
    return { fingerprint: parseFingerprint(text, 'm.json') };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** The fleet's reading: by bytes, else in full (src/fleet/read-member.ts). */
function byBytes(text: string, remembered: RememberedFacets): Outcome & { fast: boolean } {
  const bytes = Buffer.from(text);
  try {
    const fast = parseMemberBytes(bytes, remembered);
    return fast ? { fingerprint: fast, fast: true } : { fingerprint: parseFingerprint(bytes.toString('utf8'), 'm.json'), fast: false };
  } catch (error) {
    return { error: (error as Error).message, fast: false };
  }
}

/**
 * 600 runners: the snapshot's variation and faults, two package sets alternating
 * (two image versions), a library that appears at runner 300 (absent before), and a
 * fact with a new value on each of the first 520 runners (past the 512 distinct
 * values a fact keeps) and then the same one.
 */
function generateFleet(): Fingerprint[] {
  return materialiseFleet(description, base, 600).map(({ fingerprint }, i) => {
    const host = fingerprint.scopes['host']!.facets;
    const [name, record] = Object.entries(host.packages!)[0]!;
    if (i % 2 === 1) host.packages = { ...host.packages, [name]: { ...(record as object), version: '9.9-odd' } };
    if (i >= 300) host.libraries = { ...host.libraries, 'libnew.so.1': ['/usr/lib/libnew.so.1'] };
    host.libc = { ...host.libc, build: `b-${Math.min(i, 519)}` };
    return fingerprint;
  });
}

let generated: Fingerprint[] | undefined;
const generatedFleet = () => (generated ??= generateFleet());

function tallyOf(fingerprints: Fingerprint[]): FleetTally {
  const tally = new FleetTally();
  fingerprints.forEach((fingerprint, i) => {
    tally.add(fingerprint, { label: `r${i}`, status: i % 97 === 5 ? 'fail' : 'pass', source: `r${i}.json` });
  });
  return tally;
}

describe('reading fleet members by their bytes', () => {
  it.each([
    ['the fleet snapshot, as capture writes it', () => materialiseFleet(description, base).map((r) => r.fingerprint), serializeFingerprint],
    ['600 generated runners, compact', generatedFleet, JSON.stringify],
  ] as const)('%s: the same fingerprints and the same tally as the plain reading', (_name, fleet, write) => {
    const texts = fleet().map((fp) => write(fp));
    const remembered = new RememberedFacets();
    const fast = texts.map((text) => byBytes(text, remembered));
    const slow = texts.map(plain);
    // Serialised: key order counts too, and 600 deep comparisons would take seconds.
    expect(fast.map(({ fast: _, ...outcome }) => JSON.stringify(outcome))).toEqual(slow.map((outcome) => JSON.stringify(outcome)));
    // Every member took the byte path, and unchanged package lists are one object.
    expect(fast.filter((r) => r.fast).length).toBe(texts.length);
    const packages = fast.map((r) => ('fingerprint' in r ? r.fingerprint.scopes['host']!.facets.packages : undefined));
    expect(packages[2]).toBe(packages[0]);
    const viaBytes = tallyOf(fast.map((r) => (r as { fingerprint: Fingerprint }).fingerprint));
    const viaPlain = tallyOf(slow.map((r) => (r as { fingerprint: Fingerprint }).fingerprint));
    expect(viaBytes.facts()).toEqual(viaPlain.facts());
    expect(viaBytes.volatileFacts).toBe(viaPlain.volatileFacts);
    expect(analyseFleet(viaBytes)).toEqual(analyseFleet(viaPlain));
  });

  it('gives a fact past 512 distinct values up, however its facet was handed over', () => {
    const tally = tallyOf(
      (() => {
        const remembered = new RememberedFacets();
        return generatedFleet().map((fp) => (byBytes(JSON.stringify(fp), remembered) as { fingerprint: Fingerprint }).fingerprint);
      })(),
    );
    const build = tally.facts().find((f) => f.facet === 'libc' && f.key === 'build')!;
    expect({ captured: build.captured, highCardinality: build.highCardinality, values: build.groups.size }).toEqual({
      captured: 600,
      highCardinality: true,
      values: 0,
    });
    const late = tally.facts().find((f) => f.key === 'libnew.so.1')!;
    expect([...late.groups.values()].map((g) => [g.value === undefined ? 'absent' : 'held', g.count])).toEqual([
      ['absent', 300],
      ['held', 300],
    ]);
  });

  describe('texts that must not mislead the scan: the result is readFingerprint’s', () => {
    const reference = JSON.stringify(materialiseFleet(description, base, 1)[0]!.fingerprint);
    const kernel = JSON.stringify(base.scopes['host']!.facets.kernel);
    const cases: Array<[string, string]> = [
      [
        'a facet named twice (the last one counts)',
        reference.replace(`"kernel":${kernel}`, `"kernel":${kernel},"kernel":{"release":"other"}`),
      ],
      [
        'a remembered value under another facet’s name',
        reference.replace(`"kernel":${kernel}`, `"kernel":${JSON.stringify(base.scopes['host']!.facets.libc)}`),
      ],
      ['an escaped key on the way to the facets', reference.replace('"scopes":', '"sc\\u006fpes":')],
      ['a second "scopes" after the first', reference.replace(/}$/, `,"scopes":{}}`)],
      ['a __proto__ key in a facet', reference.replace(`"kernel":{`, `"kernel":{"__proto__":{"x":1},`)],
      ['cut off after a remembered facet', reference.slice(0, reference.indexOf(`"kernel":${kernel}`) + 10 + kernel.length)],
      ['junk after a remembered facet', reference.replace(`"kernel":${kernel}`, `"kernel":${kernel}x`)],
      ['junk after the document', `${reference} x`],
      ['a value that is not an object', reference.replace(`"kernel":${kernel}`, `"kernel":[${kernel}]`)],
      ['non-ASCII text in a facet', reference.replace(`"kernel":{`, `"kernel":{"note":"Grüße, 東京",`)],
      ['another schema version', reference.replace('envdiff.fingerprint/v1', 'envdiff.fingerprint/v9')],
      ['pretty-printed', serializeFingerprint(JSON.parse(reference) as Fingerprint)],
      ['empty', ''],
    ];
    it.each(cases)('%s', (_name, text) => {
      const remembered = new RememberedFacets();
      byBytes(reference, remembered);
      const { fast: _, ...outcome } = byBytes(text, remembered);
      expect(outcome).toEqual(plain(text));
    });

    it('uses the remembered object only where the very bytes recur', () => {
      const remembered = new RememberedFacets();
      const first = byBytes(reference, remembered) as { fingerprint: Fingerprint };
      const again = byBytes(reference.replace('"hostname":"runner-01"', '"hostname":"runner-99"'), remembered) as {
        fingerprint: Fingerprint;
        fast: boolean;
      };
      expect(again.fast).toBe(true);
      expect(again.fingerprint.hostname).toBe('runner-99');
      expect(again.fingerprint.scopes['host']!.facets.kernel).toBe(first.fingerprint.scopes['host']!.facets.kernel);
      const changed = byBytes(reference.replace(`"kernel":{`, `"kernel":{"extra":"1",`), remembered) as { fingerprint: Fingerprint };
      expect(changed.fingerprint.scopes['host']!.facets.kernel).not.toBe(first.fingerprint.scopes['host']!.facets.kernel);
      expect(changed.fingerprint.scopes['host']!.facets.kernel!['extra']).toBe('1');
    });
  });
});
