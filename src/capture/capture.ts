/**
 * The capture service: fingerprints the host (probe bundle + /proc reads +
 * Docker engine API, all at once) and any images/containers asked for, and
 * assembles the Fingerprint. Every string in it goes through the redaction
 * safety net before it leaves this module.
 */
import { hostname } from 'node:os';
import { performance } from 'node:perf_hooks';
import { CaptureError } from '../errors.js';
import { FACET_IDS, FINGERPRINT_SCHEMA, type Facet, type FacetId, type Fingerprint, type Scope } from '../fingerprint/types.js';
import { SKEW_UNAVAILABLE } from '../parse/clock.js';
import { redactText } from '../redact.js';
import { VERSION } from '../version.js';
import { HostRunner } from './host-runner.js';
import type { ProbeSelection } from './probes.js';
import { emptyScope, runProbes, type ScopeParts } from './scope.js';
import type { ContainerTarget } from './container.js';
import type { Engine as EngineConnection } from './engine.js';
import { mergeHostFacet } from './system.js';

export interface CaptureRequest {
  selection: ProbeSelection;
  /** Budget of each probe in ms. */
  timeoutMs: number;
  label?: string;
  /** Fingerprint the host (false with --no-host). */
  host: boolean;
  images: string[];
  containers: string[];
  pull: boolean;
  /** The user's environment: probes run in it, DOCKER_HOST is read from it. */
  env: NodeJS.ProcessEnv;
  cwd: string;
  signal?: AbortSignal;
}

export async function captureFingerprint(request: CaptureRequest): Promise<Fingerprint> {
  const needsContainers = request.images.length > 0 || request.containers.length > 0;
  const scopes: Record<string, Scope> = {};
  const [host, containerScopes] = await Promise.all([
    request.host ? captureHostScope(request) : undefined,
    needsContainers ? captureContainerScopes(request) : [],
  ]);
  if (host) scopes['host'] = host;
  for (const { name, scope } of containerScopes) scopes[name] = scope;
  for (const scope of Object.values(scopes)) recordSkipped(scope, request.selection);

  const fingerprint: Fingerprint = {
    schema: FINGERPRINT_SCHEMA,
    tool: { name: 'envdiff', version: VERSION },
    capturedAt: new Date().toISOString(),
    hostname: hostname(),
    ...(request.label !== undefined ? { label: request.label } : {}),
    scopes,
  };
  return redactFingerprint(fingerprint);
}

/**
 * Facets left out by --only/--skip get a `skipped` record, so a compare against a
 * full capture says "not compared" instead of listing every key as removed.
 * `custom` is only ever captured when probes are defined, so it is not recorded.
 */
function recordSkipped(scope: Scope, selection: ProbeSelection): void {
  for (const facet of FACET_IDS) {
    if (facet === 'custom' || selection.facets.has(facet) || scope.probes[facet]) continue;
    scope.probes[facet] = { status: 'skipped', durationMs: 0, reason: 'not selected (--only/--skip)' };
  }
}

/**
 * Safety net over the parsers' own redaction: URL credentials and token shapes in
 * any string of the fingerprint — values, keys (mirror URLs are keys), reasons,
 * the label — are replaced.
 */
export function redactFingerprint(fingerprint: Fingerprint): Fingerprint {
  const { schema, tool, capturedAt, ...rest } = fingerprint;
  return { schema, tool, capturedAt, ...(redactDeep(rest) as Omit<Fingerprint, 'schema' | 'tool' | 'capturedAt'>) };
}

function redactDeep(value: unknown, seen = new Map<string, string>()): unknown {
  // Many strings repeat (package status/manager, library dirs): redact each once.
  const text = (s: string): string => {
    let out = seen.get(s);
    if (out === undefined) seen.set(s, (out = redactText(s)));
    return out;
  };
  if (typeof value === 'string') return text(value);
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, seen));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) out[text(key)] = redactDeep(inner, seen);
    return out;
  }
  return value;
}

type Settled<T> = Promise<{ ok: true; value: T } | { ok: false; error: unknown }>;

function settle<T>(promise: Promise<T>): Settled<T> {
  return promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
}

type Engine = { client: EngineConnection; connectMs: number };

async function connectHostEngine(env: NodeJS.ProcessEnv): Promise<Engine> {
  const started = performance.now();
  const { connectEngine } = await import('./engine.js');
  const client = await connectEngine(env);
  return { client, connectMs: Math.round(performance.now() - started) };
}

async function captureHostScope(request: CaptureRequest): Promise<Scope> {
  const { selection } = request;
  const wants = (facet: FacetId) => selection.facets.has(facet);
  // The bundle first: it is the longest part, and runs in other processes.
  const probes = runProbes(new HostRunner({ env: request.env, cwd: request.cwd }), selection, {
    timeoutMs: request.timeoutMs,
    separate: ['toolchains'],
    ...(request.signal ? { signal: request.signal } : {}),
  });
  const system = wants('resources') ? settle(timed(import('./system.js').then((m) => m.captureResourceFacts()))) : undefined;
  const dockerFacets =
    wants('docker') || wants('images') ? captureEngineFacets(request) : Promise.resolve<ScopeParts>({ facets: {}, probes: {} });

  const [fromProbes, fromSystem, fromEngine] = await Promise.all([probes, system, dockerFacets]);
  const time = fromProbes.facets.time;
  if (time?.skew_unavailable === SKEW_UNAVAILABLE.noClient && typeof time.skew_ref === 'string') {
    // No curl or wget on this host: Node asks the mirror the probe found instead.
    const { skew_unavailable: _, ...rest } = time;
    fromProbes.facets.time = { ...rest, ...(await (await import('./clock.js')).measureClockSkew(time.skew_ref)) };
  }
  const scope = emptyScope('host');
  const parts: ScopeParts = {
    facets: { ...fromProbes.facets, ...fromEngine.facets },
    probes: { ...fromProbes.probes, ...fromEngine.probes },
  };
  if (fromSystem?.ok) addSystemFacts(parts, fromSystem.value.value, fromSystem.value.ms);
  // Facets in their canonical order, so two captures of one machine serialize alike.
  for (const facet of FACET_IDS) {
    const value = parts.facets[facet];
    const record = parts.probes[facet];
    if (value) scope.facets[facet] = value;
    if (record) scope.probes[facet] = record;
  }
  return scope;
}

