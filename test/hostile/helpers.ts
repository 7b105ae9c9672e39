/**
 * Hostile things made by the tests themselves: Docker-API engines on loopback
 * (127.0.0.1, a random port, reached through DOCKER_HOST=tcp://) that stall or
 * flood, and a way to run the built CLI while measuring its peak memory.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { BIN } from '../capture/helpers.js';

export type Route = (req: IncomingMessage, res: ServerResponse) => void;

export interface FakeEngine {
  host: string;
  /** Requests seen, `METHOD path`. */
  seen: string[];
  /** Connections still open (the client destroys its socket at a deadline or cap). */
  open(): number;
  close(): Promise<void>;
}

/** /_ping answers OK like an engine; everything else goes to `route`. */
export async function fakeEngine(route: Route): Promise<FakeEngine> {
  const sockets = new Set<Socket>();
  const seen: string[] = [];
  const server: Server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    if (req.url?.replace(/^\/v[\d.]+/, '').startsWith('/_ping')) {
      res.writeHead(200, { 'Content-Type': 'text/plain', 'Api-Version': '1.41' });
      res.end('OK');
      return;
    }
    route(req, res);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  return {
    host: `tcp://127.0.0.1:${port}`,
    seen,
    open: () => sockets.size,
    close: () =>
      new Promise<void>((done) => {
        for (const s of sockets) s.destroy();
        server.close(() => done());
      }),
  };
}

/** Never answers: the request hangs until the client gives up. */
export const silent: Route = () => undefined;

/** An endless chunked JSON-ish body, as fast as the client reads it. */
export const endless: Route = (_req, res) => {
  res.writeHead(200, { 'Content-Type': 'application/json' });
  const chunk = Buffer.alloc(64 * 1024, 'A');
  res.write('{"flood":"');
  const pump = () => {
    while (!res.destroyed && res.write(chunk)) {
      // fill the socket's buffer
    }
    if (!res.destroyed) res.once('drain', pump);
  };
  res.on('close', () => res.removeAllListeners('drain'));
  pump();
};

/** JSON answers by path (without the /vX.Y prefix); 404 otherwise. */
export function jsonRoutes(answers: Record<string, [number, unknown]>): Route {
  return (req, res) => {
    const path = (req.url ?? '').replace(/^\/v[\d.]+/, '').split('?')[0]!;
    const answer = answers[path];
    res.writeHead(answer?.[0] ?? 404, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(answer?.[1] ?? { message: `no route ${path}` }));
  };
}

export interface MeasuredRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
  /** Peak resident memory of the process (VmHWM), in MB. */
  peakRssMb: number;
}

/**
 * Run the built envdiff, polling its peak RSS (VmHWM only grows, so the last
 * reading before exit is the peak within one poll). Killed after `timeoutMs`.
 */
export function runMeasured(
  argv: string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string; timeoutMs?: number; onStart?: (pid: number) => void } = {},
): Promise<MeasuredRun> {
  const started = Date.now();
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...argv], {
      cwd: options.cwd,
      env: { NO_COLOR: '1', ...(options.env ?? process.env) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let peakKb = 0;
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      // Keep only the head and the size: a flood must not blow up the test itself.
      if (stdout.length < 4 * 1024 * 1024) stdout += d;
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const poll = setInterval(() => {
      try {
        const hwm = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (hwm) peakKb = Math.max(peakKb, Number(hwm[1]));
      } catch {
        // exited
      }
    }, 20);
    if (child.pid !== undefined) options.onStart?.(child.pid);
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
    child.on('error', fail);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      clearInterval(poll);
      done({ code, signal, stdout, stderr, ms: Date.now() - started, peakRssMb: Math.round(peakKb / 1024) });
    });
  });
}

/** The environment of a CLI run against a fake engine: no other engine, no user config. */
export function engineEnv(host: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const { DOCKER_CONTEXT: _c, DOCKER_CONFIG: _d, ...env } = process.env;
  return { ...env, DOCKER_HOST: host, ...extra };
}
