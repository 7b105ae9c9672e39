/**
 * A real OCI registry for the tests: Debian's docker-registry (distribution 2.8)
 * on a random 127.0.0.1 port, with htpasswd auth and TLS from a test CA, prepared
 * by scripts/ci/registry-setup.sh and stopped (by its pid) when the tests end.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { request } from 'node:https';

const SETUP = fileURLToPath(new URL('../../scripts/ci/registry-setup.sh', import.meta.url));

export interface TestRegistry {
  dir: string;
  host: string;
  /** The registry's data directory (distribution's filesystem driver). */
  data: string;
  caFile: string;
  /** A directory with ca.crt, for skopeo's --cert-dir. */
  certDir: string;
  user: string;
  password: string;
  stop(): Promise<void>;
}

/** Which of the tools these tests need are missing. */
export function missingTools(): string[] {
  return ['docker-registry', 'skopeo', 'htpasswd', 'openssl'].filter((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export async function startRegistry(options: { tokenRealm?: (port: number) => Promise<string> } = {}): Promise<TestRegistry> {
  const dir = mkdtempSync(join(tmpdir(), 'envdiff-registry-'));
  const port = await freePort();
  const user = 'envdiff';
  const password = `pw-${Math.random().toString(36).slice(2)}`;
  const realm = options.tokenRealm ? [await options.tokenRealm(port)] : [];
  const setup = spawnSync('bash', [SETUP, dir, String(port), user, password, ...realm], { encoding: 'utf8' });
  if (setup.status !== 0) throw new Error(`registry-setup.sh failed: ${setup.stderr}`);
  // The registry logs every 404 at error level; keep that out of the test output.
  const log = openSync(join(dir, 'registry.log'), 'a');
  const child: ChildProcess = spawn('docker-registry', ['serve', join(dir, 'config.yml')], { stdio: ['ignore', log, log] });
  const caFile = join(dir, 'ca.crt');
  const ca = readFileSync(caFile, 'utf8');
  const deadline = Date.now() + 20_000;
  for (;;) {
    const status = await new Promise<number>((resolve) => {
      const r = request({ host: '127.0.0.1', port, path: '/v2/', ca, timeout: 1000 }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      r.on('error', () => resolve(0));
      r.on('timeout', () => r.destroy());
      r.end();
    });
    if (status === 401) break;
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`docker-registry did not start: ${readFileSync(join(dir, 'registry.log'), 'utf8').slice(-500)}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    dir,
    host: `127.0.0.1:${port}`,
    data: join(dir, 'data'),
    caFile,
    certDir: join(dir, 'certs.d'),
    user,
    password,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
