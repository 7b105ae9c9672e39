/**
 * A loopback HTTP server, in its own process (the probe runs use spawnSync, which
 * blocks this one's event loop), that answers every request with a Date header
 * `offsetS` seconds off this machine's clock: a package mirror whose clock we chose.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SERVER = `
const http = require('node:http');
const offset = Number(process.env.DATE_OFFSET_S);
const hang = process.env.DATE_MODE === 'hang';
const server = http.createServer((req, res) => {
  if (hang) return; // accepts, never answers: a black-holed mirror
  res.sendDate = false;
  res.writeHead(200, { Date: new Date(Date.now() + offset * 1000).toUTCString(), 'Content-Length': '0' });
  res.end();
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
process.stdin.on('end', () => process.exit(0)).resume();
`;

export interface DateServer {
  port: number;
  url: string;
  /** An /etc/apt replacement whose sources.list names this server (bind-mount it). */
  aptDir: string;
  stop(): void;
}

export async function startDateServer(offsetS: number, mode: 'answer' | 'hang' = 'answer'): Promise<DateServer> {
  const child: ChildProcess = spawn(process.execPath, ['-e', SERVER], {
    env: { ...process.env, DATE_OFFSET_S: String(offsetS), DATE_MODE: mode },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((done, fail) => {
    child.stdout!.once('data', (d: Buffer) => done(Number(d.toString().trim())));
    child.once('error', fail);
    child.once('exit', (code) => fail(new Error(`date server exited ${code}`)));
  });
  const url = `http://127.0.0.1:${port}/debian`;
  const aptDir = mkdtempSync(join(tmpdir(), 'envdiff-apt-'));
  mkdirSync(join(aptDir, 'sources.list.d'));
  writeFileSync(join(aptDir, 'sources.list'), `deb ${url} bookworm main\n`);
  // Closing its stdin ends the server, also when this process dies first.
  return { port, url, aptDir, stop: () => child.stdin!.end() };
}