/**
 * resources on the host: the probe's portable keys plus what /proc adds (swap,
 * filesystem types); if the probe could not run, those stand in.
 */
function addSystemFacts(parts: ScopeParts, fromApi: Facet, ms: number): void {
  const fromProbe = parts.facets.resources;
  const record = parts.probes.resources;
  parts.facets.resources = mergeHostFacet(fromProbe, fromApi);
  if (!record) {
    parts.probes.resources = { status: 'ok', durationMs: ms, source: 'api' };
  } else if (record.status !== 'ok' && !fromProbe) {
    const probe = `${record.status}${record.reason ? ` (${record.reason})` : ''}`;
    parts.probes.resources = { status: 'ok', durationMs: ms, source: 'api', reason: `from /proc only; the probe: ${probe}` };
  }
}

async function captureEngineFacets(request: CaptureRequest): Promise<ScopeParts> {
  const parts: ScopeParts = { facets: {}, probes: {} };
  const facets = (['docker', 'images'] as const).filter((f) => request.selection.facets.has(f));
  const connected = await settle(connectHostEngine(request.env));
  if (!connected.ok) {
    const reason =
      connected.error instanceof CaptureError ? connected.error.message : String((connected.error as Error)?.message ?? connected.error);
    for (const f of facets) parts.probes[f] = { status: 'unavailable', durationMs: 0, reason, source: 'api' };
    return parts;
  }
  const { client, connectMs } = connected.value;
  const { JSON_CALL } = await import('./engine.js');
  const [{ captureDockerFacet }, { captureImagesFacet }] = await Promise.all([import('./docker-facet.js'), import('./images-facet.js')]);
  // Each facet has the budget of a probe (at least one request's), on top of each
  // request's own deadline: hundreds of image inspects cannot add up past it.
  const budget = AbortSignal.timeout(Math.max(request.timeoutMs, JSON_CALL.deadlineMs));
  const signal = request.signal ? AbortSignal.any([request.signal, budget]) : budget;
  const run: Record<'docker' | 'images', () => Promise<Facet>> = {
    docker: () => captureDockerFacet(client, request.env, signal),
    images: () => captureImagesFacet(client, signal),
  };
  await Promise.all(
    facets.map(async (f) => {
      const result = await settle(timed(run[f]()));
      if (result.ok) {
        parts.facets[f] = result.value.value;
        parts.probes[f] = { status: 'ok', durationMs: connectMs + result.value.ms, source: 'api' };
      } else {
        parts.probes[f] = { status: 'error', durationMs: connectMs, reason: engineError(result.error), source: 'api' };
      }
    }),
  );
  return parts;
}

/** The whole reason, on one line: an engine's error chain ends with its cause. */
function engineError(error: unknown): string {
  const e = error as { name?: string; message?: string; statusCode?: number; code?: string };
  const message = (e.message ?? String(error)).replace(/\s*\n\s*/g, ' ');
  if (e.code === 'ENGINE_DEADLINE' || e.code === 'ENGINE_TOO_MUCH' || e.code === 'ENGINE_ABORTED') return `the Docker engine: ${message}`;
  if (e.name === 'AbortError' || e.name === 'TimeoutError') return 'the Docker engine did not answer in time';
  return `the Docker engine answered with an error: ${e.statusCode ? `HTTP ${e.statusCode} ` : ''}${message}`;
}

async function captureContainerScopes(request: CaptureRequest): Promise<Array<{ name: string; scope: Scope }>> {
  const { connectEngine } = await import('./engine.js');
  const engine = await connectEngine(request.env).catch((error: unknown) => {
    throw error instanceof CaptureError ? new CaptureError(`cannot fingerprint images/containers: ${error.message}`) : error;
  });
  const { captureContainerScope } = await import('./container.js');
  const targets: ContainerTarget[] = [
    ...request.images.map((ref) => ({ kind: 'image' as const, ref })),
    ...request.containers.map((ref) => ({ kind: 'container' as const, ref })),
  ];
  const results: Array<{ name: string; scope: Scope }> = [];
  // One at a time: each already runs its probes concurrently, and containers are heavy.
  for (const target of targets) {
    results.push(
      await captureContainerScope(engine, target, {
        pull: request.pull,
        timeoutMs: request.timeoutMs,
        selection: request.selection,
        ...(request.signal ? { signal: request.signal } : {}),
      }),
    );
  }
  return results;
}

async function timed<T>(promise: Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await promise;
  return { value, ms: Math.round(performance.now() - started) };
}
