/**
 * A small streaming tar reader for the Docker archive API (GET /containers/{id}/archive),
 * which returns a path as a tar stream. Only what that API produces is handled: ustar
 * headers with prefix, PAX extended headers (path, linkpath, size) and GNU long
 * names. File bodies are kept only for entries the caller asks for, so listing a large
 * library directory does not buffer its contents.
 */

export type TarEntryType = 'file' | 'dir' | 'symlink' | 'hardlink' | 'other';

export interface TarEntry {
  /** Path as stored, without a leading `./` and without a trailing `/`. */
  path: string;
  type: TarEntryType;
  size: number;
  /** Symlink or hardlink target. */
  linkTarget?: string;
  /** Body, only when `keepBody(entry)` returned true. */
  body?: Buffer;
}

export interface TarReadOptions {
  /** Return true to keep an entry's body (only files have one; called for every entry, in order). */
  keepBody: (entry: TarEntry) => boolean;
  /** Stop with an error once this many body bytes would be kept. */
  maxKeptBytes: number;
}

const BLOCK = 512;

/** The entry being read: its body bytes still to come, then the padding to the next block. */
interface Pending {
  entry: TarEntry;
  meta: 'pax' | 'longname' | 'longlink' | null;
  remaining: number;
  padding: number;
  chunks: Buffer[] | null;
}

function field(header: Buffer, offset: number, length: number): string {
  const raw = header.subarray(offset, offset + length);
  const nul = raw.indexOf(0);
  return raw.subarray(0, nul === -1 ? length : nul).toString('utf8');
}

function octal(header: Buffer, offset: number, length: number): number {
  // Base-256 encoding (GNU) for sizes >= 8 GiB: high bit of the first byte set.
  if ((header[offset]! & 0x80) !== 0) {
    let value = 0;
    for (let i = offset + 1; i < offset + length; i++) value = value * 256 + header[i]!;
    return value;
  }
  const text = field(header, offset, length).trim();
  return text === '' ? 0 : Number.parseInt(text, 8);
}

function checksumOk(header: Buffer): boolean {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : header[i]!;
  return sum === octal(header, 148, 8);
}

/** PAX records: "<len> <key>=<value>\n" repeated. */
function parsePax(body: Buffer): Map<string, string> {
  const records = new Map<string, string>();
  let pos = 0;
  while (pos < body.length) {
    const space = body.indexOf(0x20, pos);
    if (space === -1) break;
    const length = Number.parseInt(body.subarray(pos, space).toString('ascii'), 10);
    if (!Number.isFinite(length) || length <= 0) break;
    const record = body.subarray(space + 1, pos + length - 1).toString('utf8');
    const eq = record.indexOf('=');
    if (eq > 0) records.set(record.slice(0, eq), record.slice(eq + 1));
    pos += length;
  }
  return records;
}

function normalise(path: string): string {
  let p = path;
  while (p.startsWith('./')) p = p.slice(2);
  while (p.length > 1 && p.endsWith('/')) p = p.slice(0, -1);
  return p;
}

function entryType(flag: string): TarEntryType {
  switch (flag) {
    case '0':
    case '':
    case '7':
      return 'file';
    case '5':
      return 'dir';
    case '2':
      return 'symlink';
    case '1':
      return 'hardlink';
    default:
      return 'other';
  }
}

/** Read every entry of a tar stream. */
export async function readTar(stream: AsyncIterable<Buffer | string>, options: TarReadOptions): Promise<TarEntry[]> {
  const entries: TarEntry[] = [];
  let pending = Buffer.alloc(0);
  let kept = 0;
  // Current state: reading a header, or consuming `remaining` body bytes (+ padding).
  let current: Pending | null = null;
  let paxOverrides = new Map<string, string>();
  let longName: string | undefined;
  let longLink: string | undefined;
  let ended = false;

  const finishEntry = () => {
    const c = current!;
    const body = c.chunks ? Buffer.concat(c.chunks) : undefined;
    if (c.meta === 'pax') paxOverrides = parsePax(body ?? Buffer.alloc(0));
    else if (c.meta === 'longname') longName = normalise(field(body ?? Buffer.alloc(0), 0, body?.length ?? 0));
    else if (c.meta === 'longlink') longLink = field(body ?? Buffer.alloc(0), 0, body?.length ?? 0);
    else {
      if (body) c.entry.body = body;
      entries.push(c.entry);
    }
    current = null;
  };

  for await (const chunk of stream) {
    if (ended) continue;
    pending = pending.length === 0 ? Buffer.from(chunk) : Buffer.concat([pending, Buffer.from(chunk)]);
    for (;;) {
      if (current) {
        const c: Pending = current;
        if (c.remaining > 0) {
          const take = Math.min(c.remaining, pending.length);
          if (take === 0) break;
          if (c.chunks) c.chunks.push(pending.subarray(0, take));
          pending = pending.subarray(take);
          c.remaining -= take;
          if (c.remaining > 0) break;
        }
        if (pending.length < c.padding) break;
        pending = pending.subarray(c.padding);
        finishEntry();
        continue;
      }
      if (pending.length < BLOCK) break;
      const header = pending.subarray(0, BLOCK);
      pending = pending.subarray(BLOCK);
      if (header.every((b) => b === 0)) {
        // End-of-archive marker: two zero blocks; one is enough to stop.
        ended = true;
        break;
      }
      if (!checksumOk(header)) throw new Error('malformed tar stream from the Docker archive API (bad header checksum)');
      const flag = field(header, 156, 1);
      const prefix = field(header, 345, 155);
      const name = field(header, 0, 100);
      let size = octal(header, 124, 12);
      const meta = flag === 'x' ? 'pax' : flag === 'L' ? 'longname' : flag === 'K' ? 'longlink' : null;
      const entry: TarEntry = { path: '', type: entryType(flag), size };
      if (meta === null) {
        entry.path = normalise(paxOverrides.get('path') ?? longName ?? (prefix ? `${prefix}/${name}` : name));
        const link = paxOverrides.get('linkpath') ?? longLink ?? field(header, 157, 100);
        if (entry.type === 'symlink' || entry.type === 'hardlink') entry.linkTarget = link;
        const paxSize = paxOverrides.get('size');
        if (paxSize !== undefined) size = entry.size = Number.parseInt(paxSize, 10);
        paxOverrides = new Map();
        longName = longLink = undefined;
      }
      const keep = meta !== null || (options.keepBody(entry) && entry.type === 'file');
      if (keep && meta === null) {
        kept += size;
        if (kept > options.maxKeptBytes) throw new Error(`archive too large: more than ${options.maxKeptBytes} bytes of file contents`);
      }
      const bodyBlocks = entry.type === 'dir' || entry.type === 'symlink' || entry.type === 'hardlink' ? 0 : size;
      current = { entry, meta, remaining: bodyBlocks, padding: (BLOCK - (bodyBlocks % BLOCK)) % BLOCK, chunks: keep ? [] : null };
    }
  }
  if (current !== null || (!ended && pending.length > 0)) throw new Error('truncated tar stream from the Docker archive API');
  return entries;
}
