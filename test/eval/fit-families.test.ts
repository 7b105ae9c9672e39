import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fitFamilyRates } from '../../src/eval/fit-families.js';
import { loadScenarios } from '../../src/eval/scenarios.js';
import { readFingerprint } from '../../src/fingerprint/io.js';
import { FAMILY_RATES } from '../../src/rank/family-rates.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const BASE = resolve(ROOT, 'snapshots', 'base', 'host.json');

describe('family rates (src/rank/family-rates.ts)', () => {
  it('are what --fit-families measures on the train cases of eval/cases', async () => {
    expect(existsSync(BASE)).toBe(true);
    const fit = fitFamilyRates(await readFingerprint(BASE), await loadScenarios(resolve(ROOT, 'eval', 'cases')));
    expect(fit.cases).toBeGreaterThan(3000);
    expect(fit.rates).toEqual(FAMILY_RATES);
    // What the rates are for: a package B lost is a likely cause, a kernel bump the log never mentions is not.
    expect(fit.rates['packages/removed']).toBeGreaterThan(0.4);
    expect(fit.rates['kernel/release']).toBeLessThan(0.1);
    // Every case of the corpus (10,733), compared once: about two and a half minutes on a two-core runner, and
    // close to five when another run shares it.
  }, 480_000);
});
