/**
 * Captured strings are untrusted: a hostile image can put terminal escape
 * sequences (CSI, OSC `\x1b]0;title\x07`, C1 controls) or bidi overrides in a
 * package description, an env var or a build log. Before anything reaches a
 * terminal or a rendered report, every such character is replaced by a visible
 * stand-in, so the reader sees that it was there and the terminal never acts on it.
 */

// C0 controls (except those kept in multi-line mode), DEL, C1 controls, bidi
// embedding/override/isolate marks, line/paragraph separators, BOM/zero-width no-break.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
const UNSAFE_MULTILINE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

function visible(ch: string): string {
  const code = ch.charCodeAt(0);
  // C0 controls have dedicated "control pictures" (U+2400 + code): ␛ for ESC, ␇ for BEL.
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421'; // ␡
  return `\\u${code.toString(16).padStart(4, '0')}`;
}

export interface SanitizeOptions {
  /** Keep newlines and tabs (for multi-line values shown as blocks). Default false. */
  multiline?: boolean;
}

/** Neutralise control characters and escape sequences for display. */
export function sanitize(text: string, options: SanitizeOptions = {}): string {
  const pattern = options.multiline ? UNSAFE_MULTILINE : UNSAFE;
  pattern.lastIndex = 0;
  return pattern.test(text) ? text.replace(pattern, visible) : text;
}

/** True if the text contains anything `sanitize` would replace (in single-line mode). */
export function hasUnsafeCharacters(text: string): boolean {
  UNSAFE.lastIndex = 0;
  return UNSAFE.test(text);
}

/**
 * Sanitise and escape for Markdown/HTML (GitHub PR comments): characters that
 * would start markup, links, HTML tags or break a table cell are escaped.
 */
export function escapeMarkdown(text: string): string {
  return sanitize(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]#+|~]/g, (c) => `\\${c}`);
}
