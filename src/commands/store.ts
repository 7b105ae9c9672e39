/**
 * `envdiff store put|get|mark|ls|prune` and `capture --store`: thin orchestration
 * over src/store. Output on stdout is the run's reference (put, capture) so
 * scripts can keep it; everything captured is sanitised before it is printed.
 */
import { resolve } from 'node:path';
import type { Fingerprint } from '../fingerprint/types.js';
import type { RunStatus } from '../store/artifact.js';
import type { Backend } from '../store/backend.js';
import { StoreError } from '../store/errors.js';
import { UsageError } from '../errors.js';
import { openStore } from '../store/location.js';
import { parseSelector, type Selector } from '../store/selector.js';
import { sanitize } from '../render/sanitize.js';
import type { CommandIO } from '../command-io.js';
import type { CaptureOptions } from './options.js';

export interface StoreOptions {
  /** Directory or oci://host/repo; undefined: the default store. */
  store?: string;
  caFile?: string;
  job?: string;
  run?: string;
  status?: RunStatus;
  /** IMAGE@sha256:… the fingerprint describes the build of (registry stores). */
  attach?: string;
  output?: string;
  force?: boolean;
  format?: 'text' | 'json';
  keep?: number;
  keepDays?: number;
}

async function open(options: StoreOptions, io: CommandIO, location = options.store): Promise<Backend> {
  return openStore(location, { env: io.env, cwd: io.cwd, ...(options.caFile ? { caFile: options.caFile } : {}) });
}

/** `oci://host/repo#SELECTOR` or a SELECTOR in --store (or the default store). */
async function target(ref: string, options: StoreOptions, io: CommandIO): Promise<{ backend: Backend; selector: Selector }> {
  let location = options.store;
  let text = ref;
  if (ref.startsWith('oci://')) {
    const hash = ref.indexOf('#');
    if (hash < 0) throw new UsageError(`${ref}: name a run after the store, e.g. ${ref}#JOB@last-green`);
    location = ref.slice(0, hash);
    text = ref.slice(hash + 1);
  }
  const selector = parseSelector(text);
  if (!selector) throw new UsageError(`${ref} is not a run reference; expected JOB@last-green, JOB@latest, JOB@RUN or sha256:…`);
  return { backend: await open(options, io, location), selector };
}

async function record(fingerprint: Fingerprint, options: StoreOptions, io: CommandIO): Promise<number> {
  const backend = await open(options, io);
  const { buildRunMeta } = await import('../store/run-meta.js');
  const meta = buildRunMeta(fingerprint, options, io.env);
  const subject = options.attach ? await resolveSubject(backend, options.attach) : undefined;
  const { recordRun } = await import('../store/runs.js');
  const recorded = await recordRun(backend, fingerprint, meta, subject);
  if (subject && 'attachReferrer' in backend)
    await (backend as import('../store/registry.js').RegistryBackend).attachReferrer(subject, recorded);
  const prefix = backend.location.startsWith('oci://') ? `${backend.location}#` : '';
  io.stdout.write(`${sanitize(prefix + recorded.reference)}\n`);
  io.stderr.write(
    `envdiff: recorded ${sanitize(meta.job)} run ${sanitize(meta.run)} (${meta.status}) in ${sanitize(backend.location)} as ${recorded.digest.slice(0, 19)}…\n`,
  );
  return 0;
}

async function resolveSubject(backend: Backend, image: string) {
  if (!/@sha256:[a-f0-9]{64}$/.test(image)) throw new UsageError(`--attach ${image}: give the built image by digest, IMAGE@sha256:…`);
  if (!('describeImage' in backend))
    throw new UsageError('--attach needs a registry store (--store oci://HOST/REPO): the image lives there');
  return (backend as import('../store/registry.js').RegistryBackend).describeImage(image);
}

export async function runStorePut(file: string, options: StoreOptions, io: CommandIO): Promise<number> {
  const { readInput } = await import('../store/resolve.js');
  return record(await readInput(file, { stdin: io.stdin, env: io.env, cwd: io.cwd }), options, io);
}

