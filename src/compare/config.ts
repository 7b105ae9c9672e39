/**
 * The compare config file (`--config FILE`): `{"ignore": ["host/env/*", ...]}` —
 * the same patterns as --ignore, for repeated use. Other top-level keys belong to
 * other commands (capture's probes) and are left alone; "ignore" must be there.
 */
import { readFile } from 'node:fs/promises';
import { UsageError } from '../errors.js';
import { describeFsError } from '../fingerprint/io.js';

const MAX_CONFIG_BYTES = 1024 * 1024;

export interface CompareConfig {
  ignore: string[];
}

export async function readCompareConfig(file: string): Promise<CompareConfig> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read config ${file}: ${describeFsError(error)}`);
  }
  if (text.length > MAX_CONFIG_BYTES) throw new UsageError(`config ${file} is larger than 1 MB; is it the right file?`);
  return parseCompareConfig(text, file);
}

export function parseCompareConfig(text: string, file: string): CompareConfig {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`config ${file} is not valid JSON: ${(error as Error).message}`);
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
    throw new UsageError(`config ${file} must be a JSON object like {"ignore": ["host/env/*"]}`);
  }
  const ignore = (doc as Record<string, unknown>)['ignore'];
  if (ignore === undefined) throw new UsageError(`config ${file} has no "ignore" list; expected {"ignore": ["scope/facet/key glob", ...]}`);
  if (!Array.isArray(ignore)) throw new UsageError(`config ${file}: "ignore" must be a list of scope/facet/key globs`);
  ignore.forEach((p, i) => {
    if (typeof p !== 'string' || p.trim() === '') {
      throw new UsageError(`config ${file}: ignore[${i}] must be a non-empty string (a scope/facet/key glob), got ${JSON.stringify(p)}`);
    }
  });
  return { ignore: ignore as string[] };
}
