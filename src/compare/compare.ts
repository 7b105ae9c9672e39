/**
 * The compare service: two fingerprints (+ an optional build log) -> a ranked
 * Comparison. `compareFingerprints` is pure; `compareInputs` is the I/O edge that
 * reads the inputs (files, stdin, local images: src/compare/input.ts). Commands,
 * the eval and the bench all use these.
 */
import { resolve } from 'node:path';
import { applyIgnores, compileIgnorePatterns, diffScopes, type ScopeDiff } from '../diff/index.js';
import type { Fingerprint } from '../fingerprint/types.js';
import { parseBuildLog, rankDifferences } from '../rank/index.js';
import { foldDuplicates } from './duplicates.js';
import { readInput, type InputContext } from './input.js';
import { UsageError } from '../errors.js';
import { readBuildLog } from './log-input.js';
import { type ExplicitPair, pairScopes } from './pairing.js';
import type { ComparedSide, Comparison } from './types.js';

export interface CompareInputs {
  a: { file: string; fingerprint: Fingerprint };
  b: { file: string; fingerprint: Fingerprint };
  /** The failing build's log text and where it came from (`-` for stdin). */
  log?: { file: string; text: string };
  /** The passing build's log text: lines both printed are not evidence. */
  goodLog?: { file: string; text: string };
  /** scope/facet/key globs of differences to drop. */
  ignore?: string[];
  /** Scopes to compare with each other, before any automatic pairing. */
  pairs?: ExplicitPair[];
}

export function compareFingerprints(inputs: CompareInputs): Comparison {
  const a = inputs.a.fingerprint;
  const b = inputs.b.fingerprint;
  const { pairs, unpaired } = pairScopes(a, b, inputs.pairs);
  const diff: ScopeDiff = { differences: [], notCompared: [] };
  for (const pair of pairs) diffScopes(pair.label, a.scopes[pair.a]!, b.scopes[pair.b]!, diff);
  const names = new Map(pairs.map((p) => [p.label, [p.label, p.a, p.b]]));
  const differences = applyIgnores(diff.differences, compileIgnorePatterns(inputs.ignore ?? []), (label) => names.get(label) ?? [label]);
  const log = inputs.log ? parseBuildLog(inputs.log.text) : undefined;
  const goodLog = log && inputs.goodLog ? parseBuildLog(inputs.goodLog.text) : undefined;
  // The ranker fills each summary with summarize() (src/diff/summary.ts).
  const ranked = foldDuplicates(rankDifferences(differences, log ? { log, ...(goodLog ? { goodLog } : {}) } : {}));
  return {
    a: side(inputs.a.file, a),
    b: side(inputs.b.file, b),
    ...(inputs.log && log ? { log: { file: inputs.log.file, lines: log.totalLines } } : {}),
    pairs,
    unpaired,
    notCompared: diff.notCompared,
    differences: ranked,
  };
}

export interface CompareFilesOptions {
  /** A fingerprint file, `-` (stdin) or a local image (readInput). */
  a: string;
  b: string;
  /** Log file, or `-` to read `stdin`. */
  log?: string;
  /** The passing build's log file (a path; stdin is the failing log's). */
  goodLog?: string;
  ignore?: string[];
  pairs?: ExplicitPair[];
  /** Where relative paths resolve, the environment (Docker), stdin. */
  context: InputContext;
}

export async function compareInputs(options: CompareFilesOptions): Promise<Comparison> {
  const fromStdin = [options.a, options.b, options.log].filter((x) => x === '-').length;
  if (fromStdin > 1) {
    const { UsageError } = await import('../errors.js');
    throw new UsageError('only one of A, B and --log can be read from stdin (-)');
  }
  // One after the other: each file's text can be collected before the next is
  // read, which keeps peak memory down at scale (a 100k-library side is ~15 MB of JSON).
  const a = await readInput(options.a, options.context);
  const b = await readInput(options.b, options.context);
  const log =
    options.log === undefined
      ? undefined
      : {
          file: options.log,
          text: await readBuildLog(
            options.log === '-' ? '-' : resolve(options.context.cwd, options.log),
            options.context.stdin,
            options.log,
          ),
        };
  if (options.goodLog !== undefined && log === undefined) throw new UsageError('--good-log needs --log: the failing build log');
  if (options.goodLog === '-') throw new UsageError('--good-log reads a file; stdin can only carry the failing log (--log -)');
  const goodLog =
    options.goodLog === undefined
      ? undefined
      : { file: options.goodLog, text: await readBuildLog(resolve(options.context.cwd, options.goodLog), undefined, options.goodLog) };
  return compareFingerprints({
    a,
    b,
    ...(log ? { log } : {}),
    ...(goodLog ? { goodLog } : {}),
    ignore: options.ignore ?? [],
    pairs: options.pairs ?? [],
  });
}

/** Reads fingerprint files only (no images, no stdin): the bench and tests. */
export function compareFiles(options: { a: string; b: string; log?: string; ignore?: string[] }): Promise<Comparison> {
  return compareInputs({ ...options, context: { cwd: process.cwd(), env: {} } });
}

function side(file: string, fingerprint: Fingerprint): ComparedSide {
  return {
    file,
    ...(fingerprint.label !== undefined ? { label: fingerprint.label } : {}),
    hostname: fingerprint.hostname,
    capturedAt: fingerprint.capturedAt,
    scopes: Object.keys(fingerprint.scopes),
  };
}
