/**
 * What a capture read from files (a shell-less image, or an engine where exec
 * fails; ProbeRecord.source = 'files') cannot know, so that comparing it with a
 * capture that ran the probes never reports the gap as a change. Measured on
 * envdiff-test/debian:bookworm captured both ways (exec vs its files): without
 * this table, 10 false differences (DNS answers -> none, /etc/hosts, charmap
 * removed, C/POSIX locales, the clock, ld-cache-only sonames, merged-/usr paths).
 * Pure; each entry is tested (test/diff/files-source.test.ts).
 */
import type { Facet, FacetValue } from '../fingerprint/types.js';

interface FilesBlindSpot {
  facet: string;
  key: RegExp;
  /** Only these fields of object values are unknown (else: the whole key). */
  fields?: string[];
  /** Only these members of list values are unknown. */
  members?: string[];
  why: string;
}

const FILES_BLIND_SPOTS: FilesBlindSpot[] = [
  { facet: 'mirrors', key: /^hosts\./, why: '/etc/hosts entries are written into a running container' },
  { facet: 'mirrors', key: /^resolv\.nameservers$/, why: 'the resolver is given to a running container' },
  { facet: 'mirrors', key: /^(?!resolv\.|hosts\.|proxy\.)/, fields: ['addresses'], why: 'DNS answers need a running resolver' },
  { facet: 'locale', key: /^charmap$/, why: 'the charmap is what `locale` reports at run time' },
  { facet: 'locale', key: /^available$/, members: ['C', 'POSIX'], why: 'C and POSIX are built into the C library, not files' },
  { facet: 'time', key: /^(?:utc|utc_offset|skew_s|skew_ref|skew_unavailable)$/, why: 'the clock of a running system, and the mirror asked for it' },
  { facet: 'os', key: /^host\.name$/, why: 'the name of a running container' },
];

const LIBRARY_WHY = 'sonames only the linker cache knows (ldconfig -p) cannot be read from files';

/**
 * Both facets with the blind spots of the files side removed, and why (for the
 * "not compared" line). `files` is the side read from files.
 */
export function withoutBlindSpots(facet: string, exec: Facet, files: Facet): { exec: Facet; files: Facet; why: string[] } {
  const why = new Set<string>();
  let e = exec;
  let f = files;
  if (facet === 'libraries') {
    e = { ...exec };
    for (const key of Object.keys(e)) {
      if (!Object.hasOwn(files, key) && key.includes('.so')) {
        delete e[key];
        why.add(LIBRARY_WHY);
      }
    }
    e = mapPaths(e);
    f = mapPaths(files);
  }
  for (const spot of FILES_BLIND_SPOTS) {
    if (spot.facet !== facet) continue;
    for (const side of [e, f]) {
      for (const key of Object.keys(side)) if (spot.key.test(key)) why.add(spot.why);
    }
    e = strip(e, spot);
    f = strip(f, spot);
  }
  return { exec: e, files: f, why: [...why] };
}

function strip(facet: Facet, spot: FilesBlindSpot): Facet {
  const out: Facet = {};
  for (const [key, value] of Object.entries(facet)) {
    if (!spot.key.test(key)) out[key] = value;
    else if (spot.fields && isObject(value)) out[key] = omitFields(value, spot.fields);
    else if (spot.members && Array.isArray(value)) out[key] = value.filter((m) => !spot.members!.includes(m));
  }
  return out;
}

function omitFields(value: Extract<FacetValue, Record<string, unknown>>, fields: string[]): FacetValue {
  const out = { ...value };
  for (const f of fields) delete out[f];
  return out;
}

/** Merged /usr: `/lib/x` and `/usr/lib/x` are one file; the linker cache and a file listing name it differently. */
function mapPaths(facet: Facet): Facet {
  const out: Facet = {};
  for (const [key, value] of Object.entries(facet)) {
    out[key] = Array.isArray(value) ? [...new Set(value.map((p) => p.replace(/^\/(lib|lib32|lib64|libx32)\//, '/usr/$1/')))].sort() : value;
  }
  return out;
}

function isObject(v: FacetValue): v is Extract<FacetValue, Record<string, unknown>> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
