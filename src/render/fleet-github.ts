/**
 * `fleet --format github`: the fleet's verdict first, one `::error` annotation
 * with it when something sets runners apart, then the Markdown report between
 * stop-commands markers (no runner's captured value can act as a workflow
 * command), kept within GitHub's 1 MiB summary limit. Pure.
 */
import type { FleetAnalysis } from '../fleet/analyse.js';
import { fleetVerdict } from '../fleet/verdict.js';
import { renderFleet } from './fleet.js';
import { escapeData, GITHUB_SUMMARY_LIMIT } from './github.js';
import { sanitize } from './sanitize.js';

export interface FleetGithubOptions {
  top?: number;
  /** Random token for ::stop-commands:: (the caller draws it). */
  stopToken: string;
}

export function renderFleetGithub(analysis: FleetAnalysis, options: FleetGithubOptions): string {
  const verdict = sanitize(fleetVerdict(analysis));
  const lines = [verdict];
  if (analysis.findings.length > 0) lines.push(`::error title=envdiff fleet%3A most likely cause::${escapeData(verdict)}`);
  const markdown = capToBytes(
    renderFleet(analysis, 'markdown', options.top !== undefined ? { top: options.top } : {}),
    GITHUB_SUMMARY_LIMIT,
  );
  lines.push(`::stop-commands::${options.stopToken}`, markdown.trimEnd(), `::${options.stopToken}::`);
  return `${lines.join('\n')}\n`;
}

/** Whole lines while they fit, then a note; the findings come first, so the cut keeps the likeliest. */
function capToBytes(text: string, limit: number): string {
  if (Buffer.byteLength(text) <= limit) return text;
  const note = '\n_The report was cut here: GitHub limits a job summary to 1 MiB; use --top or --format json for all of it._\n';
  let used = Buffer.byteLength(note);
  const kept: string[] = [];
  for (const line of text.split('\n')) {
    const size = Buffer.byteLength(line) + 1;
    if (used + size > limit) break;
    kept.push(line);
    used += size;
  }
  return `${kept.join('\n')}${note}`;
}
