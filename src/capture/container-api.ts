/**
 * The Docker Engine API calls container capture makes, typed, each inside a
 * budget (src/capture/engine-http.ts): a hard deadline and a byte cap on its
 * sockets. The only module that talks to dockerode's objects.
 */
import { Writable } from 'node:stream';
import type Docker from 'dockerode';
import { readTar, type TarEntry } from './archive.js';
import type { Engine } from './engine.js';
import type { CallLimits } from './engine-http.js';

/** dockerode honours `abortSignal` on every call; its type definitions omit it. */
function withAbort<T extends object>(options: T, signal: AbortSignal): T {
  return Object.assign({}, options, { abortSignal: signal });
}

/** One small JSON answer (inspect, create, start). */
const JSON_BYTES = 16 * 1024 * 1024;
/** Slack of a stream's socket cap over what the reader keeps (frame headers, HTTP chunking). */
const STREAM_SLACK_BYTES = 1024 * 1024;

export function statusOf(error: unknown): number | undefined {
  return (error as { statusCode?: number } | null)?.statusCode;
}

export function inspectImage(engine: Engine, ref: string, deadlineMs: number, signal: AbortSignal): Promise<Docker.ImageInspectInfo> {
  return engine.call(`inspect image ${ref}`, { deadlineMs, maxBytes: JSON_BYTES, signal }, (docker, s) =>
    docker.getImage(ref).inspect(withAbort({}, s)),
  );
}

export function inspectContainer(
  engine: Engine,
  id: string,
  deadlineMs: number,
  signal?: AbortSignal,
): Promise<Docker.ContainerInspectInfo> {
  return engine.call(`inspect container ${id}`, { deadlineMs, maxBytes: JSON_BYTES, ...(signal ? { signal } : {}) }, (docker, s) =>
    docker.getContainer(id).inspect(withAbort({}, s)),
  );
}

/** Pull an image, following its progress to the end (bounded by `limits`). */
export function pullImage(engine: Engine, ref: string, limits: CallLimits): Promise<void> {
  return engine.call(`pull ${ref}`, limits, async (docker, s) => {
    const stream = await docker.pull(ref, withAbort({}, s));
    await new Promise<void>((resolve, reject) => {
      docker.modem.followProgress(stream, (error: Error | null, events: Array<{ error?: string }>) => {
        const failed = error ?? events.find((e) => e.error);
        if (failed) reject(failed instanceof Error ? failed : new Error(String((failed as { error?: string }).error)));
        else resolve();
      });
    });
  });
}

export function createContainer(
  engine: Engine,
  options: Docker.ContainerCreateOptions,
  deadlineMs: number,
  signal: AbortSignal,
): Promise<string> {
  return engine.call(`create container ${options.name ?? ''}`, { deadlineMs, maxBytes: JSON_BYTES, signal }, async (docker, s) => {
    const container = await docker.createContainer(withAbort(options, s));
    return container.id;
  });
}

export function startContainer(engine: Engine, id: string, deadlineMs: number, signal: AbortSignal): Promise<void> {
  return engine.call(`start container ${id}`, { deadlineMs, maxBytes: JSON_BYTES, signal }, async (docker, s) => {
    await docker.getContainer(id).start(withAbort({}, s));
  });
}

export function forceRemoveContainer(engine: Engine, id: string, deadlineMs: number): Promise<void> {
  return engine.call(`remove container ${id}`, { deadlineMs, maxBytes: JSON_BYTES }, async (docker, s) => {
    await docker.getContainer(id).remove(withAbort({ force: true, v: true }, s));
  });
}

/** The last lines a (non-tty) container printed, demultiplexed by docker-modem. */
export function containerLogTail(engine: Engine, id: string, lines: number, deadlineMs: number, signal: AbortSignal): Promise<string> {
  const maxBytes = 64 * 1024;
  return engine.call(`logs of ${id}`, { deadlineMs, maxBytes: maxBytes + STREAM_SLACK_BYTES, signal }, async (docker, s) => {
    const raw = await docker.getContainer(id).logs(withAbort({ stdout: true, stderr: true, tail: lines, follow: false as const }, s));
    // Non-follow logs come back whole (a Buffer of 8-byte-framed chunks): demultiplex
    // them with docker-modem as a stream would be.
    const { PassThrough } = await import('node:stream');
    const framed = new PassThrough();
    const text: Buffer[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        text.push(chunk);
        done();
      },
    });
    docker.modem.demuxStream(framed, sink, sink);
    await new Promise<void>((resolve) => {
      framed.once('end', resolve);
      framed.end(Buffer.isBuffer(raw) ? raw : Buffer.from(String(raw)));
    });
    return Buffer.concat(text).subarray(-maxBytes).toString('utf8');
  });
}

