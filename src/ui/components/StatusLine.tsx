import { Text } from 'ink';
import type { BrowseState } from '../browse-state.js';
import { useTheme } from '../hooks/use-theme.js';
import { sanitize } from '../../render/sanitize.js';
import { truncate } from '../text-layout.js';

export interface StatusLineProps {
  state: BrowseState;
  position: { cursor: number; total: number };
  width: number;
}

/** The filter prompt while typing, else the last status message, else the position. */
export function StatusLine({ state, position, width }: StatusLineProps) {
  const theme = useTheme();
  if (state.mode === 'filter') {
    return (
      <Text wrap="truncate-end">
        <Text color={theme.color('accent')}>/</Text>
        {truncate(sanitize(state.filterText), Math.max(0, width - 2))}
        <Text inverse> </Text>
      </Text>
    );
  }
  if (state.status) {
    const tone = state.status.tone === 'error' ? 'error' : state.status.tone === 'ok' ? 'ok' : 'muted';
    return (
      <Text color={theme.color(tone)} wrap="truncate-end">
        {truncate(sanitize(state.status.text), width)}
      </Text>
    );
  }
  const where = position.total === 0 ? 'no rows' : `row ${position.cursor + 1} of ${position.total}`;
  return (
    <Text color={theme.color('muted')} wrap="truncate-end">
      {truncate(where, width)}
    </Text>
  );
}
