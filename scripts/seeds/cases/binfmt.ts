/**
 * Bottlerocket 1.23: a kernel update cleared the binfmt_misc registrations, so
 * qemu-aarch64 was no longer registered and arm64 builds on x86_64 failed with
 * `exec format error`. Here: the same arm64 image runs with the registration and
 * fails without it; the host is captured in both states.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readEntry, withEntryRemoved } from '../binfmt-entry.js';
import { ARM64_IMAGE } from '../images.js';
import type { Seed, SeedRun } from '../seed.js';
import { capture, docker, requireImages } from '../shell.js';

const ENTRY = 'qemu-aarch64';
/** binfmt is the cause; the others are what a runner pair always shows too. */
const FACETS = 'binfmt,kernel,os,cpu,libc,docker';

async function runArm64(): Promise<{ exitCode: number; log: string }> {
  const args = ['run', '--rm', ARM64_IMAGE, 'uname', '-m'];
  const result = await docker(args, { timeoutMs: 60_000 });
  return { exitCode: result.exitCode, log: `$ docker ${args.join(' ')}\n${result.all}` };
}

export const binfmtSeed: Seed = {
  name: 'binfmt',
  async reproduce(dir: string): Promise<SeedRun> {
    await requireImages(ARM64_IMAGE);
    const entry = readEntry(ENTRY);
    if (!entry?.enabled) throw new Error(`${ENTRY} is not registered and enabled: install qemu-user-static`);
    const notes = [`registered ${ENTRY}: interpreter ${entry.interpreter}, flags ${entry.flags}`];

    const works = await runArm64();
    if (works.exitCode !== 0 || !works.log.includes('aarch64')) {
      throw new Error(`the arm64 image does not run with ${ENTRY} registered:\n${works.log}`);
    }
    notes.push(`with the entry: ${works.log.trim().split('\n').pop()}`);
    const a = join(dir, 'a.json');
    const b = join(dir, 'b.json');
    await capture(a, ['--only', FACETS, '--label', `x86_64 host, ${ENTRY} registered`]);

    const fails = await withEntryRemoved(ENTRY, async () => {
      await capture(b, ['--only', FACETS, '--label', `x86_64 host, ${ENTRY} removed`]);
      return runArm64();
    });
    if (fails.exitCode === 0 || !fails.log.includes('exec format error')) {
      throw new Error(`the arm64 image did not fail with "exec format error" once ${ENTRY} was removed:\n${fails.log}`);
    }
    notes.push(`without it: ${fails.log.trim().split('\n').pop()}`);
    notes.push(`${ENTRY} restored and verified: ${JSON.stringify(readEntry(ENTRY))}`);
    const log = join(dir, 'build.log');
    await writeFile(log, fails.log);
    return { a, b, log, expect: [{ scope: 'host', facet: 'binfmt', key: ENTRY }], notes };
  },
};
