import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { mirrorSeed } from '../../scripts/seeds/cases/mirror.js';
import { expectLogQuoted, reproduceAndRank, SEED_TIMEOUT_MS } from './reproduce.js';

describe('seed: mirror (kube-cross, Debian mirror unreachable)', () => {
  it(
    'ranks the apt source first from the real apt connection failures',
    async () => {
      await reproduceAndRank(mirrorSeed, async ({ run, ranked }) => {
        const top = ranked[0];
        const source = run.expect[0]?.key ?? '';
        expect(source).toMatch(/^https?:\/\/[^/]+\/debian$/);
        expect(top?.key).toBe(source);
        expect((top?.a as { addresses?: string[] } | undefined)?.addresses).toEqual(['127.0.86.1']);
        expect((top?.b as { addresses?: string[] } | undefined)?.addresses).toEqual(['127.0.86.2']);
        const log = await readFile(run.log, 'utf8');
        expect(log).toContain('E: Unable to fetch some archives');
        expectLogQuoted(top, new URL(source).hostname);
      });
    },
    SEED_TIMEOUT_MS,
  );
});
