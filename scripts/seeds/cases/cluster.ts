/**
 * Longhorn uninstall: the cluster state differed (a failed backup with an empty
 * target name, a SystemBackup left over after the upgrade). Not host state: custom
 * probes capture it. Two "clusters" are simulated by a kubectl stand-in put first on
 * PATH (scripts/seeds/cluster/bin/kubectl) that answers from a state directory;
 * side A is captured with --probe flags, side B with the same probes from a config
 * file (scripts/seeds/cluster/probes.json). The log is the seed's own, as posted.
 */
import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Seed, SeedRun } from '../seed.js';
import { capture, REPO } from '../shell.js';

const CLUSTER = join(REPO, 'scripts/seeds/cluster');
const CONFIG = join(CLUSTER, 'probes.json');
const FACETS = 'custom,os,kernel';

function clusterEnv(state: string): Record<string, string> {
  return { PATH: `${join(CLUSTER, 'bin')}:${process.env['PATH'] ?? '/usr/bin:/bin'}`, ENVDIFF_SEED_CLUSTER: join(CLUSTER, state) };
}

export const clusterSeed: Seed = {
  name: 'cluster',
  async reproduce(dir: string): Promise<SeedRun> {
    const { probes } = JSON.parse(await readFile(CONFIG, 'utf8')) as { probes: Record<string, string> };
    const a = join(dir, 'a.json');
    const b = join(dir, 'b.json');
    const flags = Object.entries(probes).flatMap(([name, command]) => ['--probe', `${name}=${command}`]);
    await capture(a, ['--only', FACETS, ...flags, '--label', 'cluster before the upgrade (--probe flags)'], {
      env: clusterEnv('before-upgrade'),
    });
    await capture(b, ['--only', FACETS, '--config', CONFIG, '--label', 'cluster after the upgrade (--config probes.json)'], {
      env: clusterEnv('after-upgrade'),
    });
    const log = join(dir, 'build.log');
    await copyFile(join(CLUSTER, 'seed-log.txt'), log);
    return {
      a,
      b,
      log,
      expect: ['systembackups', 'backups'].map((key) => ({ scope: 'host', facet: 'custom', key })),
      notes: [`custom probes: ${Object.keys(probes).join(', ')}`],
    };
  },
};
