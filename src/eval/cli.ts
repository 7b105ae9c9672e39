/**
 * `npm run eval` (node dist/eval/cli.js [--scenarios DIR] [--base FILE]):
 * prints the scenario score — top-1 and top-3 hit rates — and each miss with
 * what ranked first and why. Exit 0 when it ran, 2 on bad input.
 *
 * Defaults: scenarios from ../shared/scenarios and the base fingerprint from
 * snapshots/base/host.json, both relative to the repository root; override with
 * --scenarios / ENVDIFF_SCENARIOS and --base / ENVDIFF_EVAL_BASE.
 */
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { EnvdiffError, UsageError } from '../errors.js';
import { readFingerprint } from '../fingerprint/io.js';
import { PACKAGE_ROOT } from '../package-root.js';
import { sanitize } from '../render/sanitize.js';
import { evaluateScenarios, type CaseResult, type Evaluation } from './evaluate.js';
import { loadScenarios } from './scenarios.js';

const ROOT = PACKAGE_ROOT;

async function main(argv: string[]): Promise<number> {
  let values: { scenarios?: string | undefined; base?: string | undefined };
  try {
    ({ values } = parseArgs({ args: argv, options: { scenarios: { type: 'string' }, base: { type: 'string' } }, strict: true }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message}; usage: eval [--scenarios DIR] [--base FILE]`);
  }
  const dir = values.scenarios ?? process.env['ENVDIFF_SCENARIOS'] ?? resolve(ROOT, '..', 'shared', 'scenarios');
  const baseFile = values.base ?? process.env['ENVDIFF_EVAL_BASE'] ?? resolve(ROOT, 'snapshots', 'base', 'host.json');
  if (!existsSync(baseFile)) {
    throw new UsageError(
      `no base fingerprint at ${baseFile}; capture one with \`envdiff capture -o snapshots/base/host.json\` or pass --base FILE`,
    );
  }
  const [set, base] = await Promise.all([loadScenarios(dir), readFingerprint(baseFile)]);
  if (set.cases.length === 0) throw new UsageError(`no scenario cases in ${dir}`);
  process.stdout.write(
    formatEvaluation(evaluateScenarios(base, set), { dir: shown(dir), base: shown(baseFile), decoys: set.decoys.length }),
  );
  return 0;
}

function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.split('/').filter((p) => p === '..').length > 1 ? path : rel || '.';
}

export function formatEvaluation(evaluation: Evaluation, from: { dir: string; base: string; decoys: number }): string {
  const pct = (n: number) => `${((100 * n) / evaluation.total).toFixed(1)} %`;
  const lines = [
    `scenarios: ${evaluation.total} cases from ${from.dir} (+${from.decoys} decoys each), base ${from.base}`,
    `top-1: ${evaluation.top1}/${evaluation.total} (${pct(evaluation.top1)})`,
    `top-3: ${evaluation.top3}/${evaluation.total} (${pct(evaluation.top3)})`,
  ];
  const misses = evaluation.results.filter((r) => r.rank !== 1);
  lines.push(misses.length === 0 ? 'misses: none' : `misses (${misses.length}):`);
  for (const miss of misses) lines.push(...formatMiss(miss));
  return `${lines.map((l) => sanitize(l)).join('\n')}\n`;
}

function formatMiss(r: CaseResult): string[] {
  const at = r.rank === undefined ? 'not listed' : `ranked ${r.rank}`;
  const out = [`- ${r.id} (${r.source}): expected ${r.expect.map((e) => `${e.scope}/${e.facet}/${e.key}`).join(' | ')} — ${at}`];
  r.top.forEach((d, i) => {
    out.push(`    ${i + 1}. ${d.scope}/${d.facet}/${d.key} score ${d.score.toFixed(3)}: ${d.summary}`);
    out.push(`       why: ${d.reasons[0]?.text ?? ''}`);
  });
  return out;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof EnvdiffError) {
      process.stderr.write(`eval: ${sanitize(error.message)}\n`);
      process.exitCode = 2;
      return;
    }
    throw error;
  },
);
