/**
 * A static HTTP server for the local copy of Debian's archive that
 * scripts/ci/build-seed-images.sh prepares ($ENVDIFF_CACHE/seed-mirror): the working
 * side of the mirror seed fetches from it, on a loopback address, so no traffic
 * leaves the machine. Anything not in the copy is a 404 (apt then falls back from
 * by-hash and compressed indexes to the plain files that are there).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, normalize } from 'node:path';

export const MIRROR_ROOT = join(process.env['ENVDIFF_CACHE'] ?? '/var/cache/envdiff', 'seed-mirror');

export interface LocalMirror {
  /** Paths requested, in order, with the status served. */
  requests: string[];
  close(): Promise<void>;
}

export async function startLocalMirror(address: string, port = 80, root = MIRROR_ROOT): Promise<LocalMirror> {
  if (!existsSync(join(root, 'debian', '.complete'))) {
    throw new Error(`the local mirror ${root} is missing: run scripts/ci/build-seed-images.sh`);
  }
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://mirror').pathname));
    const file = join(root, path);
    const found = file.startsWith(`${root}/`) && existsSync(file) && statSync(file).isFile();
    requests.push(`${req.method} ${path} ${found ? 200 : 404}`);
    if (!found) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-length': statSync(file).size });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, address, resolve);
  });
  return {
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
