/**
 * Docker Engine API failures as one-line CaptureErrors. A connection that nothing
 * answers (dead socket, refused port) says so and what to check, instead of
 * surfacing a raw errno.
 */
import { CaptureError, EnvdiffError } from '../errors.js';

const UNREACHABLE = new Set(['ENOENT', 'ECONNREFUSED', 'ECONNRESET', 'EACCES', 'EHOSTUNREACH', 'ETIMEDOUT', 'EPIPE']);

export function isUnreachable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && UNREACHABLE.has(code);
}

/** The engine's own message (docker-modem puts the JSON body in `json`), on one line. */
export function engineMessage(error: unknown): string {
  const e = error as { json?: { message?: unknown } | null; message?: unknown; reason?: unknown };
  const text = typeof e?.json?.message === 'string' ? e.json.message : typeof e?.message === 'string' ? e.message : String(error);
  return text
    .replace(/[\x00-\x1f\x7f]+/g, ' ')
    .replace(/^\(HTTP code \d+\)\s*/, '')
    .trim();
}

/** Throw `error` as a CaptureError prefixed with what we were doing (`engine`: to name where it is). */
export function dockerFailure(error: unknown, doing: string, engine?: { endpoint: { label: string } }): never {
  if (error instanceof EnvdiffError) throw error;
  if ((error as { name?: unknown })?.name === 'AbortError') throw new CaptureError(`${doing}: interrupted or out of time`);
  if (isUnreachable(error)) {
    const code = (error as { code: string }).code;
    const where = engine ? ` at ${engine.endpoint.label}` : '';
    throw new CaptureError(
      `${doing}: no Docker engine answers${where} (${code}); is dockerd (or podman system service) running, and is DOCKER_HOST right?`,
    );
  }
  throw new CaptureError(`${doing}: ${engineMessage(error)}`);
}
