/**
 * env: every environment variable, secrets redacted. The probe prints
 * /proc/<pid>/environ as hex (exact bytes, nothing can forge a variable); without
 * /proc it prints `export -p`, whose single-quoted values are decoded here.
 */
import type { Facet } from '../fingerprint/types.js';
import { redactEnv } from '../redact.js';
import { hexBytes, parseSections } from './sections.js';

/** Bytes to text: UTF-8 when valid, else printable ASCII kept and other bytes as \xNN. */
function decode(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    let out = '';
    for (const b of bytes) out += b >= 0x20 && b < 0x7f && b !== 0x5c ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, '0')}`;
    return out;
  }
}

/** NUL-separated `NAME=value` entries. */
export function parseEnviron(bytes: Buffer): Array<[string, string]> {
  const vars: Array<[string, string]> = [];
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0) continue;
    if (i > start) {
      const entry = bytes.subarray(start, i);
      const eq = entry.indexOf(0x3d);
      if (eq === -1) vars.push([decode(entry), '']);
      else if (eq > 0) vars.push([decode(entry.subarray(0, eq)), decode(entry.subarray(eq + 1))]);
    }
    start = i + 1;
  }
  return vars;
}

/** `export NAME='v'\''alue'` lines as printed by dash and busybox ash (values may span lines). */
export function parseExportP(text: string): Array<[string, string]> {
  const vars: Array<[string, string]> = [];
  let i = 0;
  while (i < text.length) {
    const m = /^(?:export|declare -x) ([^=\s]+)(=?)/.exec(text.slice(i));
    if (!m) {
      const nl = text.indexOf('\n', i);
      i = nl === -1 ? text.length : nl + 1;
      continue;
    }
    i += m[0].length;
    const name = m[1]!;
    let value = '';
    if (m[2] === '=') {
      // Concatenated single-quoted pieces, escaped quotes and bare words.
      while (i < text.length && text[i] !== '\n') {
        if (text[i] === "'") {
          const end = text.indexOf("'", i + 1);
          if (end === -1) break;
          value += text.slice(i + 1, end);
          i = end + 1;
        } else if (text[i] === '\\' && i + 1 < text.length) {
          value += text[i + 1];
          i += 2;
        } else if (text[i] === '"') {
          const end = text.indexOf('"', i + 1);
          if (end === -1) break;
          value += text.slice(i + 1, end).replace(/\\([$`"\\])/g, '$1');
          i = end + 1;
        } else {
          value += text[i];
          i++;
        }
      }
    }
    vars.push([name, value]);
  }
  return vars;
}

export function parseEnv(raw: string): Facet {
  let vars: Array<[string, string]> = [];
  for (const part of parseSections(raw)) {
    if (part.kind === 'hex') vars = parseEnviron(hexBytes(part.text));
    else if (part.kind === 'cmd' && part.name === 'export -p') {
      // The bundle's own variables are visible to `export -p`, not in /proc/<pid>/environ.
      vars = parseExportP(part.text).filter(([name]) => !name.startsWith('ENVDIFF_'));
    }
  }
  const facet: Facet = {};
  for (const [name, value] of redactEnv(vars)) facet[name] = value;
  return facet;
}
