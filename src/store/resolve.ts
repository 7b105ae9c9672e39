/**
 * A fingerprint input, wherever it is: a file, `-` (stdin), or a run in a store —
 * `JOB@last-green`, `JOB@latest`, `JOB@RUN`, `sha256:…`, each optionally prefixed
 * with a store (`oci://host/repo#JOB@last-green`). Without a prefix the default
 * store is used ($ENVDIFF_STORE, else ~/.local/share/envdiff/store).
 */
import { statSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { MAX_FINGERPRINT_BYTES, parseFingerprint, readFingerprint } from '../fingerprint/io.js';
import type { Fingerprint } from '../fingerprint/types.js';
import { UsageError } from '../errors.js';
import { readStreamCapped, TooLargeError } from '../fs/read-capped.js';
import { StoreError } from './errors.js';
import { openStore } from './location.js';
import { parseSelector, type Selector } from './selector.js';

export type InputRef = { kind: 'file'; path: string } | { kind: 'stdin' } | { kind: 'store'; store?: string; selector: Selector };

export interface InputIO {
  stdin?: NodeJS.ReadableStream;
  env?: Record<string, string | undefined>;
  cwd?: string;
  caFile?: string;
}

/** A file that exists wins over a store reference of the same spelling. */
export function parseInputRef(text: string, fileExists: (path: string) => boolean = existsAsFile): InputRef {
  if (text === '-') return { kind: 'stdin' };
  if (text.startsWith('oci://')) {
    const hash = text.indexOf('#');
    const selector = hash < 0 ? undefined : parseSelector(text.slice(hash + 1));
    if (!selector)
      throw new UsageError(`${text}: name a run after the store, e.g. ${hash < 0 ? text : text.slice(0, hash)}#JOB@last-green`);
    return { kind: 'store', store: text.slice(0, hash), selector };
  }
  if (fileExists(text)) return { kind: 'file', path: text };
  const selector = parseSelector(text);
  return selector ? { kind: 'store', selector } : { kind: 'file', path: text };
}

function existsAsFile(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false }) !== undefined;
}

/** Read the fingerprint an input names; every failure is one line (UsageError or StoreError). */
export async function readInput(text: string, io: InputIO = {}): Promise<Fingerprint> {
  const cwd = io.cwd ?? process.cwd();
  const ref = parseInputRef(text, (p) => existsAsFile(resolvePath(cwd, p)));
  if (ref.kind === 'file') return readFingerprint(ref.path);
  if (ref.kind === 'stdin') {
    if (!io.stdin) throw new UsageError('- (stdin) is not available here');
    return parseFingerprint(await readBounded(io.stdin), '- (stdin)');
  }
  const backend = await openStore(ref.store, { env: io.env ?? process.env, cwd, ...(io.caFile ? { caFile: io.caFile } : {}) });
  const { findRun, readRun } = await import('./runs.js');
  try {
    return await readRun(backend, await findRun(backend, ref.selector));
  } catch (error) {
    // `a@b.json` that is neither a file nor a run: say both.
    if (error instanceof StoreError && ref.store === undefined && error.code === 'run-not-found' && /[./]/.test(text)) {
      throw new StoreError(`${text}: no such file, and ${error.message}`, 'run-not-found');
    }
    throw error;
  }
}

async function readBounded(stream: NodeJS.ReadableStream): Promise<string> {
  try {
    return (await readStreamCapped(stream, MAX_FINGERPRINT_BYTES)).toString('utf8');
  } catch (error) {
    if (error instanceof TooLargeError)
      throw new UsageError(`- (stdin) is larger than any fingerprint (limit ${MAX_FINGERPRINT_BYTES / 1024 / 1024} MB)`);
    throw error;
  }
}
