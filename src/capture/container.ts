/**
 * Capture inside containers through the Docker Engine API (dockerode).
 *
 * API (used by the capture command, src/capture/capture.ts):
 *
 *   captureContainerScope(docker, target, options): Promise<{ name: string; scope: Scope }>
 *     docker:  a connected dockerode client (src/capture/docker.ts connectDocker(env)).
 *     target:  { kind: 'image', ref }      -> scope `image:REF`: a container is created from the
 *                                             local image (pulled only with options.pull; a
 *                                             missing image is a CaptureError), labelled
 *                                             `dev.envdiff.capture=1`, named `envdiff-*`, and
 *                                             always removed (success, failure, timeout,
 *                                             SIGINT/SIGTERM).
 *              { kind: 'container', ref }  -> scope `container:NAME`: an existing running
 *                                             container (ID or name); never stopped or removed.
 *     options: { pull: boolean; timeoutMs: number (per-probe budget, as for the host);
 *                selection: ProbeSelection (src/capture/probes.ts, the same value the host
 *                capture uses); signal?: AbortSignal }
 *   The scope holds the `images` facet (image inspect: id, digests, architecture, os, variant,
 *   created, config env (redacted) / user / workdir, layer count) and every selected shell
 *   facet: run by ONE `/bin/sh -s` exec when the image has a shell, otherwise (no /bin/sh, or
 *   it cannot start: exec format error) rebuilt from files read through the archive API and
 *   parsed by the same parsers (ProbeRecord.source = 'files', the reason says why and which
 *   facets came from files only).
 *   Total time per container is bounded (probe budget + fixed overhead).
 *
 *   CONTAINER_LABEL: the label every container envdiff creates carries (value `1`), with
 *   CONTAINER_PID_LABEL: the creating process's pid.
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type Docker from 'dockerode';
import { CaptureError } from '../errors.js';
import type { ProbeRecord, Scope } from '../fingerprint/types.js';
import { FILE_SOURCES, PARSERS } from '../parse/index.js';
import { assembleRawFromFiles } from '../parse/sections.js';
import { redactValue } from '../redact.js';
import { trackContainer } from './container-cleanup.js';
import { dockerFailure, engineMessage, isUnreachable } from './container-errors.js';
import { ContainerRunner, SHELL } from './container-runner.js';
import { globToRegExp } from './container-files.js';
import { imageEntryFromInspect } from './docker.js';
import type { ProbeSelection } from './probes.js';
import { BUNDLE_MARGIN_MS, emptyScope, runProbes, shellFacets, type ScopeParts } from './scope.js';

/** The label every container envdiff creates carries (`docker ps -a --filter label=...`). */
export const CONTAINER_LABEL = 'dev.envdiff.capture';
/** The pid of the envdiff process that created it: whose container it is, and whether its owner still lives. */
export const CONTAINER_PID_LABEL = 'dev.envdiff.capture.pid';

export interface ContainerTarget {
  kind: 'image' | 'container';
  /** Image ref (`debian:12`, an id) or container id/name, as the user gave it. */
  ref: string;
}

export interface ContainerCaptureOptions {
  pull: boolean;
  /** Budget of each probe in ms (the same as the host's). */
  timeoutMs: number;
  selection: ProbeSelection;
  signal?: AbortSignal;
}

/** Engine round trips besides the probes (inspect, create, start, exec, archive), bounded together. */
const API_OVERHEAD_MS = 15_000;
/** Extra budget of a pull when --pull is given. */
const PULL_BUDGET_MS = 300_000;

export async function captureContainerScope(
  docker: Docker,
  target: ContainerTarget,
  options: ContainerCaptureOptions,
): Promise<{ name: string; scope: Scope }> {
  const abort = new AbortController();
  const budgetMs = options.timeoutMs + BUNDLE_MARGIN_MS + API_OVERHEAD_MS + (target.kind === 'image' && options.pull ? PULL_BUDGET_MS : 0);
  const timer = setTimeout(() => abort.abort(new CaptureError(`no result within ${budgetMs} ms`)), budgetMs);
  const forward = () => abort.abort(options.signal?.reason);
  if (options.signal?.aborted) forward();
  options.signal?.addEventListener('abort', forward, { once: true });
  try {
    return target.kind === 'image'
      ? await captureImage(docker, target.ref, options, abort)
      : await captureRunning(docker, target.ref, options, abort.signal);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', forward);
  }
}

