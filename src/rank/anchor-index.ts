/**
 * Which failure signatures a log line could match, found from the anchors it contains in one pass over the line.
 * Most lines contain no anchor; a line that does ("error", "failed") used to be tried against every signature's
 * anchors in turn, which was most of the time a 35 MB log took. Pure.
 */
import { lineMatches, type Signature } from './signatures.js';

export interface AnchorIndex {
  /** The signatures, in their order, that match a line body (`lower` its lower case). */
  matching(body: string, lower: string): Signature[];
}

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Anchors that contain a shorter one are left out of the expression (the shorter admits their lines). That keeps the
 * alternation small: past about 1,370 alternatives V8 runs it an order of magnitude slower (1,381 anchors took 13x
 * as long on a 35 MB log as 921). It also means no two kept anchors start at the same place in a line (one would
 * contain the other), so stepping one character past each match finds every kept anchor the line contains.
 */
export function indexAnchors(signatures: readonly Signature[]): AnchorIndex {
  const kept: string[] = [];
  for (const anchor of [...new Set(signatures.flatMap((s) => s.anchors))].sort((a, b) => a.length - b.length))
    if (!kept.some((shorter) => anchor.includes(shorter))) kept.push(anchor);
  // A signature is a candidate wherever a kept anchor inside one of its own anchors shows up.
  const candidates = new Map<string, number[]>(kept.map((k) => [k, []]));
  signatures.forEach((signature, position) => {
    for (const k of kept) if (signature.anchors.some((a) => a.includes(k))) candidates.get(k)!.push(position);
  });
  const anyAnchor = new RegExp(kept.map(escaped).join('|'), 'g');
  return {
    matching(body, lower) {
      anyAnchor.lastIndex = 0;
      let found = anyAnchor.exec(lower);
      if (found === null) return [];
      const positions = new Set<number>();
      while (found !== null) {
        for (const position of candidates.get(found[0])!) positions.add(position);
        anyAnchor.lastIndex = found.index + 1;
        found = anyAnchor.exec(lower);
      }
      return [...positions]
        .sort((a, b) => a - b)
        .map((position) => signatures[position]!)
        .filter((signature) => lineMatches(signature, body, lower));
    },
  };
}
