/**
 * `envdiff fleet REF…`: many fingerprints (runners or runs) → the odd runner out and,
 * with statuses (`--failing`), the facts that separate failing runs from passing
 * ones. Members are read one at a time into a running tally (src/fleet/tally.ts),
 * so memory does not grow with the fleet; facets a member shares byte for byte with
 * one read before are neither parsed nor compared again (src/fleet/member-text.ts).
 * Unreadable members are skipped with one line each; exit 2 only when fewer than
 * two are usable. Exit 0 when nothing stands out, 1 with findings.
 */
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { readBuildLog } from '../compare/log-input.js';
import { EnvdiffError, UsageError } from '../errors.js';
import { readFingerprint, writeFileAtomic } from '../fingerprint/io.js';
import type { Fingerprint } from '../fingerprint/types.js';
import { analyseFleet, type FleetLog } from '../fleet/analyse.js';
import { RememberedFacets } from '../fleet/member-text.js';
import { expandRefs } from '../fleet/members.js';
import { readMemberSync } from '../fleet/read-member.js';
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
  /** Runs from a store: a job's runs (with their recorded statuses), optionally recent ones only. */
  store?: string;
  job?: string;
  /** `7d`, `12h`, `30m`, `2w`: runs recorded this recently. */
  since?: string;
  last?: number;
}

/** One fleet member as read: a fingerprint, or why it could not be read. */
interface Read {
  source: string;
  fingerprint?: Fingerprint;
  error: string;
  status?: RunStatus;
  label?: string;
}

export async function runFleet(options: FleetOptions, io: CommandIO): Promise<number> {
  const paths = await expandRefs(options.refs, io.cwd);
  const failing = new Set(await expandRefs(options.failing, io.cwd));
  const passing = new Set(await expandRefs(options.passing, io.cwd));
  for (const p of [...failing, ...passing]) if (!paths.includes(p)) paths.push(p);
  const stored = options.job !== undefined ? await storedRuns(options, io) : undefined;
  const total = paths.length + (stored?.count ?? 0);
  if (total < 2) throw new UsageError(`a fleet needs at least 2 fingerprints, got ${total}`);

  const tally = new FleetTally();
  const statusOf = (path: string): RunStatus =>
    failing.has(path) ? 'fail' : passing.has(path) ? 'pass' : failing.size > 0 ? 'pass' : 'unknown';
  const add = ({ source, fingerprint, error, status, label }: Read) => {
    if (!fingerprint) {
      io.stderr.write(`envdiff: skipped ${sanitize(error)}\n`);
      return;
    }
    tally.add(fingerprint, {
      label: label ?? fingerprint.label ?? fingerprint.hostname ?? source,
      status: status ?? statusOf(source),
      source: shown(source, io.cwd),
    });
  };
  const remembered = new RememberedFacets();
  for (const path of paths) {
    const read = readMemberSync(path, remembered);
    if (read === undefined) add(await readOne(path));
    else add({ source: path, error: '', ...read });
  }
  if (stored) for await (const read of stored.runs) add(read);
  if (tally.members.length < 2) {
    throw new UsageError(`a fleet needs at least 2 readable fingerprints; ${tally.members.length} of ${total} could be read`);
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
    const source = (i: number) => analysis.members[i]!.source;
    const { runCompare } = await import('./compare.js');
    // Stored members are named JOB@RUN: the compare reads them from the same store.
    const env =
      options.store && !options.store.startsWith('oci://') ? { ...io.env, ENVDIFF_STORE: resolve(io.cwd, options.store) } : io.env;
    return runCompare({ a: source(pair.typical), b: source(pair.odd), ignore: [], pair: [], all: false }, { ...io, env });
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

/** Stored runs read while earlier ones are tallied (the store is idle otherwise); a few in flight bound memory. */
const READ_AHEAD = 8;

function readOne(path: string): Promise<Read> {
  return readFingerprint(path).then(
    (fingerprint) => ({ source: path, fingerprint, error: '' }),
    (error: unknown) => {
      if (!(error instanceof UsageError)) throw error;
      return { source: path, error: error.message };
    },
  );
}

/** Results in order, READ_AHEAD of them in flight. */
async function* prefetched<T, R>(items: T[], read: (item: T) => Promise<R>): AsyncGenerator<R> {
  const pending = items.slice(0, READ_AHEAD).map(read);
  for (let next = READ_AHEAD, i = 0; i < items.length; i++, next++) {
    const result = await pending[i]!;
    pending[i] = undefined as never;
    if (next < items.length) pending.push(read(items[next]!));
    yield result;
  }
}

/** A job's runs in a store, newest first, with the statuses `store mark` recorded. */
async function storedRuns(options: FleetOptions, io: CommandIO): Promise<{ count: number; runs: AsyncGenerator<Read> }> {
  const [{ openStore }, { listRuns, manifestOf, readRun }] = await Promise.all([
    import('../store/location.js'),
    import('../store/runs.js'),
  ]);
  const backend = await openStore(options.store, { env: io.env, cwd: io.cwd });
  const since = options.since === undefined ? undefined : Date.now() - durationMs(options.since);
  let runs = (await listRuns(backend, options.job)).filter((r) => since === undefined || Date.parse(r.meta.created) >= since);
  if (options.last !== undefined) runs = runs.slice(0, options.last);
  const prefix = options.store?.startsWith('oci://') ? `${options.store}#` : '';
  return {
    count: runs.length,
    runs: prefetched(runs, async (run) => {
      const source = `${prefix}${run.meta.job}@${run.meta.run}`;
      try {
        const fingerprint = await readRun(backend, await manifestOf(backend, run));
        return { source, fingerprint, error: '', status: run.meta.status, ...(run.meta.runner ? { label: run.meta.runner } : {}) };
      } catch (error) {
        if (!(error instanceof EnvdiffError)) throw error;
        return { source, error: `${source}: ${error.message}` };
      }
    }),
  };
}

/** `30m`, `12h`, `7d`, `2w`. */
function durationMs(text: string): number {
  const match = /^(\d+)\s*(m|h|d|w)$/.exec(text.trim());
  if (!match) throw new UsageError(`--since ${text}: give a duration such as 30m, 12h, 7d or 2w`);
  const unit = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 }[match[2] as 'm' | 'h' | 'd' | 'w'];
  return Number(match[1]) * unit;
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
