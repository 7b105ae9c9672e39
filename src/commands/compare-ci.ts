/**
 * compare's CI outputs: `--format github` (chosen by itself on GitHub Actions when
 * stdout is not a terminal), `-q` (the verdict line only), `--summary [FILE]`
 * (append the job summary to FILE or $GITHUB_STEP_SUMMARY within GitHub's 1 MiB)
 * and `--fail-on SCORE` (exit 1 only for a likely cause).
 */
import { open, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { describeFsError } from '../fingerprint/io.js';
import type { Comparison } from '../compare/types.js';
import { meaningful } from '../render/common.js';
import { GITHUB_SUMMARY_LIMIT, renderGithub, renderGithubLog } from '../render/github.js';
import { gateStatus } from '../render/verdict.js';
import type { CommandIO } from '../command-io.js';
import type { CompareOptions } from './options.js';
import { nodeCrypto } from '../lazy-crypto.js';

type Format = NonNullable<CompareOptions['format']>;

/** The format asked for, else github on a GitHub Actions runner writing to a log. */
export function chooseFormat(options: CompareOptions, io: CommandIO): Format | undefined {
  if (options.format !== undefined) return options.format;
  if (io.env['GITHUB_ACTIONS'] === 'true' && io.stdout.isTTY !== true) return 'github';
  return undefined;
}

/** diff(1)-like on meaningful differences (0 none, 1 some), or the --fail-on gate. */
export function compareStatus(comparison: Comparison, options: CompareOptions): number {
  if (options.failOn !== undefined) return gateStatus(comparison, options.failOn);
  return meaningful(comparison).length === 0 ? 0 : 1;
}

/**
 * Whether this module writes stdout for these options (else compare's renderers
 * do). With github and -o the summary goes to the file, but the verdict and the
 * annotations still go to stdout: the runner reads workflow commands from the log.
 */
export function handlesStdout(options: CompareOptions, format: Format | undefined): boolean {
  return options.quiet === true || format === 'github';
}

/** Append the summary if asked; write stdout if `handlesStdout`. */
export async function writeCiOutputs(comparison: Comparison, options: CompareOptions, format: Format | undefined, io: CommandIO) {
  const summaryFile = options.summary === undefined ? undefined : summaryTarget(options.summary, io);
  let report: ReturnType<typeof renderGithub> | undefined;
  if (summaryFile !== undefined) {
    const room = GITHUB_SUMMARY_LIMIT - (await existingSize(summaryFile));
    report = renderGithub(comparison, { ...topOption(options), maxBytes: room, ...(options.output ? { reportPath: options.output } : {}) });
    await appendSummary(summaryFile, report.summary);
    io.stderr.write(
      `envdiff: job summary appended to ${summaryFile}${report.omitted > 0 ? ` (${report.omitted} differences left out: 1 MiB limit)` : ''}\n`,
    );
  }
  if (!handlesStdout(options, format)) return;
  report ??= renderGithub(comparison, topOption(options));
  if (options.quiet) return write(io.stdout, `${report.verdict}\n`);
  const summaryOnStdout = summaryFile === undefined && options.output === undefined;
  await write(io.stdout, renderGithubLog(report, nodeCrypto().randomBytes(12).toString('hex'), summaryOnStdout));
}

function topOption(options: CompareOptions): { top?: number; all?: boolean } {
  return { ...(options.top !== undefined ? { top: options.top } : {}), ...(options.all ? { all: true } : {}) };
}

function summaryTarget(summary: string | true, io: CommandIO): string {
  if (summary !== true) return resolve(io.cwd, summary);
  const file = io.env['GITHUB_STEP_SUMMARY'];
  if (!file) throw new UsageError('--summary without a file needs $GITHUB_STEP_SUMMARY (set on GitHub Actions); give --summary FILE');
  return resolve(io.cwd, file);
}

async function existingSize(file: string): Promise<number> {
  const s = await stat(file).catch(() => undefined);
  return s?.isFile() ? s.size : 0;
}

/**
 * Append in one write (O_APPEND): the runner and other steps' tools may append
 * to the same file, and a single append never interleaves with theirs.
 */
async function appendSummary(file: string, text: string): Promise<void> {
  if (text === '') return;
  try {
    const handle = await open(file, 'a', 0o644);
    try {
      await handle.write(text);
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw new UsageError(`cannot append the job summary to ${file}: ${describeFsError(error)}`);
  }
}

function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((done, fail) => {
    stream.write(text, (error) => {
      if (!error || (error as NodeJS.ErrnoException).code === 'EPIPE') done();
      else fail(error);
    });
  });
}
