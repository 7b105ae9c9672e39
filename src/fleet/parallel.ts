/**
 * A large fleet read on every core. Reading a member is CPU work — JSON.parse,
 * validation and tallying take ~2 ms of a 150 KB fingerprint, so 1,000 runners
 * take 2 s on one thread — and members are independent: worker threads each read
 * and tally slices of the member files, and the main thread merges the slices'
 * tallies in member order (FleetTally.merge), which gives exactly the one-thread
 * tally. Memory stays bounded: a slice's tally, not its fingerprints, crosses
 * threads. The worker is this module itself, loaded again in a thread. I/O.
 */
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { RememberedFacets } from './member-text.js';
import { readMemberSync } from './read-member.js';
import { FleetTally, type TallyData } from './tally.js';
import type { RunStatus } from './types.js';

/** A member file and what the command knows of it before reading. */
export interface MemberFile {
  path: string;
  status: RunStatus;
  /** The path as shown in messages (relative to the working directory). */
  source: string;
}

/** What a slice gave, in member order. */
export type SliceResult =
  | { kind: 'tally'; data: TallyData }
  | { kind: 'skipped'; error: string }
  /** Not a regular file, or unreadable: the main thread reads it as a lone member does. */
  | { kind: 'main-thread'; file: MemberFile };

interface SliceJob {
  slice: number;
  files: MemberFile[];
}

type SliceReply = { slice: number; results: SliceResult[] } | { slice: number; failure: string };

/**
 * Below this many members one thread is quicker: starting a worker costs ~40 ms,
 * reading 50 members ~100 ms.
 */
const MIN_PARALLEL_MEMBERS = 50;
/** Slices per worker: a few, so a worker slowed by the rest of the machine does not hold up the end. */
const SLICES_PER_WORKER = 2;
const MAX_SLICE = 256;

/** How many workers to read `members` files with: 0 to read them on the main thread. */
export function fleetWorkerCount(members: number): number {
  // Under a TypeScript loader (tests running the source) a worker could not load this module.
  if (!import.meta.url.endsWith('.js')) return 0;
  if (members < MIN_PARALLEL_MEMBERS) return 0;
  const cores = availableParallelism();
  return cores < 2 ? 0 : Math.min(cores, Math.floor(members / (MIN_PARALLEL_MEMBERS / 2)));
}

/** Every member's result, in member order, read by `workers` threads. */
export async function* readInWorkers(files: MemberFile[], workers: number): AsyncGenerator<SliceResult> {
  const size = Math.max(1, Math.min(MAX_SLICE, Math.ceil(files.length / (workers * SLICES_PER_WORKER))));
  const slices: MemberFile[][] = [];
  for (let at = 0; at < files.length; at += size) slices.push(files.slice(at, at + size));
  const done = new Map<number, SliceResult[]>();
  let handedOut = 0;
  let failure: Error | undefined;
  let finished = false;
  let wake: (() => void) | undefined;
  const pool: Worker[] = [];
  const handOut = (worker: Worker) => {
    if (handedOut < slices.length) {
      const job: SliceJob = { slice: handedOut, files: slices[handedOut]! };
      handedOut++;
      worker.postMessage(job);
    }
  };
  for (let i = 0; i < workers; i++) {
    const worker = new Worker(new URL(import.meta.url), { workerData: { envdiffFleetWorker: true } });
    pool.push(worker);
    worker.on('message', (reply: SliceReply) => {
      if ('failure' in reply) failure ??= new Error(`reading fleet members failed: ${reply.failure}`);
      else {
        done.set(reply.slice, reply.results);
        handOut(worker);
      }
      wake?.();
    });
    worker.on('error', (error) => {
      failure ??= error;
      wake?.();
    });
    worker.on('exit', (code) => {
      if (!finished) failure ??= new Error(`a fleet worker thread stopped (exit ${code})`);
      wake?.();
    });
    handOut(worker);
  }
  try {
    for (let slice = 0; slice < slices.length; slice++) {
      let results = done.get(slice);
      while (!results) {
        if (failure) throw failure;
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        results = done.get(slice);
      }
      done.delete(slice);
      yield* results;
    }
  } finally {
    finished = true;
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
}

/** In a worker: read and tally one slice; a run of readable members becomes one tally. */
function tallySlice(files: MemberFile[], remembered: RememberedFacets): SliceResult[] {
  const results: SliceResult[] = [];
  let tally = new FleetTally();
  const flush = () => {
    if (tally.members.length === 0) return;
    results.push({ kind: 'tally', data: tally.toData() });
    tally = new FleetTally();
  };
  for (const file of files) {
    const read = readMemberSync(file.path, remembered);
    if (read === undefined) {
      flush();
      results.push({ kind: 'main-thread', file });
    } else if ('error' in read) {
      results.push({ kind: 'skipped', error: read.error });
    } else {
      const { fingerprint } = read;
      tally.add(fingerprint, { label: fingerprint.label ?? fingerprint.hostname ?? file.path, status: file.status, source: file.source });
    }
  }
  flush();
  return results;
}

if (!isMainThread && (workerData as { envdiffFleetWorker?: boolean } | null)?.envdiffFleetWorker === true) {
  const port = parentPort!;
  const remembered = new RememberedFacets();
  port.on('message', (job: SliceJob) => {
    let reply: SliceReply;
    try {
      reply = { slice: job.slice, results: tallySlice(job.files, remembered) };
    } catch (error) {
      reply = { slice: job.slice, failure: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply);
  });
}
