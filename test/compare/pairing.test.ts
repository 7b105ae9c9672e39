import { describe, expect, it } from 'vitest';
import { pairScopes, parsePairOption } from '../../src/compare/pairing.js';
import { UsageError } from '../../src/errors.js';
import type { Scope } from '../../src/fingerprint/types.js';
import { fingerprint } from '../diff/helpers.js';

const host = (): Scope => ({ kind: 'host', facets: { os: { id: 'debian' } }, probes: {} });
const image = (ref: string): Scope => ({
  kind: 'image',
  ref,
  facets: { os: { id: 'debian' }, images: { [ref]: { id: 'x' } } },
  probes: {},
});
const container = (imageRef: string): Scope => ({ kind: 'container', facets: { images: { [imageRef]: { id: 'x' } } }, probes: {} });

const pairs = (a: Record<string, Scope>, b: Record<string, Scope>, explicit: string[] = []) => {
  const result = pairScopes(fingerprint(a), fingerprint(b), explicit.map(parsePairOption));
  return {
    pairs: result.pairs.map((p) => `${p.a}=${p.b} as ${p.label} by ${p.by}`),
    unpaired: result.unpaired.map((u) => `${u.side}:${u.scope} (${u.facts})`),
  };
};

describe('pairScopes', () => {
  it.each<[string, Record<string, Scope>, Record<string, Scope>, string[], string[]]>([
    [
      'same names',
      { host: host(), 'image:debian:12': image('debian:12') },
      { host: host(), 'image:debian:12': image('debian:12') },
      ['host=host as host by name', 'image:debian:12=image:debian:12 as image:debian:12 by name'],
      [],
    ],
    [
      'containers by the image they run, whatever their random names',
      { 'container:keen_thompson': container('app:1'), 'container:x': container('db:1') },
      { 'container:agitated_haibt': container('app:1'), 'container:y': container('db:1') },
      [
        'container:keen_thompson=container:agitated_haibt as container:app:1 by image',
        'container:x=container:y as container:db:1 by image',
      ],
      [],
    ],
    [
      'images by repository when one each side',
      { host: host(), 'image:debian:12': image('debian:12') },
      { host: host(), 'image:debian:11': image('debian:11') },
      ['host=host as host by name', 'image:debian:12=image:debian:11 as image:debian by repository'],
      [],
    ],
    [
      'one image against another of another repository',
      { 'image:debian:12': image('debian:12') },
      { 'image:ubuntu:24.04': image('ubuntu:24.04') },
      ['image:debian:12=image:ubuntu:24.04 as image:debian:12=image:ubuntu:24.04 by only'],
      [],
    ],
    [
      'a host against an image when that is all each side holds',
      { host: host() },
      { 'image:debian:12': image('debian:12') },
      ['host=image:debian:12 as host=image:debian:12 by only'],
      [],
    ],
    [
      'never a host against an image when both sides have a host',
      { host: host() },
      { host: host(), 'image:debian:12': image('debian:12') },
      ['host=host as host by name'],
      ['b:image:debian:12 (2)'],
    ],
    [
      'two images of one repository on a side: ambiguous, left unpaired',
      { 'image:debian:12': image('debian:12'), 'image:debian:11': image('debian:11') },
      { 'image:debian:10': image('debian:10') },
      [],
      ['a:image:debian:11 (2)', 'a:image:debian:12 (2)', 'b:image:debian:10 (2)'],
    ],
  ])('%s', (_name, a, b, expectedPairs, expectedUnpaired) => {
    const result = pairs(a, b);
    expect(result.pairs.sort()).toEqual(expectedPairs.sort());
    expect(result.unpaired.sort()).toEqual(expectedUnpaired.sort());
  });

  it('--pair A=B comes first and may set a host against an image', () => {
    const result = pairs({ host: host() }, { host: host(), 'image:debian:12': image('debian:12') }, ['host=image:debian:12']);
    expect(result.pairs).toEqual(['host=image:debian:12 as host=image:debian:12 by explicit']);
    expect(result.unpaired).toEqual(['b:host (1)']);
  });

  it.each([
    ['host', /expected SCOPE_A=SCOPE_B/],
    ['=b', /expected SCOPE_A=SCOPE_B/],
    ['host=image:nope', /B has no scope "image:nope".*its scopes: host/],
  ])('--pair %s is a clear UsageError', (text, message) => {
    const run = () => pairScopes(fingerprint({ host: host() }), fingerprint({ host: host() }), [parsePairOption(text)]);
    expect(run).toThrow(UsageError);
    expect(run).toThrow(message);
  });
});
