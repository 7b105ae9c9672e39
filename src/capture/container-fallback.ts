/**
 * Shell-less images (or a shell that cannot run): every selected facet that has
 * FILE_SOURCES is rebuilt from files read through the archive API and parsed by the
 * same parser as the probe output; the others are `unavailable` (they describe a
 * running system).
 */
import { performance } from 'node:perf_hooks';
import type { ProbeRecord } from '../fingerprint/types.js';
import { FILE_SOURCES, PARSERS } from '../parse/index.js';
import { assembleRawFromFiles } from '../parse/sections.js';
import { globToRegExp } from './container-files.js';
import type { ContainerRunner } from './container-runner.js';
import type { ProbeSelection } from './probes.js';
import { type ScopeParts, shellFacets } from './scope.js';

export async function captureFromFiles(
  runner: ContainerRunner,
  options: { timeoutMs: number; selection: ProbeSelection },
  signal: AbortSignal,
  why: string,
): Promise<ScopeParts> {
  const parts: ScopeParts = { facets: {}, probes: {} };
  const facets = shellFacets(options.selection);
  const readable = facets.filter((f) => (FILE_SOURCES[f]?.length ?? 0) > 0 && PARSERS[f]);
  const started = performance.now();
  const paths = [...new Set(readable.flatMap((f) => FILE_SOURCES[f] ?? []))];
  let files = new Map<string, string>();
  let failure: ProbeRecord | undefined;
  try {
    if (paths.length > 0) files = await runner.readFiles(paths, { timeoutMs: options.timeoutMs, signal });
  } catch (error) {
    if (signal.aborted) throw error;
    // The files' own budget (a huge image) or an engine error: recorded per facet, not fatal.
    const timedOut = (error as { code?: string }).code === 'ENGINE_DEADLINE';
    failure = { status: timedOut ? 'timeout' : 'error', durationMs: 0, source: 'files', reason: (error as Error).message.slice(0, 1000) };
  }
  const durationMs = Math.round(performance.now() - started);
  const onlyFiles = `${why}: read from its files only (${readable.join(', ')}); no commands ran`;
  for (const facet of facets) {
    if (!readable.includes(facet)) {
      parts.probes[facet] = { status: 'unavailable', durationMs: 0, source: 'files', reason: `${why}; ${facet} needs a running shell` };
      continue;
    }
    if (failure) {
      parts.probes[facet] = { ...failure, durationMs };
      continue;
    }
    const own = filesOf(FILE_SOURCES[facet] ?? [], files);
    const record: ProbeRecord = { status: 'ok', durationMs, source: 'files', reason: onlyFiles };
    if (own.size === 0) {
      parts.probes[facet] = {
        status: 'unavailable',
        durationMs,
        source: 'files',
        reason: `${why}, and none of the files ${facet} reads exist`,
      };
      continue;
    }
    try {
      parts.facets[facet] = PARSERS[facet]!(assembleRawFromFiles(facet, own), { scope: runner.scope });
    } catch (error) {
      record.status = 'error';
      record.reason = `could not parse its files: ${(error as Error).message}`.slice(0, 1000);
    }
    parts.probes[facet] = record;
  }
  if (Object.keys(options.selection.custom).length > 0) {
    parts.probes.custom = { status: 'unavailable', durationMs: 0, source: 'files', reason: `${why}: custom probes cannot run` };
  }
  return parts;
}

/** The read files a facet's sources name (globs matched per path component). */
function filesOf(sources: string[], files: Map<string, string>): Map<string, string> {
  const own = new Map<string, string>();
  const patterns = sources.map((source) => {
    const parts = source.split('/').filter(Boolean);
    return { listing: source.endsWith('/'), parts: parts.map((p) => globToRegExp(p)) };
  });
  for (const [path, text] of files) {
    const listing = path.endsWith('/');
    const parts = path.split('/').filter(Boolean);
    const named = patterns.some(
      (p) => p.parts.length === parts.length && p.parts.every((re, i) => re.test(parts[i]!)) && (listing || !p.listing),
    );
    if (named) own.set(path, text);
  }
  return own;
}
