import { describe, expect, it } from 'vitest';
import { kernelSeed, SEED_KERNEL } from '../../scripts/seeds/cases/kernel.js';
import { reproduceAndRank, SEED_TIMEOUT_MS } from './reproduce.js';

describe('seed: kernel (Node.js image on a CI runner, host kernel 4.4.0-98 vs 4.4.0-103)', () => {
  it(
    'ranks the kernel first from the dpkg pre-dependency failure; the image shows nothing else',
    async () => {
      await reproduceAndRank(kernelSeed, ({ ranked }) => {
        expect(ranked[0]?.facet).toBe('kernel');
        const release = ranked.find((d) => d.scope === 'host' && d.key === 'release');
        expect(release).toMatchObject({ a: SEED_KERNEL.a.release, b: SEED_KERNEL.b.release });
        // Two real captures of the same image: apart from the kernel it runs on, nothing
        // but volatile facts (the throwaway container's hostname).
        const image = ranked.filter((d) => d.scope.startsWith('image:') && d.facet !== 'kernel' && !d.detail?.volatile);
        expect(image.map((d) => `${d.facet}.${d.key}`)).toEqual([]);
      });
    },
    SEED_TIMEOUT_MS,
  );
});
