/**
 * The evaluation report `npm run eval` prints: the whole set's top-1/top-3 first
 * (scripts read those two lines), then train and test when the folder is split,
 * recall per expected facet, the calibration table, and the misses. Test misses
 * are listed only on request: tuning looks at train misses alone.
 */
import { sanitize } from '../render/sanitize.js';
import { type CaseResult, type Evaluation, summarizeResults } from './evaluate.js';

export interface ReportOptions {
  dir: string;
  base: string;
  decoys: number;
  /** List the test cases' misses too (never while tuning). */
  testMisses?: boolean;
  /** Cases measured on arrival (eval/arrivals.json): their score through today's map, and whether they were right. */
  arrivals?: ScoredCase[];
}

/** A first-ranked difference's score and whether it was the expected one. */
export interface ScoredCase {
  score: number;
  right: boolean;
}

/** Score buckets of the calibration table: [lower, upper). */
const BUCKETS = [0, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001];

export function formatEvaluation(evaluation: Evaluation, from: ReportOptions): string {
  const lines = [
    `scenarios: ${evaluation.total} cases from ${from.dir} (+${from.decoys} decoys each), base ${from.base}`,
    `top-1: ${ratio(evaluation.top1, evaluation.total)}`,
    `top-3: ${ratio(evaluation.top3, evaluation.total)}`,
  ];
  const split = evaluation.results.some((r) => r.split !== undefined);
  if (split) {
    for (const name of ['train', 'test'] as const) {
      const part = summarizeResults(evaluation.results.filter((r) => r.split === name));
      lines.push(`${name}: ${part.total} cases, top-1 ${ratio(part.top1, part.total)}, top-3 ${ratio(part.top3, part.total)}`);
    }
  }
  const scored = (results: CaseResult[]): ScoredCase[] => results.map((r) => ({ score: r.top[0]?.score ?? 0, right: r.rank === 1 }));
  lines.push('', ...facetTable(evaluation.results, split), '', ...calibrationTable(scored(evaluation.results), 'all cases'));
  if (split) lines.push(...calibrationTable(scored(evaluation.results.filter((r) => r.split === 'test')), 'test cases').slice(1));
  // The honest one: cases ranked once on arrival, before any tuning on them (eval/arrivals.json).
  if (from.arrivals && from.arrivals.length > 0) lines.push(...calibrationTable(from.arrivals, 'on arrival').slice(1));
  lines.push('');
  const shown = evaluation.results.filter((r) => r.rank !== 1 && (from.testMisses || r.split !== 'test'));
  const hidden = evaluation.results.filter((r) => r.rank !== 1).length - shown.length;
  const note = hidden > 0 ? ` (+${hidden} test misses not listed; --test-misses lists them)` : '';
  lines.push(shown.length === 0 ? `misses: none${note}` : `misses (${shown.length})${note}:`);
  for (const miss of shown) lines.push(...formatMiss(miss));
  return `${lines.map((l) => sanitize(l)).join('\n')}\n`;
}

function ratio(n: number, total: number): string {
  return `${n}/${total} (${total === 0 ? '-' : `${((100 * n) / total).toFixed(1)} %`})`;
}

/** Recall per expected facet: how often a case expecting this facet was right at 1 and within 3. */
function facetTable(results: CaseResult[], split: boolean): string[] {
  const byFacet = new Map<string, CaseResult[]>();
  for (const r of results) {
    const facet = r.expect[0]?.facet ?? '?';
    byFacet.set(facet, [...(byFacet.get(facet) ?? []), r]);
  }
  const head = split ? 'facet         cases  top-1  top-3  (train top-1 | test top-1)' : 'facet         cases  top-1  top-3';
  const out = ['per facet (first expected facet):', head];
  for (const [facet, rs] of [...byFacet].sort((x, y) => y[1].length - x[1].length || (x[0] < y[0] ? -1 : 1))) {
    const s = summarizeResults(rs);
    let row = `${facet.padEnd(13)} ${String(s.total).padStart(5)}  ${pct(s.top1, s.total).padStart(5)}  ${pct(s.top3, s.total).padStart(5)}`;
    if (split) {
      const part = (name: string) => {
        const p = summarizeResults(rs.filter((r) => r.split === name));
        return `${p.top1}/${p.total}`;
      };
      row += `  (${part('train')} | ${part('test')})`;
    }
    out.push(row);
  }
  return out;
}

function pct(n: number, total: number): string {
  return total === 0 ? '-' : `${Math.round((100 * n) / total)}%`;
}

/** Score of the first-ranked difference -> how often it was the expected one. */
export function calibrationTable(cases: ScoredCase[], label: string): string[] {
  const out = ['calibration (score of the first-ranked difference -> how often it was right):', `score        cases  right  (${label})`];
  for (let i = 0; i < BUCKETS.length - 1; i++) {
    const lo = BUCKETS[i]!;
    const hi = BUCKETS[i + 1]!;
    const inBucket = cases.filter((c) => c.score >= lo && c.score < hi);
    if (inBucket.length === 0) continue;
    const right = inBucket.filter((c) => c.right).length;
    const label = `${lo.toFixed(1)}-${Math.min(hi, 1).toFixed(1)}`;
    out.push(`${label.padEnd(12)} ${String(inBucket.length).padStart(5)}  ${pct(right, inBucket.length).padStart(5)}`);
  }
  return out;
}

function formatMiss(r: CaseResult): string[] {
  const at = r.rank === undefined ? 'not listed' : `ranked ${r.rank}`;
  const tag = r.split ? ` [${r.split}]` : '';
  const out = [`- ${r.id}${tag} (${r.source}): expected ${r.expect.map((e) => `${e.scope}/${e.facet}/${e.key}`).join(' | ')} — ${at}`];
  r.top.forEach((d, i) => {
    out.push(`    ${i + 1}. ${d.scope}/${d.facet}/${d.key} score ${d.score.toFixed(3)}: ${d.summary}`);
    out.push(`       why: ${d.reasons[0]?.text ?? ''}`);
  });
  return out;
}
