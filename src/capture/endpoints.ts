/**
 * Where the Docker engine is: DOCKER_HOST (unix:// or tcp://, TLS from
 * DOCKER_CERT_PATH), else the docker CLI's context (DOCKER_CONTEXT, or
 * `currentContext` of ~/.docker/config.json, read from ~/.docker/contexts/meta),
 * else the default socket, then Podman's (rootless first).
 */
import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { access, readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { CaptureError } from '../errors.js';

export interface DockerEndpoint {
  /** For messages: `unix:///var/run/docker.sock`, `tcp://127.0.0.1:2375`, `context foo (tcp://…)`. */
  label: string;
  socketPath?: string;
  host?: string;
  port?: string;
  protocol?: 'http' | 'https';
  ca?: Buffer;
  cert?: Buffer;
  key?: Buffer;
}

/** Most bytes read from a docker CLI config or context file (they are a few hundred). */
const MAX_CONFIG_BYTES = 1024 * 1024;

/**
 * DOCKER_HOST, when set, is the only candidate (the user chose it); so is a
 * context other than `default`. Otherwise the default socket, then Podman's.
 */
export async function dockerEndpoints(env: NodeJS.ProcessEnv): Promise<DockerEndpoint[]> {
  const host = env['DOCKER_HOST']?.trim();
  if (host) return [await endpointFromDockerHost(host, env, `DOCKER_HOST=${host}`)];
  const context = await contextEndpoint(env);
  if (context) return [context];
  const sockets = ['/var/run/docker.sock'];
  if (env['XDG_RUNTIME_DIR']) sockets.push(join(env['XDG_RUNTIME_DIR'], 'podman', 'podman.sock'));
  sockets.push('/run/podman/podman.sock');
  const present: DockerEndpoint[] = [];
  for (const socketPath of sockets) {
    if (await exists(socketPath)) present.push({ label: `unix://${socketPath}`, socketPath });
  }
  return present;
}

/** The engines to try, or a CaptureError saying where we looked. */
export async function candidateEndpoints(env: NodeJS.ProcessEnv): Promise<DockerEndpoint[]> {
  const endpoints = await dockerEndpoints(env);
  if (endpoints.length === 0) {
    throw new CaptureError(
      'no Docker engine found: no /var/run/docker.sock or Podman socket and DOCKER_HOST is not set; start dockerd or set DOCKER_HOST',
    );
  }
  return endpoints;
}

function dockerConfigDir(env: NodeJS.ProcessEnv): string {
  return env['DOCKER_CONFIG'] || join(env['HOME'] || homedir(), '.docker');
}

/** The docker CLI's context (DOCKER_CONTEXT or config.json's currentContext), unless it is `default`. */
async function contextEndpoint(env: NodeJS.ProcessEnv): Promise<DockerEndpoint | undefined> {
  const dir = dockerConfigDir(env);
  let name = env['DOCKER_CONTEXT']?.trim();
  const fromEnv = Boolean(name);
  if (!name) {
    const config = await readSmallJson(join(dir, 'config.json'));
    const current = (config as { currentContext?: unknown } | undefined)?.currentContext;
    name = typeof current === 'string' ? current : undefined;
  }
  if (!name || name === 'default') return undefined;
  const what = fromEnv ? `DOCKER_CONTEXT=${name}` : `docker context ${name} (currentContext of ${join(dir, 'config.json')})`;
  // The CLI stores each context under the sha256 of its name.
  const metaDir = join(dir, 'contexts', 'meta', createHash('sha256').update(name).digest('hex'));
  const meta = (await readSmallJson(join(metaDir, 'meta.json'))) as
    | { Endpoints?: { docker?: { Host?: unknown; SkipTLSVerify?: unknown } } }
    | undefined;
  const host = meta?.Endpoints?.docker?.Host;
  if (typeof host !== 'string' || host === '') {
    throw new CaptureError(`${what}: no such context (looked in ${metaDir}); run \`docker context ls\` or unset DOCKER_CONTEXT`);
  }
  const tlsDir = join(dir, 'contexts', 'tls', createHash('sha256').update(name).digest('hex'), 'docker');
  // The context's own TLS material, not the environment's, decides TLS.
  const tls = await exists(join(tlsDir, 'cert.pem'));
  const endpoint = await endpointFromDockerHost(
    host,
    { ...env, DOCKER_CERT_PATH: tls ? tlsDir : '', DOCKER_TLS_VERIFY: tls ? '1' : '' },
    what,
  );
  return { ...endpoint, label: `context ${name} (${endpoint.label})` };
}

async function endpointFromDockerHost(host: string, env: NodeJS.ProcessEnv, what: string): Promise<DockerEndpoint> {
  if (host.startsWith('unix://')) {
    const socketPath = host.slice('unix://'.length);
    if (!socketPath.startsWith('/')) throw new CaptureError(`${what}: expected unix:///absolute/path/to/docker.sock`);
    return { label: host, socketPath };
  }
  if (host.startsWith('tcp://')) {
    let url: URL;
    try {
      url = new URL(`http://${host.slice('tcp://'.length)}`);
    } catch {
      throw new CaptureError(`${what} is not a valid tcp://HOST:PORT address`);
    }
    const tls = isTruthy(env['DOCKER_TLS_VERIFY']) || Boolean(env['DOCKER_CERT_PATH']);
    const port = url.port || (tls ? '2376' : '2375');
    const hostname = url.hostname.replace(/^\[(.*)\]$/, '$1');
    const endpoint: DockerEndpoint = { label: `tcp://${url.host}`, host: hostname, port, protocol: tls ? 'https' : 'http' };
    if (tls) {
      const dir = env['DOCKER_CERT_PATH'] || dockerConfigDir(env);
      try {
        const [ca, cert, key] = await Promise.all(['ca.pem', 'cert.pem', 'key.pem'].map((f) => readFile(join(dir, f))));
        Object.assign(endpoint, { ca, cert, key });
      } catch (error) {
        throw new CaptureError(
          `${what} with TLS: cannot read ca.pem/cert.pem/key.pem in ${dir} (${(error as NodeJS.ErrnoException).code ?? 'error'}); set DOCKER_CERT_PATH`,
        );
      }
    }
    return endpoint;
  }
  const scheme = host.includes('://') ? host.slice(0, host.indexOf('://') + 3) : host;
  throw new CaptureError(`${what.split('=')[0]}=${scheme}... is not supported; use unix:///path/to/docker.sock or tcp://HOST:PORT`);
}

async function readSmallJson(file: string): Promise<unknown> {
  try {
    const { open } = await import('node:fs/promises');
    const handle = await open(file, 'r');
    try {
      const buffer = Buffer.alloc(MAX_CONFIG_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, MAX_CONFIG_BYTES, 0);
      return JSON.parse(buffer.subarray(0, bytesRead).toString('utf8'));
    } finally {
      await handle.close();
    }
  } catch {
    return undefined;
  }
}

function isTruthy(value: string | undefined): boolean {
  return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';
}

export async function exists(path: string, mode = constants.F_OK): Promise<boolean> {
  try {
    await access(path, mode);
    return true;
  } catch {
    return false;
  }
}