/** Does `path` exist in the container? One HEAD on the archive API (works on a created, never-started container). */
export function pathExists(engine: Engine, id: string, path: string, deadlineMs: number, signal: AbortSignal): Promise<boolean> {
  return engine.call(`look for ${path} in ${id}`, { deadlineMs, maxBytes: JSON_BYTES, signal }, async (docker, s) => {
    try {
      const res = (await docker.getContainer(id).infoArchive(withAbort({ path }, s))) as { resume?: () => void };
      res.resume?.();
      return true;
    } catch (error) {
      if (statusOf(error) === 404) return false;
      throw error;
    }
  });
}

/**
 * Entries of the tar archive of `path` (bodies only where `keepBody` says, at most
 * `maxKeptBytes` of them), or undefined when the path does not exist. Streamed:
 * the archive of `/` is the whole image; only its time is bounded, not its size.
 */
export function readArchive(
  engine: Engine,
  id: string,
  path: string,
  options: { keepBody: (entry: TarEntry) => boolean; maxKeptBytes: number; deadlineMs: number; signal: AbortSignal },
): Promise<TarEntry[] | undefined> {
  // A rootfs is streamed through, not kept: its socket may carry gigabytes.
  const limits = { deadlineMs: options.deadlineMs, maxBytes: Number.MAX_SAFE_INTEGER, signal: options.signal };
  return engine.call(`read ${path} in ${id}`, limits, async (docker, s) => {
    let stream: NodeJS.ReadableStream;
    try {
      stream = (await docker.getContainer(id).getArchive(withAbort({ path }, s))) as NodeJS.ReadableStream;
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw error;
    }
    return readTar(stream as AsyncIterable<Buffer>, { keepBody: options.keepBody, maxKeptBytes: options.maxKeptBytes });
  });
}

export interface ExecOutcome {
  stdout: Buffer;
  stderr: Buffer;
  exitCode: number | null;
  /** Cut at `timeoutMs`. */
  timedOut: boolean;
  /** Cut because stdout + stderr passed `maxOutputBytes`. */
  overflowed: boolean;
}

/**
 * Run `cmd` with `input` on its stdin; collect at most `maxOutputBytes` of output.
 * At the soft limits (time, bytes) the stream is dropped and what came so far is
 * returned; the engine-level budget (a little above both) is the backstop.
 */
export function execWithInput(
  engine: Engine,
  id: string,
  cmd: string[],
  input: string,
  options: { timeoutMs: number; maxOutputBytes: number; signal?: AbortSignal },
): Promise<ExecOutcome> {
  const limits: CallLimits = {
    deadlineMs: options.timeoutMs + 5_000,
    maxBytes: options.maxOutputBytes * 2 + STREAM_SLACK_BYTES,
    ...(options.signal ? { signal: options.signal } : {}),
  };
  return engine.call(`exec ${cmd.join(' ')} in ${id}`, limits, async (docker, s) => {
    const soft = AbortSignal.timeout(options.timeoutMs);
    const exec = await docker.getContainer(id).exec(withAbort({ Cmd: cmd, AttachStdin: true, AttachStdout: true, AttachStderr: true }, s));
    const stream = (await exec.start(withAbort({ hijack: true, stdin: true }, s))) as NodeJS.ReadWriteStream & { destroy(): void };
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let total = 0;
    let overflowed = false;
    let stop: (how: 'overflow') => void = () => undefined;
    const sink = (into: Buffer[]) =>
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          if (!overflowed) {
            const room = options.maxOutputBytes - total;
            into.push(chunk.length > room ? chunk.subarray(0, room) : chunk);
            total += Math.min(chunk.length, room);
            if (chunk.length >= room && total >= options.maxOutputBytes) {
              overflowed = true;
              stop('overflow');
            }
          }
          done();
        },
      });
    docker.modem.demuxStream(stream, sink(stdout), sink(stderr));
    const how = await new Promise<'ended' | 'timeout' | 'overflow' | 'aborted'>((resolve) => {
      stop = resolve;
      const finish = () => resolve('ended');
      stream.once('end', finish);
      stream.once('close', finish);
      stream.once('error', finish);
      if (soft.aborted) resolve('timeout');
      soft.addEventListener('abort', () => resolve('timeout'), { once: true });
      s.addEventListener('abort', () => resolve('aborted'), { once: true });
      // The hijacked socket is half-closed after the input: EOF on the command's stdin.
      stream.end(input);
    });
    const result = {
      stdout: Buffer.concat(stdout),
      stderr: Buffer.concat(stderr),
      exitCode: null,
      timedOut: how === 'timeout',
      overflowed,
    };
    if (how !== 'ended') {
      // Dropping the connection does not stop the exec; the caller removes the
      // container (or, for a user's container, the bundle's watchdogs end it).
      stream.destroy();
      return result;
    }
    const info = await exec.inspect(withAbort({}, s)).catch(() => undefined);
    return { ...result, exitCode: info && !info.Running ? (info.ExitCode ?? null) : null };
  });
}
