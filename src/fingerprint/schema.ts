import type { Fingerprint } from './types.js';

/** Deepest nesting accepted inside a facet value; real values are 2-3 levels deep. */
export const MAX_VALUE_DEPTH = 32;

const SCOPE_NAME = /^(host|image:.+|container:.+)$/;
const SCOPE_KINDS = new Set(['host', 'image', 'container']);
const PROBE_STATUSES = new Set(['ok', 'unavailable', 'error', 'timeout', 'skipped']);
const PROBE_SOURCES = new Set(['exec', 'files', 'api']);

/**
 * Validate a parsed document. Returns the first problem as a short phrase
 * ("scopes/host/kind must be one of host, image, container") or undefined.
 *
 * The one validator at run time: it accepts exactly what the published
 * schema/fingerprint.schema.json accepts (plus the depth cap), which the fuzz test
 * checks against Ajv on thousands of mutated documents. Ajv itself is not run here:
 * compiling the schema cost ~60 ms of every run, and its anyOf over 120k facet
 * values ~0.9 s at scale. `keysOf` lists a facet's own keys: the reader passes the
 * lists it already made (a 100k-key facet's list costs ~10 ms).
 */
export function firstSchemaProblem(doc: unknown, keysOf: (facet: object) => string[] = Object.keys): string | undefined {
  return structureProblem(doc) ?? facetProblem(doc as Fingerprint, keysOf);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Everything the schema says outside facet values. */
function structureProblem(doc: unknown): string | undefined {
  if (!isRecord(doc)) return 'document must be object';
  for (const field of ['schema', 'tool', 'capturedAt', 'hostname', 'scopes']) {
    if (!Object.hasOwn(doc, field)) return `document is missing "${field}"`;
  }
  if (doc['schema'] !== 'envdiff.fingerprint/v1') return 'schema must be "envdiff.fingerprint/v1"';
  const tool = doc['tool'];
  if (!isRecord(tool)) return 'tool must be object';
  if (!Object.hasOwn(tool, 'name')) return 'tool is missing "name"';
  if (!Object.hasOwn(tool, 'version')) return 'tool is missing "version"';
  if (tool['name'] !== 'envdiff') return 'tool/name must be "envdiff"';
  if (typeof tool['version'] !== 'string') return 'tool/version must be string';
  if (typeof doc['capturedAt'] !== 'string' || doc['capturedAt'] === '') return 'capturedAt must be a non-empty string';
  if (typeof doc['hostname'] !== 'string') return 'hostname must be string';
  if (Object.hasOwn(doc, 'label') && typeof doc['label'] !== 'string') return 'label must be string';
  const scopes = doc['scopes'];
  if (!isRecord(scopes)) return 'scopes must be object';
  for (const [name, scope] of Object.entries(scopes)) {
    if (!SCOPE_NAME.test(name)) return `scopes property name "${name}" must be host, image:<ref> or container:<name>`;
    const at = `scopes/${name}`;
    if (!isRecord(scope)) return `${at} must be object`;
    for (const field of ['kind', 'facets', 'probes']) if (!Object.hasOwn(scope, field)) return `${at} is missing "${field}"`;
    if (!SCOPE_KINDS.has(scope['kind'] as string)) return `${at}/kind must be one of host, image, container`;
    if (Object.hasOwn(scope, 'ref') && typeof scope['ref'] !== 'string') return `${at}/ref must be string`;
    const facets = scope['facets'];
    if (!isRecord(facets)) return `${at}/facets must be object`;
    for (const [facet, value] of Object.entries(facets)) if (!isRecord(value)) return `${at}/facets/${facet} must be object`;
    const probes = scope['probes'];
    if (!isRecord(probes)) return `${at}/probes must be object`;
    for (const [facet, probe] of Object.entries(probes)) {
      const p = `${at}/probes/${facet}`;
      if (!isRecord(probe)) return `${p} must be object`;
      if (!Object.hasOwn(probe, 'status')) return `${p} is missing "status"`;
      if (!Object.hasOwn(probe, 'durationMs')) return `${p} is missing "durationMs"`;
      if (!PROBE_STATUSES.has(probe['status'] as string)) return `${p}/status must be one of ok, unavailable, error, timeout, skipped`;
      if (typeof probe['durationMs'] !== 'number' || probe['durationMs'] < 0) return `${p}/durationMs must be a number >= 0`;
      if (Object.hasOwn(probe, 'reason') && typeof probe['reason'] !== 'string') return `${p}/reason must be string`;
      if (Object.hasOwn(probe, 'source') && !PROBE_SOURCES.has(probe['source'] as string))
        return `${p}/source must be one of exec, files, api`;
    }
  }
  return undefined;
}

/** Every facet value: string, number, boolean, string[] or an object nested at most MAX_VALUE_DEPTH. */
function facetProblem(doc: Fingerprint, keysOf: (facet: object) => string[]): string | undefined {
  for (const [scopeName, scope] of Object.entries(doc.scopes)) {
    for (const [facetName, facet] of Object.entries(scope.facets)) {
      if (!facet) continue;
      const keys = keysOf(facet);
      for (let k = 0; k < keys.length; k++) {
        const key = keys[k]!;
        const value: unknown = facet[key];
        const type = typeof value;
        if (type === 'string' || type === 'number' || type === 'boolean') continue;
        if (Array.isArray(value)) {
          for (let i = 0; i < value.length; i++) {
            if (typeof value[i] !== 'string') return `${facetPath(scopeName, facetName, key)}/${i} must be string`;
          }
          continue;
        }
        if (value === null || type !== 'object')
          return `${facetPath(scopeName, facetName, key)} must be a string, number, boolean, list of strings or object`;
        if (nestedDeeperThan(value as object, MAX_VALUE_DEPTH))
          return `value nested deeper than ${MAX_VALUE_DEPTH} levels at ${facetPath(scopeName, facetName, key)}`;
      }
    }
  }
  return undefined;
}

// Built only on failure: the loop above runs over every value of every facet.
function facetPath(scope: string, facet: string, key: string): string {
  return `scopes/${scope}/facets/${facet}/${key}`;
}

/** Recursion is safe here: it stops at `limit` levels, however deep the input is. */
function nestedDeeperThan(node: object, limit: number): boolean {
  if (limit <= 0) return true;
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) {
      const child: unknown = node[i];
      if (child !== null && typeof child === 'object' && nestedDeeperThan(child, limit - 1)) return true;
    }
    return false;
  }
  for (const key in node) {
    const child: unknown = (node as Record<string, unknown>)[key];
    if (child !== null && typeof child === 'object' && nestedDeeperThan(child, limit - 1)) return true;
  }
  return false;
}