/** `--image REF`: a throwaway container from a local image, removed whatever happens. */
async function captureImage(
  docker: Docker,
  ref: string,
  options: ContainerCaptureOptions,
  abort: AbortController,
): Promise<{ name: string; scope: Scope }> {
  const name = `image:${ref}`;
  const { signal } = abort;
  const image = await inspectImage(docker, ref, options.pull, signal);
  const lifetimeS = Math.ceil((options.timeoutMs + BUNDLE_MARGIN_MS + API_OVERHEAD_MS) / 1000);
  const containerName = `envdiff-${randomBytes(6).toString('hex')}`;
  const created = docker.createContainer({
    name: containerName,
    Image: image.Id,
    // Waits and nothing else: the image's own entrypoint never runs. `sleep` bounds the
    // container's life even if envdiff is killed (-9) before removing it; `read` keeps a
    // shell without `sleep` waiting on the open stdin. No AutoRemove: a shell that dies
    // at start must leave the container for the files fallback (and its error).
    Entrypoint: [SHELL, '-c', `sleep ${lifetimeS} 2>/dev/null || read -r envdiff_wait`],
    Cmd: [],
    // A fixed hostname: the default (the container id) would differ in every capture
    // and show up as noise in env.HOSTNAME and /etc/hosts.
    Hostname: 'envdiff-capture',
    OpenStdin: true,
    Labels: { [CONTAINER_LABEL]: '1', [CONTAINER_PID_LABEL]: String(process.pid) },
  });
  const remove = trackContainer(docker.getContainer(containerName), abort, created);
  try {
    const container = await created.catch((error: unknown) => dockerFailure(error, `cannot create a container from ${ref}`, docker));
    checkAborted(signal, name);
    const runner = new ContainerRunner(name, container, docker.modem);
    const scope = emptyScope('image', ref);
    addImageFacet(scope, ref, image, options.selection);
    let noShell = (await hasShell(container, signal)) ? await startFailure(container, signal) : `no ${SHELL} in the image`;
    if (noShell === undefined) {
      try {
        merge(scope, await runProbes(runner, options.selection, { timeoutMs: options.timeoutMs, signal }));
      } catch (error) {
        noShell = await shellDied(container, signal);
        if (noShell === undefined) throw error;
      }
    }
    if (noShell !== undefined) merge(scope, await captureFromFiles(runner, options, signal, noShell));
    checkAborted(signal, name);
    return { name, scope };
  } finally {
    await remove().catch((error: unknown) =>
      dockerFailure(
        error,
        `cannot remove container ${containerName} (labelled ${CONTAINER_LABEL}=1); remove it with docker rm -f ${containerName}`,
        docker,
      ),
    );
  }
}

/** `--container ID|NAME`: a running container of the user's; never stopped or removed. */
async function captureRunning(
  docker: Docker,
  ref: string,
  options: ContainerCaptureOptions,
  signal: AbortSignal,
): Promise<{ name: string; scope: Scope }> {
  const container = docker.getContainer(ref);
  let info: Docker.ContainerInspectInfo;
  try {
    info = await container.inspect({ abortSignal: signal } as object);
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode === 404)
      throw new CaptureError(`no container ${ref}: give the ID or name of a running container (docker ps)`);
    return dockerFailure(error, `cannot inspect container ${ref}`, docker);
  }
  if (!info.State.Running)
    throw new CaptureError(`container ${ref} is not running (${info.State.Status}); start it or use --image ${info.Config.Image}`);
  const containerName = info.Name.replace(/^\//, '');
  const name = `container:${containerName}`;
  const scope = emptyScope('container', containerName);
  const running = docker.getContainer(info.Id);
  const runner = new ContainerRunner(name, running, docker.modem);
  const [image, shell] = await Promise.all([
    docker
      .getImage(info.Image)
      .inspect({ abortSignal: signal } as object)
      .catch(() => undefined),
    hasShell(running, signal),
  ]);
  if (image) addImageFacet(scope, info.Config.Image, image, options.selection);
  merge(
    scope,
    shell
      ? await runProbes(runner, options.selection, { timeoutMs: options.timeoutMs, signal })
      : await captureFromFiles(runner, options, signal, `no ${SHELL} in the container`),
  );
  checkAborted(signal, name);
  return { name, scope };
}

