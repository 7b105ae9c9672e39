/**
 * Which scope of A is compared with which scope of B. Pure.
 *
 * Container names are random (`container:keen_thompson`) and image refs differ
 * in their tag on purpose, so pairing by exact name alone turns one real change
 * into hundreds of added/removed rows. In order, first match wins:
 *   1. `--pair A=B` as given;
 *   2. the same scope name;
 *   3. container scopes running the same image;
 *   4. image scopes of the same repository, when it is the only one left on each side;
 *   5. the only non-host scope left on each side (one image against another);
 *   6. the only scope left on each side (a host against an image), unless both
 *      fingerprints have a host: a host is then never set against an image.
 * What is left is unpaired: one line each, never rows of added/removed.
 */
import { UsageError } from '../errors.js';
import type { Fingerprint, Scope } from '../fingerprint/types.js';
import { hostFirst } from '../diff/index.js';
import type { ScopePair, UnpairedScope } from './types.js';

export interface Pairing {
  pairs: ScopePair[];
  unpaired: UnpairedScope[];
}

/** `A=B` as given to `--pair`. */
export interface ExplicitPair {
  a: string;
  b: string;
}

export function parsePairOption(text: string): ExplicitPair {
  const i = text.indexOf('=');
  const a = i < 0 ? '' : text.slice(0, i).trim();
  const b = i < 0 ? '' : text.slice(i + 1).trim();
  if (a === '' || b === '')
    throw new UsageError(`--pair ${JSON.stringify(text)}: expected SCOPE_A=SCOPE_B, e.g. --pair host=image:debian:12`);
  return { a, b };
}

export function pairScopes(a: Fingerprint, b: Fingerprint, explicit: ExplicitPair[] = []): Pairing {
  const leftA = new Set(Object.keys(a.scopes).sort(hostFirst));
  const leftB = new Set(Object.keys(b.scopes).sort(hostFirst));
  const pairs: ScopePair[] = [];
  const take = (sa: string, sb: string, by: ScopePair['by'], label: string) => {
    leftA.delete(sa);
    leftB.delete(sb);
    pairs.push({ label, a: sa, b: sb, by });
  };

  for (const p of explicit) {
    for (const [side, name, left] of [
      ['A', p.a, leftA],
      ['B', p.b, leftB],
    ] as const) {
      if (!left.has(name)) {
        const known = Object.keys((side === 'A' ? a : b).scopes).join(', ');
        throw new UsageError(
          `--pair ${p.a}=${p.b}: ${side} has no scope ${JSON.stringify(name)} (or it is already paired); its scopes: ${known}`,
        );
      }
    }
    take(p.a, p.b, 'explicit', p.a === p.b ? p.a : `${p.a}=${p.b}`);
  }
  for (const name of [...leftA]) if (leftB.has(name)) take(name, name, 'name', name);

  // Containers by the image they run.
  for (const sa of [...leftA]) {
    const image = containerImage(a.scopes[sa]!);
    if (!image) continue;
    const sb = [...leftB].find((n) => containerImage(b.scopes[n]!) === image);
    if (sb) take(sa, sb, 'image', `container:${image}`);
  }
  // Images by repository, when the repository is unambiguous on both sides.
  for (const sa of [...leftA]) {
    const repo = imageRepository(a.scopes[sa]!, sa);
    if (!repo) continue;
    const onA = [...leftA].filter((n) => imageRepository(a.scopes[n]!, n) === repo);
    const onB = [...leftB].filter((n) => imageRepository(b.scopes[n]!, n) === repo);
    if (onA.length === 1 && onB.length === 1) take(sa, onB[0]!, 'repository', `image:${repo}`);
  }
  const nonHost = (left: Set<string>) => [...left].filter((n) => n !== 'host');
  const [oneA] = nonHost(leftA);
  const [oneB] = nonHost(leftB);
  if (nonHost(leftA).length === 1 && nonHost(leftB).length === 1 && oneA && oneB) take(oneA, oneB, 'only', `${oneA}=${oneB}`);
  const bothHaveHost = Object.hasOwn(a.scopes, 'host') && Object.hasOwn(b.scopes, 'host');
  if (leftA.size === 1 && leftB.size === 1) {
    const [sa] = leftA;
    const [sb] = leftB;
    const hostAgainstOther = (sa === 'host') !== (sb === 'host');
    if (sa && sb && !(hostAgainstOther && bothHaveHost)) take(sa, sb, 'only', `${sa}=${sb}`);
  }

  const unpaired: UnpairedScope[] = [
    ...[...leftA].map((scope) => ({ side: 'a' as const, scope, facts: factCount(a.scopes[scope]!) })),
    ...[...leftB].map((scope) => ({ side: 'b' as const, scope, facts: factCount(b.scopes[scope]!) })),
  ];
  return { pairs, unpaired };
}

/** The image a container scope runs: the one key of its `images` facet. */
function containerImage(scope: Scope): string | undefined {
  if (scope.kind !== 'container') return undefined;
  const refs = Object.keys(scope.facets.images ?? {});
  return refs.length === 1 ? refs[0] : undefined;
}

/** `debian` for `image:debian:12`, `registry:5000/team/app` for `image:registry:5000/team/app@sha256:…`. */
function imageRepository(scope: Scope, name: string): string | undefined {
  if (scope.kind !== 'image') return undefined;
  const ref = scope.ref ?? name.replace(/^image:/, '');
  const noDigest = ref.split('@')[0]!;
  const lastSlash = noDigest.lastIndexOf('/');
  const colon = noDigest.lastIndexOf(':');
  return colon > lastSlash ? noDigest.slice(0, colon) : noDigest;
}

function factCount(scope: Scope): number {
  let n = 0;
  for (const facet of Object.values(scope.facets)) n += facet ? Object.keys(facet).length : 0;
  return n;
}
