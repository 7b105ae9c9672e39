/**
 * The Docker engine as seen through its API: connecting (DOCKER_HOST unix:// and
 * tcp://, the default socket, a Podman socket), the host's `docker` facet (daemon
 * facts that change builds) and the `images` facet (local images).
 *
 * Two clients over the same endpoints:
 * - connectDocker: dockerode, for container capture (create, exec and archive
 *   streams, where it earns its keep). Imported lazily: it loads gRPC, protobufjs
 *   and ssh2, ~150 ms of CPU before the first request.
 * - connectEngine: a few JSON GETs over node:http, enough for the host's docker
 *   and images facets, so a host capture does not pay for dockerode.
 */
import { access, readFile } from 'node:fs/promises';
import { constants } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type Dockerode from 'dockerode';
import { CaptureError } from '../errors.js';
import type { Facet, JsonValue } from '../fingerprint/types.js';

/** How long an engine may take to answer /_ping before we try the next or give up. */
export const CONNECT_BUDGET_MS = 2_000;
/** Budget of each later API call of the host facets. */
const CALL_BUDGET_MS = 5_000;

export interface DockerEndpoint {
  /** For messages: `unix:///var/run/docker.sock`, `tcp://127.0.0.1:2375`. */
  label: string;
  options: Dockerode.DockerOptions;
}

/**
 * Where to look for an engine. DOCKER_HOST, when set, is the only candidate (the
 * user chose it); otherwise the default socket, then Podman's (rootless first).
 */
export async function dockerEndpoints(env: NodeJS.ProcessEnv): Promise<DockerEndpoint[]> {
  const host = env['DOCKER_HOST']?.trim();
  if (host) return [await endpointFromDockerHost(host, env)];
  const sockets = ['/var/run/docker.sock'];
  if (env['XDG_RUNTIME_DIR']) sockets.push(join(env['XDG_RUNTIME_DIR'], 'podman', 'podman.sock'));
  sockets.push('/run/podman/podman.sock');
  const present: DockerEndpoint[] = [];
  for (const socketPath of sockets) {
    if (await exists(socketPath)) present.push({ label: `unix://${socketPath}`, options: { socketPath } });
  }
  return present;
}

async function endpointFromDockerHost(host: string, env: NodeJS.ProcessEnv): Promise<DockerEndpoint> {
  if (host.startsWith('unix://')) {
    const socketPath = host.slice('unix://'.length);
    if (!socketPath.startsWith('/')) throw new CaptureError(`DOCKER_HOST=${host}: expected unix:///absolute/path/to/docker.sock`);
    return { label: host, options: { socketPath } };
  }
  if (host.startsWith('tcp://')) {
    let url: URL;
    try {
      url = new URL(`http://${host.slice('tcp://'.length)}`);
    } catch {
      throw new CaptureError(`DOCKER_HOST=${host} is not a valid tcp://HOST:PORT address`);
    }
    const tls = isTruthy(env['DOCKER_TLS_VERIFY']) || Boolean(env['DOCKER_CERT_PATH']);
    const port = url.port || (tls ? '2376' : '2375');
    const hostname = url.hostname.replace(/^\[(.*)\]$/, '$1');
    const options: Dockerode.DockerOptions = { host: hostname, port, protocol: tls ? 'https' : 'http' };
    if (tls) {
      const dir = env['DOCKER_CERT_PATH'] || join(env['HOME'] || homedir(), '.docker');
      try {
        const [ca, cert, key] = await Promise.all(['ca.pem', 'cert.pem', 'key.pem'].map((f) => readFile(join(dir, f))));
        Object.assign(options, { ca, cert, key });
      } catch (error) {
        throw new CaptureError(
          `DOCKER_HOST=${host} with TLS: cannot read ca.pem/cert.pem/key.pem in ${dir} (${(error as NodeJS.ErrnoException).code ?? 'error'}); set DOCKER_CERT_PATH`,
        );
      }
    }
    return { label: `tcp://${url.host}`, options };
  }
  const scheme = host.includes('://') ? host.slice(0, host.indexOf('://') + 3) : host;
  throw new CaptureError(`DOCKER_HOST=${scheme}... is not supported; use unix:///path/to/docker.sock or tcp://HOST:PORT`);
}

