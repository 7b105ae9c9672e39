/**
 * Every byte envdiff reads from a Docker engine goes through one of these agents,
 * so a hostile or broken engine is bounded BELOW dockerode: each call runs inside a
 * budget (deadline + byte cap) that owns the sockets opened during it. When the
 * deadline passes, the caller's signal aborts, or the engine sends more than the
 * cap, the call's sockets are destroyed and the call rejects at once — whether or
 * not dockerode ever notices (its own abort handling does not return on a server
 * that answers /_ping and then stalls, nor bound an endless chunked body).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import type { Duplex } from 'node:stream';
import { CaptureError } from '../errors.js';

export interface CallLimits {
  /** Hard deadline of the whole call, including reading any stream it returns. */
  deadlineMs: number;
  /** Most bytes the engine may send during the call (headers included). */
  maxBytes: number;
  /** The caller's own abort (a signal, the container's overall budget). */
  signal?: AbortSignal;
}

/** A call cut at its deadline or byte cap. `code` tells which. */
export class EngineLimitError extends CaptureError {
  declare readonly code: 'ENGINE_DEADLINE' | 'ENGINE_TOO_MUCH' | 'ENGINE_ABORTED';
  constructor(message: string, code: 'ENGINE_DEADLINE' | 'ENGINE_TOO_MUCH' | 'ENGINE_ABORTED') {
    super(message, code);
    this.name = 'EngineLimitError';
  }
}

class Budget {
  readonly sockets = new Set<Duplex>();
  bytes = 0;
  failure: EngineLimitError | undefined;
  constructor(
    readonly what: string,
    readonly limits: CallLimits,
    readonly fail: (error: EngineLimitError) => void,
  ) {}

  adopt(socket: Duplex): void {
    if (this.failure) {
      socket.destroy(this.failure);
      return;
    }
    this.sockets.add(socket);
    socket.once('close', () => this.sockets.delete(socket));
    // A 'data' listener beside the HTTP client's own: it sees every chunk, counts
    // it, and never consumes what the client (or a hijacked stream's reader) needs.
    socket.on('data', (chunk: Buffer) => {
      this.bytes += chunk.length;
      if (this.bytes > this.limits.maxBytes) {
        this.cut(new EngineLimitError(`${this.what}: the engine sent more than ${mb(this.limits.maxBytes)}; cut`, 'ENGINE_TOO_MUCH'));
      }
    });
  }

  cut(error: EngineLimitError): void {
    if (!this.failure) this.failure = error;
    for (const socket of this.sockets) socket.destroy(error);
    this.sockets.clear();
    this.fail(this.failure);
  }
}

const current = new AsyncLocalStorage<Budget>();

function adoptInto(socket: Duplex): Duplex {
  current.getStore()?.adopt(socket);
  return socket;
}

/** Plain HTTP (unix socket or tcp): no keep-alive, so each request opens its own socket inside its call. */
export class BoundedHttpAgent extends HttpAgent {
  // biome-ignore lint/suspicious/noExplicitAny: Node's Agent.createConnection is untyped in @types/node 20
  override createConnection(options: any, callback?: any): Duplex {
    // biome-ignore lint/suspicious/noExplicitAny: see above
    return adoptInto((HttpAgent.prototype as any).createConnection.call(this, options, callback));
  }
}

export class BoundedHttpsAgent extends HttpsAgent {
  // biome-ignore lint/suspicious/noExplicitAny: Node's Agent.createConnection is untyped in @types/node 20
  override createConnection(options: any, callback?: any): Duplex {
    // biome-ignore lint/suspicious/noExplicitAny: see above
    return adoptInto((HttpsAgent.prototype as any).createConnection.call(this, options, callback));
  }
}

/**
 * Run `call` inside a budget: sockets it opens (through a Bounded*Agent) are
 * counted and destroyed at the deadline, on abort or past the byte cap; the
 * returned promise settles no later than the deadline. The call gets a signal that
 * aborts with the budget, to hand to the client so it stops cleanly too.
 */
export function withinBudget<T>(what: string, limits: CallLimits, call: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const abort = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;
  let budget: Budget | undefined;
  const stopped = new Promise<never>((_, reject) => {
    budget = new Budget(what, limits, (error) => {
      abort.abort(error);
      reject(error);
    });
    const b = budget;
    timer = setTimeout(
      () => b.cut(new EngineLimitError(`${what}: no answer within ${limits.deadlineMs} ms`, 'ENGINE_DEADLINE')),
      limits.deadlineMs,
    );
    onAbort = () => {
      const reason = limits.signal?.reason as unknown;
      const why = reason instanceof Error ? ` (${reason.message})` : '';
      b.cut(new EngineLimitError(`${what}: interrupted${why}`, 'ENGINE_ABORTED'));
    };
    if (limits.signal?.aborted) onAbort();
    else limits.signal?.addEventListener('abort', onAbort, { once: true });
  });
  stopped.catch(() => undefined);
  const b = budget!;
  const work = b.failure ? Promise.reject(b.failure) : current.run(b, () => call(abort.signal));
  return Promise.race([work, stopped]).finally(() => {
    clearTimeout(timer);
    if (onAbort) limits.signal?.removeEventListener('abort', onAbort);
    // Whatever the call left open (a stream nobody finished reading) goes with it.
    for (const socket of b.sockets) socket.destroy();
    b.sockets.clear();
  });
}

export function mb(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} KB`;
}
