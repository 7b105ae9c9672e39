/**
 * Width arithmetic for single-line cells. Strings reaching here are already
 * sanitised, so one code point is one cell except for wide (CJK/emoji) glyphs,
 * which we count as two to keep rows from wrapping.
 */

const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1faff}\u{20000}-\u{3fffd}]/u;

function cellWidth(ch: string): number {
  return WIDE.test(ch) ? 2 : 1;
}

export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += cellWidth(ch);
  return width;
}

/** Cut to at most `width` cells, ending with `…` when something was cut. */
export function truncate(text: string, width: number): string {
  if (width <= 0) return '';
  if (displayWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const ch of text) {
    const w = cellWidth(ch);
    if (used + w > width - 1) break;
    out += ch;
    used += w;
  }
  return `${out}…`;
}

/** Truncate then pad with spaces to exactly `width` cells. */
export function fit(text: string, width: number): string {
  const cut = truncate(text, width);
  return cut + ' '.repeat(Math.max(0, width - displayWidth(cut)));
}

/**
 * Wrap one line into chunks of at most `width` cells, at a space when one is in
 * the second half of the chunk, else mid-word (paths and digests have no spaces).
 */
export function wrap(text: string, width: number): string[] {
  if (width <= 0 || displayWidth(text) <= width) return [text];
  const lines: string[] = [];
  let chars: string[] = [];
  let used = 0;
  for (const ch of text) {
    const w = cellWidth(ch);
    if (used + w > width) {
      const space = chars.lastIndexOf(' ');
      if (space >= Math.floor(chars.length / 2)) {
        lines.push(chars.slice(0, space).join(''));
        chars = chars.slice(space + 1);
      } else {
        lines.push(chars.join(''));
        chars = [];
      }
      used = chars.reduce((sum, c) => sum + cellWidth(c), 0);
    }
    chars.push(ch);
    used += w;
  }
  lines.push(chars.join(''));
  return lines;
}

/** A fixed-width bar for a score in [0, 1]: `█████░░░`. */
export function scoreBar(score: number, cells = 8): string {
  const clamped = Math.min(1, Math.max(0, Number.isFinite(score) ? score : 0));
  const filled = Math.round(clamped * cells);
  return '█'.repeat(filled) + '░'.repeat(cells - filled);
}