/**
 * A dockerode client whose engine answered /_ping within the budget. Throws a
 * CaptureError naming every place tried when none answers.
 */
export async function connectDocker(env: NodeJS.ProcessEnv, budgetMs = CONNECT_BUDGET_MS): Promise<Dockerode> {
  const endpoints = await candidateEndpoints(env);
  const { default: Docker } = await import('dockerode');
  return firstAnswering(endpoints, budgetMs, async (endpoint) => {
    const docker = new Docker(endpoint.options);
    await withSignal<unknown>(docker, 'ping')({ abortSignal: AbortSignal.timeout(budgetMs) });
    return docker;
  });
}

/** A minimal Engine API client: JSON GETs, each bounded. */
export interface EngineClient {
  readonly endpoint: DockerEndpoint;
  get<T>(path: string, budgetMs?: number): Promise<T>;
}

/** Like connectDocker, without dockerode: for the host's docker/images facets. */
export async function connectEngine(env: NodeJS.ProcessEnv, budgetMs = CONNECT_BUDGET_MS): Promise<EngineClient> {
  const endpoints = await candidateEndpoints(env);
  return firstAnswering(endpoints, budgetMs, async (endpoint) => {
    const client = engineClient(endpoint);
    await client.get('/_ping', budgetMs);
    return client;
  });
}

async function candidateEndpoints(env: NodeJS.ProcessEnv): Promise<DockerEndpoint[]> {
  const endpoints = await dockerEndpoints(env);
  if (endpoints.length === 0) {
    throw new CaptureError(
      'no Docker engine found: no /var/run/docker.sock or Podman socket and DOCKER_HOST is not set; start dockerd or set DOCKER_HOST',
    );
  }
  return endpoints;
}

async function firstAnswering<T>(
  endpoints: DockerEndpoint[],
  budgetMs: number,
  connect: (endpoint: DockerEndpoint) => Promise<T>,
): Promise<T> {
  const failures: string[] = [];
  for (const endpoint of endpoints) {
    try {
      return await connect(endpoint);
    } catch (error) {
      failures.push(`${endpoint.label} (${describeConnectError(error, budgetMs)})`);
    }
  }
  throw new CaptureError(`no Docker engine answered at ${failures.join(', ')}; start the engine or set DOCKER_HOST`);
}

class EngineRequestError extends Error {
  constructor(
    message: string,
    readonly statusCode: number,
  ) {
    super(message);
  }
}

function engineClient(endpoint: DockerEndpoint): EngineClient {
  const { socketPath, host, port, protocol, ca, cert, key } = endpoint.options as Dockerode.DockerOptions & {
    ca?: Buffer;
    cert?: Buffer;
    key?: Buffer;
  };
  return {
    endpoint,
    async get<T>(path: string, budgetMs = CALL_BUDGET_MS): Promise<T> {
      const { request } = protocol === 'https' ? await import('node:https') : await import('node:http');
      return new Promise<T>((resolve, reject) => {
        const req = request(
          {
            // A unix socket has no TLS server name; naming one spares Node's agent
            // computing it (a cold IPv6 regex: ~40 ms of a ~400 ms capture).
            ...(socketPath ? { socketPath, servername: 'docker' } : { host, port: Number(port) }),
            ...(protocol === 'https' ? { ca, cert, key } : {}),
            path,
            method: 'GET',
            headers: { Accept: 'application/json' },
            signal: AbortSignal.timeout(budgetMs),
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('error', reject);
            res.on('end', () => {
              const body = Buffer.concat(chunks).toString('utf8');
              const status = res.statusCode ?? 0;
              if (status >= 400) {
                let message = body.trim();
                try {
                  message = (JSON.parse(body) as { message?: string }).message ?? message;
                } catch {
                  // not JSON: keep the text
                }
                reject(new EngineRequestError(`GET ${path}: ${message.slice(0, 200)}`, status));
                return;
              }
              try {
                resolve((path === '/_ping' ? body : JSON.parse(body)) as T);
              } catch {
                reject(new Error(`GET ${path}: the engine's answer is not JSON`));
              }
            });
          },
        );
        req.on('error', reject);
        req.end();
      });
    },
  };
}

