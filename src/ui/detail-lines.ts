/**
 * The detail pane's content as a flat list of styled, width-fitted lines. Being a
 * list makes scrolling (PgUp/PgDn) a slice, and keeps the component trivial.
 */
import { basename } from 'node:path';
import type { Comparison, ComparedSide } from '../compare/types.js';
import type { RankedDifference, Reason } from '../rank/types.js';
import { shownReasons } from '../render/reasons.js';
import { sanitize } from '../render/sanitize.js';
import { kindLabel, pathLabel } from './labels.js';
import { displayWidth, wrap } from './text-layout.js';
import type { Tone } from './theme.js';
import { kindTone } from './theme.js';
import { unifiedDiff } from './value-diff.js';
import { isMultiLine, valueLines } from './value-lines.js';

export interface StyledLine {
  text: string;
  tone?: Tone;
  bold?: boolean;
}

const INDENT = '  ';

export function sideLabel(side: ComparedSide): string {
  const parts = [side.label, side.hostname].filter((p): p is string => Boolean(p)).map((p) => sanitize(p));
  return [...new Set(parts)].join(' · ');
}

/** Wrap `text` after a `lead` (e.g. "  • "), continuation lines indented under the text. */
function hang(lead: string, text: string, width: number, tone?: Tone): StyledLine[] {
  const pad = ' '.repeat(displayWidth(lead));
  return wrap(text, Math.max(10, width - pad.length)).map((part, i) => ({ text: (i === 0 ? lead : pad) + part, tone }));
}

function block(lines: readonly string[], width: number, tone?: Tone): StyledLine[] {
  return lines.flatMap((line) => hang(INDENT, line, width, tone));
}

function reasonLines(reason: Reason, logName: string, width: number): StyledLine[] {
  const out = hang(`${INDENT}• [${reason.source}] `, sanitize(reason.text), width);
  if (reason.quote) {
    out.push(...hang(`${INDENT}    ${logName}:${reason.quote.number} │ `, sanitize(reason.quote.text), width, 'muted'));
  }
  return out;
}

export function detailLines(difference: RankedDifference, comparison: Comparison, width: number): StyledLine[] {
  const lines: StyledLine[] = [];
  const logName = comparison.log ? sanitize(basename(comparison.log.file)) : 'log';
  lines.push(...wrap(`#${difference.rank}  ${pathLabel(difference)}`, width).map((text) => ({ text, bold: true })));
  lines.push(
    ...wrap(`${kindLabel(difference)} · score ${difference.score.toFixed(2)} · ${sanitize(difference.summary)}`, width).map((text) => ({
      text,
      tone: kindTone(difference.kind),
    })),
  );
  if (difference.detail?.also?.length) {
    lines.push(...hang('also the same fact: ', sanitize(difference.detail.also.join(', ')), width, 'muted'));
  }
  const aLines = valueLines(difference.a);
  const bLines = valueLines(difference.b);
  lines.push({ text: '' }, { text: `A (works) ${sideLabel(comparison.a)}`, tone: 'accent', bold: true }, ...block(aLines, width));
  lines.push({ text: '' }, { text: `B (fails) ${sideLabel(comparison.b)}`, tone: 'accent', bold: true }, ...block(bLines, width));
  // A diff of a value against nothing would only repeat the value: only when both sides have one.
  if (difference.a !== undefined && difference.b !== undefined && isMultiLine(difference.a, difference.b)) {
    const diff = unifiedDiff(aLines, bLines);
    if (diff.length > 0) {
      lines.push({ text: '' }, { text: 'Diff A → B', tone: 'accent', bold: true });
      for (const d of diff) {
        const tone: Tone | undefined =
          d.kind === 'add' ? 'diff-add' : d.kind === 'del' ? 'diff-del' : d.kind === 'hunk' ? 'diff-hunk' : undefined;
        lines.push(...block([d.text], width, tone));
      }
    }
  }
  lines.push(
    { text: '' },
    { text: difference.reasons.length > 0 ? 'Why it ranks here' : 'Why it ranks here: no reason recorded', tone: 'accent', bold: true },
  );
  for (const reason of shownReasons(difference)) lines.push(...reasonLines(reason, logName, width));
  return lines;
}
