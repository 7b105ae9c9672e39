import { Box, Text } from 'ink';
import type { Comparison, ComparedSide } from '../../compare/types.js';
import { sanitize } from '../../render/sanitize.js';
import { NOISE_THRESHOLD, type Tally } from '../difference-view.js';
import { sideLabel } from '../detail-lines.js';
import { useTheme } from '../hooks/use-theme.js';
import { truncate } from '../text-layout.js';

export interface HeaderProps {
  comparison: Comparison;
  facets: Tally[];
  scopes: Tally[];
  shown: number;
  noiseHidden: number;
  facet: string | null;
  scope: string | null;
  filterText: string;
  showNoise: boolean;
  width: number;
}

/** "2026-11-21T22:00:05.123Z" -> "2026-11-21 22:00 UTC"; anything else is shown as given. */
export function captureDate(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return m ? `${m[1]} ${m[2]} UTC` : sanitize(iso);
}

function sideLine(tag: string, side: ComparedSide): string {
  return `${tag} ${sideLabel(side)} · captured ${captureDate(side.capturedAt)} · ${sanitize(side.file)}`;
}

function tallyText(tallies: Tally[]): string {
  return tallies.map((t) => `${sanitize(t.name)} ${t.count}`).join(', ');
}

export function Header(props: HeaderProps) {
  const theme = useTheme();
  const { comparison, width } = props;
  const total = comparison.differences.length;
  const unpaired = comparison.unpaired.length;
  const notCompared = comparison.notCompared.length;
  const counts = [
    `${total} difference${total === 1 ? '' : 's'}`,
    // What the list cannot show: said up front, once (the text report has the details).
    ...(unpaired > 0
      ? [
          `${unpaired} scope${unpaired === 1 ? '' : 's'} only on one side: ${comparison.unpaired.map((u) => `${sanitize(u.scope)} (${u.side.toUpperCase()})`).join(', ')}`,
        ]
      : []),
    ...(notCompared > 0 ? [`${notCompared} facet${notCompared === 1 ? '' : 's'} not compared`] : []),
    `scopes: ${tallyText(props.scopes)}`,
    `facets: ${tallyText(props.facets)}`,
  ].join(' · ');
  const view = [
    `showing ${props.shown} of ${total}`,
    `facet ${props.facet === null ? 'all' : sanitize(props.facet)}`,
    `scope ${props.scope === null ? 'all' : sanitize(props.scope)}`,
    props.showNoise
      ? `noise shown (score < ${NOISE_THRESHOLD.toFixed(2)})`
      : `${props.noiseHidden} noise hidden (score < ${NOISE_THRESHOLD.toFixed(2)})`,
    ...(props.filterText ? [`filter "${sanitize(props.filterText)}"`] : []),
  ].join(' · ');
  return (
    <Box flexDirection="column">
      <Text bold color={theme.color('ok')} wrap="truncate-end">
        {truncate(sideLine('A works:', comparison.a), width)}
      </Text>
      <Text bold color={theme.color('error')} wrap="truncate-end">
        {truncate(sideLine('B fails:', comparison.b), width)}
      </Text>
      <Text wrap="truncate-end">{truncate(counts, width)}</Text>
      <Text color={theme.color('muted')} wrap="truncate-end">
        {truncate(view, width)}
      </Text>
    </Box>
  );
}
