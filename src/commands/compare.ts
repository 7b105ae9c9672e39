/**
 * `envdiff compare A B [--log FILE|-]`: thin orchestration — options + config ->
 * compare service -> renderer (or the TUI on a terminal) -> exit status like
 * diff(1), counting meaningful (non-volatile) differences only: 0 none, 1 some,
 * 2 error (thrown, printed by src/cli.ts).
 */
import { resolve } from 'node:path';
import type { CommandIO } from '../command-io.js';
import { compareInputs } from '../compare/compare.js';
import { parsePairOption } from '../compare/pairing.js';
import { loadConfig } from '../config/config.js';
import { ignorePatternProblem } from '../diff/index.js';
import { UsageError } from '../errors.js';
import { writeFileAtomic } from '../fingerprint/io.js';
import { comparisonReport, formatForFile, renderComparison } from '../render/index.js';
import { colourEnabled } from '../ui/theme.js';
import { startProgress } from '../ui/progress.js';
import { chooseFormat, compareStatus, handlesStdout, writeCiOutputs } from './compare-ci.js';
import type { CompareOptions } from './options.js';
import { writePieces } from './write-out.js';

export async function runCompare(options: CompareOptions, io: CommandIO): Promise<number> {
  const format = chooseFormat(options, io);
  const interactive = options.output === undefined && format === undefined && !options.quiet && io.stdout.isTTY === true;
  // Ink and React are hundreds of modules: start loading them now, so that loading
  // overlaps reading, diffing and ranking instead of following it.
  const tui = interactive ? loadTui() : undefined;
  // Reading may fail first; the load's own failure is reported where it is awaited.
  tui?.catch(() => undefined);
  const config = await loadConfig(io.cwd, options.config);
  const ignore = [...options.ignore, ...(config.ignore ?? [])];
  for (const pattern of ignore) {
    const problem = ignorePatternProblem(pattern);
    if (problem) throw new UsageError(options.ignore.includes(pattern) ? problem : `${problem} (in config ${config.file})`);
  }
  const comparison = await compareInputs({
    a: options.a,
    b: options.b,
    ...(options.log !== undefined ? { log: options.log } : {}),
    ...(options.goodLog !== undefined ? { goodLog: options.goodLog } : {}),
    ignore,
    pairs: options.pair.map(parsePairOption),
    context: { cwd: io.cwd, env: io.env, stdin: io.stdin, onCapture: (what) => startProgress(io.stderr, what) },
  });
  const status = compareStatus(comparison, options);
  const shape = { all: options.all, ...(options.top !== undefined ? { top: options.top } : {}) };

  if (options.output !== undefined) {
    const report = renderComparison(comparison, format ?? formatForFile(options.output), shape);
    await writeFileAtomic(resolve(io.cwd, options.output), report, { force: options.force ?? false });
  }
  await writeCiOutputs(comparison, options, format, io);
  if (options.output !== undefined || handlesStdout(options, format)) return status;
  if (tui) return (await tui).runTui(comparison, io);
  const colour = io.stdout.isTTY === true && colourEnabled(io.env);
  await writePieces(io.stdout, comparisonReport(comparison, format ?? 'text', { ...shape, colour }));
  return status;
}

/**
 * Ink decides once, when it loads, that a CI environment (CI=true) gets no live
 * frames, only the last one on exit. Here a person is at a real terminal (stdout is
 * a TTY and no --format was given), so ink is loaded with the CI variables hidden.
 */
async function loadTui(): Promise<typeof import('../ui/run.js')> {
  const hidden = ['CI', 'CONTINUOUS_INTEGRATION'].map((name) => [name, process.env[name]] as const);
  for (const [name] of hidden) delete process.env[name];
  try {
    const ui = await import('../ui/run.js');
    await ui.loadUi();
    return ui;
  } finally {
    for (const [name, value] of hidden) if (value !== undefined) process.env[name] = value;
  }
}
