import { Box } from 'ink';
import type { RankedDifference } from '../../rank/types.js';
import { pathLabel } from '../labels.js';
import { displayWidth } from '../text-layout.js';
import { DifferenceRow, flexibleWidth } from './DifferenceRow.js';

export interface DifferenceListProps {
  differences: readonly RankedDifference[];
  cursor: number;
  /** Index of the first row shown. */
  top: number;
  /** Rows shown (the selected row's reason line comes on top of these). */
  height: number;
  width: number;
}

/** Renders only the window [top, top + height): the list's cost does not grow with its length. */
export function DifferenceList({ differences, cursor, top, height, width }: DifferenceListProps) {
  const rows = differences.slice(top, top + height);
  const last = differences[differences.length - 1];
  const rankWidth = String(last ? Math.max(last.rank, differences[0]?.rank ?? 1) : 1).length;
  // The path column is as wide as the longest path in view, up to 60% of the flexible space:
  // at 80 columns 45% left image scopes no room to be told apart.
  const flexible = flexibleWidth(width, rankWidth);
  const first = differences[0]?.scope;
  const withScope = differences.some((d) => d.scope !== first);
  const longest = rows.reduce((w, d) => Math.max(w, displayWidth(pathLabel(d, withScope))), 0);
  const pathWidth = Math.min(longest, Math.max(12, Math.floor(flexible * 0.6)));
  return (
    <Box flexDirection="column">
      {rows.map((difference, i) => (
        <DifferenceRow
          key={`${difference.rank}:${difference.scope}:${difference.facet}:${difference.key}`}
          difference={difference}
          selected={top + i === cursor}
          width={width}
          rankWidth={rankWidth}
          pathWidth={pathWidth}
          withScope={withScope}
        />
      ))}
    </Box>
  );
}
