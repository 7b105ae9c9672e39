/**
 * One connection to a Docker-API engine (Docker or Podman), every call bounded.
 *
 * - `get`: a JSON GET over node:http, enough for the host's docker and images
 *   facets, so a host capture does not pay for dockerode (~150 ms of CPU to load).
 * - `call`: a dockerode call, for container capture (create, exec and archive
 *   streams, where dockerode earns its keep). dockerode is loaded on first use.
 * Both run inside a budget (src/capture/engine-http.ts): a hard deadline and a byte
 * cap enforced on the sockets themselves.
 */
import type Dockerode from 'dockerode';
import { CaptureError } from '../errors.js';
import { candidateEndpoints, type DockerEndpoint } from './endpoints.js';
import { BoundedHttpAgent, BoundedHttpsAgent, type CallLimits, mb, withinBudget } from './engine-http.js';

/** How long an engine may take to answer /_ping before we try the next or give up. */
export const CONNECT_BUDGET_MS = 2_000;
/** Budget of one JSON request (inspect, info, version, list). */
export const JSON_CALL: Omit<CallLimits, 'signal'> = { deadlineMs: 5_000, maxBytes: 16 * 1024 * 1024 };

/** The engine's HTTP error (status >= 400), with the engine's own message in full. */
export class EngineRequestError extends Error {
  constructor(
    message: string,
    readonly statusCode: number,
  ) {
    super(message);
    this.name = 'EngineRequestError';
  }
}

export class Engine {
  private readonly agent: BoundedHttpAgent | BoundedHttpsAgent;
  private docker: Dockerode | undefined;

  constructor(readonly endpoint: DockerEndpoint) {
    this.agent = endpoint.protocol === 'https' ? new BoundedHttpsAgent({ keepAlive: false }) : new BoundedHttpAgent({ keepAlive: false });
  }

  /** GET `path` and parse its JSON (the text of /_ping), bounded by `limits`. */
  get<T>(path: string, limits: Partial<CallLimits> = {}): Promise<T> {
    const bounded = { ...JSON_CALL, ...limits };
    return withinBudget(`GET ${path}`, bounded, async (signal) => {
      const { request } = this.endpoint.protocol === 'https' ? await import('node:https') : await import('node:http');
      const { socketPath, host, port, ca, cert, key } = this.endpoint;
      return new Promise<T>((resolve, reject) => {
        const req = request(
          {
            // A unix socket has no TLS server name; naming one spares Node's agent
            // computing it (a cold IPv6 regex: ~40 ms of a ~400 ms capture).
            ...(socketPath ? { socketPath, servername: 'docker' } : { host, port: Number(port) }),
            ...(this.endpoint.protocol === 'https' ? { ca, cert, key } : {}),
            agent: this.agent,
            path,
            method: 'GET',
            headers: { Accept: 'application/json' },
            signal,
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
                reject(new EngineRequestError(`GET ${path}: ${message}`, status));
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
    });
  }

  /**
   * A dockerode call inside a budget. `fn` must finish its work — read any stream
   * it opens — before it returns: the call's sockets are destroyed when it settles.
   */
  async call<T>(what: string, limits: CallLimits, fn: (docker: Dockerode, signal: AbortSignal) => Promise<T>): Promise<T> {
    const docker = await this.dockerode();
    return withinBudget(what, limits, (signal) => fn(docker, signal));
  }

  private async dockerode(): Promise<Dockerode> {
    if (!this.docker) {
      const { default: Docker } = await import('dockerode');
      const { label: _label, ...options } = this.endpoint;
      this.docker = new Docker({ ...options, agent: this.agent } as Dockerode.DockerOptions);
    }
    return this.docker;
  }
}

/** The first engine that answers /_ping within the budget; a CaptureError naming every place tried otherwise. */
export async function connectEngine(env: NodeJS.ProcessEnv, budgetMs = CONNECT_BUDGET_MS): Promise<Engine> {
  const endpoints = await candidateEndpoints(env);
  const failures: string[] = [];
  for (const endpoint of endpoints) {
    const engine = new Engine(endpoint);
    try {
      await engine.get('/_ping', { deadlineMs: budgetMs, maxBytes: 64 * 1024 });
      return engine;
    } catch (error) {
      failures.push(`${endpoint.label} (${describeConnectError(error)})`);
    }
  }
  throw new CaptureError(`no Docker engine answered at ${failures.join(', ')}; start the engine or set DOCKER_HOST`);
}

function describeConnectError(error: unknown): string {
  const e = error as NodeJS.ErrnoException & { statusCode?: number };
  if (e.code === 'ENGINE_DEADLINE') return e.message.replace(/^GET \/_ping: /, '');
  if (e.code === 'ENGINE_TOO_MUCH') return `its /_ping answer is over ${mb(64 * 1024)}`;
  if (e.code === 'ECONNREFUSED') return 'connection refused';
  if (e.code === 'ENOENT') return 'no such socket';
  if (e.code === 'EACCES' || e.code === 'EPERM') return 'permission denied; is this user in the docker group?';
  if (e.statusCode) return `HTTP ${e.statusCode}`;
  return e.code ?? e.message ?? String(error);
}