async function inspectImage(docker: Docker, ref: string, pull: boolean, signal: AbortSignal): Promise<Docker.ImageInspectInfo> {
  const inspect = () => docker.getImage(ref).inspect({ abortSignal: signal } as object);
  try {
    return await inspect();
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode !== 404) return dockerFailure(error, `cannot inspect image ${ref}`, docker);
  }
  if (!pull) throw new CaptureError(`image ${ref} is not present locally; pull it or pass --pull`);
  try {
    const stream = await docker.pull(ref, { abortSignal: signal } as object);
    await new Promise<void>((resolve, reject) => {
      docker.modem.followProgress(stream, (error: Error | null, events: Array<{ error?: string }>) => {
        const failed = error ?? events.find((e) => e.error);
        if (failed) reject(failed instanceof Error ? failed : new Error(String((failed as { error?: string }).error)));
        else resolve();
      });
    });
    return await inspect();
  } catch (error) {
    throw new CaptureError(`cannot pull image ${ref}: ${engineMessage(error)}`);
  }
}

/**
 * Start the waiting shell. A shell that cannot run (an image for another
 * architecture without its binfmt interpreter: exec format error) is not fatal:
 * the capture falls back to files. Returns why, or undefined when it started.
 */
async function startFailure(container: Docker.Container, signal: AbortSignal): Promise<string | undefined> {
  try {
    await container.start({ abortSignal: signal } as object);
    return undefined;
  } catch (error) {
    // The runtime refusing the entrypoint is 400/500; anything else (engine gone, abort) is fatal.
    const status = (error as { statusCode?: number }).statusCode;
    if (signal.aborted || isUnreachable(error) || (status !== 400 && status !== 500))
      return dockerFailure(error, 'cannot start the capture container', container);
    return `${SHELL} could not start (${engineMessage(error).slice(0, 160)})`;
  }
}

/**
 * The shell started but exited at once (the runtime reports an exec format error
 * that way: an image for another architecture without its binfmt interpreter).
 * Returns why, or undefined when the container is still running.
 */
async function shellDied(container: Docker.Container, signal: AbortSignal): Promise<string | undefined> {
  if (signal.aborted) return undefined;
  const info = await container.inspect({ abortSignal: signal } as object).catch(() => undefined);
  if (!info || info.State.Running) return undefined;
  // The runtime writes "exec /bin/sh: exec format error" to the container's output.
  const logs = await container
    .logs({ stdout: true, stderr: true, tail: 3, follow: false, abortSignal: signal } as object)
    .then((raw) => lastLogLine(raw as unknown as Buffer))
    .catch(() => '');
  const why = [info.State.Error, logs].filter(Boolean).join('; ') || `exit status ${info.State.ExitCode}`;
  return `${SHELL} could not start (${why.replace(/[\x00-\x1f\x7f]+/g, ' ').slice(0, 160)})`;
}

/** The last line of a non-tty container log (8-byte frame headers before each chunk). */
function lastLogLine(raw: Buffer): string {
  let text = '';
  for (let pos = 0; pos + 8 <= raw.length; ) {
    const size = raw.readUInt32BE(pos + 4);
    text += raw.subarray(pos + 8, pos + 8 + size).toString('utf8');
    pos += 8 + size;
  }
  return text.trim().split('\n').pop() ?? '';
}

/**
 * Does the container have a shell? One HEAD on the archive API (path stat), which
 * works on a created, never-started container: shell-less images are never started
 * at all. A dangling /bin/sh link is caught later, when the shell dies at start.
 */
async function hasShell(container: Docker.Container, signal: AbortSignal): Promise<boolean> {
  try {
    const res = (await container.infoArchive({ path: SHELL, abortSignal: signal } as { path: string })) as { resume?: () => void };
    res.resume?.();
    return true;
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode === 404) return false;
    return dockerFailure(error, `cannot look for ${SHELL}`, container);
  }
}

/** The image facet of a container scope: `images.<ref>` with the config the build sees. */
function addImageFacet(scope: Scope, ref: string, image: Docker.ImageInspectInfo, selection: ProbeSelection): void {
  if (!selection.facets.has('images')) return;
  const entry = imageEntryFromInspect(image);
  const config = image.Config as
    | { Env?: string[] | null; User?: string; WorkingDir?: string; Entrypoint?: string[] | string | null; Cmd?: string[] | null }
    | undefined;
  entry['env'] = (config?.Env ?? []).map(redactEnvEntry);
  entry['user'] = config?.User ?? '';
  entry['workdir'] = config?.WorkingDir ?? '';
  entry['layers'] = image.RootFS?.Layers?.length ?? 0;
  scope.facets.images = { [ref]: entry };
  scope.probes.images = { status: 'ok', durationMs: 0, source: 'api' };
}

