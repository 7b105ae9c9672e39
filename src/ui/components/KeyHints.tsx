import { Text } from 'ink';
import type { Mode } from '../browse-state.js';
import { useTheme } from '../hooks/use-theme.js';
import { truncate } from '../text-layout.js';

const LIST_HINTS =
  '↑↓/jk move · PgUp/PgDn page · g/G ends · ⏎ detail · / filter · f facet · s scope · n noise · e export · ? help · q quit';
const FILTER_HINTS = 'type to filter · Backspace delete · ⏎ keep filter · Esc restore';
const HELP_HINTS = '? or Esc close help · q quit';

export function KeyHints({ mode, width }: { mode: Mode; width: number }) {
  const theme = useTheme();
  const hints = mode === 'filter' ? FILTER_HINTS : mode === 'help' ? HELP_HINTS : LIST_HINTS;
  return (
    <Text color={theme.color('muted')} wrap="truncate-end">
      {truncate(hints, width)}
    </Text>
  );
}
