/** binfmt: binfmt_misc status and its registered entries (qemu-user emulators...). */
import type { Facet } from '../fingerprint/types.js';
import { parseSections } from './sections.js';

const DIR = '/proc/sys/fs/binfmt_misc/';

/** One entry file: `enabled`, `interpreter X`, `flags: PF`, `offset 0`, `magic ..`, `mask ..`. */
export function parseBinfmtEntry(text: string): {
  enabled: boolean;
  interpreter: string;
  flags: string;
  offset: number;
  magic: string;
  mask: string;
  extension?: string;
} {
  const entry = { enabled: false, interpreter: '', flags: '', offset: 0, magic: '', mask: '' } as ReturnType<typeof parseBinfmtEntry>;
  for (const line of text.split('\n')) {
    const m = /^(\S+?):?(?:\s+(.*))?$/.exec(line.trim());
    if (!m) continue;
    const [, key, value = ''] = m;
    if (key === 'enabled' || key === 'disabled') entry.enabled = key === 'enabled';
    else if (key === 'interpreter') entry.interpreter = value;
    else if (key === 'flags') entry.flags = value;
    else if (key === 'offset') entry.offset = Number(value) || 0;
    else if (key === 'magic') entry.magic = value;
    else if (key === 'mask') entry.mask = value;
    else if (key === 'extension') entry.extension = value;
  }
  return entry;
}

export function parseBinfmt(raw: string): Facet {
  const facet: Facet = {};
  let status: string | undefined;
  for (const part of parseSections(raw)) {
    if (!part.name.startsWith(DIR)) continue;
    const name = part.name.slice(DIR.length);
    if (name === 'status') {
      if (part.kind === 'missing') status = 'absent';
      else if (part.kind === 'file') status = part.text.trim() === 'enabled' ? 'enabled' : 'disabled';
    } else if (part.kind === 'file' && name !== 'register' && !name.includes('/')) {
      facet[name] = parseBinfmtEntry(part.text);
    }
  }
  facet.status = status ?? 'absent';
  return facet;
}