function describeConnectError(error: unknown, budgetMs: number): string {
  const e = error as NodeJS.ErrnoException & { statusCode?: number };
  if (e.name === 'AbortError' || e.name === 'TimeoutError' || e.code === 'ABORT_ERR') return `no answer within ${budgetMs} ms`;
  if (e.code === 'ECONNREFUSED') return 'connection refused';
  if (e.code === 'ENOENT') return 'no such socket';
  if (e.code === 'EACCES' || e.code === 'EPERM') return 'permission denied; is this user in the docker group?';
  if (e.statusCode) return `HTTP ${e.statusCode}`;
  return e.code ?? e.message ?? String(error);
}

/** Subset of GET /info read here (typed loosely: fields vary across engine versions). */
type EngineInfo = Record<string, unknown>;
type EngineVersion = {
  Version?: string;
  ApiVersion?: string;
  MinAPIVersion?: string;
  Components?: Array<{ Name?: string; Version?: string }>;
};

/** The host's `docker` facet from GET /info and GET /version. */
export async function captureDockerFacet(engine: EngineClient, env: NodeJS.ProcessEnv): Promise<Facet> {
  const [info, version, buildx] = await Promise.all([
    engine.get<EngineInfo>('/info'),
    engine.get<EngineVersion>('/version'),
    buildxVersion(env),
  ]);
  const facet = dockerFacetFromEngine(info, version);
  if (buildx) facet['buildx_version'] = buildx;
  return facet;
}

/** Pure: the docker facet from /info and /version answers. */
export function dockerFacetFromEngine(info: EngineInfo, version: EngineVersion): Facet {
  const facet: Facet = {};
  const str = (key: string, value: unknown) => {
    if (typeof value === 'string' && value !== '') facet[key] = value;
  };
  str('server_version', version.Version ?? info['ServerVersion']);
  str('api_version', version.ApiVersion);
  str('min_api_version', version.MinAPIVersion);
  str('storage_driver', info['Driver']);
  const driverStatus = Array.isArray(info['DriverStatus']) ? (info['DriverStatus'] as unknown[][]) : [];
  str('backing_fs', driverStatus.find((row) => row[0] === 'Backing Filesystem')?.[1]);
  str('cgroup_driver', info['CgroupDriver']);
  str('cgroup_version', info['CgroupVersion']);
  const component = (name: string) => version.Components?.find((c) => c.Name?.toLowerCase() === name)?.Version;
  str('runc_version', component('runc'));
  str('containerd_version', component('containerd'));
  str('default_runtime', info['DefaultRuntime']);
  if (info['Runtimes'] && typeof info['Runtimes'] === 'object') facet['runtimes'] = Object.keys(info['Runtimes']).sort();
  if (Array.isArray(info['SecurityOptions'])) facet['security_options'] = (info['SecurityOptions'] as unknown[]).map(String).sort();
  if (typeof info['MemTotal'] === 'number') facet['mem_total'] = info['MemTotal'];
  if (typeof info['NCPU'] === 'number') facet['ncpu'] = info['NCPU'];
  str('os_type', info['OSType']);
  str('architecture', info['Architecture']);
  str('kernel_version', info['KernelVersion']);
  str('operating_system', info['OperatingSystem']);
  str('root_dir', info['DockerRootDir']);
  str('http_proxy', info['HttpProxy']);
  str('https_proxy', info['HttpsProxy']);
  str('no_proxy', info['NoProxy']);
  const registry = info['RegistryConfig'] as { Mirrors?: unknown; IndexConfigs?: Record<string, { Secure?: boolean }> } | undefined;
  if (registry && Array.isArray(registry.Mirrors)) facet['registry_mirrors'] = registry.Mirrors.map(String);
  if (registry?.IndexConfigs) {
    facet['insecure_registries'] = Object.entries(registry.IndexConfigs)
      .filter(([, c]) => c.Secure === false)
      .map(([name]) => name)
      .sort();
  }
  if (typeof info['Experimental'] === 'boolean') facet['experimental'] = info['Experimental'];
  if (typeof info['LiveRestoreEnabled'] === 'boolean') facet['live_restore'] = info['LiveRestoreEnabled'];
  return facet;
}

