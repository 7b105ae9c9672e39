/**
 * Markdown for PR comments: a table of the top differences, then details
 * (reasons and quoted log lines) for each. Captured strings are sanitised and
 * Markdown/HTML specials escaped, so a value can neither inject markup nor
 * break the table.
 */
import type { Comparison } from '../compare/types.js';
import type { RankedDifference } from '../rank/types.js';
import { contextLines, countLine, location, type ReportOptions, score, shownDifferences, sideName } from './common.js';
import { shownReasons } from './reasons.js';
import { escapeMarkdown as md } from './sanitize.js';

export interface MarkdownOptions extends ReportOptions {
  /** Rows in the table and detail sections (default 10). */
  top?: number;
}

export const DEFAULT_MARKDOWN_TOP = 10;

export function renderMarkdown(comparison: Comparison, options: MarkdownOptions = {}): string {
  const top = options.top ?? DEFAULT_MARKDOWN_TOP;
  const out: string[] = [];
  out.push(`### envdiff: ${countLine(comparison, options)}`, '');
  out.push(`- **A** (works): ${md(sideName(comparison.a))}`);
  out.push(`- **B** (fails): ${md(sideName(comparison.b))}`);
  if (comparison.log) out.push(`- **log**: ${md(comparison.log.file)} (${comparison.log.lines} lines)`);
  for (const line of contextLines(comparison)) out.push(`- ${md(line)}`);
  const { shown: all } = shownDifferences(comparison, options);
  const shown = all.slice(0, top);
  if (shown.length > 0) {
    out.push('', '| # | score | difference | change | why |', '|---:|---:|---|---|---|');
    for (const d of shown) {
      const first = shownReasons(d)[0];
      const why = first ? md(first.text) : '';
      const tag = d.detail?.volatile ? ' (volatile)' : '';
      out.push(`| ${d.rank} | ${score(d)} | ${md(location(d))}${tag} | ${md(d.summary)} | ${why} |`);
    }
    out.push('', '<details><summary>Reasons</summary>', '');
    for (const d of shown) out.push(...details(d));
    out.push('</details>');
  }
  const hidden = all.length - shown.length;
  if (hidden > 0)
    out.push('', `_${hidden} more difference${hidden === 1 ? '' : 's'} not shown; run \`envdiff compare --format text\` for all._`);
  return `${out.join('\n')}\n`;
}

function details(d: RankedDifference): string[] {
  const lines = [`**${d.rank}. ${md(location(d))}** — ${md(d.summary)}`, ''];
  if (d.detail?.also?.length) lines.push(`- also: ${md(d.detail.also.join(', '))}`);
  for (const r of shownReasons(d)) {
    lines.push(`- ${md(r.source)}: ${md(r.text)}`);
    if (r.quote) lines.push(`  > line ${r.quote.number}: ${md(r.quote.text)}`);
  }
  lines.push('');
  return lines;
}
