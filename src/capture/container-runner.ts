/**
 * Runner for a container, through the Docker Engine API: the probe bundle runs as
 * ONE exec of `/bin/sh -s` with the script on the attached stdin (stdout/stderr
 * demultiplexed by docker-modem, at most BUNDLE_OUTPUT_BYTES kept), and files are
 * read without a shell through the archive API (one tar stream of `/`, see
 * container-files.ts), for shell-less images.
 */
import { execWithInput, readArchive } from './container-api.js';
import { dockerFailure } from './container-errors.js';
import { bodyWanter, FileTree, filesForSources, parseSource } from './container-files.js';
import type { Engine } from './engine.js';
import { BUNDLE_OUTPUT_BYTES } from './limits.js';
import type { Runner, ScriptResult } from './runner.js';

/** The shell the bundle runs under; its presence decides exec vs files. */
export const SHELL = '/bin/sh';

/** Most file content kept from one archive (the dpkg status of a big image is a few MB). */
const MAX_FILE_BYTES = 64 * 1024 * 1024;

export class ContainerRunner implements Runner {
  constructor(
    readonly scope: string,
    private readonly engine: Engine,
    private readonly id: string,
  ) {}

  async runScript(script: string, options: { timeoutMs: number; signal?: AbortSignal }): Promise<ScriptResult> {
    try {
      const outcome = await execWithInput(this.engine, this.id, [SHELL, '-s'], script, {
        timeoutMs: options.timeoutMs,
        maxOutputBytes: BUNDLE_OUTPUT_BYTES,
        ...(options.signal ? { signal: options.signal } : {}),
      });
      return {
        stdout: outcome.stdout.toString('utf8'),
        stderr: outcome.stderr.toString('utf8'),
        exitCode: outcome.exitCode,
        timedOut: outcome.timedOut,
        overflowed: outcome.overflowed,
      };
    } catch (error) {
      return dockerFailure(error, `cannot run ${SHELL} in ${this.scope}`, this.engine);
    }
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
    const deadline = Date.now() + options.timeoutMs;
    const signal = options.signal ?? new AbortController().signal;
    const read = (path: string, keepBody: Parameters<typeof readArchive>[3]['keepBody']) =>
      readArchive(this.engine, this.id, path, {
        keepBody,
        maxKeptBytes: MAX_FILE_BYTES,
        deadlineMs: Math.max(1, deadline - Date.now()),
        signal,
      }).catch((error: unknown) => dockerFailure(error, `cannot read ${path} in ${this.scope}`, this.engine));
    const sources = paths.map(parseSource);
    const entries = await read('/', bodyWanter(sources));
    const tree = new FileTree(entries ?? []);
    const { files, missingBodies } = filesForSources(tree, sources);
    await Promise.all(
      [...missingBodies].map(async ([path, real]) => {
        const body = (await read(real, () => true))?.find((e) => e.type === 'file')?.body;
        if (body) files.set(path, body.toString('utf8'));
      }),
    );
    return files;
  }
}
