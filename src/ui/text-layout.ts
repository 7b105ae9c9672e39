/**
 * Width arithmetic for terminal cells, on the libraries ink itself uses:
 * string-width (grapheme clusters: `👩‍💻` is 2 cells, `e\u0301` is 1),
 * cli-truncate and wrap-ansi. Strings reaching here are already sanitised.
 */
import cliTruncate from 'cli-truncate';
import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';

export function displayWidth(text: string): number {
  return stringWidth(text);
}

/** Cut to at most `width` cells, ending with `…` when something was cut. */
export function truncate(text: string, width: number): string {
  if (width <= 0) return '';
  if (stringWidth(text) <= width) return text;
  // cli-truncate 5.2 can end one cell over when a wide grapheme (ZWJ emoji) meets
  // the cut: ask for one cell less until it fits.
  for (let room = width; room > 0; room--) {
    const cut = cliTruncate(text, room, { position: 'end', truncationCharacter: '…' });
    if (stringWidth(cut) <= width) return cut;
  }
  return '…';
}

/** Cut from the start to at most `width` cells: `…debian:bookworm` (the distinctive end kept). */
export function truncateStart(text: string, width: number): string {
  if (width <= 0) return '';
  if (stringWidth(text) <= width) return text;
  for (let room = width; room > 0; room--) {
    const cut = cliTruncate(text, room, { position: 'start', truncationCharacter: '…' });
    if (stringWidth(cut) <= width) return cut;
  }
  return '…';
}

/** Pad with spaces to `width` cells (the text must already fit). */
export function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - stringWidth(text)));
}

/** Truncate (once) then pad with spaces to exactly `width` cells. */
export function fit(text: string, width: number): string {
  return pad(truncate(text, width), width);
}

/** Wrap one line into lines of at most `width` cells: at spaces, else mid-word (paths and digests have none). */
export function wrap(text: string, width: number): string[] {
  if (width <= 0 || stringWidth(text) <= width) return [text];
  return wrapAnsi(text, width, { hard: true, trim: true }).split('\n');
}

/** A fixed-width bar for a score in [0, 1]: `█████░░░`. */
export function scoreBar(score: number, cells = 8): string {
  const clamped = Math.min(1, Math.max(0, Number.isFinite(score) ? score : 0));
  const filled = Math.round(clamped * cells);
  return '█'.repeat(filled) + '░'.repeat(cells - filled);
}
