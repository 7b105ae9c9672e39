/**
 * Runner for a container, through the Docker Engine API: the probe bundle runs as
 * ONE exec of `/bin/sh -s` with the script on the attached stdin (stdout/stderr
 * demultiplexed by docker-modem), and files are read without a shell through the
 * archive API (one tar stream of `/`, see container-files.ts), for shell-less images.
 */
import { Writable } from 'node:stream';
import type Docker from 'dockerode';
import { readTar, type TarEntry } from './archive.js';
import { bodyWanter, FileTree, filesForSources, parseSource } from './container-files.js';
import { dockerFailure } from './container-errors.js';
import type { Runner, ScriptResult } from './runner.js';

/** The shell the bundle runs under; its presence decides exec vs files. */
export const SHELL = '/bin/sh';

/** Most file content kept from one archive (the dpkg status of a big image is a few MB). */
const MAX_FILE_BYTES = 64 * 1024 * 1024;

export class ContainerRunner implements Runner {
  constructor(
    readonly scope: string,
    private readonly container: Docker.Container,
    private readonly modem: {
      demuxStream(stream: NodeJS.ReadableStream, stdout: NodeJS.WritableStream, stderr: NodeJS.WritableStream): void;
    },
  ) {}

  async runScript(script: string, options: { timeoutMs: number; signal?: AbortSignal }): Promise<ScriptResult> {
    const budget = AbortSignal.timeout(options.timeoutMs);
    const signal = options.signal ? AbortSignal.any([options.signal, budget]) : budget;
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let stream: NodeJS.ReadWriteStream & { destroy(): void };
    const exec = await this.container
      .exec({
        Cmd: [SHELL, '-s'],
        AttachStdin: true,
        AttachStdout: true,
        AttachStderr: true,
        abortSignal: signal,
      } as Docker.ExecCreateOptions)
      .catch((error: unknown) => dockerFailure(error, `cannot exec ${SHELL} in ${this.scope}`, this.container));
    try {
      stream = (await exec.start({ hijack: true, stdin: true, abortSignal: signal } as Docker.ExecStartOptions)) as typeof stream;
    } catch (error) {
      return dockerFailure(error, `cannot start ${SHELL} in ${this.scope}`, this.container);
    }
    const sink = (into: Buffer[]) =>
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          into.push(chunk);
          done();
        },
      });
    this.modem.demuxStream(stream, sink(stdout), sink(stderr));
    const ended = new Promise<'ended' | 'aborted'>((resolve) => {
      const finish = () => resolve('ended');
      stream.once('end', finish);
      stream.once('close', finish);
      stream.once('error', finish);
      if (signal.aborted) resolve('aborted');
      signal.addEventListener('abort', () => resolve('aborted'), { once: true });
    });
    // The hijacked socket is half-closed after the script: EOF on the shell's stdin.
    stream.end(script);
    const how = await ended;
    if (how === 'aborted') {
      // Dropping the connection does not stop the exec; the caller removes the
      // container (or, for a user's container, the bundle's watchdogs end it).
      stream.destroy();
      return {
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
        exitCode: null,
        timedOut: budget.aborted,
      };
    }
    const info = await exec.inspect().catch(() => undefined);
    return {
      stdout: Buffer.concat(stdout).toString('utf8'),
      stderr: Buffer.concat(stderr).toString('utf8'),
      exitCode: info && !info.Running ? info.ExitCode : null,
      timedOut: false,
    };
  }

  /**
   * The convention of src/parse/sections.ts assembleRawFromFiles: `path` -> file
   * content (symlinks followed), `dir/` -> one entry per line (`name -> target` for
   * symlinks), globs -> one key per match. Paths that do not exist are absent.
   * ONE archive of `/` gives every listing and most bodies (streamed; only wanted
   * bodies are kept); files reached only through a symlink are fetched after it,
   * in parallel.
   */
  async readFiles(paths: string[], options: { timeoutMs: number; signal?: AbortSignal }): Promise<Map<string, string>> {
    const budget = AbortSignal.timeout(options.timeoutMs);
    const signal = options.signal ? AbortSignal.any([options.signal, budget]) : budget;
    const sources = paths.map(parseSource);
    const entries = await this.archive('/', bodyWanter(sources), signal);
    const tree = new FileTree(entries ?? []);
    const { files, missingBodies } = filesForSources(tree, sources);
    await Promise.all(
      [...missingBodies].map(async ([path, real]) => {
        const body = (await this.archive(real, () => true, signal))?.find((e) => e.type === 'file')?.body;
        if (body) files.set(path, body.toString('utf8'));
      }),
    );
    return files;
  }

  /** Entries of the archive of `path`, or undefined when the path does not exist. */
  private async archive(path: string, keepBody: (entry: TarEntry) => boolean, signal: AbortSignal): Promise<TarEntry[] | undefined> {
    let stream: NodeJS.ReadableStream;
    try {
      stream = (await this.container.getArchive({ path, abortSignal: signal } as { path: string })) as NodeJS.ReadableStream;
    } catch (error) {
      if ((error as { statusCode?: number }).statusCode === 404) return undefined;
      return dockerFailure(error, `cannot read ${path} in ${this.scope}`, this.container);
    }
    try {
      return await readTar(stream as AsyncIterable<Buffer>, { keepBody, maxKeptBytes: MAX_FILE_BYTES });
    } catch (error) {
      return dockerFailure(error, `cannot read ${path} in ${this.scope}`, this.container);
    }
  }
}
