/**
 * The fleet TUI: findings ranked, a histogram of the selected fact's values across
 * the fleet with the runners that hold the odd one, and `c` to open compare between
 * a failing runner with that value and a typical passing one. Props in, no I/O:
 * quitting and the compare jump are callbacks.
 */
import cliTruncate from 'cli-truncate';
import { Box, Text, useApp, useInput } from 'ink';
import { useState } from 'react';
import type { FleetAnalysis, FleetFinding } from '../../fleet/analyse.js';
import { factName, fleetVerdict, listed } from '../../fleet/verdict.js';
import { sanitize } from '../../render/sanitize.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { fleetReducer, fleetWindowTop, INITIAL_FLEET_STATE, type FleetAction } from './fleet-state.js';

export interface FleetAppProps {
  analysis: FleetAnalysis;
  colour: boolean;
  /** Open compare between these two members (indexes into analysis.members). */
  onCompare: (pair: { odd: number; typical: number }) => void;
}

/** Verdict, counts, rule, key hints. */
const CHROME_LINES = 4;
const DETAIL_LINES = 14;

export function FleetApp({ analysis, colour, onCompare }: FleetAppProps) {
  const { exit } = useApp();
  const { columns, rows } = useTerminalSize();
  const [state, setState] = useState(INITIAL_FLEET_STATE);
  const total = analysis.findings.length;
  const dispatch = (action: FleetAction) => setState((s) => fleetReducer(s, action));
  const selected = analysis.findings[state.cursor];

  useInput((input, key) => {
    if (input === 'q' || (key.escape && !state.detail && !state.help)) return exit();
    if (key.escape) return dispatch({ type: 'close' });
    if (input === '?') return dispatch({ type: 'toggle-help' });
    if (key.downArrow || input === 'j') return dispatch({ type: 'move', by: 1, total });
    if (key.upArrow || input === 'k') return dispatch({ type: 'move', by: -1, total });
    if (key.pageDown) return dispatch({ type: 'move', by: 10, total });
    if (key.pageUp) return dispatch({ type: 'move', by: -10, total });
    if (input === 'g') return dispatch({ type: 'jump', to: 'first', total });
    if (input === 'G') return dispatch({ type: 'jump', to: 'last', total });
    if (key.return) return dispatch({ type: 'toggle-detail' });
    if (input === 'c' && selected?.pair) {
      onCompare(selected.pair);
      exit();
    }
  });

  const width = Math.max(20, columns);
  const line = (text: string) => cliTruncate(sanitize(text), width);
  const accent = colour ? 'blueBright' : undefined;
  const muted = colour ? 'gray' : undefined;
  const body = Math.max(3, rows - CHROME_LINES - (state.detail ? DETAIL_LINES : 0));
  const top = fleetWindowTop(state.cursor, body, total);

  return (
    <Box flexDirection="column">
      <Text bold>{line(fleetVerdict(analysis))}</Text>
      <Text color={muted}>
        {line(
          `${analysis.members.length} fingerprints · ${analysis.factsCompared} facts · ${total} findings · ${analysis.volatileFacts} volatile set aside`,
        )}
      </Text>
      {state.help ? (
        <HelpLines width={width} />
      ) : total === 0 ? (
        <Text>{line('  Nothing stands out: every runner agrees on every fact compared.')}</Text>
      ) : (
        <Box flexDirection="column">
          {analysis.findings.slice(top, top + body).map((f, i) => (
            <FindingRow
              key={`${f.scope}/${f.facet}/${f.key}`}
              finding={f}
              rank={top + i + 1}
              selected={top + i === state.cursor}
              width={width}
              accent={accent}
            />
          ))}
          {state.detail && selected ? <FindingDetail finding={selected} analysis={analysis} width={width} muted={muted} /> : null}
        </Box>
      )}
      <Text color={muted}>{line('↑↓/jk move · ⏎ histogram · c compare odd vs typical · ? help · q quit')}</Text>
    </Box>
  );
}

function FindingRow({
  finding: f,
  rank,
  selected,
  width,
  accent,
}: {
  finding: FleetFinding;
  rank: number;
  selected: boolean;
  width: number;
  accent: string | undefined;
}) {
  const figures = f.p !== undefined ? `fail ${f.failing}/${f.failing + f.passing}` : `${f.count} of ${f.of}`;
  const text = `${selected ? '›' : ' '} ${String(rank).padStart(2)} ${figures.padEnd(12)} ${factName(f)} = ${f.valueText}`;
  return (
    <Text color={selected ? accent : undefined} bold={selected} wrap="truncate-end">
      {cliTruncate(sanitize(text), width)}
    </Text>
  );
}

/** A histogram bar per value: `█` for failing runs, `░` for the rest, scaled to the widest. */
export function histogramLines(f: FleetFinding, width: number): string[] {
  const most = Math.max(...f.distribution.map((b) => b.count), 1);
  const labelWidth = Math.min(32, Math.max(...f.distribution.map((b) => b.label.length), 5));
  const barWidth = Math.max(5, Math.min(40, width - labelWidth - 16));
  return f.distribution.map((b) => {
    const filled = Math.max(1, Math.round((b.count / most) * barWidth));
    const failing = Math.round((b.failing / b.count) * filled);
    const bar = '█'.repeat(failing) + '░'.repeat(filled - failing);
    return `${b.odd ? '▶' : ' '} ${cliTruncate(b.label, labelWidth).padEnd(labelWidth)} ${bar} ${b.count}${b.failing > 0 ? ` (${b.failing} failing)` : ''}`;
  });
}

function FindingDetail({
  finding: f,
  analysis,
  width,
  muted,
}: {
  finding: FleetFinding;
  analysis: FleetAnalysis;
  width: number;
  muted: string | undefined;
}) {
  const lines = [
    `── ${factName(f)} across the fleet (█ failing, ░ other) ──`,
    ...histogramLines(f, width),
    `runners with ${f.valueText}: ${listed(f, 12)}`,
    ...(f.related.length > 0 ? [`same runners also differ in: ${f.related.map((r) => factName(r)).join(', ')}`] : []),
    ...f.reasons
      .filter((r) => r.source === 'log')
      .slice(0, 2)
      .map((r) => `log: ${r.text}`),
    f.pair
      ? `c: compare ${analysis.members[f.pair.typical]!.label} (typical) with ${analysis.members[f.pair.odd]!.label} (${f.valueText})`
      : 'no typical runner to compare with',
  ];
  return (
    <Box flexDirection="column">
      {lines.slice(0, DETAIL_LINES).map((text, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: lines are rebuilt on every render; the position is the identity
        <Text key={i} color={i === 0 ? muted : undefined} wrap="truncate-end">
          {cliTruncate(sanitize(text), width)}
        </Text>
      ))}
    </Box>
  );
}

function HelpLines({ width }: { width: number }) {
  const lines = [
    'Keys',
    '  ↑ ↓ / j k   move          PgUp PgDn   page        g G   first / last',
    '  ⏎           histogram of the selected fact and the runners holding the odd value',
    '  c           open compare: a failing runner with the odd value vs a typical passing one',
    '  ? / Esc     close help    q           quit',
  ];
  return (
    <Box flexDirection="column">
      {lines.map((text) => (
        <Text key={text}>{cliTruncate(text, width)}</Text>
      ))}
    </Box>
  );
}