/** Image config env is as untrusted as the host's: redacted the way the env facet is. */
function redactEnvEntry(entry: string): string {
  const eq = entry.indexOf('=');
  return eq === -1 ? entry : `${entry.slice(0, eq)}=${redactValue(entry.slice(0, eq), entry.slice(eq + 1))}`;
}

/**
 * Shell-less image: every selected facet that has FILE_SOURCES is rebuilt from
 * files read through the archive API and parsed by the same parser as the probe
 * output; the others are `unavailable` (they describe a running system).
 */
async function captureFromFiles(
  runner: ContainerRunner,
  options: ContainerCaptureOptions,
  signal: AbortSignal,
  why: string,
): Promise<ScopeParts> {
  const parts: ScopeParts = { facets: {}, probes: {} };
  const facets = shellFacets(options.selection);
  const readable = facets.filter((f) => (FILE_SOURCES[f]?.length ?? 0) > 0 && PARSERS[f]);
  const started = performance.now();
  const paths = [...new Set(readable.flatMap((f) => FILE_SOURCES[f] ?? []))];
  let files = new Map<string, string>();
  let failure: ProbeRecord | undefined;
  try {
    if (paths.length > 0) files = await runner.readFiles(paths, { timeoutMs: options.timeoutMs, signal });
  } catch (error) {
    if (signal.aborted) throw error;
    // The files' own budget (a huge image) or an engine error: recorded per facet, not fatal.
    const timedOut = /out of time/.test((error as Error).message);
    failure = { status: timedOut ? 'timeout' : 'error', durationMs: 0, source: 'files', reason: (error as Error).message.slice(0, 300) };
  }
  const durationMs = Math.round(performance.now() - started);
  const onlyFiles = `${why}: read from its files only (${readable.join(', ')}); no commands ran`;
  for (const facet of facets) {
    if (!readable.includes(facet)) {
      parts.probes[facet] = { status: 'unavailable', durationMs: 0, source: 'files', reason: `${why}; ${facet} needs a running shell` };
      continue;
    }
    if (failure) {
      parts.probes[facet] = { ...failure, durationMs };
      continue;
    }
    const own = filesOf(FILE_SOURCES[facet] ?? [], files);
    const record: ProbeRecord = { status: 'ok', durationMs, source: 'files', reason: onlyFiles };
    if (own.size === 0) {
      parts.probes[facet] = {
        status: 'unavailable',
        durationMs,
        source: 'files',
        reason: `${why}, and none of the files ${facet} reads exist`,
      };
      continue;
    }
    try {
      parts.facets[facet] = PARSERS[facet]!(assembleRawFromFiles(facet, own), { scope: runner.scope });
    } catch (error) {
      record.status = 'error';
      record.reason = `could not parse its files: ${(error as Error).message}`.slice(0, 300);
    }
    parts.probes[facet] = record;
  }
  if (Object.keys(options.selection.custom).length > 0) {
    parts.probes.custom = { status: 'unavailable', durationMs: 0, source: 'files', reason: `${why}: custom probes cannot run` };
  }
  return parts;
}

/** The read files a facet's sources name (globs matched per path component). */
function filesOf(sources: string[], files: Map<string, string>): Map<string, string> {
  const own = new Map<string, string>();
  const patterns = sources.map((source) => {
    const parts = source.split('/').filter(Boolean);
    return { listing: source.endsWith('/'), parts: parts.map((p) => globToRegExp(p)) };
  });
  for (const [path, text] of files) {
    const listing = path.endsWith('/');
    const parts = path.split('/').filter(Boolean);
    const named = patterns.some(
      (p) => p.parts.length === parts.length && p.parts.every((re, i) => re.test(parts[i]!)) && (listing || !p.listing),
    );
    if (named) own.set(path, text);
  }
  return own;
}

function merge(scope: Scope, parts: ScopeParts): void {
  Object.assign(scope.facets, parts.facets);
  Object.assign(scope.probes, parts.probes);
}

function checkAborted(signal: AbortSignal, name: string): void {
  if (!signal.aborted) return;
  const reason = signal.reason as unknown;
  if (reason instanceof CaptureError) throw new CaptureError(`capture of ${name}: ${reason.message}`);
  throw new CaptureError(`capture of ${name} interrupted${reason instanceof Error ? ` (${reason.message})` : ''}`);
}