/** `capture --store`: the capture written to a buffer (and -o if given), then recorded. */
export async function runCaptureToStore(capture: CaptureOptions, options: StoreOptions, io: CommandIO): Promise<number> {
  const { runCapture, summaryLine } = await import('./capture.js');
  const chunks: string[] = [];
  const sink = Object.assign(
    new (await import('node:stream')).Writable({
      write(chunk: Buffer | string, _encoding, done) {
        chunks.push(chunk.toString());
        done();
      },
    }),
    { isTTY: false },
  );
  const started = Date.now();
  const code = await runCapture({ ...capture, output: '-' }, { ...io, stdout: sink });
  if (code !== 0) return code;
  const text = chunks.join('');
  if (capture.output !== undefined && capture.output !== '-') {
    const { writeFileAtomic } = await import('../fingerprint/io.js');
    await writeFileAtomic(resolve(io.cwd, capture.output), text, { force: capture.force });
  }
  // Our own capture's output: its shape is known, no need to validate it again.
  const fingerprint = JSON.parse(text) as Fingerprint;
  io.stderr.write(`${summaryLine(fingerprint, Date.now() - started, capture.output ?? 'store')}\n`);
  return record(fingerprint, options, io);
}

export async function runStoreGet(ref: string, options: StoreOptions, io: CommandIO): Promise<number> {
  const { backend, selector } = await target(ref, options, io);
  const { findRun, readRun } = await import('../store/runs.js');
  const { serializeFingerprint, writeFileAtomic } = await import('../fingerprint/io.js');
  const text = serializeFingerprint(await readRun(backend, await findRun(backend, selector)));
  if (options.output === undefined || options.output === '-') {
    await new Promise<void>((done, fail) => io.stdout.write(text, (error) => (error ? fail(error) : done())));
  } else {
    await writeFileAtomic(resolve(io.cwd, options.output), text, { force: options.force ?? false });
  }
  return 0;
}

export async function runStoreMark(ref: string, options: StoreOptions, io: CommandIO): Promise<number> {
  if (options.status === undefined) throw new UsageError('store mark needs --status pass or --status fail');
  const { backend, selector } = await target(ref, options, io);
  const { markRun } = await import('../store/runs.js');
  const run = await markRun(backend, selector, options.status);
  io.stderr.write(
    `envdiff: marked ${sanitize(run.meta.job)} run ${sanitize(run.meta.run)} ${options.status}${options.status === 'pass' ? ` (${sanitize(run.meta.job)}@last-green)` : ''}\n`,
  );
  return 0;
}

export async function runStoreLs(options: StoreOptions, io: CommandIO): Promise<number> {
  const backend = await open(options, io);
  const { listRuns } = await import('../store/runs.js');
  const runs = await listRuns(backend, options.job);
  if (options.format === 'json') {
    const rows = runs.map((r) => ({ reference: `${r.meta.job}@${r.tag!.slice(r.tag!.indexOf('--') + 2)}`, digest: r.digest, ...r.meta }));
    io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  if (runs.length === 0) {
    io.stderr.write(`envdiff: no runs${options.job ? ` of job ${sanitize(options.job)}` : ''} in ${sanitize(backend.location)}\n`);
    return 0;
  }
  for (const r of runs) {
    const fields = [
      r.meta.created.slice(0, 19).replace('T', ' '),
      r.meta.status.padEnd(7),
      `${r.meta.job}@${r.tag!.slice(r.tag!.indexOf('--') + 2)}`,
      r.meta.runner ?? '',
      r.meta.commit?.slice(0, 12) ?? '',
    ];
    io.stdout.write(`${sanitize(fields.join('  ').trimEnd())}\n`);
  }
  return 0;
}

export async function runStorePrune(options: StoreOptions, io: CommandIO): Promise<number> {
  if (options.keep === undefined && options.keepDays === undefined)
    throw new UsageError('store prune needs --keep N and/or --keep-days D (what to keep)');
  const backend = await open(options, io);
  const { LayoutBackend } = await import('../store/layout.js');
  if (!(backend instanceof LayoutBackend)) {
    throw new StoreError(`store prune works on a local store; prune ${backend.location} with the registry's own retention policy`);
  }
  const { pruneRuns } = await import('../store/runs.js');
  const result = await pruneRuns(backend, {
    ...(options.keep !== undefined ? { keep: options.keep } : {}),
    ...(options.keepDays !== undefined ? { keepDays: options.keepDays } : {}),
  });
  io.stderr.write(
    `envdiff: pruned ${result.runs} run${result.runs === 1 ? '' : 's'} and ${result.blobs} blob${result.blobs === 1 ? '' : 's'} (${(result.bytes / 1024).toFixed(0)} KiB) from ${sanitize(backend.location)}\n`,
  );
  return 0;
}
