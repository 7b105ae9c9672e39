/**
 * The capture config file (`envdiff capture --config FILE`), JSON:
 *
 *   {
 *     "probes": { "systembackups": "kubectl get systembackups -A -o name" },
 *     "timeout": 5000,
 *     "only": ["os", "kernel", "custom"],
 *     "skip": ["images"]
 *   }
 *
 * `probes` may also be a list of commands, each named by its own text. Command-line
 * flags win over the file. Every problem is one UsageError naming the file.
 */
import { readFile } from 'node:fs/promises';
import { parseProbeTimeout } from '../capture/limits.js';
import { UsageError } from '../errors.js';

export interface CaptureConfig {
  probes?: Record<string, string>;
  timeout?: number;
  only?: string[];
  skip?: string[];
}

const KEYS = ['probes', 'timeout', 'only', 'skip'] as const;

export async function loadCaptureConfig(file: string): Promise<CaptureConfig> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const { describeFsError } = await import('../fingerprint/io.js');
    throw new UsageError(`cannot read config ${file}: ${describeFsError(error)}`);
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`config ${file} is not valid JSON: ${(error as Error).message}`);
  }
  return validateCaptureConfig(doc, file);
}

export function validateCaptureConfig(doc: unknown, file: string): CaptureConfig {
  const bad = (what: string) => new UsageError(`config ${file}: ${what}`);
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) throw bad(`expected a JSON object with ${KEYS.join(', ')}`);
  const record = doc as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!(KEYS as readonly string[]).includes(key)) throw bad(`unknown key ${JSON.stringify(key)}; expected ${KEYS.join(', ')}`);
  }
  const config: CaptureConfig = {};
  const probes = record['probes'];
  if (probes !== undefined) {
    const entries: Array<[string, unknown]> = Array.isArray(probes)
      ? probes.map((command) => [typeof command === 'string' ? command.trim() : '', command])
      : probes !== null && typeof probes === 'object'
        ? Object.entries(probes)
        : (() => {
            throw bad('"probes" must be an object {"name": "command"} or a list of commands');
          })();
    config.probes = {};
    for (const [name, command] of entries) {
      if (typeof command !== 'string' || command.trim() === '')
        throw bad(`probe ${JSON.stringify(name)} must be a non-empty sh command string`);
      if (name.trim() === '') throw bad('probe names must not be empty');
      config.probes[name] = command;
    }
  }
  const timeout = record['timeout'];
  if (timeout !== undefined) {
    if (typeof timeout !== 'number' || !Number.isInteger(timeout) || timeout <= 0)
      throw bad('"timeout" must be a positive whole number of milliseconds');
    const parsed = parseProbeTimeout(timeout);
    if ('problem' in parsed) throw bad(`"timeout": ${parsed.problem}`);
    config.timeout = parsed.ms;
  }
  for (const key of ['only', 'skip'] as const) {
    const list = record[key];
    if (list === undefined) continue;
    if (!Array.isArray(list) || !list.every((f) => typeof f === 'string')) throw bad(`"${key}" must be a list of facet names`);
    config[key] = list as string[];
  }
  return config;
}
