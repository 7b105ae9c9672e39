/**
 * The store's lock (src/store/lock.ts) with real processes and files: a lock whose owner is gone is taken
 * over, but never a fresh one — its pid may be the previous holder's, read just before that holder released
 * the lock and exited and another writer took it (20 concurrent `capture --store` runs lost one this way).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { withLock } from '../../src/store/lock.js';

const dir = mkdtempSync(join(tmpdir(), 'envdiff-lock-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The pid of a process that has exited: a real one, not a guess. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('store lock', () => {
  it('leaves a fresh lock alone even when the pid it names has exited', async () => {
    const file = join(dir, 'fresh.lock');
    writeFileSync(file, `${deadPid()} ${Date.now()} feedface`);
    let entered = false;
    const waiting = withLock(file, async () => {
      entered = true;
    });
    await new Promise((r) => setTimeout(r, 400));
    expect(entered).toBe(false);
    rmSync(file);
    await waiting;
    expect(entered).toBe(true);
  });

  it('takes over a lock whose owner has exited once it is no longer fresh', async () => {
    const file = join(dir, 'dead.lock');
    writeFileSync(file, `${deadPid()} ${Date.now()} deadbeef`);
    const past = (Date.now() - 5_000) / 1000;
    utimesSync(file, past, past);
    const started = Date.now();
    await withLock(file, async () => {});
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
