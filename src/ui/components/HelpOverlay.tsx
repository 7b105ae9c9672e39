import { Box, Text } from 'ink';
import { NOISE_THRESHOLD } from '../difference-view.js';
import { useTheme } from '../hooks/use-theme.js';
import { truncate, wrap } from '../text-layout.js';

export const HELP_KEYS: ReadonlyArray<readonly [string, string]> = [
  ['↑ ↓  j k', 'select the previous / next difference'],
  ['PgUp PgDn', 'page through the list (scroll the detail while it is open)'],
  ['g  G', 'first / last difference'],
  ['Enter', 'open / close the detail: A and B in full, diff, reasons, log lines'],
  ['/', 'filter by text (scope, facet, key, summary); Enter keeps it, Esc restores'],
  ['f', 'cycle the facet shown: all → each facet → all'],
  ['s', 'cycle the scope shown: all → each scope → all'],
  ['n', `show / hide noise: differences scoring below ${NOISE_THRESHOLD.toFixed(2)}`],
  ['e', 'export the current view as Markdown (envdiff-report-<n>.md in the current directory)'],
  ['?', 'this help'],
  ['q  Esc', 'quit (Esc closes help or detail first)'],
];

const KEY_COLUMN = 13;

/** Each key and what it does, wrapped under its description (never cut). */
function helpLines(width: number): string[] {
  const room = Math.max(10, width - KEY_COLUMN);
  return HELP_KEYS.flatMap(([key, what]) =>
    wrap(what, room).map((part, i) => `${i === 0 ? `  ${key.padEnd(KEY_COLUMN - 2)}` : ' '.repeat(KEY_COLUMN)}${part}`),
  );
}

export function HelpOverlay({ width, height }: { width: number; height: number }) {
  const theme = useTheme();
  const lines = helpLines(width).slice(0, Math.max(0, height - 2));
  return (
    <Box flexDirection="column">
      <Text bold color={theme.color('accent')} wrap="truncate-end">
        {truncate('Keys — the list is ranked: rank 1 most likely broke the build', width)}
      </Text>
      {lines.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: wrapped lines have no identity but their position
        <Text key={i} wrap="truncate-end">
          {line}
        </Text>
      ))}
      <Text color={theme.color('muted')}>{truncate('  press ? or Esc to close', width)}</Text>
    </Box>
  );
}
