/**
 * Parser registry: one pure parser per shell probe (probes/<facet>.sh), raw text
 * in, facet out. The same parsers serve the host, containers with a shell, and
 * shell-less images (where src/capture reassembles the probe's raw text from
 * files read through the archive API, see FILE_SOURCES).
 */
import type { Facet, FacetId } from '../fingerprint/types.js';

export interface ParseContext {
  /** Scope being parsed (`host`, `image:...`), for parsers whose meaning depends on it. */
  scope: string;
}

export type Parser = (raw: string, context: ParseContext) => Facet;

/** Filled in by the probe/parser work: facet id -> parser. */
export const PARSERS: Partial<Record<FacetId, Parser>> = {};

/** Facets captured by a shell probe, in bundle order. */
export const PROBE_FACETS: FacetId[] = [];

/**
 * For shell-less images: the files (and directories, ending in `/`) each facet's
 * probe reads, so the capture can fetch them through the archive API and build
 * the same raw text the probe would have printed.
 */
export const FILE_SOURCES: Partial<Record<FacetId, string[]>> = {};
