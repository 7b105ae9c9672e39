/**
 * A test's expected and actual output holding the same lines in another order:
 * a diff that removes a line in one place and adds it, unchanged, in another.
 * Sorted output moves like that when the collation changes (`sort`, `ls`,
 * glob expansion and locale-aware comparisons follow LC_COLLATE: a Czech locale
 * sorts "ch" after "h", C sorts capitals first), so that is a locale difference,
 * whatever the test is. Line evidence no single-line signature can see. Pure.
 */
import type { LogLine } from './log.js';
import type { Signature } from './signature-types.js';

export const SORT_ORDER: Signature = {
  id: 'sort-order-differs',
  // Found by findReordered over a diff's lines, never by the signature scan.
  anchors: [],
  patterns: [],
  implicates: [
    {
      facet: 'locale',
      key: /^(?:LANG|LC_ALL|LC_COLLATE|LANGUAGE)$/,
      weight: 0.7,
      anyDirection: true,
      why: 'expected and actual output hold the same lines in another order: B sorts by another locale',
    },
    { facet: 'env', key: /^(?:LANG|LC_ALL|LC_COLLATE|LANGUAGE)$/, weight: 0.7, anyDirection: true },
  ],
  tokens: [],
  meaning: 'the output holds the same lines in another order',
};

/** Lines read, from the end: diffs of test output are short. */
const MAX_LINES = 50_000;
/** How far apart a line's removal and its re-addition may be to belong to one diff. */
const WINDOW = 200;
/** A diff's own lines: file headers, unified hunk headers, normal diff commands ("46a47", "52d52"). */
const DIFF_HEADER = /^(?:---|\+\+\+|@@ -\d|\d+(?:,\d+)?[acd]\d+(?:,\d+)?$)/;
const PYTEST_PREFIX = /^E {3,}/;
/** A moved line worth the name: some letters, not a blank or a brace. */
const CONTENT = /[A-Za-z_]{3}/;

type Side = 'removed' | 'added';

/** "-x" / "< x" / "+x" / "> x": the side and the line as the compared output held it. */
function marked(body: string): { side: Side; content: string } | undefined {
  const text = body.replace(PYTEST_PREFIX, '').trimStart();
  if (DIFF_HEADER.test(text)) return undefined;
  const m = /^(?:([-+])|([<>]) )/.exec(text);
  if (!m) return undefined;
  const side: Side = m[1] === '-' || m[2] === '<' ? 'removed' : 'added';
  return { side, content: text.slice(m[0].length) };
}

/**
 * The added line of the first line a diff moves: removed and added with the same text, with other
 * lines between the two. Adjacent removed-then-added runs of the same text are a change the eye
 * cannot see (line endings, trailing blanks), not an order, and are left alone.
 */
export function findReordered(lines: readonly LogLine[]): LogLine | undefined {
  let inDiff = false;
  // Segment: runs of marked lines not broken by any other line; the pair must be in different ones.
  let segment = 0;
  const seen = new Map<string, { side: Side; segment: number; index: number }>();
  for (let i = Math.max(0, lines.length - MAX_LINES); i < lines.length; i++) {
    const body = lines[i]!.body;
    if (DIFF_HEADER.test(body.replace(PYTEST_PREFIX, '').trimStart())) inDiff = true;
    const line = inDiff ? marked(body) : undefined;
    if (!line) {
      segment++;
      continue;
    }
    if (!CONTENT.test(line.content)) continue;
    const twin = seen.get(line.content);
    if (twin && twin.side !== line.side && twin.segment !== segment && i - twin.index <= WINDOW)
      return line.side === 'added' ? lines[i] : lines[twin.index];
    if (!twin || twin.side === line.side) seen.set(line.content, { side: line.side, segment, index: i });
  }
  return undefined;
}
