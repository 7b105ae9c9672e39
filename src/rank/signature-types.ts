/** The shape of a failure signature and of what it implicates (see signatures.ts). */
import type { Difference } from '../diff/types.js';
import type { TokenKind } from './tokens.js';

export interface Implication {
  facet: string;
  /** Keys within the facet; every key when absent. */
  key?: RegExp;
  weight: number;
  /** The failure fits any direction of change (e.g. a lock holder that was added). */
  anyDirection?: boolean;
  /**
   * The failure needs a change across this software's ABI boundary (a JDK major for a
   * class-file version, a Python minor for a removed stdlib module): a change within
   * it explains little.
   */
  boundary?: boolean;
  /** Any step of the version counts alike: the behaviour came in patch or security releases (git's ownership check). */
  anyStep?: boolean;
  /** Only when this holds for the difference (e.g. a free-space value still in gigabytes does not fit "no space"). */
  when?: (d: Difference) => boolean;
  /** Only when this field of an object value differs (e.g. an image's `architecture`). */
  changedField?: string;
  why?: string;
}

export interface Signature {
  id: string;
  /**
   * Lower-case substrings, one of which every matching line contains: a cheap
   * filter so that a 50 MB log is not run through every pattern line by line.
   */
  anchors: string[];
  patterns: RegExp[];
  /** Lines that match a pattern but belong to another class (inotify's ENOSPC is not a full disk). */
  exclude?: RegExp[];
  implicates: Implication[];
  tokens: TokenKind[];
  meaning: string;
  /**
   * A wrapper's summary of a failure it reports in full nearby (pip's "Getting requirements to build
   * wheel did not run successfully" above the hook's own error): with another class in the log, it
   * counts as a consequence, wherever it is printed.
   */
  summary?: boolean;
}
