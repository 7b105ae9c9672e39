/**
 * Capture inside containers through the Docker Engine API (dockerode).
 *
 * API (used by the capture command, src/capture/capture.ts):
 *
 *   captureContainerScope(engine, target, options): Promise<{ name: string; scope: Scope }>
 *     engine:  a connected engine (src/capture/engine.ts connectEngine(env)); every call
 *              through it is bounded in time and bytes (src/capture/container-api.ts).
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
 *   Total time per container is bounded (probe budget + fixed overhead), and so is every
 *   engine call. The capture container's log is capped (json-file, 64 KB) and its
 *   own /etc/hosts entry is left out of the mirrors facet.
 *
 *   CONTAINER_LABEL: the label every container envdiff creates carries (value `1`), with
 *   CONTAINER_PID_LABEL: the creating process's pid.
 */
import { randomBytes } from 'node:crypto';
import type Docker from 'dockerode';
import { CaptureError } from '../errors.js';
import type { Scope } from '../fingerprint/types.js';
import { redactEnvEntries } from '../redact.js';
import { createContainer, inspectContainer, inspectImage as inspectImageCall, pullImage, statusOf } from './container-api.js';
import { trackContainer } from './container-cleanup.js';
import { dockerFailure, engineMessage } from './container-errors.js';
import { captureFromFiles } from './container-fallback.js';
import { ContainerRunner, SHELL } from './container-runner.js';
import { API_CALL_MS, hasShell, shellDied, startFailure } from './container-shell.js';
import type { Engine } from './engine.js';
import { imageEntryFromInspect } from './images-facet.js';
import type { ProbeSelection } from './probes.js';
import { BUNDLE_MARGIN_MS, emptyScope, runProbes, type ScopeParts } from './scope.js';

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
  engine: Engine,
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
      ? await captureImage(engine, target.ref, options, abort)
      : await captureRunning(engine, target.ref, options, abort.signal);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', forward);
  }
}

/** The capture container's hostname: fixed, so it is the same in every capture. */
export const CAPTURE_HOSTNAME = 'envdiff-capture';

/** `--image REF`: a throwaway container from a local image, removed whatever happens. */
async function captureImage(
  engine: Engine,
  ref: string,
  options: ContainerCaptureOptions,
  abort: AbortController,
): Promise<{ name: string; scope: Scope }> {
  const name = `image:${ref}`;
  const { signal } = abort;
  const image = await inspectImage(engine, ref, options.pull, signal);
  const lifetimeS = Math.ceil((options.timeoutMs + BUNDLE_MARGIN_MS + API_OVERHEAD_MS) / 1000);
  const containerName = `envdiff-${randomBytes(6).toString('hex')}`;
  const created = createContainer(
    engine,
    {
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
      Hostname: CAPTURE_HOSTNAME,
      OpenStdin: true,
      Labels: { [CONTAINER_LABEL]: '1', [CONTAINER_PID_LABEL]: String(process.pid) },
      // A hostile entrypoint that floods its output must not fill the engine's log
      // store: the log is capped at 64 KB (not off: its tail is how a shell that
      // cannot start says why, e.g. "exec /bin/sh: exec format error").
      HostConfig: { LogConfig: { Type: 'json-file', Config: { 'max-size': '64k', 'max-file': '1' } } },
    },
    API_CALL_MS,
    signal,
  );
  const remove = trackContainer(engine, containerName, abort, created);
  try {
    await created.catch((error: unknown) => dockerFailure(error, `cannot create a container from ${ref}`, engine));
    checkAborted(signal, name);
    const runner = new ContainerRunner(name, engine, containerName);
    const scope = emptyScope('image', ref);
    addImageFacet(scope, ref, image, options.selection);
    let noShell = (await hasShell(engine, containerName, signal))
      ? await startFailure(engine, containerName, signal)
      : `no ${SHELL} in the image`;
    if (noShell === undefined) {
      try {
        const parts = await runProbes(runner, options.selection, { timeoutMs: options.timeoutMs, signal });
        // A shell that dies at start (exec format error) may still look alive when started on a loaded
        // machine: every probe then fails. Ask again before keeping an empty capture.
        noShell = nothingCaptured(parts) ? await shellDied(engine, containerName, signal) : undefined;
        if (noShell === undefined) merge(scope, withoutCaptureMachinery(parts));
      } catch (error) {
        noShell = await shellDied(engine, containerName, signal);
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
        engine,
      ),
    );
  }
}

