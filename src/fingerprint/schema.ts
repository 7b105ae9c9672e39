import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import type { Fingerprint } from './types.js';

const require = createRequire(import.meta.url);
// The schema ships in the package (schema/), so users and other tools can validate too.
export const fingerprintSchema = require('../../schema/fingerprint.schema.json') as object;

const ajv = new Ajv({ allErrors: false, strict: false });
const validate = ajv.compile<Fingerprint>(fingerprintSchema);

/** Deepest nesting accepted inside a facet value; real values are 2-3 levels deep. */
export const MAX_VALUE_DEPTH = 32;

/**
 * Validate a parsed document. Returns the first problem as a short phrase
 * ("scopes/host/kind must be one of host, image, container") or undefined.
 */
export function firstSchemaProblem(doc: unknown): string | undefined {
  const tooDeep = findTooDeep(doc, 0);
  if (tooDeep !== undefined) return `value nested deeper than ${MAX_VALUE_DEPTH} levels at ${tooDeep || '/'}`;
  if (validate(doc)) return undefined;
  const err = validate.errors?.[0];
  if (!err) return 'does not match the fingerprint schema';
  const where = err.instancePath ? err.instancePath.slice(1) : 'document';
  if (err.keyword === 'enum' && Array.isArray(err.params['allowedValues'])) {
    return `${where} must be one of ${(err.params['allowedValues'] as unknown[]).join(', ')}`;
  }
  if (err.keyword === 'const') return `${where} must be ${JSON.stringify(err.params['allowedValue'])}`;
  if (err.keyword === 'required') return `${where} is missing "${String(err.params['missingProperty'])}"`;
  return `${where} ${err.message ?? 'is invalid'}`;
}

/** Iterative depth check: recursion on hostile input could overflow the stack. */
function findTooDeep(root: unknown, _depth: number): string | undefined {
  const stack: Array<[unknown, number, string]> = [[root, 0, '']];
  while (stack.length > 0) {
    const [node, depth, path] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    // facets sit at depth 4 (scopes/<s>/facets/<f>), values add their own nesting
    if (depth > MAX_VALUE_DEPTH + 5) return path;
    for (const [k, v] of Object.entries(node)) stack.push([v, depth + 1, `${path}/${k}`]);
  }
  return undefined;
}
