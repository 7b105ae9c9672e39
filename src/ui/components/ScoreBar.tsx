import { Text } from 'ink';
import { useTheme } from '../hooks/use-theme.js';
import { scoreBar } from '../text-layout.js';
import { scoreTone } from '../theme.js';

export const SCORE_BAR_CELLS = 8;

export function ScoreBar({ score }: { score: number }) {
  const theme = useTheme();
  return <Text color={theme.color(scoreTone(score))}>{scoreBar(score, SCORE_BAR_CELLS)}</Text>;
}
