/**
 * The one config file of every command, JSON:
 *
 *   {
 *     "probes": { "systembackups": "kubectl get systembackups -A -o name" },
 *     "timeout": 5000,
 *     "only": ["os", "kernel", "custom"],
 *     "skip": ["images"],
 *     "ignore": ["resources/disk_free:*", "host/env/*"]
 *   }
 *
 * `--config FILE`, else `envdiff.json` in the current directory or the nearest
 * parent up to the repository root (the directory holding `.git`). Each command
 * uses the keys it knows and accepts the others, so one file serves all; an
 * unknown key or a wrong type is one UsageError naming the file.
 */
import { parseProbeTimeout } from '../capture/limits.js';
import { readFile, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { describeFsError } from '../fingerprint/io.js';

export interface EnvdiffConfig {
  /** Where it was read from, as shown in messages (relative to the cwd when inside it). */
  file?: string;
  probes?: Record<string, string>;
  timeout?: number;
  only?: string[];
  skip?: string[];
  ignore?: string[];
}

const CONFIG_FILE_NAME = 'envdiff.json';
const KEYS = ['probes', 'timeout', 'only', 'skip', 'ignore'] as const;
const MAX_CONFIG_BYTES = 1024 * 1024;

/** `--config FILE` when given, else the nearest envdiff.json, else an empty config. */
export async function loadConfig(cwd: string, explicit?: string): Promise<EnvdiffConfig> {
  if (explicit !== undefined) return readConfig(resolve(cwd, explicit), explicit);
  const found = await findConfig(cwd);
  return found ? readConfig(found, relative(cwd, found) || CONFIG_FILE_NAME) : {};
}

/** envdiff.json in `cwd` or a parent, stopping at the repository root (or at `cwd` outside one). */
async function findConfig(cwd: string): Promise<string | undefined> {
  const root = await repositoryRoot(cwd);
  let dir = resolve(cwd);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE_NAME);
    if (await isFile(candidate)) return candidate;
    if (root === undefined || dir === root) return undefined;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

async function repositoryRoot(cwd: string): Promise<string | undefined> {
  let dir = resolve(cwd);
  for (;;) {
    if (await exists(join(dir, '.git'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );
const isFile = (path: string) =>
  stat(path).then(
    (s) => s.isFile(),
    () => false,
  );

async function readConfig(path: string, shown: string): Promise<EnvdiffConfig> {
  let text: string;
  try {
    const st = await stat(path);
    if (st.isDirectory()) throw new UsageError(`config ${shown} is a directory, not a file`);
    if (st.size > MAX_CONFIG_BYTES) throw new UsageError(`config ${shown} is larger than 1 MB; is it the right file?`);
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read config ${shown}: ${describeFsError(error)}`);
  }
  return parseConfig(text, shown);
}

function parseConfig(text: string, file: string): EnvdiffConfig {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`config ${file} is not valid JSON: ${(error as Error).message}`);
  }
  return validateConfig(doc, file);
}

function validateConfig(doc: unknown, file: string): EnvdiffConfig {
  const bad = (what: string) => new UsageError(`config ${file}: ${what}`);
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) throw bad(`expected a JSON object with ${KEYS.join(', ')}`);
  const record = doc as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!(KEYS as readonly string[]).includes(key)) throw bad(`unknown key ${JSON.stringify(key)}; expected ${KEYS.join(', ')}`);
  }
  const config: EnvdiffConfig = { file };
  const probes = record['probes'];
  if (probes !== undefined) config.probes = probeTable(probes, bad);
  const timeout = record['timeout'];
  if (timeout !== undefined) {
    if (typeof timeout !== 'number' || !Number.isInteger(timeout) || timeout <= 0)
      throw bad('"timeout" must be a positive whole number of milliseconds');
    const parsed = parseProbeTimeout(timeout);
    if ('problem' in parsed) throw bad(`"timeout": ${parsed.problem}`);
    config.timeout = parsed.ms;
  }
  for (const key of ['only', 'skip', 'ignore'] as const) {
    const list = record[key];
    if (list === undefined) continue;
    const what = key === 'ignore' ? 'FACET, FACET/KEY or SCOPE/FACET/KEY globs' : 'facet names';
    if (!Array.isArray(list)) throw bad(`"${key}" must be a list of ${what}`);
    list.forEach((item, i) => {
      if (typeof item !== 'string' || item.trim() === '')
        throw bad(`${key}[${i}] must be a non-empty string (${what}), got ${JSON.stringify(item)}`);
    });
    config[key] = list as string[];
  }
  return config;
}

/** `probes`: {"name": "command"}, or a list of commands each named by its own text. */
function probeTable(probes: unknown, bad: (what: string) => UsageError): Record<string, string> {
  let entries: Array<[string, unknown]>;
  if (Array.isArray(probes)) entries = probes.map((command) => [typeof command === 'string' ? command.trim() : '', command]);
  else if (probes !== null && typeof probes === 'object') entries = Object.entries(probes);
  else throw bad('"probes" must be an object {"name": "command"} or a list of commands');
  const table: Record<string, string> = {};
  for (const [name, command] of entries) {
    if (typeof command !== 'string' || command.trim() === '')
      throw bad(`probe ${JSON.stringify(name)} must be a non-empty sh command string`);
    if (name.trim() === '') throw bad('probe names must not be empty');
    table[name] = command;
  }
  return table;
}
