import { Box, Text } from 'ink';
import { NOISE_THRESHOLD } from '../difference-view.js';
import { useTheme } from '../hooks/use-theme.js';
import { truncate } from '../text-layout.js';

export interface EmptyStateProps {
  /** Differences in the whole comparison. */
  total: number;
  /** Rows that matched but are hidden as noise. */
  noiseHidden: number;
  filtered: boolean;
  width: number;
}

export function EmptyState({ total, noiseHidden, filtered, width }: EmptyStateProps) {
  const theme = useTheme();
  let lines: string[];
  if (total === 0) {
    lines = [
      'The two fingerprints are identical: no differences in any scope or facet.',
      'If the build still fails on B, the cause is not in what was captured (try --probe for custom facts).',
    ];
  } else if (noiseHidden > 0 && !filtered) {
    lines = [`All ${noiseHidden} differences here are noise (score < ${NOISE_THRESHOLD.toFixed(2)}).`, 'Press n to show them.'];
  } else {
    lines = [
      'No difference matches this view.',
      noiseHidden > 0
        ? `${noiseHidden} noise rows match but are hidden: press n. Or / to change the filter, f/s to change facet/scope.`
        : 'Press / to change the filter, f or s to change facet/scope.',
    ];
  }
  return (
    <Box flexDirection="column" paddingTop={1}>
      {lines.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list of lines; the position is the identity
        <Text key={i} bold={i === 0} color={i === 0 && total === 0 ? theme.color('ok') : undefined} wrap="truncate-end">
          {truncate(`  ${line}`, width)}
        </Text>
      ))}
    </Box>
  );
}
