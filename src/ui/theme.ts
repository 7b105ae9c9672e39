/**
 * Colour decisions for the TUI. Colour is an aid, never the only signal: every
 * kind also has a word ("moved", "removed") and the selected row a `›` marker, so
 * the UI stays usable with NO_COLOR or FORCE_COLOR=0.
 */
import type { DifferenceKind } from '../diff/types.js';

export type Tone =
  | 'kind-added'
  | 'kind-removed'
  | 'kind-changed'
  | 'kind-moved'
  | 'score-high'
  | 'score-mid'
  | 'score-low'
  | 'diff-add'
  | 'diff-del'
  | 'diff-hunk'
  | 'accent'
  | 'muted'
  | 'error'
  | 'ok';

const PALETTE: Record<Tone, string> = {
  'kind-added': 'green',
  'kind-removed': 'red',
  'kind-changed': 'yellow',
  'kind-moved': 'cyan',
  'score-high': 'red',
  'score-mid': 'yellow',
  'score-low': 'gray',
  'diff-add': 'green',
  'diff-del': 'red',
  'diff-hunk': 'cyan',
  accent: 'blueBright',
  muted: 'gray',
  error: 'red',
  ok: 'green',
};

export interface Theme {
  colour: boolean;
  /** The ink `color` for a tone, or undefined when colour is off. */
  color(tone: Tone | undefined): string | undefined;
}

/** no-color.org: NO_COLOR present and non-empty disables colour; so does FORCE_COLOR=0/false. */
export function colourEnabled(env: NodeJS.ProcessEnv): boolean {
  const noColor = env['NO_COLOR'];
  if (noColor !== undefined && noColor !== '') return false;
  const force = env['FORCE_COLOR'];
  if (force === '0' || force === 'false') return false;
  return true;
}

export function makeTheme(colour: boolean): Theme {
  return { colour, color: (tone) => (colour && tone ? PALETTE[tone] : undefined) };
}

export function kindTone(kind: DifferenceKind): Tone {
  return `kind-${kind}`;
}

export function scoreTone(score: number): Tone {
  return score >= 0.7 ? 'score-high' : score >= 0.4 ? 'score-mid' : 'score-low';
}
