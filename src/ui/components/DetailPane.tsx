import { Box, Text } from 'ink';
import type { StyledLine } from '../detail-lines.js';
import { useTheme } from '../hooks/use-theme.js';
import { truncate } from '../text-layout.js';

export interface DetailPaneProps {
  lines: readonly StyledLine[];
  /** First line shown; clamped so the pane never scrolls past its end. */
  scroll: number;
  height: number;
  width: number;
}

export function maxDetailScroll(total: number, height: number): number {
  return Math.max(0, total - Math.max(1, height - 1));
}

export function DetailPane({ lines, scroll, height, width }: DetailPaneProps) {
  const theme = useTheme();
  const overflow = lines.length > height;
  // One line is kept for the "more" marker when everything does not fit.
  const room = overflow ? Math.max(1, height - 1) : height;
  const start = Math.min(scroll, maxDetailScroll(lines.length, height));
  const shown = lines.slice(start, start + room);
  const below = lines.length - start - shown.length;
  return (
    <Box flexDirection="column">
      {shown.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: lines are rebuilt on every render; the position is the identity
        <Text key={i} color={theme.color(line.tone)} bold={line.bold} wrap="truncate-end">
          {line.text === '' ? ' ' : truncate(line.text, width)}
        </Text>
      ))}
      {overflow ? (
        <Text color={theme.color('muted')} wrap="truncate-end">
          {truncate(
            `${start > 0 ? `↑ ${start} above · ` : ''}${below > 0 ? `↓ ${below} more` : 'end'} · PgUp/PgDn scroll the detail`,
            width,
          )}
        </Text>
      ) : null}
    </Box>
  );
}
