/**
 * Longhorn instance-manager: the new base image put libfuse3 in /usr/lib64, which
 * the loader does not search, and the Dockerfile's `ldd ... | grep "not found"`
 * step failed. Here: two images built from the Debian test image with the same
 * libfuse3-3 package and binary, the library in /usr/lib/x86_64-linux-gnu vs
 * /usr/lib64 (scripts/seeds/fuse3/Dockerfile); the real failing step runs on the
 * second (scripts/seeds/fuse3/Dockerfile.ldd-check).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FUSE_LIB_IMAGE, FUSE_LIB64_IMAGE } from '../images.js';
import type { Seed, SeedRun } from '../seed.js';
import { capture, docker, REPO, requireImages } from '../shell.js';

/** One ref for both sides, as a Dockerfile's FROM line is the same ref on both. */
const BUILD_REF = 'envdiff-seed/fuse3:build';
const SONAME = 'libfuse3.so.3';
const FACETS = 'libraries,libc,os,packages';

async function captureAs(image: string, output: string, label: string): Promise<void> {
  const tagged = await docker(['tag', image, BUILD_REF]);
  if (tagged.exitCode !== 0) throw new Error(`docker tag ${image} ${BUILD_REF}: ${tagged.stderr.trim()}`);
  await capture(output, ['--no-host', '--image', BUILD_REF, '--only', FACETS, '--label', label]);
}

export const lib64Seed: Seed = {
  name: 'lib64',
  async reproduce(dir: string): Promise<SeedRun> {
    await requireImages(FUSE_LIB_IMAGE, FUSE_LIB64_IMAGE);
    const a = join(dir, 'a.json');
    const b = join(dir, 'b.json');
    const log = join(dir, 'build.log');
    try {
      await captureAs(FUSE_LIB_IMAGE, a, `${BUILD_REF} = ${FUSE_LIB_IMAGE}`);
      await captureAs(FUSE_LIB64_IMAGE, b, `${BUILD_REF} = ${FUSE_LIB64_IMAGE}`);
      const dockerfile = await readFile(join(REPO, 'scripts/seeds/fuse3/Dockerfile.ldd-check'), 'utf8');
      const args = ['build', '--force-rm', '--build-arg', `IMAGE=${BUILD_REF}`, '-'];
      const build = await docker(args, { input: dockerfile, timeoutMs: 120_000 });
      if (build.exitCode === 0 || !build.all.includes(`${SONAME} => not found`)) {
        throw new Error(`the ldd step did not fail with "${SONAME} => not found" on ${FUSE_LIB64_IMAGE}:\n${build.all}`);
      }
      await writeFile(log, `$ docker ${args.join(' ')} < Dockerfile.ldd-check\n${build.all}`);
    } finally {
      await docker(['rmi', BUILD_REF]);
    }
    return {
      a,
      b,
      log,
      expect: [{ scope: `image:${BUILD_REF}`, facet: 'libraries', key: SONAME }],
      notes: [`${SONAME}: /usr/lib/x86_64-linux-gnu in ${FUSE_LIB_IMAGE}, /usr/lib64 in ${FUSE_LIB64_IMAGE}`],
    };
  },
};
