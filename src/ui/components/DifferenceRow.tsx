import { Box, Text } from 'ink';
import type { RankedDifference } from '../../rank/types.js';
import { sanitize } from '../../render/sanitize.js';
import { fitPath, kindLabel, topReason } from '../labels.js';
import { useTheme } from '../hooks/use-theme.js';
import { fit, truncate } from '../text-layout.js';
import { kindTone } from '../theme.js';
import { SCORE_BAR_CELLS, ScoreBar } from './ScoreBar.js';

export interface DifferenceRowProps {
  difference: RankedDifference;
  selected: boolean;
  width: number;
  /** Digits of the largest rank, so ranks line up. */
  rankWidth: number;
  /** Cells of the scope › facet › key column, shared by the rows in view so columns line up. */
  pathWidth: number;
  /** False when every difference is in one scope: the header names it, the rows need not. */
  withScope: boolean;
}

const KIND_WIDTH = 9;

/** Cells left for the path and summary columns of a row `width` wide. */
export function flexibleWidth(width: number, rankWidth: number): number {
  // marker + rank + " " + bar + " " + score + " " + path + " " + kind + " " + summary
  return Math.max(0, width - (2 + rankWidth + 1 + SCORE_BAR_CELLS + 1 + 4 + 1 + 1 + KIND_WIDTH + 1));
}

/** One difference on one line; the selected one also shows its top reason below. */
export function DifferenceRow({ difference, selected, width, rankWidth, pathWidth, withScope }: DifferenceRowProps) {
  const theme = useTheme();
  const marker = selected ? '› ' : '  ';
  const rank = String(difference.rank).padStart(rankWidth);
  const score = difference.score.toFixed(2);
  const summaryWidth = Math.max(0, flexibleWidth(width, rankWidth) - pathWidth);
  const reason = selected ? topReason(difference) : undefined;
  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end" bold={selected} inverse={selected && theme.colour}>
        {marker}
        {rank} <ScoreBar score={difference.score} /> {score} {fitPath(difference, pathWidth, withScope)}{' '}
        <Text color={theme.color(kindTone(difference.kind))}>{fit(kindLabel(difference), KIND_WIDTH)}</Text>{' '}
        {truncate(sanitize(difference.summary), summaryWidth)}
      </Text>
      {selected ? (
        <Text color={theme.color('muted')} wrap="truncate-end">
          {truncate(`${' '.repeat(2 + rankWidth)} ↳ ${reason ?? 'no reason recorded'}`, width)}
        </Text>
      ) : null}
    </Box>
  );
}
