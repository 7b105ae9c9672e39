/**
 * `--format github`: what a GitHub Actions user reads — the job summary (GFM
 * Markdown for $GITHUB_STEP_SUMMARY) and workflow commands for the log
 * (`::error` with the top cause, next to the failed step). GitHub's limits are
 * kept here: a step's summary is at most 1 MiB (rows are cut by rank and the
 * summary says so) and at most 10 annotations are emitted. Pure: the stop-commands
 * token and the budget are inputs.
 */
import type { Comparison } from '../compare/types.js';
import type { RankedDifference } from '../rank/types.js';
import { contextLines, countLine, location, type ReportOptions, score, shownDifferences, sideName } from './common.js';
import { escapeMarkdown as md, sanitize } from './sanitize.js';
import { changePhrase, clip, topCause, verdictLine } from './verdict.js';

/** GitHub refuses a step summary larger than this ("upload aborted"). */
export const GITHUB_SUMMARY_LIMIT = 1024 * 1024;
/** GitHub shows at most 10 error (and 10 warning) annotations per step. */
export const GITHUB_ANNOTATION_LIMIT = 10;
const DEFAULT_GITHUB_TOP = 10;
/** Further differences are annotated (as warnings) only when this likely. */
const WARNING_SCORE = 0.5;
// A single value (a 10k-entry PATH, a package description) must not eat the summary.
const MAX_CELL_CHARS = 200;
const MAX_REASON_CHARS = 500;
// Room kept for the closing tags and the note saying what was left out.
const TAIL_RESERVE = 600;

export interface GithubOptions extends ReportOptions {
  /** Differences in the visible table with their reasons (default 10); the rest go in a collapsed table. */
  top?: number;
  /** Byte budget of the summary (default 1 MiB; less when appending to a summary that already has content). */
  maxBytes?: number;
  /** Where the full report is, named in the truncation note. */
  reportPath?: string;
}

export interface GithubReport {
  verdict: string;
  /** Job-summary Markdown, at most `maxBytes` bytes of UTF-8. */
  summary: string;
  /** Workflow command lines (no newline), at most 10. */
  annotations: string[];
  /** Differences the summary left out to stay within its budget. */
  omitted: number;
}

export function renderGithub(comparison: Comparison, options: GithubOptions = {}): GithubReport {
  const verdict = verdictLine(comparison);
  const { summary, omitted } = renderSummary(comparison, verdict, options);
  return { verdict, summary, annotations: annotations(comparison, verdict), omitted };
}

/**
 * What `compare --format github` prints: the verdict, the annotations, then the
 * summary between stop-commands markers so no captured line in it can be read
 * by the runner as a workflow command.
 */
export function renderGithubLog(report: GithubReport, stopToken: string, withSummary: boolean): string {
  const lines = [report.verdict, ...report.annotations];
  if (withSummary) lines.push(`::stop-commands::${stopToken}`, report.summary.trimEnd(), `::${stopToken}::`);
  return `${lines.join('\n')}\n`;
}

// ---- workflow commands ---------------------------------------------------------

/** A command's message: `%`, CR and LF are encoded (GitHub's toCommandValue rules). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A command's property value: as data, plus `:` and `,`, which delimit properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function workflowCommand(command: 'error' | 'warning' | 'notice', properties: Record<string, string>, message: string): string {
  const props = Object.entries(properties)
    .map(([k, v]) => `${k}=${escapeProperty(sanitize(v))}`)
    .join(',');
  return `::${command}${props ? ` ${props}` : ''}::${escapeData(sanitize(message))}`;
}

function annotations(comparison: Comparison, verdict: string): string[] {
  const top = topCause(comparison);
  if (!top) return [];
  const why = top.reasons[0]?.text;
  const out = [
    workflowCommand('error', { title: 'envdiff: most likely cause' }, why ? `${verdict}. ${clip(why, MAX_REASON_CHARS)}` : verdict),
  ];
  for (const d of comparison.differences) {
    if (out.length >= GITHUB_ANNOTATION_LIMIT) break;
    if (d === top || d.detail?.volatile || d.score < WARNING_SCORE) continue;
    out.push(
      workflowCommand(
        'warning',
        { title: `envdiff: also different (#${d.rank})` },
        `${location(d)} — ${changePhrase(d)} (${score(d)})${d.reasons[0] ? `. ${clip(d.reasons[0].text, MAX_REASON_CHARS)}` : ''}`,
      ),
    );
  }
  return out;
}

// ---- job summary -----------------------------------------------------------------

/** Lines added only while they fit the byte budget. */
class Budget {
  readonly lines: string[] = [];
  private used = 0;
  constructor(private readonly limit: number) {}
  /** Add all of `lines` or none of them; false when they do not fit. */
  add(...lines: string[]): boolean {
    const size = lines.reduce((n, l) => n + Buffer.byteLength(l, 'utf8') + 1, 0);
    if (this.used + size > this.limit) return false;
    this.lines.push(...lines);
    this.used += size;
    return true;
  }
  force(...lines: string[]): void {
    for (const l of lines) {
      this.lines.push(l);
      this.used += Buffer.byteLength(l, 'utf8') + 1;
    }
  }
}

