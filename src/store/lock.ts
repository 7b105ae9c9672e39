/**
 * A lock file for the local store's index.json, holding the owner's pid and start
 * time. It is written to a temp file first and published with link(2), which
 * like O_EXCL fails if the lock exists — so a lock is never seen empty, even when
 * its writer is killed -9 while taking it. A lock whose owner is gone (killed -9) or that is
 * older than STALE_MS is taken over, so a crashed writer never blocks the store.
 */
import { link, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { StoreError } from './errors.js';

const STALE_MS = 30_000;
const WAIT_MS = 60_000;
/**
 * A lock younger than this is never taken over, even when the pid it names is gone: the pid may be that
 * of the previous holder, read just before it released the lock, exited, and another writer took it.
 */
const FRESH_MS = 1_000;

export async function withLock<T>(file: string, fn: () => Promise<T>): Promise<T> {
  const token = `${process.pid} ${Date.now()} ${randomBytes(4).toString('hex')}`;
  const deadline = Date.now() + WAIT_MS;
  let delay = 2;
  for (;;) {
    if (await publish(file, token)) break;
    if (await takeOverIfStale(file)) continue;
    if (Date.now() > deadline)
      throw new StoreError(`${file} has been locked for over ${WAIT_MS / 1000} s; is another envdiff still writing?`);
    await new Promise((r) => setTimeout(r, delay + Math.random() * delay));
    delay = Math.min(delay * 2, 50);
  }
  try {
    return await fn();
  } finally {
    // Only remove our own lock: if it was taken over as stale, it is someone else's now.
    if ((await readFile(file, 'utf8').catch(() => '')) === token) await unlink(file).catch(() => {});
  }
}

async function publish(file: string, token: string): Promise<boolean> {
  const tmp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(tmp, token, { flag: 'wx' });
    await link(tmp, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw new StoreError(`cannot lock ${file}: ${(error as Error).message}`);
  } finally {
    await unlink(tmp).catch(() => {});
  }
}

async function takeOverIfStale(file: string): Promise<boolean> {
  const text = await readFile(file, 'utf8').catch(() => undefined);
  if (text === undefined) return true; // released meanwhile
  const pid = Number(text.split(' ')[0]);
  // An empty lock: its owner died between create and write, or is writing right now;
  // only its age tells.
  const alive = Number.isInteger(pid) && pid > 0 ? processAlive(pid) : true;
  const mtime = (await stat(file).catch(() => undefined))?.mtimeMs;
  if (mtime === undefined) return true;
  // The pid and the age must be of the same lock: if it changed hands meanwhile, start over.
  if ((await readFile(file, 'utf8').catch(() => undefined)) !== text) return true;
  const age = Date.now() - mtime;
  if (age <= FRESH_MS || (alive && age <= STALE_MS)) return false;
  // Move it aside atomically: of two processes seeing the same stale lock, one wins the rename.
  const aside = `${file}.stale-${randomBytes(4).toString('hex')}`;
  try {
    await rename(file, aside);
  } catch {
    return true;
  }
  const moved = await readFile(aside, 'utf8').catch(() => '');
  await unlink(aside).catch(() => {});
  if (moved !== text) {
    // We moved a fresh lock someone took after our read: put it back if nobody holds the name.
    await publish(file, moved).catch(() => false);
  }
  return true;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
