/**
 * JSON for scripts: schema "envdiff.comparison/v1", documented in
 * docs/json-output.md. Values are raw (JSON escaping makes them safe); key order
 * and presence are fixed so output is stable: absent sides are `null`, not missing.
 */
import { VERSION } from '../version.js';
import type { ComparedSide, Comparison } from '../compare/types.js';
import type { RankedDifference } from '../rank/types.js';

export const COMPARISON_SCHEMA = 'envdiff.comparison/v1';

export function renderJson(comparison: Comparison): string {
  let text = '';
  for (const piece of jsonReport(comparison)) text += piece;
  return text;
}

/**
 * The same document in pieces (everything before the differences, then one
 * difference at a time), exactly as JSON.stringify(doc, null, 2) writes it, so that a
 * command can write 100k differences (~80 MB of JSON) without holding them as one string.
 */
export function* jsonReport(comparison: Comparison): Generator<string> {
  const doc = {
    schema: COMPARISON_SCHEMA,
    tool: { name: 'envdiff', version: VERSION },
    sides: { a: sideJson(comparison.a), b: sideJson(comparison.b) },
    log: comparison.log ? { file: comparison.log.file, lines: comparison.log.lines } : null,
    counts: {
      differences: comparison.differences.length,
      volatile: comparison.differences.filter((d) => d.detail?.volatile).length,
      meaningful: comparison.differences.filter((d) => !d.detail?.volatile).length,
    },
    pairs: comparison.pairs.map((p) => ({ scope: p.label, a: p.a, b: p.b, by: p.by })),
    unpaired: comparison.unpaired.map((u) => ({ side: u.side, scope: u.scope, facts: u.facts })),
    notCompared: comparison.notCompared.map((n) => ({ scope: n.scope, facet: n.facet, a: n.a, b: n.b, reason: n.reason ?? null })),
    differences: [],
  };
  // `differences` is the last member: the text before its `[]` is the head as is.
  const head = JSON.stringify(doc, null, 2);
  if (comparison.differences.length === 0) {
    yield `${head}\n`;
    return;
  }
  yield `${head.slice(0, -'[]\n}'.length)}[\n`;
  let first = true;
  for (const d of comparison.differences) {
    // JSON never holds a raw newline inside a string: every one is indentation's.
    yield `${first ? '' : ',\n'}    ${JSON.stringify(differenceJson(d), null, 2).replaceAll('\n', '\n    ')}`;
    first = false;
  }
  yield '\n  ]\n}\n';
}

function sideJson(side: ComparedSide) {
  return { file: side.file, label: side.label ?? null, hostname: side.hostname, capturedAt: side.capturedAt, scopes: side.scopes };
}

function differenceJson(d: RankedDifference) {
  return {
    rank: d.rank,
    score: Math.round(d.score * 1e4) / 1e4,
    scope: d.scope,
    facet: d.facet,
    key: d.key,
    kind: d.kind,
    summary: d.summary,
    a: d.a ?? null,
    b: d.b ?? null,
    detail: d.detail ?? {},
    reasons: d.reasons.map((r) => ({
      source: r.source,
      text: r.text,
      signature: r.signature ?? null,
      quote: r.quote ? { number: r.quote.number, text: r.quote.text } : null,
    })),
  };
}
