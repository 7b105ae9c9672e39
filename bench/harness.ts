/**
 * Benchmark harness: every figure is envdiff vs a peer measured in the same run on
 * the same machine, so the table shows ratios, never an absolute time alone.
 */
import { performance } from 'node:perf_hooks';

export interface BenchRow {
  /** capture | container | compare | tui */
  area: string;
  metric: string;
  envdiff: number;
  /** The peer's figure in the same unit; undefined where there is no peer (target only). */
  peer?: number;
  peerName?: string;
  unit: 'ms' | 's' | 'MB' | 'facts' | 'x';
  /** Human target, e.g. "<= 1.0x facter", "<= 1 s". */
  target?: string;
  met?: boolean;
  note?: string;
}

export interface Bench {
  name: string;
  run(): Promise<BenchRow[]>;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Run `fn` `runs` times (after `warmup` unmeasured runs); median wall time in ms. */
export async function timeMedian(fn: () => Promise<unknown>, runs = 5, warmup = 1): Promise<{ median: number; samples: number[] }> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return { median: median(samples), samples };
}

export function formatTable(rows: BenchRow[]): string {
  const header = ['area', 'metric', 'envdiff', 'peer', 'ratio', 'target', 'met'];
  const body = rows.map((r) => [
    r.area,
    r.metric,
    `${fmt(r.envdiff)} ${r.unit}`,
    r.peer === undefined ? '-' : `${fmt(r.peer)} ${r.unit} (${r.peerName ?? 'peer'})`,
    r.peer === undefined || r.peer === 0 ? '-' : `${(r.envdiff / r.peer).toFixed(2)}x`,
    r.target ?? '-',
    r.met === undefined ? '-' : r.met ? 'yes' : 'NO',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

function fmt(n: number): string {
  return Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 10 ? n.toFixed(1) : n.toFixed(2);
}
