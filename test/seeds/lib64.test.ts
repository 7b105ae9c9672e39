import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { lib64Seed } from '../../scripts/seeds/cases/lib64.js';
import { expectLogQuoted, reproduceAndRank, SEED_TIMEOUT_MS } from './reproduce.js';

describe('seed: lib64 (Longhorn instance-manager, libfuse3 moved to /usr/lib64)', () => {
  it(
    'ranks the soname as moved first from the real ldd "=> not found"',
    async () => {
      await reproduceAndRank(lib64Seed, async ({ run, ranked }) => {
        const top = ranked[0];
        expect(top?.key).toBe('libfuse3.so.3');
        expect(top?.kind).toBe('moved');
        // The loader's own path (/lib is /usr/lib on merged-/usr Debian).
        expect(JSON.stringify(top?.a)).toMatch(/\/lib\/x86_64-linux-gnu\/libfuse3\.so\.3"/);
        expect(JSON.stringify(top?.b)).toContain('/usr/lib64/libfuse3.so.3');
        expect(await readFile(run.log, 'utf8')).toMatch(/libfuse3\.so\.3 => not found/);
        expectLogQuoted(top, 'libfuse3.so.3 => not found');
        // Same package on both sides: only the library's place differs.
        expect(ranked.some((d) => d.facet === 'packages')).toBe(false);
      });
    },
    SEED_TIMEOUT_MS,
  );
});
