/**
 * Plain text for CI logs and terminals: a heading, what was compared with what,
 * then the ranked list — rank, score, scope › facet › key, the one-line summary,
 * and the reasons with quoted log lines and their numbers. Every captured string
 * is sanitised; colour (ANSI) only when asked for (a terminal without NO_COLOR).
 */
import type { Comparison } from '../compare/types.js';
import type { RankedDifference } from '../rank/types.js';
import { contextLines, countLine, location, type ReportOptions, score, shownDifferences, sideName } from './common.js';
import { shownReasons } from './reasons.js';
import { sanitize } from './sanitize.js';

export interface TextOptions extends ReportOptions {
  /** Show at most this many differences in full (default: all). */
  limit?: number;
  /** ANSI colour (the command decides: a terminal, NO_COLOR unset). */
  colour?: boolean;
}

type Paint = (code: string, text: string) => string;

export function renderText(comparison: Comparison, options: TextOptions = {}): string {
  let text = '';
  for (const piece of textReport(comparison, options)) text += piece;
  return text;
}

/**
 * The same report in pieces (the heading, then one difference at a time), so that
 * a command can write a report of 100k differences without ever holding all of it:
 * as one string that was ~100 MB at 100k differences.
 */
export function* textReport(comparison: Comparison, options: TextOptions = {}): Generator<string> {
  const paint: Paint = options.colour ? (code, text) => `\u001b[${code}m${text}\u001b[0m` : (_code, text) => text;
  const head: string[] = [];
  head.push(`envdiff: ${paint('1', countLine(comparison, options))}`);
  head.push(`  A (works): ${sanitize(sideName(comparison.a))}`);
  head.push(`  B (fails): ${sanitize(sideName(comparison.b))}`);
  if (comparison.log) head.push(`  log: ${sanitize(comparison.log.file)} (${comparison.log.lines} lines)`);
  for (const line of contextLines(comparison)) head.push(`  ${line.startsWith('warning:') ? paint('33', sanitize(line)) : sanitize(line)}`);
  yield `${head.join('\n')}\n`;
  const { shown: all } = shownDifferences(comparison, options);
  const shown = options.limit === undefined ? all : all.slice(0, options.limit);
  // A loop, not Math.max(...ranks): spreading ~150k arguments overflows the stack.
  let most = 0;
  for (const d of shown) if (d.rank > most) most = d.rank;
  const width = String(most).length;
  for (const d of shown) yield `\n${differenceLines(d, width, paint).join('\n')}\n`;
  const hidden = all.length - shown.length;
  if (hidden > 0) yield `\n... and ${hidden} more difference${hidden === 1 ? '' : 's'}\n`;
}

const KIND_COLOUR: Record<RankedDifference['kind'], string> = { added: '32', removed: '31', changed: '33', moved: '36' };

function differenceLines(d: RankedDifference, width: number, paint: Paint): string[] {
  const indent = ' '.repeat(width + 2);
  const tag = d.detail?.volatile ? paint('2', '  [volatile]') : '';
  const scoreText = paint(d.score >= 0.7 ? '31;1' : d.score >= 0.4 ? '33' : '2', score(d));
  const lines = [
    `${String(d.rank).padStart(width)}. ${scoreText}  ${paint('1', sanitize(location(d)))}${tag}`,
    `${indent}${paint(KIND_COLOUR[d.kind], sanitize(d.summary))}`,
  ];
  if (d.detail?.also?.length) lines.push(`${indent}- also: ${sanitize(d.detail.also.join(', '))}`);
  for (const r of shownReasons(d)) {
    lines.push(`${indent}- ${r.source}: ${sanitize(r.text)}`);
    if (r.quote) lines.push(`${indent}    ${paint('2', `line ${r.quote.number}:`)} ${sanitize(r.quote.text)}`);
  }
  return lines;
}
