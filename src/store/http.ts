/**
 * One bounded HTTP(S) request: a deadline for the whole exchange, a cap on the
 * response body, redirects followed (Authorization dropped on another host), and
 * every network failure worded as one line. The registry transport's only I/O.
 */
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { type Agent, request as httpsRequest } from 'node:https';
import { StoreError } from './errors.js';

export interface HttpRequest {
  method: 'GET' | 'HEAD' | 'PUT' | 'POST' | 'PATCH' | 'DELETE';
  url: URL;
  headers?: Record<string, string>;
  body?: Buffer;
  timeoutMs?: number;
  maxBytes?: number;
  /** Connection pool and TLS trust (one per registry, so TLS contexts and sockets are reused). */
  agent?: Agent;
}

export interface HttpResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** The URL that answered (after redirects). */
  url: URL;
}

const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;
const MAX_REDIRECTS = 5;

export async function send(req: HttpRequest): Promise<HttpResponse> {
  let current = req;
  for (let hop = 0; ; hop++) {
    const response = await once(current);
    const location = response.headers.location;
    if (![301, 302, 303, 307, 308].includes(response.status) || !location || (req.method !== 'GET' && req.method !== 'HEAD'))
      return response;
    if (hop >= MAX_REDIRECTS) throw new StoreError(`${req.url.host}: too many redirects`);
    const next = new URL(location, current.url);
    const headers = { ...current.headers };
    // A blob redirect goes to storage (S3, a CDN) with its own signature: do not leak the registry token there.
    if (next.host !== current.url.host) delete headers['Authorization'];
    current = { ...current, url: next, headers };
  }
}

function once(req: HttpRequest): Promise<HttpResponse> {
  const timeoutMs = req.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = req.maxBytes ?? DEFAULT_MAX_BYTES;
  const host = req.url.host;
  return new Promise((resolve, reject) => {
    const request = req.url.protocol === 'http:' ? httpRequest : httpsRequest;
    const headers: Record<string, string> = { 'User-Agent': 'envdiff', ...req.headers };
    if (req.body) headers['Content-Length'] = String(req.body.length);
    const r = request(
      req.url,
      { method: req.method, headers, ...(req.agent && req.url.protocol === 'https:' ? { agent: req.agent } : {}) },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxBytes) {
            r.destroy(new StoreError(`${host} sent more than ${Math.round(maxBytes / 1024)} KiB for ${req.url.pathname}; refusing it`));
            return;
          }
          chunks.push(chunk);
        });
        res.on('end', () => {
          clearTimeout(timer);
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks), url: req.url });
        });
        res.on('error', fail);
      },
    );
    const timer = setTimeout(() => r.destroy(new StoreError(`${host} did not answer within ${timeoutMs / 1000} s`)), timeoutMs);
    function fail(error: Error): void {
      clearTimeout(timer);
      reject(error instanceof StoreError ? error : new StoreError(`cannot reach ${host}: ${describeNetworkError(error)}`));
    }
    r.on('error', fail);
    r.end(req.body);
  });
}

function describeNetworkError(error: Error): string {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  if (code === 'ECONNREFUSED') return 'connection refused (is the registry running?)';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'host name not found';
  if (code === 'ECONNRESET') return 'connection reset';
  if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/.test(code))
    return `TLS certificate not trusted (${code}); pass --ca-file with the registry's CA`;
  if (/wrong version number|EPROTO/i.test(error.message)) return 'TLS handshake failed (does it speak HTTPS?)';
  return error.message;
}
