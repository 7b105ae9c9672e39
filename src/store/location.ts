/**
 * Where a store is: `oci://host[:port]/repo` (a registry) or a directory (an OCI
 * Image Layout). Default: $ENVDIFF_STORE, else $XDG_DATA_HOME/envdiff/store, else
 * ~/.local/share/envdiff/store.
 */
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Backend } from './backend.js';
import { StoreError } from './errors.js';
import { LayoutBackend } from './layout.js';

export interface StoreOptions {
  env: Record<string, string | undefined>;
  cwd?: string;
  /** Extra CA certificates (PEM) a registry's TLS chain may end in. */
  caFile?: string;
}

function defaultStore(env: Record<string, string | undefined>): string {
  if (env['ENVDIFF_STORE']) return env['ENVDIFF_STORE'];
  const data = env['XDG_DATA_HOME'] || join(env['HOME'] || homedir(), '.local', 'share');
  return join(data, 'envdiff', 'store');
}

export async function openStore(location: string | undefined, options: StoreOptions): Promise<Backend> {
  const where = location ?? defaultStore(options.env);
  if (where.startsWith('oci://')) {
    const { RegistryBackend, parseRegistryLocation } = await import('./registry.js');
    const caFile = options.caFile ?? options.env['ENVDIFF_REGISTRY_CA_FILE'];
    return RegistryBackend.open(parseRegistryLocation(where), { env: options.env, ...(caFile ? { caFile } : {}) });
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(where))
    throw new StoreError(`unsupported store ${where}: give a directory or oci://HOST[:PORT]/REPOSITORY`);
  return new LayoutBackend(resolve(options.cwd ?? process.cwd(), where));
}
