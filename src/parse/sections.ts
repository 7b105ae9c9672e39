/**
 * The raw text convention shared by every shell probe (probes/<facet>.sh), every
 * parser (src/parse/<facet>.ts) and the shell-less capture (which rebuilds the same
 * text from files read through the Docker archive API).
 *
 * A probe's stdout is a sequence of PARTS, one per file, directory, command or
 * value it read:
 *
 *     @file /etc/os-release          <- header: `@<kind> <name>`, name runs to end of line
 *      PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"
 *      NAME="Debian GNU/Linux"       <- content: every line prefixed with ONE space
 *     @cmd uname -m
 *      x86_64
 *
 * Why this shape: every content line starts with a space and every header with `@`,
 * so no file content, command output or variable value can forge a header, whatever
 * it contains (a line starting with `@file` inside a file is read back as content).
 * Lines starting with anything else are ignored. Content is text: the lines joined
 * with `\n`, each line (including the last) ending in `\n`; an empty part has no
 * content lines. Names never contain a newline (probes skip such paths).
 *
 * Kinds:
 * - `file <abs path>`: the file's content. A probe MAY drop lines it does not need
 *   (e.g. only `Package:`/`Version:`/`Status:`/`Architecture:` lines and the blank
 *   separators of the dpkg status file); parsers must accept the full file too.
 * - `dir <abs path>`: a directory listing, one entry name per line, in any order,
 *   without `.`/`..`. A symlink entry MAY be written `name -> target` (the target as
 *   stored in the link). Probes may list only the entries they care about (e.g.
 *   `*.so*` in library dirs); parsers must accept a full listing too.
 * - `link <abs path>`: the target of a symlink, as stored (readlink).
 * - `cmd <command line>`: a command's output (stdout, and stderr where the probe
 *   says so). Shell-less captures never have these.
 * - `env <NAME>`: the value of an environment variable, when set.
 * - `var <name>`: a value the probe computed in the shell (e.g. `umask`).
 * - `hex <name>`: content given as lowercase hex bytes (whitespace ignored), used
 *   where exact bytes matter (the NUL-separated /proc/<pid>/environ).
 * - `missing <abs path>`: the probe looked for this path and it was not there.
 */

export type PartKind = 'file' | 'dir' | 'link' | 'cmd' | 'env' | 'var' | 'hex' | 'missing';

export interface RawPart {
  kind: PartKind;
  name: string;
  text: string;
}

const KINDS = new Set<string>(['file', 'dir', 'link', 'cmd', 'env', 'var', 'hex', 'missing']);

/** Split a probe's raw text into parts, in order. Unknown kinds and stray lines are ignored. */
export function parseSections(raw: string): RawPart[] {
  const parts: RawPart[] = [];
  let current: { kind: PartKind; name: string; lines: string[] } | undefined;
  const flush = (): void => {
    if (current) {
      parts.push({
        kind: current.kind,
        name: current.name,
        text: current.lines.length === 0 ? '' : current.lines.join('\n') + '\n',
      });
    }
    current = undefined;
  };
  for (const line of raw.split('\n')) {
    if (line.startsWith(' ')) {
      current?.lines.push(line.slice(1));
      continue;
    }
    if (!line.startsWith('@')) continue;
    flush();
    const space = line.indexOf(' ');
    const kind = space === -1 ? line.slice(1) : line.slice(1, space);
    if (!KINDS.has(kind)) continue;
    current = { kind: kind as PartKind, name: space === -1 ? '' : line.slice(space + 1), lines: [] };
  }
  flush();
  return parts;
}

/** Write one part in the convention (what a probe prints). */
export function formatPart(kind: PartKind, name: string, text: string): string {
  if (name.includes('\n')) throw new Error(`raw part name contains a newline: ${JSON.stringify(name)}`);
  let out = name === '' ? `@${kind}\n` : `@${kind} ${name}\n`;
  if (text !== '') {
    const body = text.endsWith('\n') ? text.slice(0, -1) : text;
    for (const line of body.split('\n')) out += ` ${line}\n`;
  }
  return out;
}

/** Parts of one kind, by name (later parts with the same name win). */
export function partsByName(parts: RawPart[], kind: PartKind): Map<string, string> {
  const map = new Map<string, string>();
  for (const part of parts) if (part.kind === kind) map.set(part.name, part.text);
  return map;
}

/** Entries of a `dir` part: name -> symlink target (undefined for non-links). */
export function dirEntries(text: string): Map<string, string | undefined> {
  const entries = new Map<string, string | undefined>();
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const arrow = line.indexOf(' -> ');
    if (arrow === -1) entries.set(line, undefined);
    else entries.set(line.slice(0, arrow), line.slice(arrow + 4));
  }
  return entries;
}

/** Decode a `hex` part to bytes. */
export function hexBytes(text: string): Buffer {
  return Buffer.from(text.replace(/[^0-9a-fA-F]/g, ''), 'hex');
}

/**
 * Build the raw text a probe would have printed, from files read without a shell
 * (shell-less images). `files` maps each path the capture could read to its text:
 * - a regular file: key = its absolute path, value = its content;
 * - a directory listing (FILE_SOURCES entry ending in `/`): key = the path WITH the
 *   trailing `/`, value = one entry name per line (see `dir` above; symlinks as
 *   `name -> target`, which the libraries parser uses to follow /lib -> usr/lib);
 * - a glob source (`*` in a FILE_SOURCES entry): one key per matching path, files
 *   as above, or with a trailing `/` for matching directories.
 * Paths that do not exist are simply absent. Parts come out sorted by path, which
 * the parsers do not depend on. `facet` names the facet the files are for (all facets
 * share this convention today).
 */
export function assembleRawFromFiles(_facet: string, files: Map<string, string>): string {
  let out = '';
  for (const path of [...files.keys()].sort()) {
    if (path.includes('\n')) continue;
    const text = files.get(path) ?? '';
    if (path.length > 1 && path.endsWith('/')) out += formatPart('dir', path.slice(0, -1), text);
    else if (path === '/') out += formatPart('dir', '/', text);
    else out += formatPart('file', path, text);
  }
  return out;
}
