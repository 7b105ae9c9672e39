import { open, readFile, rename, stat, unlink, writeFile, link } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { UsageError } from '../errors.js';
import { firstSchemaProblem } from './schema.js';
import { FINGERPRINT_SCHEMA, type Fingerprint } from './types.js';

/** Larger than any real fingerprint (20k packages + 100k libraries is ~20 MB). */
export const MAX_FINGERPRINT_BYTES = 128 * 1024 * 1024;

/**
 * Read and validate a fingerprint. Every failure is a UsageError naming the file
 * and the first problem, so the CLI prints one line and exits 2.
 */
export async function readFingerprint(file: string): Promise<Fingerprint> {
  let size: number;
  try {
    const st = await stat(file);
    if (st.isDirectory()) throw new UsageError(`${file} is a directory, not a fingerprint file`);
    size = st.size;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read ${file}: ${describeFsError(error)}`);
  }
  if (size > MAX_FINGERPRINT_BYTES) {
    throw new UsageError(
      `${file} is ${Math.round(size / 1024 / 1024)} MB, larger than any fingerprint envdiff writes (limit ${MAX_FINGERPRINT_BYTES / 1024 / 1024} MB); is it the right file?`,
    );
  }
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${describeFsError(error)}`);
  }
  return parseFingerprint(text, file);
}

export function parseFingerprint(text: string, file: string): Fingerprint {
  if (text.trim() === '') throw new UsageError(`${file} is empty; was it written by \`envdiff capture\`?`);
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    const msg = error instanceof RangeError ? 'nested too deeply' : (error as Error).message;
    // V8 reports a cut-off document either as "end of input" or as an error at its very end.
    const position = /at position (\d+)/.exec(msg);
    const truncated =
      /Unexpected end of JSON input|Unterminated/i.test(msg) || (position !== null && Number(position[1]) >= text.trimEnd().length);
    throw new UsageError(
      truncated ? `${file} is truncated JSON (${msg}); was the capture interrupted?` : `${file} is not valid JSON: ${msg}`,
    );
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
    throw new UsageError(`${file} is not an envdiff fingerprint: expected a JSON object`);
  }
  const schema = (doc as { schema?: unknown }).schema;
  if (schema === undefined) {
    throw new UsageError(`${file} is not an envdiff fingerprint: missing "schema"; was it written by \`envdiff capture\`?`);
  }
  if (typeof schema === 'string' && schema.startsWith('envdiff.fingerprint/') && schema !== FINGERPRINT_SCHEMA) {
    throw new UsageError(
      `${file} uses fingerprint schema ${schema}, but this envdiff reads ${FINGERPRINT_SCHEMA}; upgrade envdiff to compare it`,
    );
  }
  if (schema !== FINGERPRINT_SCHEMA) {
    throw new UsageError(`${file} is not an envdiff fingerprint: schema is ${JSON.stringify(schema).slice(0, 60)}`);
  }
  const problem = firstSchemaProblem(doc);
  if (problem) throw new UsageError(`${file} is not a valid envdiff fingerprint: ${problem}`);
  return doc as Fingerprint;
}

/**
 * Write a file atomically: a temp file in the same directory, fsync, then a
 * no-clobber publish. Without `force` an existing file is never replaced (the
 * check and the publish are one step: link(2) fails if the target exists).
 */
export async function writeFileAtomic(file: string, content: string, options: { force?: boolean } = {}): Promise<void> {
  // A device, FIFO or socket (`-o /dev/null`, `-o /dev/stderr`, a named pipe) is a
  // destination, not a file to replace: write through it. Renaming over it would
  // turn /dev/null into a regular file.
  const existing = await stat(file).catch(() => undefined);
  if (existing?.isDirectory()) throw new UsageError(`cannot write ${file}: it is a directory`);
  if (existing && !existing.isFile()) {
    try {
      await writeFile(file, content, { flag: 'w' });
      return;
    } catch (error) {
      throw new UsageError(`cannot write ${file}: ${describeFsError(error)}`);
    }
  }
  const tmp = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(tmp, content, { flag: 'wx', mode: 0o644 });
    const handle = await open(tmp, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.force) {
      await rename(tmp, file);
    } else {
      try {
        await link(tmp, file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
          throw new UsageError(`${file} already exists; use --force to overwrite it or -o to choose another name`);
        }
        throw error;
      }
      await unlink(tmp);
    }
  } catch (error) {
    await unlink(tmp).catch(() => {});
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot write ${file}: ${describeFsError(error)}`);
  }
}

export function serializeFingerprint(fingerprint: Fingerprint): string {
  return JSON.stringify(fingerprint, null, 2) + '\n';
}

export function describeFsError(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  switch (e.code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOSPC':
      return 'no space left on device';
    case 'EROFS':
      return 'read-only file system';
    default:
      return e.message ?? String(error);
  }
}
