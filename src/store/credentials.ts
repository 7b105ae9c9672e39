/**
 * Registry credentials, in the order Docker users expect: ENVDIFF_REGISTRY_USER /
 * ENVDIFF_REGISTRY_PASSWORD, then the Docker config ($DOCKER_CONFIG/config.json or
 * ~/.docker/config.json): a credential helper for the host (credHelpers), a stored
 * `auth`, then the default helper (credsStore). Helpers run as
 * `docker-credential-NAME get` with the host on stdin, bounded in time and output.
 */
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { StoreError } from './errors.js';

export interface Credentials {
  username: string;
  password: string;
}

interface DockerConfig {
  auths?: Record<string, { auth?: string; username?: string; password?: string; identitytoken?: string }>;
  credHelpers?: Record<string, string>;
  credsStore?: string;
}

const HELPER_TIMEOUT_MS = 10_000;

export async function findCredentials(host: string, env: Record<string, string | undefined>): Promise<Credentials | undefined> {
  const user = env['ENVDIFF_REGISTRY_USER'];
  const password = env['ENVDIFF_REGISTRY_PASSWORD'];
  if (user !== undefined && password !== undefined) return { username: user, password };
  const config = await readDockerConfig(env);
  if (!config) return undefined;
  const helper = config.credHelpers?.[host];
  if (helper) return runHelper(helper, host, env);
  const entry = Object.entries(config.auths ?? {}).find(([key]) => authKeyHost(key) === host)?.[1];
  if (entry?.auth) {
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon > 0) return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
  }
  if (entry?.username && entry.password !== undefined) return { username: entry.username, password: entry.password };
  if (config.credsStore) return runHelper(config.credsStore, host, env);
  return undefined;
}

/** `https://index.docker.io/v1/`, `host:5000`, `https://host:5000` → the host[:port]. */
function authKeyHost(key: string): string {
  return key.replace(/^[a-z]+:\/\//, '').replace(/\/.*$/, '');
}

async function readDockerConfig(env: Record<string, string | undefined>): Promise<DockerConfig | undefined> {
  const dir = env['DOCKER_CONFIG'] || join(env['HOME'] || homedir(), '.docker');
  const file = join(dir, 'config.json');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
  try {
    return JSON.parse(text) as DockerConfig;
  } catch {
    throw new StoreError(`${file} is not valid JSON; fix it or set ENVDIFF_REGISTRY_USER and ENVDIFF_REGISTRY_PASSWORD`);
  }
}

async function runHelper(name: string, host: string, env: Record<string, string | undefined>): Promise<Credentials | undefined> {
  if (!/^[A-Za-z0-9._-]+$/.test(name)) throw new StoreError(`credential helper name ${JSON.stringify(name).slice(0, 60)} is not valid`);
  const { execa } = await import('execa');
  const result = await execa(`docker-credential-${name}`, ['get'], {
    input: host,
    env,
    extendEnv: false,
    timeout: HELPER_TIMEOUT_MS,
    maxBuffer: 1024 * 1024,
    reject: false,
  });
  if (result.failed && (result as { code?: string }).code === 'ENOENT') {
    throw new StoreError(`credential helper docker-credential-${name} (from the Docker config) is not installed`);
  }
  if (result.timedOut)
    throw new StoreError(`credential helper docker-credential-${name} did not answer within ${HELPER_TIMEOUT_MS / 1000} s`);
  // "credentials not found in native keychain": no credentials for this host, not an error.
  if (result.exitCode !== 0) return undefined;
  try {
    const doc = JSON.parse(String(result.stdout)) as { Username?: string; Secret?: string };
    if (typeof doc.Username === 'string' && typeof doc.Secret === 'string') return { username: doc.Username, password: doc.Secret };
  } catch {
    // fall through
  }
  throw new StoreError(`credential helper docker-credential-${name} answered something other than {"Username","Secret"}`);
}
