/**
 * Reading the build log (`--log FILE` or `-` for stdin), size-limited: a log is
 * text a person could read; anything larger is almost surely the wrong file, and
 * the failure is at its end anyway (the ranker keeps only the tail).
 */
import { open, stat } from 'node:fs/promises';
import { describeFsError } from '../fingerprint/io.js';
import { UsageError } from '../errors.js';
import { readStreamCapped, TooLargeError } from '../fs/read-capped.js';

export const MAX_LOG_BYTES = 64 * 1024 * 1024;
const MB = 1024 * 1024;

/** `shown` is how messages name the file (the argument as given; default `file`). */
export async function readBuildLog(path: string, stdin?: NodeJS.ReadableStream, shown = path): Promise<string> {
  try {
    return await readBuildLogAt(path, stdin);
  } catch (error) {
    if (error instanceof UsageError && shown !== path) throw new UsageError(error.message.split(path).join(shown));
    throw error;
  }
}

async function readBuildLogAt(file: string, stdin?: NodeJS.ReadableStream): Promise<string> {
  if (file === '-') {
    if (!stdin) throw new UsageError('--log - reads the build log from stdin, but no stdin is available');
    return readStream(stdin);
  }
  try {
    const st = await stat(file);
    if (st.isDirectory()) throw new UsageError(`build log ${file} is a directory, not a file`);
    if (st.isFile() && st.size > MAX_LOG_BYTES) throw new UsageError(tooLarge(file, st.size));
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read build log ${file}: ${describeFsError(error)}`);
  }
  // Read through a handle with a cap: FIFOs and /dev files have no meaningful size.
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    throw new UsageError(`cannot read build log ${file}: ${describeFsError(error)}`);
  }
  try {
    return await readStream(handle.createReadStream({ autoClose: false }), file);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read build log ${file}: ${describeFsError(error)}`);
  } finally {
    await handle.close();
  }
}

function readStream(stream: NodeJS.ReadableStream, file = 'stdin'): Promise<string> {
  return readBounded(stream, MAX_LOG_BYTES, (size) => tooLarge(file === 'stdin' ? 'the build log on stdin' : file, size, true));
}

/** A stream's text, at most `limit` bytes; beyond that a UsageError worded by `tooBig`. */
export async function readBounded(stream: NodeJS.ReadableStream, limit: number, tooBig: (size: number) => string): Promise<string> {
  try {
    return (await readStreamCapped(stream, limit)).toString('utf8');
  } catch (error) {
    if (error instanceof TooLargeError) throw new UsageError(tooBig(limit + 1));
    throw error;
  }
}

function tooLarge(what: string, size: number, atLeast = false): string {
  return `${what} is ${atLeast ? 'over ' : ''}${Math.round(size / MB)} MB, more than the ${MAX_LOG_BYTES / MB} MB envdiff reads as a build log; pass its end instead, e.g. \`tail -c 32M build.log | envdiff compare A B --log -\``;
}
