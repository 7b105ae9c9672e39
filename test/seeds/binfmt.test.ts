import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { readEntry } from '../../scripts/seeds/binfmt-entry.js';
import { binfmtSeed } from '../../scripts/seeds/cases/binfmt.js';
import { expectLogQuoted, reproduceAndRank, SEED_TIMEOUT_MS } from './reproduce.js';

describe('seed: binfmt (Bottlerocket 1.23, qemu-aarch64 no longer registered)', () => {
  it(
    'ranks binfmt.qemu-aarch64 first from the real exec format error, and restores the entry',
    async () => {
      const before = readEntry('qemu-aarch64');
      expect(before?.enabled, 'qemu-aarch64 must be registered before the seed runs (qemu-user-static)').toBe(true);
      try {
        await reproduceAndRank(binfmtSeed, async ({ run, ranked, a, b }) => {
          const entryA = a.scopes['host']?.facets.binfmt?.['qemu-aarch64'] as { flags?: string } | undefined;
          expect(entryA?.flags).toContain('F');
          expect(b.scopes['host']?.facets.binfmt?.['qemu-aarch64']).toBeUndefined();
          expect(ranked[0]?.kind).toBe('removed');
          expect(await readFile(run.log, 'utf8')).toContain('exec format error');
          expectLogQuoted(ranked[0], 'exec format error');
        });
      } finally {
        expect(readEntry('qemu-aarch64'), 'the qemu-aarch64 registration must be restored exactly').toEqual(before);
      }
    },
    SEED_TIMEOUT_MS,
  );
});
