import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/fingerprint/io.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'envdiff-write-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('creates a new file and leaves no temp file behind', async () => {
    const file = join(dir, 'out.json');
    await writeFileAtomic(file, 'new\n');
    expect(await readFile(file, 'utf8')).toBe('new\n');
    expect(await readdir(dir)).toEqual(['out.json']);
  });

  it('never replaces an existing file without force, and keeps its content', async () => {
    const file = join(dir, 'mine.json');
    await writeFile(file, 'precious');
    await expect(writeFileAtomic(file, 'other')).rejects.toThrow(/already exists; use --force/);
    expect(await readFile(file, 'utf8')).toBe('precious');
    expect(await readdir(dir)).toEqual(['mine.json']);
  });

  it('replaces an existing file with force', async () => {
    const file = join(dir, 'mine.json');
    await writeFile(file, 'old');
    await writeFileAtomic(file, 'new', { force: true });
    expect(await readFile(file, 'utf8')).toBe('new');
  });

  it('writes through a device instead of renaming over it (/dev/null stays a device)', async () => {
    await writeFileAtomic('/dev/null', 'discarded', { force: true });
    await writeFileAtomic('/dev/null', 'discarded');
    expect((await stat('/dev/null')).isCharacterDevice()).toBe(true);
  });

  it('writes into a named pipe', async () => {
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const reader = readFile(fifo, 'utf8');
    await writeFileAtomic(fifo, 'through the pipe');
    expect(await reader).toBe('through the pipe');
    expect((await stat(fifo)).isFIFO()).toBe(true);
  });

  it('refuses a directory and a missing parent with one clear message', async () => {
    await expect(writeFileAtomic(dir, 'x')).rejects.toThrow(/is a directory/);
    await expect(writeFileAtomic(join(dir, 'no/such/dir/out.json'), 'x')).rejects.toThrow(/cannot write .*no such file or directory/);
  });
});
