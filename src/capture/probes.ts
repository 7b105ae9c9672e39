/**
 * The probes a capture runs: the shell probes shipped in the package
 * (probes/<facet>.sh), the facet selection (--only/--skip), and user-defined
 * custom probes, turned into ProbeSpecs for the bundle.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import { PACKAGE_ROOT } from '../package-root.js';
import { FACET_IDS, type FacetId } from '../fingerprint/types.js';
import type { ProbeSpec } from './bundle.js';

/** probes/ at the package root (see package-root.ts). */
export const PROBES_DIR = join(PACKAGE_ROOT, 'probes');

/** Section id of the i-th custom probe (names are free text; ids must be [A-Za-z0-9_.-]). */
export const CUSTOM_SECTION_PREFIX = 'custom.';

const bodies = new Map<string, string>();

/**
 * The sh source of one facet's probe, read once per process. Synchronous on
 * purpose: the files are tiny, and it lets a capture spawn its probe shell before
 * anything else gets the event loop.
 */
export function loadProbeBody(facet: FacetId, dir = PROBES_DIR): string {
  return loadShipped(join(dir, `${facet}.sh`), `the ${facet} probe is missing`);
}

/** The helpers every probe uses (probes/lib.sh), for buildBundle's prelude. */
export function loadProbePrelude(dir = PROBES_DIR): string {
  return loadShipped(join(dir, 'lib.sh'), 'the probe helpers are missing');
}

/** A file shipped with envdiff, read once. A missing one is a broken install, not a user error; still one clear line. */
function loadShipped(file: string, missing: string): string {
  let body = bodies.get(file);
  if (body === undefined) {
    try {
      body = readFileSync(file, 'utf8');
    } catch (error) {
      throw new UsageError(`${missing} (${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); reinstall envdiff`);
    }
    bodies.set(file, body);
  }
  return body;
}

/** ProbeSpecs for shell-probe facets, all with the same budget. */
export function facetProbeSpecs(facets: readonly FacetId[], budgetMs: number, dir = PROBES_DIR): ProbeSpec[] {
  return facets.map((facet) => ({ id: facet, body: loadProbeBody(facet, dir), budgetMs }));
}

/**
 * Custom probes: each command runs as its own bundle section; the facet key is the
 * probe's name. Returns the specs and section id -> name.
 */
export function customProbeSpecs(probes: Record<string, string>, budgetMs: number): { specs: ProbeSpec[]; names: Map<string, string> } {
  const specs: ProbeSpec[] = [];
  const names = new Map<string, string>();
  Object.entries(probes).forEach(([name, command], i) => {
    const id = `${CUSTOM_SECTION_PREFIX}${i + 1}`;
    names.set(id, name);
    specs.push({ id, body: command, budgetMs });
  });
  return { specs, names };
}

export interface FacetSelection {
  only?: readonly string[];
  skip?: readonly string[];
  /** Where only/skip came from, for messages (default: the --only/--skip flags). */
  onlyFrom?: string;
  skipFrom?: string;
}

/**
 * What a capture collects, the same for the host and for every container scope:
 * the selected facets, and the custom probes (empty unless `custom` is selected).
 */
export interface ProbeSelection {
  facets: ReadonlySet<FacetId>;
  /** name -> sh command; results land in the `custom` facet. */
  custom: Readonly<Record<string, string>>;
}

export function probeSelection(selection: FacetSelection & { probes?: Record<string, string> }): ProbeSelection {
  const facets = selectFacets(selection);
  const probes = selection.probes ?? {};
  if (!facets.has('custom')) return { facets, custom: {} };
  if (Object.keys(probes).length === 0) {
    const withoutCustom = new Set(facets);
    withoutCustom.delete('custom');
    return { facets: withoutCustom, custom: {} };
  }
  return { facets, custom: probes };
}

/**
 * Facets to capture: all known facets, narrowed by --only, minus --skip. Unknown
 * names are a UsageError listing the valid ones.
 */
export function selectFacets(selection: FacetSelection): Set<FacetId> {
  const check = (names: readonly string[] | undefined, flag: string): FacetId[] | undefined => {
    if (names === undefined) return undefined;
    const unknown = names.filter((n) => !(FACET_IDS as readonly string[]).includes(n));
    if (unknown.length > 0) {
      const what =
        unknown.length === 1
          ? `unknown facet ${JSON.stringify(unknown[0])}`
          : `unknown facets ${unknown.map((n) => JSON.stringify(n)).join(', ')}`;
      throw new UsageError(`${what} in ${flag}; valid facets: ${FACET_IDS.join(', ')}`);
    }
    return names as FacetId[];
  };
  const onlyFrom = selection.onlyFrom ?? '--only';
  const only = check(selection.only, onlyFrom);
  const skip = new Set(check(selection.skip, selection.skipFrom ?? '--skip') ?? []);
  if (only !== undefined && only.length === 0)
    throw new UsageError(`${onlyFrom} needs at least one facet; valid facets: ${FACET_IDS.join(', ')}`);
  return new Set((only ?? FACET_IDS).filter((f) => !skip.has(f)));
}
