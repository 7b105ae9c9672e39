/**
 * `npm run eval` (node dist/eval/cli.js [--scenarios DIR] [--base FILE]):
 * prints the scenario score — top-1 and top-3 hit rates — and each miss with
 * what ranked first and why. Exit 0 when it ran, 2 on bad input.
 *
 * Defaults: scenarios from eval/cases and the base fingerprint from
 * snapshots/base/host.json, both relative to the repository root; override with
 * --scenarios / ENVDIFF_SCENARIOS and --base / ENVDIFF_EVAL_BASE. A folder with a
 * split.json is reported as train and test too (src/eval/split.ts); test misses
 * are listed only with --test-misses. `--fit-calibration` prints, instead of the
 * report, the calibration knots fitted on the train cases (src/eval/fit-calibration.ts)
 * for src/rank/calibrate.ts; with `--on-arrival`, fitted on the cases measured on
 * arrival (eval/arrivals.json, or --arrivals FILE), whose calibration table the
 * report prints too. `--fit-families` prints src/rank/family-rates.ts: how often each
 * family of change was the cause where the log named none (src/eval/fit-families.ts).
 */
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { EnvdiffError, UsageError } from '../errors.js';
import { readFingerprint } from '../fingerprint/io.js';
import { PACKAGE_ROOT } from '../package-root.js';
import { sanitize } from '../render/sanitize.js';
import { calibrate, uncalibrate } from '../rank/calibrate.js';
import { readArrivals } from './arrivals.js';
import { evaluateScenarios } from './evaluate.js';
import { fitCalibration, formatKnots } from './fit-calibration.js';
import { fitFamilyRates, formatFamilyRates } from './fit-families.js';
import { formatEvaluation } from './report.js';
import { loadScenarios } from './scenarios.js';

const ROOT = PACKAGE_ROOT;

async function main(argv: string[]): Promise<number> {
  let values: {
    scenarios?: string | undefined;
    base?: string | undefined;
    'test-misses'?: boolean | undefined;
    'fit-calibration'?: boolean | undefined;
    'on-arrival'?: boolean | undefined;
    'fit-families'?: boolean | undefined;
    arrivals?: string | undefined;
  };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        scenarios: { type: 'string' },
        base: { type: 'string' },
        'test-misses': { type: 'boolean' },
        'fit-calibration': { type: 'boolean' },
        'on-arrival': { type: 'boolean' },
        'fit-families': { type: 'boolean' },
        arrivals: { type: 'string' },
      },
      strict: true,
    }));
  } catch (error) {
    throw new UsageError(
      `${(error as Error).message}; usage: eval [--scenarios DIR] [--base FILE] [--arrivals FILE] [--test-misses | --fit-calibration [--on-arrival] | --fit-families]`,
    );
  }
  const dir = values.scenarios ?? process.env['ENVDIFF_SCENARIOS'] ?? resolve(ROOT, 'eval', 'cases');
  const baseFile = values.base ?? process.env['ENVDIFF_EVAL_BASE'] ?? resolve(ROOT, 'snapshots', 'base', 'host.json');
  if (!existsSync(baseFile)) {
    throw new UsageError(
      `no base fingerprint at ${baseFile}; capture one with \`envdiff capture -o snapshots/base/host.json\` or pass --base FILE`,
    );
  }
  // The arrivals go with the repository's own cases; another folder has none unless named.
  const defaultArrivals = resolve(ROOT, 'eval', 'arrivals.json');
  const arrivalsFile = values.arrivals ?? (values.scenarios === undefined && existsSync(defaultArrivals) ? defaultArrivals : undefined);
  const arrivals = arrivalsFile === undefined ? [] : readArrivals(arrivalsFile);
  if (values['on-arrival'] === true) {
    if (values['fit-calibration'] !== true) throw new UsageError('--on-arrival goes with --fit-calibration');
    if (arrivals.length === 0) throw new UsageError('no cases measured on arrival: pass --arrivals FILE');
    // Unseen when measured: shrunk lightly (10 pseudo-cases), unlike the tuned-on train cases.
    const points = arrivals.map((a) => ({ raw: a.raw, right: a.rank === 1 }));
    process.stdout.write(
      `// calibrate.ts KNOTS fitted on ${points.length} cases measured on arrival\n${formatKnots(fitCalibration(points, { pseudoCases: 10 }))}\n`,
    );
    return 0;
  }
  const [set, base] = await Promise.all([loadScenarios(dir), readFingerprint(baseFile)]);
  if (set.cases.length === 0) throw new UsageError(`no scenario cases in ${dir}`);
  if (values['fit-families'] === true) {
    process.stdout.write(formatFamilyRates(fitFamilyRates(base, set)));
    return 0;
  }
  const evaluation = evaluateScenarios(base, set);
  if (values['fit-calibration'] === true) {
    // Fitted on train only (a folder without a split is all train): test results never shape the map.
    const points = evaluation.results
      .filter((r) => r.split !== 'test' && r.top[0] !== undefined)
      .map((r) => ({ raw: uncalibrate(r.top[0]!.score), right: r.rank === 1 }));
    process.stdout.write(`// calibrate.ts KNOTS fitted on ${points.length} train cases\n${formatKnots(fitCalibration(points))}\n`);
    return 0;
  }
  process.stdout.write(
    formatEvaluation(evaluation, {
      dir: shown(dir),
      base: shown(baseFile),
      decoys: set.decoys.length,
      testMisses: values['test-misses'] === true,
      arrivals: arrivals.map((a) => ({ score: calibrate(a.raw), right: a.rank === 1 })),
    }),
  );
  return 0;
}

function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.split('/').filter((p) => p === '..').length > 1 ? path : rel || '.';
}

// A reader that went away (`| head -3`) is not an error of ours.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

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