/** No probe produced a fact: every one failed or timed out. */
function nothingCaptured(parts: ScopeParts): boolean {
  const probes = Object.values(parts.probes);
  return probes.length > 0 && probes.every((p) => p?.status !== 'ok') && Object.keys(parts.facets).length === 0;
}

/**
 * What envdiff's own capture container adds to what it sees: the engine writes the
 * container's address under its hostname into /etc/hosts, a different address in
 * every capture. Not a fact of the image: left out.
 */
function withoutCaptureMachinery(parts: ScopeParts): ScopeParts {
  const mirrors = parts.facets.mirrors;
  if (mirrors) delete mirrors[`hosts.${CAPTURE_HOSTNAME}`];
  return parts;
}

/** `--container ID|NAME`: a running container of the user's; never stopped or removed. */
async function captureRunning(
  engine: Engine,
  ref: string,
  options: ContainerCaptureOptions,
  signal: AbortSignal,
): Promise<{ name: string; scope: Scope }> {
  let info: Docker.ContainerInspectInfo;
  try {
    info = await inspectContainer(engine, ref, API_CALL_MS, signal);
  } catch (error) {
    if (statusOf(error) === 404) throw new CaptureError(`no container ${ref}: give the ID or name of a running container (docker ps)`);
    return dockerFailure(error, `cannot inspect container ${ref}`, engine);
  }
  if (!info.State.Running)
    throw new CaptureError(`container ${ref} is not running (${info.State.Status}); start it or use --image ${info.Config.Image}`);
  const containerName = info.Name.replace(/^\//, '');
  const name = `container:${containerName}`;
  const scope = emptyScope('container', containerName);
  const runner = new ContainerRunner(name, engine, info.Id);
  const [image, shell] = await Promise.all([
    inspectImageCall(engine, info.Image, API_CALL_MS, signal).catch(() => undefined),
    hasShell(engine, info.Id, signal),
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

async function inspectImage(engine: Engine, ref: string, pull: boolean, signal: AbortSignal): Promise<Docker.ImageInspectInfo> {
  const inspect = () => inspectImageCall(engine, ref, API_CALL_MS, signal);
  try {
    return await inspect();
  } catch (error) {
    if (statusOf(error) !== 404) return dockerFailure(error, `cannot inspect image ${ref}`, engine);
  }
  if (!pull) throw new CaptureError(`image ${ref} is not present locally; pull it or pass --pull`);
  try {
    await pullImage(engine, ref, { deadlineMs: PULL_BUDGET_MS, maxBytes: 64 * 1024 * 1024, signal });
    return await inspect();
  } catch (error) {
    throw new CaptureError(`cannot pull image ${ref}: ${engineMessage(error)}`);
  }
}

/** The image facet of a container scope: `images.<ref>` with the config the build sees. */
function addImageFacet(scope: Scope, ref: string, image: Docker.ImageInspectInfo, selection: ProbeSelection): void {
  if (!selection.facets.has('images')) return;
  const entry = imageEntryFromInspect(image);
  const config = image.Config as
    | { Env?: string[] | null; User?: string; WorkingDir?: string; Entrypoint?: string[] | string | null; Cmd?: string[] | null }
    | undefined;
  entry['env'] = redactEnvEntries(config?.Env ?? []);
  entry['user'] = config?.User ?? '';
  entry['workdir'] = config?.WorkingDir ?? '';
  entry['layers'] = image.RootFS?.Layers?.length ?? 0;
  scope.facets.images = { [ref]: entry };
  scope.probes.images = { status: 'ok', durationMs: 0, source: 'api' };
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
