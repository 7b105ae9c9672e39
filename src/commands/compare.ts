/**
 * `envdiff compare A B [--log FILE|-]`: thin orchestration — options -> compare
 * service -> renderer (or the TUI on a terminal) -> exit status like diff(1):
 * 0 no differences, 1 differences, 2 error (thrown, printed by src/cli.ts).
 */
import { readCompareConfig } from '../compare/config.js';
import { compareFiles } from '../compare/compare.js';
import { writeFileAtomic } from '../fingerprint/io.js';
import { renderComparison } from '../render/index.js';
import type { CommandIO, CompareOptions } from './options.js';

export async function runCompare(options: CompareOptions, io: CommandIO): Promise<number> {
  const interactive = options.output === undefined && options.format === undefined && io.stdout.isTTY === true;
  // Ink and React are hundreds of modules: start loading them now, so that loading
  // overlaps reading, diffing and ranking instead of following it.
  const tui = interactive ? loadTui() : undefined;
  // Reading may fail first; the load's own failure is reported where it is awaited.
  tui?.catch(() => undefined);
  const ignore = [...options.ignore];
  if (options.config) ignore.push(...(await readCompareConfig(options.config)).ignore);
  const comparison = await compareFiles({
    a: options.a,
    b: options.b,
    ...(options.log !== undefined ? { log: options.log } : {}),
    ...(options.goodLog !== undefined ? { goodLog: options.goodLog } : {}),
    ignore,
    stdin: io.stdin,
  });
  const status = comparison.differences.length === 0 ? 0 : 1;

  if (options.output !== undefined) {
    await writeFileAtomic(options.output, renderComparison(comparison, options.format ?? 'text'), { force: options.force ?? false });
    return status;
  }
  if (tui) return (await tui).runTui(comparison, io);
  await write(io.stdout, renderComparison(comparison, options.format ?? 'text'));
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

/** Write and wait for the data to be flushed (large reports to a pipe). */
function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(text, (error) => {
      // A reader that went away (`| head`) is not an error of ours.
      if (!error || (error as NodeJS.ErrnoException).code === 'EPIPE') resolve();
      else reject(error);
    });
  });
}
