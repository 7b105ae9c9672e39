/**
 * One fleet member file, read at once: a fleet is read one member after another,
 * and a member's facets equal to the previous member's are not parsed again
 * (src/fleet/member-text.ts). Regular files only: anything unusual — a FIFO or
 * device, a file that cannot be opened or read, one over the size cap or growing
 * while read — is left to readFingerprint, which words each such failure. I/O.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { UsageError } from '../errors.js';
import { MAX_FINGERPRINT_BYTES, parseFingerprint } from '../fingerprint/io.js';
import type { Fingerprint } from '../fingerprint/types.js';
import { parseMemberBytes, type RememberedFacets } from './member-text.js';

/** A fingerprint; why the file is not one (one line); or undefined: read it with readFingerprint. */
export type MemberRead = { fingerprint: Fingerprint } | { error: string } | undefined;

let scratch = Buffer.alloc(0);

export function readMemberSync(path: string, remembered: RememberedFacets): MemberRead {
  let fd: number;
  try {
    // Non-blocking: opening a FIFO must not wait for a writer (it is then handed back, never read here).
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    return undefined;
  }
  let bytes: Buffer;
  try {
    const info = fstatSync(fd);
    if (!info.isFile() || info.size > MAX_FINGERPRINT_BYTES) return undefined;
    // One byte more than its size: a file that fills it grew while read, and is handed back.
    // One buffer for every member: a fresh 150 KB buffer per member costs as much in garbage collection as the reads.
    if (scratch.length < info.size + 1) {
      scratch = Buffer.allocUnsafe(Math.min(MAX_FINGERPRINT_BYTES + 1, Math.max(info.size + 1, 2 * scratch.length)));
    }
    const buffer = scratch.subarray(0, info.size + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length === buffer.length) return undefined;
    }
    bytes = buffer.subarray(0, length);
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
  try {
    const fingerprint = parseMemberBytes(bytes, remembered);
    if (fingerprint) return { fingerprint };
    return { fingerprint: parseFingerprint(bytes.toString('utf8'), path) };
  } catch (error) {
    if (error instanceof UsageError) return { error: error.message };
    throw error;
  }
}