/**
 * The buildx CLI plugin's version, when installed where the docker CLI looks for
 * plugins. Not an engine fact: the plugin binary is asked directly (bounded).
 */
async function buildxVersion(env: NodeJS.ProcessEnv): Promise<string | undefined> {
  const dirs = [
    ...(env['DOCKER_CONFIG'] ? [join(env['DOCKER_CONFIG'], 'cli-plugins')] : []),
    join(env['HOME'] || homedir(), '.docker', 'cli-plugins'),
    '/usr/local/lib/docker/cli-plugins',
    '/usr/local/libexec/docker/cli-plugins',
    '/usr/lib/docker/cli-plugins',
    '/usr/libexec/docker/cli-plugins',
  ];
  for (const dir of dirs) {
    const plugin = join(dir, 'docker-buildx');
    if (!(await exists(plugin, constants.X_OK))) continue;
    const { execFile } = await import('node:child_process');
    const stdout = await new Promise<string>((done) =>
      execFile(plugin, ['version'], { timeout: 3_000, env, encoding: 'utf8' }, (_error, out) => done(typeof out === 'string' ? out : '')),
    );
    // "github.com/docker/buildx v0.12.1 30feaa1"
    return /\bv?(\d+\.\d+\.\d+[^\s]*)/.exec(stdout)?.[1];
  }
  return undefined;
}

/** One entry of the `images` facet. */
export interface ImageEntry {
  [key: string]: JsonValue;
  id: string;
  digests: string[];
  architecture: string;
  os: string;
  created: string;
}

/** Pure: an image inspect answer -> its `images` facet entry. */
export function imageEntryFromInspect(inspect: Dockerode.ImageInspectInfo): ImageEntry {
  const entry: ImageEntry = {
    id: inspect.Id,
    digests: [...(inspect.RepoDigests ?? [])].sort(),
    architecture: inspect.Architecture ?? '',
    os: inspect.Os ?? '',
    created: inspect.Created ?? '',
  };
  const variant = (inspect as { Variant?: string }).Variant;
  if (variant) entry['variant'] = variant;
  return entry;
}

/** Refs an image is known by: its tags, else its digests (dangling images have neither). */
export function imageRefs(inspect: { RepoTags?: string[] | null; RepoDigests?: string[] | null }): string[] {
  const tags = (inspect.RepoTags ?? []).filter((t) => t && t !== '<none>:<none>');
  if (tags.length > 0) return tags;
  return (inspect.RepoDigests ?? []).filter((d) => d && !d.startsWith('<none>@'));
}

/** The `images` facet: every local image ref -> its entry. Dangling images are left out. */
export async function captureImagesFacet(engine: EngineClient): Promise<Facet> {
  const list = await engine.get<Array<{ Id: string; RepoTags?: string[] | null; RepoDigests?: string[] | null }>>('/images/json');
  const facet: Facet = {};
  // Inspect a few at a time: hosts with hundreds of images should not open hundreds of sockets.
  const queue = list.filter((summary) => imageRefs(summary).length > 0);
  const worker = async () => {
    for (let summary = queue.shift(); summary; summary = queue.shift()) {
      let inspect: Dockerode.ImageInspectInfo;
      try {
        inspect = await engine.get<Dockerode.ImageInspectInfo>(`/images/${encodeURIComponent(summary.Id)}/json`);
      } catch (error) {
        // Removed between list and inspect: nothing to record.
        if (error instanceof EngineRequestError && error.statusCode === 404) continue;
        throw error;
      }
      const entry = imageEntryFromInspect(inspect);
      for (const ref of imageRefs(inspect)) facet[ref] = entry;
    }
  };
  await Promise.all(Array.from({ length: 6 }, worker));
  return facet;
}

/** dockerode honours `abortSignal` on these calls; its type definitions do not say so. */
function withSignal<T>(docker: Dockerode, method: 'ping'): (opts: { abortSignal: AbortSignal }) => Promise<T> {
  return (docker[method] as (opts: object) => Promise<T>).bind(docker);
}

function isTruthy(value: string | undefined): boolean {
  return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';
}

async function exists(path: string, mode = constants.F_OK): Promise<boolean> {
  try {
    await access(path, mode);
    return true;
  } catch {
    return false;
  }
}
