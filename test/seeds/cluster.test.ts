import { describe, expect, it } from 'vitest';
import { clusterSeed } from '../../scripts/seeds/cases/cluster.js';
import { expectLogQuoted, reproduceAndRank, SEED_TIMEOUT_MS } from './reproduce.js';

describe('seed: cluster (Longhorn uninstall, leftover SystemBackups)', () => {
  it(
    'ranks a custom probe first; --probe flags and --config capture the same facet',
    async () => {
      await reproduceAndRank(clusterSeed, ({ ranked, a, b }) => {
        const customA = a.scopes['host']?.facets.custom ?? {};
        const customB = b.scopes['host']?.facets.custom ?? {};
        expect(Object.keys(customA).sort()).toEqual(['backups', 'server-version', 'systembackups']);
        expect(Object.keys(customB).sort()).toEqual(Object.keys(customA).sort());
        expect(customA['systembackups']).toBe('');
        expect(customB['systembackups']).toBe('systembackup.longhorn.io/sb-1');
        expect(ranked[0]?.facet).toBe('custom');
        expectLogQuoted(ranked[0], ranked[0]?.key === 'backups' ? 'backup-4c8e1f2a9b3d4e5f' : 'SystemBackups');
      });
    },
    SEED_TIMEOUT_MS,
  );
});
