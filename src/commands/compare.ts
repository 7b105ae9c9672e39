/**
 * `envdiff compare A B [--log FILE|-]`: thin orchestration — options -> compare
 * service -> renderer (or the TUI on a terminal) -> exit status like diff(1):
 * 0 no differences, 1 differences, 2 error (thrown, printed by src/cli.ts).
 */
import { readCompareConfig } from '../compare/config.js';
import { compareFiles } from '../compare/compare.js';
import { writeFileAtomic } from '../fingerprint/io.js';
import { renderComparison } from '../render/index.js';
import type { Comparison } from '../rank/types.js';
import type { CommandIO, CompareOptions } from './options.js';

export async function runCompare(options: CompareOptions, io: CommandIO): Promise<number> {
  const ignore = [...options.ignore];
  if (options.config) ignore.push(...(await readCompareConfig(options.config)).ignore);
  const comparison = await compareFiles({
    a: options.a,
    b: options.b,
    ...(options.log !== undefined ? { log: options.log } : {}),
    ignore,
    stdin: io.stdin,
  });
  const status = comparison.differences.length === 0 ? 0 : 1;

  if (options.output !== undefined) {
    await writeFileAtomic(options.output, renderComparison(comparison, options.format ?? 'text'), { force: options.force ?? false });
    return status;
  }
  if (options.format === undefined && io.stdout.isTTY) {
    const tuiStatus = await runInteractive(comparison, io);
    if (tuiStatus !== undefined) return tuiStatus;
  }
  await write(io.stdout, renderComparison(comparison, options.format ?? 'text'));
  return status;
}

type RunTui = (comparison: Comparison, io: CommandIO) => Promise<number>;

/**
 * The Ink TUI (src/ui/run.ts), loaded only on a terminal. Resolves to its exit
 * status, or undefined when the TUI is not part of this build (then text is shown).
 */
async function runInteractive(comparison: Comparison, io: CommandIO): Promise<number | undefined> {
  const specifier = '../ui/run.js';
  let runTui: RunTui | undefined;
  try {
    runTui = ((await import(specifier)) as { runTui?: RunTui }).runTui;
  } catch (error) {
    // Only "the TUI is not there"; a broken TUI module must not pass silently.
    const e = error as NodeJS.ErrnoException;
    if (e.code !== 'ERR_MODULE_NOT_FOUND' || !String(e.message).includes('ui/run')) throw error;
  }
  if (!runTui) return undefined;
  return runTui(comparison, io);
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
