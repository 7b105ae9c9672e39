/**
 * Reading one side of a comparison. A side is given as
 *   - `-`: a fingerprint on stdin;
 *   - a path (relative to the command's cwd): a fingerprint file;
 *   - a local image (`debian:12`) when no such file exists: captured now, no host.
 * Every way of naming a fingerprint goes through `readInput`, so new kinds of
 * reference (a store's `JOB@last-green`) are added here and nowhere else.
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { MAX_FINGERPRINT_BYTES, parseFingerprint, readFingerprint } from '../fingerprint/io.js';
import type { Fingerprint } from '../fingerprint/types.js';
import { readBounded } from './log-input.js';

export interface InputContext {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdin?: NodeJS.ReadableStream;
  /** Called around a capture of an image, to show progress; returns its stop function. */
  onCapture?: (what: string) => () => void;
}

export interface Input {
  /** How the side is named in reports: the argument as given. */
  file: string;
  fingerprint: Fingerprint;
}

export async function readInput(ref: string, context: InputContext): Promise<Input> {
  if (ref === '-') {
    if (!context.stdin) throw new UsageError('- reads a fingerprint from stdin, but no stdin is available');
    const text = await readBounded(
      context.stdin,
      MAX_FINGERPRINT_BYTES,
      (size) => `the fingerprint on stdin is over ${Math.round(size / 1024 / 1024)} MB, larger than any envdiff writes`,
    );
    return { file: 'stdin', fingerprint: parseFingerprint(text, 'stdin') };
  }
  const path = resolve(context.cwd, ref);
  const exists = await stat(path).then(
    () => true,
    () => false,
  );
  if (exists || !looksLikeImageRef(ref)) return { file: ref, fingerprint: await readFingerprint(path).catch(reword(ref, path)) };
  return { file: ref, fingerprint: await captureLocalImage(ref, context) };
}

/** Messages name the argument as the user typed it, not its absolute path. */
function reword(ref: string, path: string) {
  return (error: unknown): never => {
    if (error instanceof UsageError && path !== ref) throw new UsageError(error.message.split(path).join(ref));
    throw error;
  };
}

/** `debian:12`, `envdiff-test/busybox`, `ghcr.io/o/r@sha256:…` — never a .json name or a path. */
function looksLikeImageRef(ref: string): boolean {
  return /^[a-z0-9][a-z0-9._/:@-]*$/i.test(ref) && !/\.json$/i.test(ref) && !ref.startsWith('.') && !ref.includes('//');
}

async function captureLocalImage(ref: string, context: InputContext): Promise<Fingerprint> {
  const [{ connectEngine }, { inspectImage }] = await Promise.all([import('../capture/engine.js'), import('../capture/container-api.js')]);
  const engine = await connectEngine(context.env).catch(() => {
    throw new UsageError(`${ref}: no such file, and no Docker engine answered to look for an image of that name`);
  });
  // Bounded below dockerode (engine.call): a stuck engine cannot hold the compare.
  const found = await inspectImage(engine, ref, INSPECT_BUDGET_MS, AbortSignal.timeout(INSPECT_BUDGET_MS)).then(
    () => true,
    () => false,
  );
  if (!found) throw new UsageError(`${ref}: no such file, and no local image of that name (see docker images)`);
  const [{ captureFingerprint }, { probeSelection }] = await Promise.all([import('../capture/capture.js'), import('../capture/probes.js')]);
  const stop = context.onCapture?.(`capturing image ${ref}`);
  try {
    return await captureFingerprint({
      selection: probeSelection({}),
      timeoutMs: DEFAULT_IMAGE_PROBE_TIMEOUT_MS,
      host: false,
      images: [ref],
      containers: [],
      pull: false,
      env: context.env,
      cwd: context.cwd,
    });
  } finally {
    stop?.();
  }
}

/** An engine that answered the ping answers an inspect at once; this only bounds a stuck one. */
const INSPECT_BUDGET_MS = 5_000;

/** The same budget per probe as `envdiff capture`'s default. */
const DEFAULT_IMAGE_PROBE_TIMEOUT_MS = 10_000;
