/**
 * The family of a difference: what kind of change it is (facet, kind, step, whether the build names
 * it), from the narrowest to the broadest, as coarse as the corpus can measure how often a change of
 * that kind caused the failure when the log named neither it nor anything it implies.
 *
 * Those measured rates (family-rates.ts, refitted with `npm run eval -- --fit-families`) temper the
 * table prior: a kernel bump the log never mentions was the cause in 1 case of 22; a package B no
 * longer has, in 3 of 5. Without them, a changed kernel or OS release outranked every removed package
 * whose name the log does not print.
 */
import type { Difference } from '../diff/types.js';
import { factOf } from './equivalents.js';
import { FAMILY_RATES } from './family-rates.js';
import type { Magnitude } from './magnitude.js';
import { gainedNonAscii } from './priors.js';

/** Whether the log names what the difference is about: a tool it runs, or one it never mentions. */
export type Use = 'uses' | 'unused' | '';

export function familyOf(d: Difference, magnitude: Magnitude | undefined, use: Use): string[] {
  const fact = factOf(d);
  const step = magnitude?.step && magnitude.step !== 'same' ? `/${magnitude.abi ? 'abi' : magnitude.step}` : '';
  const tail = use ? ` ${use}` : '';
  const chain = (() => {
    if (fact.facet === 'packages' || fact.facet === 'toolchains') {
      const kind = `${fact.facet}/${d.kind}`;
      return [`${kind}${step}${tail}`, `${kind}${step}`, kind, fact.facet];
    }
    // Too few variables gain letters outside ASCII for a rate of their own; the env rate, measured on paths and
    // flags that rarely matter, would bury them.
    if (fact.facet === 'env' && gainedNonAscii(d)) return ['env/changed/non-ascii'];
    if (fact.facet === 'env') return [`env/${d.kind}${tail}`, `env/${d.kind}`, 'env'];
    // An image's repository is the user's choice, the base of a build in one case and a service it never talks to
    // in the next: a rate per repository measures which images the cases happened to name.
    if (fact.facet === 'images') return [`images/${d.kind}`, 'images'];
    const key = fact.key.split(':')[0]!;
    const broader = [`${fact.facet}/${key}/${d.kind}`, `${fact.facet}/${key}`, fact.facet];
    // Across an ABI boundary (a glibc minor, a kernel that is WSL1's translation layer) is its own family. A kernel
    // moved onto or off WSL1 is never measured by the broader ones: the release every runner-image update bumps
    // says nothing of it.
    if (magnitude?.abi) return fact.facet === 'kernel' ? [`${broader[0]}/abi`] : [`${broader[0]}/abi`, ...broader];
    return broader;
  })();
  // Without a step or a use, the narrower names are the broader one: each family once, or the fit counts it thrice.
  return [...new Set(chain)];
}

/** A family that causes one failure in ten keeps a prior of this size; the rate moves it by its square root. */
const TYPICAL_RATE = 0.1;
const TYPICAL_PRIOR = 0.35;

/**
 * How much the measured rate weighs against the table: chosen on rounds the rates were not fitted on
 * (fitted up to round 68 and run on rounds 69–76, up to 76 and run on 77–84: 0.65 ranked 3 and 5 more
 * causes first than an even 0.5, and 0.8 fewer again; fitted up to round 99 and run on rounds 100–107:
 * 0.65 and 0.8 ranked 171 of 202 first, 0.5 166).
 */
const MEASURED_WEIGHT = 0.65;

/**
 * The table prior, tempered by how often its family was the cause: their weighted geometric mean. The
 * table keeps what it knows of directions and limits (a libc downgrade, a sysctl below a program's
 * minimum); the rate corrects what it cannot know, how often such a change is only there by chance.
 */
export function familyPrior(prior: number, family: readonly string[]): number {
  const rate = family.map((f) => FAMILY_RATES[f]).find((r) => r !== undefined);
  if (rate === undefined) return prior;
  const measured = Math.min(1, TYPICAL_PRIOR * Math.sqrt(rate / TYPICAL_RATE));
  return prior ** (1 - MEASURED_WEIGHT) * measured ** MEASURED_WEIGHT;
}
