/** Pieces shared by the text and markdown renderers. */
import type { ComparedSide, Comparison } from '../compare/types.js';
import type { RankedDifference } from '../rank/types.js';

export interface ReportOptions {
  /** Show volatile differences too (free disk jitter, hostnames, run ids). Default: hidden, counted. */
  all?: boolean;
}

/** "ci-runner-7 (a.json)" or "a.json" — how a side is named in headings. */
export function sideName(side: ComparedSide): string {
  const name = side.label ?? side.hostname;
  return name ? `${name} (${side.file})` : side.file;
}

/** "host › packages › libc6" */
export function location(d: Pick<RankedDifference, 'scope' | 'facet' | 'key'>): string {
  return `${d.scope} › ${d.facet} › ${d.key}`;
}

/** Differences that count: everything but volatile facts. The exit status is theirs. */
export function meaningful(comparison: Comparison): RankedDifference[] {
  return comparison.differences.filter((d) => !d.detail?.volatile);
}

/** The differences a report shows, and how many volatile ones it leaves out. */
export function shownDifferences(comparison: Comparison, options: ReportOptions): { shown: RankedDifference[]; hidden: number } {
  if (options.all) return { shown: comparison.differences, hidden: 0 };
  const shown = meaningful(comparison);
  return { shown, hidden: comparison.differences.length - shown.length };
}

export function countLine(comparison: Comparison, options: ReportOptions = {}): string {
  const n = meaningful(comparison).length;
  const volatile = comparison.differences.length - n;
  const head = n === 0 ? 'no meaningful differences' : `${n} difference${n === 1 ? '' : 's'}`;
  if (volatile === 0) return head;
  return options.all ? `${head} (+${volatile} volatile shown)` : `${head} (${volatile} volatile hidden; --all shows them)`;
}

/**
 * What was compared with what, and what was not: scope pairs whose names differ,
 * scopes on one side only (one line each, never rows of removed keys), and facets
 * not captured on a side, grouped by scope and status.
 */
export function contextLines(comparison: Comparison): string[] {
  const lines: string[] = [];
  for (const p of comparison.pairs) {
    if (p.a !== p.b) lines.push(`compared ${p.a} (A) with ${p.b} (B) as ${p.label} (${pairedBy(p.by)})`);
  }
  for (const u of comparison.unpaired) {
    const side = u.side === 'a' ? 'A' : 'B';
    lines.push(
      `warning: scope ${u.scope} only on ${side} (${u.facts} fact${u.facts === 1 ? '' : 's'}); not compared — pair it with --pair`,
    );
  }
  const groups = new Map<string, string[]>();
  for (const n of comparison.notCompared) {
    const where = [n.a !== 'ok' ? `A ${n.a}` : '', n.b !== 'ok' ? `B ${n.b}` : ''].filter(Boolean).join(', ');
    const key = `${n.scope}: ${where}`;
    groups.set(key, [...(groups.get(key) ?? []), n.facet]);
  }
  if (groups.size > 0) {
    lines.push(`not compared: ${[...groups].map(([where, facets]) => `${facets.join(', ')} (${where})`).join('; ')}`);
  }
  return lines;
}

function pairedBy(by: Comparison['pairs'][number]['by']): string {
  switch (by) {
    case 'explicit':
      return '--pair';
    case 'image':
      return 'same image';
    case 'repository':
      return 'same repository';
    case 'only':
      return 'the only scope on each side';
    case 'name':
      return 'same name';
  }
}

export function score(d: RankedDifference): string {
  return d.score.toFixed(2);
}
