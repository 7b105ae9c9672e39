/**
 * The fleet snapshot (snapshots/fleet/fleet.json) as fingerprints: one real base
 * capture, varied the way real runners vary (names, free disk, memory size, two
 * CPU models — none of them a fault), plus the planted faults on their runners.
 * Used by test/fleet and bench/fleet.bench.ts; as a command it writes the files:
 *   npx tsx scripts/fleet/materialise.ts OUT_DIR [RUNNERS]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FacetValue, Fingerprint } from '../../src/fingerprint/types.js';

export interface PlantedFact {
  scope: string;
  facet: string;
  key: string;
  /** null: the key is absent on the faulty runners. */
  value: FacetValue | null;
}

export interface Fault {
  name: string;
  why: string;
  runners: string[];
  set: PlantedFact[];
}

export interface FleetDescription {
  base: string;
  runners: number;
  seed: number;
  faults: Fault[];
}

export const FLEET_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'snapshots', 'fleet');

export function readFleetDescription(dir = FLEET_DIR): { description: FleetDescription; base: Fingerprint } {
  const description = JSON.parse(readFileSync(join(dir, 'fleet.json'), 'utf8')) as FleetDescription;
  const base = JSON.parse(readFileSync(join(dir, description.base), 'utf8')) as Fingerprint;
  return { description, base };
}

const GIB = 1024 ** 3;
const MIB = 1024 ** 2;

/** mulberry32: small, seeded, the same fleet on every machine. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function runnerName(i: number): string {
  return `runner-${String(i + 1).padStart(2, '0')}`;
}

/** Every runner's fingerprint, faults planted; `runners` overrides the description's count. */
export function materialiseFleet(
  description: FleetDescription,
  base: Fingerprint,
  runners = description.runners,
): Array<{ name: string; fingerprint: Fingerprint }> {
  const random = prng(description.seed);
  const out: Array<{ name: string; fingerprint: Fingerprint }> = [];
  for (let i = 0; i < runners; i++) {
    const name = runnerName(i);
    const fp = structuredClone(base);
    fp.hostname = name;
    fp.label = name;
    vary(fp, name, random);
    for (const fault of description.faults) if (fault.runners.includes(name)) plant(fp, fault.set);
    out.push({ name, fingerprint: fp });
  }
  return out;
}

function vary(fp: Fingerprint, name: string, random: () => number): void {
  const host = fp.scopes['host']!.facets;
  host.os = { ...host.os, 'host.name': name };
  host.env = { ...host.env, HOSTNAME: name, RUNNER_NAME: name };
  // Free disk moves from 20 to 70 GiB with what earlier jobs left; one filesystem.
  const free = Math.round((20 + 50 * random()) * GIB);
  host.resources = {
    ...host.resources,
    'disk_free:/': free,
    'disk_free:/tmp': free - 4096,
    'disk_free:/var/lib/docker': free - 8192,
    // Two VM sizes, a few MB apart within a size, as hypervisors report them.
    mem_total: (random() < 0.5 ? 16 : 32) * GIB - Math.round(random() * 300) * MIB,
  };
  const large = random() < 0.5;
  host.cpu = { ...host.cpu, model: large ? 'AMD EPYC 7B13' : 'AMD EPYC', cores: large ? 4 : 2 };
  for (const [scopeName, scope] of Object.entries(fp.scopes)) {
    if (scopeName === 'host') continue;
    if (scope.facets.env)
      scope.facets.env = {
        ...scope.facets.env,
        HOSTNAME: Math.floor(random() * 2 ** 48)
          .toString(16)
          .padStart(12, '0'),
      };
  }
}

function plant(fp: Fingerprint, facts: PlantedFact[]): void {
  for (const fact of facts) {
    const scope = fp.scopes[fact.scope];
    if (!scope) throw new Error(`planted fact names scope ${fact.scope}, which the base does not have`);
    const facets = scope.facets as Record<string, Record<string, FacetValue>>;
    const facet = (facets[fact.facet] ??= {});
    if (fact.value === null) delete facet[fact.key];
    else facet[fact.key] = fact.value;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [outDir, count] = process.argv.slice(2);
  if (!outDir) {
    console.error('usage: materialise.ts OUT_DIR [RUNNERS]');
    process.exit(2);
  }
  const { description, base } = readFleetDescription();
  mkdirSync(outDir, { recursive: true });
  for (const { name, fingerprint } of materialiseFleet(description, base, count ? Number(count) : undefined)) {
    writeFileSync(join(outDir, `${name}.json`), `${JSON.stringify(fingerprint)}\n`);
  }
}
