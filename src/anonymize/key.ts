/**
 * The anonymisation key: 32 random bytes kept per user at
 * $XDG_CONFIG_HOME/envdiff/anonymize.key (else ~/.config/envdiff/anonymize.key),
 * created 0600 on first use, or a file given with --key-file (share it to make
 * pseudonyms match across machines). Whoever holds the key can test guesses, so
 * it is never written anywhere else.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { UsageError } from '../errors.js';
import { describeFsError } from '../fingerprint/io.js';

const MIN_KEY_BYTES = 16;
const MAX_KEY_BYTES = 4096;

export function defaultKeyPath(env: Record<string, string | undefined>): string {
  const config = env['XDG_CONFIG_HOME'] || join(env['HOME'] || homedir(), '.config');
  return join(config, 'envdiff', 'anonymize.key');
}

/** The key's bytes; the default key file is created (0600) if missing. */
export async function loadKey(env: Record<string, string | undefined>, keyFile?: string): Promise<Buffer> {
  if (keyFile !== undefined) return readKey(keyFile);
  const path = defaultKeyPath(env);
  try {
    return await readKey(path);
  } catch (error) {
    if (!(error instanceof MissingKey)) throw error;
  }
  try {
    await mkdir(dirname(path), { recursive: true, mode: 0o700 });
    // 'wx': two first uses at once must not each write a different key.
    await writeFile(path, `${randomBytes(32).toString('hex')}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST')
      throw new UsageError(`cannot create the anonymisation key ${path}: ${describeFsError(error)}`);
  }
  return readKey(path);
}

class MissingKey extends UsageError {}

async function readKey(path: string): Promise<Buffer> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new MissingKey(`key file ${path} does not exist`);
    throw new UsageError(`cannot read the key file ${path}: ${describeFsError(error)}`);
  }
  // A trailing newline is an editor's, not part of the key.
  const key = Buffer.from(bytes.toString('latin1').replace(/\r?\n$/, ''), 'latin1');
  if (key.length < MIN_KEY_BYTES || key.length > MAX_KEY_BYTES)
    throw new UsageError(`key file ${path} must hold ${MIN_KEY_BYTES} to ${MAX_KEY_BYTES} bytes (it has ${key.length})`);
  return key;
}
