import { Text } from 'ink';
import type { Mode } from '../browse-state.js';
import { useTheme } from '../hooks/use-theme.js';
import { displayWidth, truncate } from '../text-layout.js';

const LIST_HINTS = ['↑↓/jk move', 'PgUp/PgDn page', 'g/G ends', '⏎ detail', '/ filter', 'f facet', 's scope', 'n noise', 'e export'];
/** Always shown, whatever the width: how to get help and how to leave. */
const ALWAYS = '? help · q quit';
const FILTER_HINTS = 'type to filter · Backspace delete · ⏎ keep filter · Esc restore';

/** As many list hints as fit before `? help · q quit`, which always fits. */
function listHints(width: number): string {
  const shown: string[] = [];
  for (const hint of LIST_HINTS) {
    if (displayWidth([...shown, hint, ALWAYS].join(' · ')) > width) break;
    shown.push(hint);
  }
  return truncate([...shown, ALWAYS].join(' · '), width);
}
const HELP_HINTS = '? or Esc close help · q quit';

export function KeyHints({ mode, width }: { mode: Mode; width: number }) {
  const theme = useTheme();
  const hints = mode === 'filter' ? FILTER_HINTS : mode === 'help' ? HELP_HINTS : listHints(width);
  return (
    <Text color={theme.color('muted')} wrap="truncate-end">
      {truncate(hints, width)}
    </Text>
  );
}
