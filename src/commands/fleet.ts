/**
 * `envdiff fleet REF…`: many fingerprints (runners or runs) → the odd runner out and,
 * with statuses (`--failing`), the facts that separate failing runs from passing
 * ones. Members are read one at a time into a running tally (src/fleet/tally.ts),
 * so memory does not grow with the fleet. Unreadable members are skipped with one
 * line each; exit 2 only when fewer than two are usable. Exit 0 when nothing stands
 * out, 1 with findings.
 */
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { readBuildLog } from '../compare/log-input.js';
import { UsageError } from '../errors.js';
import { readFingerprint, writeFileAtomic } from '../fingerprint/io.js';
import type { Fingerprint } from '../fingerprint/types.js';
import { analyseFleet, type FleetLog } from '../fleet/analyse.js';
import { expandRefs } from '../fleet/members.js';
import { FleetTally } from '../fleet/tally.js';
import type { RunStatus } from '../fleet/types.js';
import { parseBuildLog } from '../rank/index.js';
import { type FleetFormat, renderFleet } from '../render/fleet.js';
import { sanitize } from '../render/sanitize.js';
import type { CommandIO } from '../command-io.js';

export interface FleetOptions {
  refs: string[];
  failing: string[];
  passing: string[];
  /** Failing builds' logs: `FILE` or `LABEL:FILE`. */
  logs: string[];
  /** github: chosen by itself on a GitHub Actions runner writing to a log (src/render/fleet-github.ts). */
  format?: FleetFormat | 'github';
  top?: number;
  output?: string;
  force?: boolean;
}

export async function runFleet(options: FleetOptions, io: CommandIO): Promise<number> {
  const paths = await expandRefs(options.refs, io.cwd);
  const failing = new Set(await expandRefs(options.failing, io.cwd));
  const passing = new Set(await expandRefs(options.passing, io.cwd));
  for (const p of [...failing, ...passing]) if (!paths.includes(p)) paths.push(p);
  if (paths.length < 2) throw new UsageError(`a fleet needs at least 2 fingerprints, got ${paths.length}`);

  const tally = new FleetTally();
  for await (const { path, fingerprint, error } of readAhead(paths)) {
    if (!fingerprint) {
      io.stderr.write(`envdiff: skipped ${sanitize(error)}\n`);
      continue;
    }
    const status: RunStatus = failing.has(path) ? 'fail' : passing.has(path) ? 'pass' : failing.size > 0 ? 'pass' : 'unknown';
    tally.add(fingerprint, { label: fingerprint.label ?? fingerprint.hostname ?? path, status, source: shown(path, io.cwd) });
  }
  if (tally.members.length < 2) {
    throw new UsageError(`a fleet needs at least 2 readable fingerprints; ${tally.members.length} of ${paths.length} could be read`);
  }
  const logs: FleetLog[] = [];
  for (const spec of options.logs) {
    const { label, file } = logSpec(spec, io.cwd);
    logs.push({ ...(label !== undefined ? { label } : {}), log: parseBuildLog(await readBuildLog(file, io.stdin)) });
  }

  const analysis = analyseFleet(tally, { logs });
  const status = analysis.findings.length > 0 ? 1 : 0;
  if (options.output === undefined && options.format === undefined && io.stdout.isTTY === true) {
    const { runFleetTui } = await import('../ui/fleet/run-fleet.js');
    const pair = await runFleetTui(analysis, io);
    if (!pair) return status;
    // Jump into compare: a typical (passing) runner as A, the odd (failing) one as B.
    const source = (i: number) => resolve(io.cwd, analysis.members[i]!.source);
    const { runCompare } = await import('./compare.js');
    return runCompare({ a: source(pair.typical), b: source(pair.odd), ignore: [], pair: [], all: false }, io);
  }
  const onGithub = options.output === undefined && io.env['GITHUB_ACTIONS'] === 'true' && io.stdout.isTTY !== true;
  const format = options.format ?? formatFromName(options.output) ?? (onGithub ? 'github' : 'text');
  const top = options.top !== undefined ? { top: options.top } : {};
  const report =
    format === 'github' && options.output === undefined
      ? (await import('../render/fleet-github.js')).renderFleetGithub(analysis, { ...top, stopToken: randomBytes(12).toString('hex') })
      : renderFleet(analysis, format === 'github' ? 'markdown' : format, top);
  if (options.output !== undefined) await writeFileAtomic(resolve(io.cwd, options.output), report, { force: options.force ?? false });
  else io.stdout.write(report);
  return status;
}

/** Files read while earlier ones are tallied (the disk is idle otherwise); a few in flight bound memory. */
const READ_AHEAD = 8;

async function* readAhead(paths: string[]): AsyncGenerator<{ path: string; fingerprint?: Fingerprint; error: string }> {
  const read = (path: string) =>
    readFingerprint(path).then(
      (fingerprint) => ({ path, fingerprint, error: '' }),
      (error: unknown) => {
        if (!(error instanceof UsageError)) throw error;
        return { path, error: error.message };
      },
    );
  const pending = paths.slice(0, READ_AHEAD).map(read);
  for (let next = READ_AHEAD, i = 0; i < paths.length; i++, next++) {
    const result = await pending[i]!;
    pending[i] = undefined as never;
    if (next < paths.length) pending.push(read(paths[next]!));
    yield result;
  }
}

/** `LABEL:FILE` says which runner's build the log is from; a plain FILE speaks for every failing run. */
function logSpec(spec: string, cwd: string): { label?: string; file: string } {
  if (spec === '-') return { file: spec };
  const colon = spec.indexOf(':');
  if (colon > 0 && !spec.slice(0, colon).includes('/')) {
    const file = spec.slice(colon + 1);
    return { label: spec.slice(0, colon), file: file === '-' ? file : resolve(cwd, file) };
  }
  return { file: resolve(cwd, spec) };
}

function formatFromName(output: string | undefined): FleetFormat | undefined {
  if (!output) return undefined;
  if (/\.(md|markdown)$/i.test(output)) return 'markdown';
  if (/\.json$/i.test(output)) return 'json';
  return undefined;
}

function shown(path: string, cwd: string): string {
  return path.startsWith(`${cwd}/`) ? path.slice(cwd.length + 1) : path;
}
