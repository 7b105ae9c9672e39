/**
 * Node.js image on a CI runner: same image, same mirror, same Dockerfile; the
 * runner's host kernel was 4.4.0-98-generic, the laptop's 4.4.0-103-generic, and
 * dpkg failed with a pre-dependency problem. This machine cannot boot another
 * kernel, so: two real captures of the host and the Debian test image, then the
 * kernel fields set by hand to the seed's values (in the host scope, and in the
 * image scope, since a container reports its host's kernel). The log is the seed's
 * own, as posted.
 */
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serializeFingerprint } from '../../../src/fingerprint/io.js';
import type { Fingerprint } from '../../../src/fingerprint/types.js';
import { DEBIAN_IMAGE } from '../images.js';
import type { Seed, SeedRun } from '../seed.js';
import { capture, REPO, requireImages } from '../shell.js';

const FACETS = 'kernel,os,libc,cpu';
/** The seed's kernel fields, working laptop (a) and failing runner (b), as in
 *  shared/scenarios/public.json (seed-host-kernel-apt); its log is
 *  scripts/seeds/kernel/seed-log.txt. */
export const SEED_KERNEL = {
  a: { release: '4.4.0-103-generic', version: '#126-Ubuntu SMP Mon Dec 4 16:23:28 UTC 2017' },
  b: { release: '4.4.0-98-generic', version: '#121-Ubuntu SMP Tue Oct 10 14:24:03 UTC 2017' },
};

/** Set the kernel fields in every scope that has a kernel facet (the host's and the image's). */
async function setKernel(file: string, fields: Record<string, string>): Promise<void> {
  const fingerprint = JSON.parse(await readFile(file, 'utf8')) as Fingerprint;
  for (const scope of Object.values(fingerprint.scopes)) {
    if (scope.facets.kernel) Object.assign(scope.facets.kernel, fields);
  }
  await writeFile(file, serializeFingerprint(fingerprint));
}

export const kernelSeed: Seed = {
  name: 'kernel',
  async reproduce(dir: string): Promise<SeedRun> {
    await requireImages(DEBIAN_IMAGE);
    const a = join(dir, 'a.json');
    const b = join(dir, 'b.json');
    const kernelA = SEED_KERNEL.a;
    const kernelB = SEED_KERNEL.b;
    await capture(a, ['--image', DEBIAN_IMAGE, '--only', FACETS, '--label', `laptop (kernel ${kernelA.release}, set by hand)`]);
    await capture(b, ['--image', DEBIAN_IMAGE, '--only', FACETS, '--label', `CI runner (kernel ${kernelB.release}, set by hand)`]);
    await setKernel(a, kernelA);
    await setKernel(b, kernelB);
    const log = join(dir, 'build.log');
    await copyFile(join(REPO, 'scripts/seeds/kernel/seed-log.txt'), log);
    const expect = ['host', `image:${DEBIAN_IMAGE}`].flatMap((scope) =>
      Object.keys(kernelA).map((key) => ({ scope, facet: 'kernel', key })),
    );
    return { a, b, log, expect, notes: [`kernel fields set by hand: ${JSON.stringify(kernelA)} -> ${JSON.stringify(kernelB)}`] };
  },
};