function renderSummary(comparison: Comparison, verdict: string, options: GithubOptions): { summary: string; omitted: number } {
  const limit = Math.max(0, options.maxBytes ?? GITHUB_SUMMARY_LIMIT);
  const top = options.top ?? DEFAULT_GITHUB_TOP;
  const budget = new Budget(Math.max(0, limit - TAIL_RESERVE));
  const head = [`### envdiff: ${md(countLine(comparison, options))}`, '', `**${md(verdict)}**`, ''];
  head.push(`- **A** (works): ${md(clip(sideName(comparison.a), MAX_CELL_CHARS))}`);
  head.push(`- **B** (fails): ${md(clip(sideName(comparison.b), MAX_CELL_CHARS))}`);
  if (comparison.log) head.push(`- **log**: ${md(clip(comparison.log.file, MAX_CELL_CHARS))} (${comparison.log.lines} lines)`);
  for (const line of contextLines(comparison)) head.push(`- ${md(clip(line, MAX_REASON_CHARS))}`);
  // Volatile facts (hostnames, run ids, free disk) are counted in the heading, shown only with --all.
  const differences = shownDifferences(comparison, options).shown;
  if (!budget.add(...head)) return { summary: '', omitted: differences.length };

  const shown = differences.slice(0, top);
  const rest = differences.slice(top);
  let included = 0;
  if (shown.length > 0 && budget.add('', '| # | score | difference | change | why |', '|---:|---:|---|---|---|')) {
    for (const d of shown) {
      if (!budget.add(row(d, true))) break;
      included++;
    }
    const explained = shown.slice(0, included);
    if (explained.length > 0 && budget.add('', '<details><summary>Reasons</summary>', '')) {
      for (const d of explained) if (!budget.add(...details(d))) break;
      budget.force('</details>');
    }
  }
  if (included === shown.length && rest.length > 0) {
    const heading = `<details><summary>${rest.length} more difference${rest.length === 1 ? '' : 's'}, by rank</summary>`;
    if (budget.add('', heading, '', '| # | score | difference | change |', '|---:|---:|---|---|')) {
      for (const d of rest) {
        if (!budget.add(row(d, false))) break;
        included++;
      }
      budget.force('', '</details>');
    }
  }
  const omitted = differences.length - included;
  if (omitted > 0) {
    const where = options.reportPath ? `; the full report is in ${md(clip(options.reportPath, MAX_CELL_CHARS))}` : '';
    budget.force(
      '',
      `_${omitted} lower-ranked difference${omitted === 1 ? '' : 's'} left out: GitHub limits a job summary to 1 MiB${where}._`,
    );
  }
  return { summary: `${budget.lines.join('\n')}\n`, omitted };
}

function row(d: RankedDifference, withWhy: boolean): string {
  const tag = d.detail?.volatile ? ' (volatile)' : '';
  const cells = [String(d.rank), score(d), `${md(clip(location(d), MAX_CELL_CHARS))}${tag}`, md(clip(d.summary, MAX_CELL_CHARS))];
  if (withWhy) cells.push(d.reasons[0] ? md(clip(d.reasons[0].text, MAX_REASON_CHARS)) : '');
  return `| ${cells.join(' | ')} |`;
}

function details(d: RankedDifference): string[] {
  const lines = [`**${d.rank}. ${md(clip(location(d), MAX_CELL_CHARS))}** — ${md(clip(d.summary, MAX_CELL_CHARS))}`, ''];
  for (const r of d.reasons) {
    lines.push(`- ${md(r.source)}: ${md(clip(r.text, MAX_REASON_CHARS))}`);
    if (r.quote) lines.push(`  > line ${r.quote.number}: ${md(clip(r.quote.text, MAX_REASON_CHARS))}`);
  }
  lines.push('');
  return lines;
}
