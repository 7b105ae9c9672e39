/**
 * The compare service: two fingerprints (+ an optional build log) -> a ranked
 * Comparison. `compareFingerprints` is pure; `compareFiles` is the I/O edge that
 * reads and validates the inputs. Commands, the eval and the bench all use these.
 */
import { applyIgnores, compileIgnorePatterns, diffFingerprints } from '../diff/index.js';
import { readFingerprint } from '../fingerprint/io.js';
import type { Fingerprint } from '../fingerprint/types.js';
import { parseBuildLog, rankDifferences } from '../rank/index.js';
import type { ComparedSide, Comparison } from '../rank/types.js';
import { UsageError } from '../errors.js';
import { readBuildLog } from './log-input.js';

export interface CompareInputs {
  a: { file: string; fingerprint: Fingerprint };
  b: { file: string; fingerprint: Fingerprint };
  /** The failing build's log text and where it came from (`-` for stdin). */
  log?: { file: string; text: string };
  /** The passing build's log text: lines both printed are not evidence. */
  goodLog?: { file: string; text: string };
  /** scope/facet/key globs of differences to drop. */
  ignore?: string[];
}

export function compareFingerprints(inputs: CompareInputs): Comparison {
  const differences = applyIgnores(
    diffFingerprints(inputs.a.fingerprint, inputs.b.fingerprint),
    compileIgnorePatterns(inputs.ignore ?? []),
  );
  const log = inputs.log ? parseBuildLog(inputs.log.text) : undefined;
  const goodLog = log && inputs.goodLog ? parseBuildLog(inputs.goodLog.text) : undefined;
  // The ranker fills each summary with summarize() (src/diff/summary.ts).
  const ranked = rankDifferences(differences, log ? { log, ...(goodLog ? { goodLog } : {}) } : {});
  return {
    a: side(inputs.a.file, inputs.a.fingerprint),
    b: side(inputs.b.file, inputs.b.fingerprint),
    ...(inputs.log && log ? { log: { file: inputs.log.file, lines: log.totalLines } } : {}),
    differences: ranked,
  };
}

export interface CompareFilesOptions {
  a: string;
  b: string;
  /** Log file, or `-` to read `stdin`. */
  log?: string;
  /** The passing build's log file (a path; stdin is the failing log's). */
  goodLog?: string;
  ignore?: string[];
  stdin?: NodeJS.ReadableStream;
}

export async function compareFiles(options: CompareFilesOptions): Promise<Comparison> {
  // One after the other: each file's text can be collected before the next is
  // read, which keeps peak memory down at scale (a 100k-library side is ~15 MB of JSON).
  const fa = await readFingerprint(options.a);
  const fb = await readFingerprint(options.b);
  const log = options.log === undefined ? undefined : { file: options.log, text: await readBuildLog(options.log, options.stdin) };
  if (options.goodLog !== undefined && log === undefined) throw new UsageError('--good-log needs --log: the failing build log');
  if (options.goodLog === '-') throw new UsageError('--good-log reads a file; stdin can only carry the failing log (--log -)');
  const goodLog = options.goodLog === undefined ? undefined : { file: options.goodLog, text: await readBuildLog(options.goodLog) };
  return compareFingerprints({
    a: { file: options.a, fingerprint: fa },
    b: { file: options.b, fingerprint: fb },
    ...(log ? { log } : {}),
    ...(goodLog ? { goodLog } : {}),
    ignore: options.ignore ?? [],
  });
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
