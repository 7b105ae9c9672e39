/**
 * The compare TUI: a ranked list of differences with a detail pane. Props in, no
 * I/O: exporting is the `onExport` callback (run.tsx writes the file), quitting
 * is ink's exit.
 */
import { type ReactNode, useMemo, useRef, useState } from 'react';
import { Box, Text, useApp, useInput, type Key } from 'ink';
import type { Comparison } from '../compare/types.js';
import { browseReducer, INITIAL_STATE, windowTop, type BrowseAction, type BrowseState } from './browse-state.js';
import { detailLines } from './detail-lines.js';
import { cycle, NOISE_THRESHOLD } from './difference-view.js';
import { isKeyChunk, splitChunk } from './key-chunks.js';
import { useDifferenceView } from './hooks/use-difference-view.js';
import { useTerminalSize } from './hooks/use-terminal-size.js';
import { makeTheme } from './theme.js';
import { ThemeContext } from './components/ThemeContext.js';
import { DetailPane, maxDetailScroll } from './components/DetailPane.js';
import { DifferenceList } from './components/DifferenceList.js';
import { EmptyState } from './components/EmptyState.js';
import { Header } from './components/Header.js';
import { HelpOverlay } from './components/HelpOverlay.js';
import { KeyHints } from './components/KeyHints.js';
import { StatusLine } from './components/StatusLine.js';

export interface AppProps {
  comparison: Comparison;
  colour: boolean;
  /** Write the given view as a report; resolves to the path written. `description` says how it was filtered. */
  onExport: (view: Comparison, description: string) => Promise<string>;
}

/** Header (4) + rule (1) + status (1) + key hints (1). */
const CHROME_LINES = 7;
/** List rows kept above the detail pane while it is open. */
const LIST_ROWS_WITH_DETAIL = 5;

// Printable text only: a pasted escape sequence must not land in the filter.
const PRINTABLE = /^[^\u0000-\u001f\u007f-\u009f]+$/;

/** "envdiff view: 3 of 120 differences · facet packages · filter "lib" · noise hidden (score < 0.10)". */
export function describeView(state: BrowseState, shown: number, total: number): string {
  return [
    `envdiff view: ${shown} of ${total} differences`,
    ...(state.facet !== null ? [`facet ${state.facet}`] : []),
    ...(state.scope !== null ? [`scope ${state.scope}`] : []),
    ...(state.filterText.trim() !== '' ? [`filter "${state.filterText.trim()}"`] : []),
    state.showNoise ? 'noise shown' : `noise hidden (score < ${NOISE_THRESHOLD.toFixed(2)})`,
  ].join(' · ');
}

export function App({ comparison, colour, onExport }: AppProps) {
  const { exit } = useApp();
  const { columns, rows } = useTerminalSize();
  const theme = useMemo(() => makeTheme(colour), [colour]);

  // The latest state is kept in a ref too, so keys arriving faster than React
  // renders still see the state their predecessors produced.
  const [state, setState] = useState<BrowseState>(INITIAL_STATE);
  const stateRef = useRef(state);
  const dispatch = (action: BrowseAction) => {
    stateRef.current = browseReducer(stateRef.current, action);
    setState(stateRef.current);
  };

  const view = useDifferenceView(comparison.differences, {
    text: state.filterText,
    facet: state.facet,
    scope: state.scope,
    showNoise: state.showNoise,
  });
  const total = view.visible.length;
  const cursor = Math.min(state.cursor, Math.max(0, total - 1));
  const selected = view.visible[cursor];

  // Leave one line free: a frame as tall as the terminal makes ink clear the whole screen on each update.
  const height = Math.max(CHROME_LINES + 3, rows - 1);
  const width = Math.max(20, columns);
  const body = height - CHROME_LINES;
  const detailOpen = state.detailOpen && selected !== undefined;
  const detail = useMemo(
    () => (detailOpen && selected ? detailLines(selected, comparison, width) : []),
    [detailOpen, selected, comparison, width],
  );
  // The detail pane takes what it needs; room it would leave blank goes to the list
  // (a short detail on a 200x50 terminal left ~20 empty lines).
  // and the list keeps no more rows than it has.
  const fewest = Math.max(1, Math.min(LIST_ROWS_WITH_DETAIL, Math.floor(body / 3), total));
  const listRows = detailOpen ? Math.max(fewest, Math.min(total, body - 2 - detail.length)) : Math.max(1, body - 1);
  const detailHeight = Math.max(1, body - listRows - 2);

  const topRef = useRef(0);
  const top = windowTop(topRef.current, cursor, listRows, total);
  topRef.current = top;

  const exportView = () => {
    const differences = view.visible;
    dispatch({ type: 'status', text: 'exporting…', tone: 'muted' });
    const description = describeView(stateRef.current, differences.length, comparison.differences.length);
    onExport({ ...comparison, differences }, description).then(
      (path) =>
        dispatch({
          type: 'status',
          text: `exported ${differences.length} difference${differences.length === 1 ? '' : 's'} to ${path}`,
          tone: 'ok',
        }),
      (error: unknown) => dispatch({ type: 'status', text: `export failed: ${(error as Error).message ?? String(error)}`, tone: 'error' }),
    );
  };

  const handleKey = (input: string, key: Key) => {
    const current = stateRef.current;
    if (current.mode === 'filter') {
      if (key.return) dispatch({ type: 'filter-apply' });
      else if (key.escape) dispatch({ type: 'filter-cancel' });
      else if (key.backspace || key.delete) dispatch({ type: 'filter-backspace' });
      else if (!key.ctrl && !key.meta && input !== '' && PRINTABLE.test(input)) dispatch({ type: 'filter-type', text: input });
      return;
    }
    if (current.mode === 'help') {
      if (input === '?' || key.escape) dispatch({ type: 'toggle-help' });
      else if (input === 'q') exit();
      return;
    }
    const page = current.detailOpen ? Math.max(1, detailHeight - 1) : listRows;
    if (key.upArrow || input === 'k') dispatch({ type: 'move', by: -1, total });
    else if (key.downArrow || input === 'j') dispatch({ type: 'move', by: 1, total });
    else if (key.pageUp) dispatch(current.detailOpen ? { type: 'scroll-detail', by: -page } : { type: 'move', by: -page, total });
    else if (key.pageDown) {
      if (current.detailOpen) {
        const room = maxDetailScroll(detail.length, detailHeight) - current.detailScroll;
        dispatch({ type: 'scroll-detail', by: Math.max(0, Math.min(page, room)) });
      } else dispatch({ type: 'move', by: page, total });
    } else if (input === 'g' || key.home) dispatch({ type: 'jump', to: 'first', total });
    else if (input === 'G' || key.end) dispatch({ type: 'jump', to: 'last', total });
    else if (key.return) dispatch({ type: 'toggle-detail' });
    else if (input === '/') dispatch({ type: 'filter-start' });
    else if (input === 'f')
      dispatch({
        type: 'set-facet',
        facet: cycle(
          view.facets.map((t) => t.name),
          current.facet,
        ),
      });
    else if (input === 's')
      dispatch({
        type: 'set-scope',
        scope: cycle(
          view.scopes.map((t) => t.name),
          current.scope,
        ),
      });
    else if (input === 'n') dispatch({ type: 'toggle-noise' });
    else if (input === '?') dispatch({ type: 'toggle-help' });
    else if (input === 'e') exportView();
    else if (key.escape && current.detailOpen) dispatch({ type: 'close-detail' });
    else if (input === 'q' || key.escape) exit();
  };

  useInput((input: string, key: Key) => {
    if (isKeyChunk(input, key)) {
      for (const single of splitChunk(input)) handleKey(single.input, single.key);
    } else {
      handleKey(input, key);
    }
  });

  const filtered = state.filterText.trim() !== '' || state.facet !== null || state.scope !== null;
  let main: ReactNode;
  if (state.mode === 'help') {
    main = <HelpOverlay width={width} height={body} />;
  } else if (total === 0) {
    main = <EmptyState total={comparison.differences.length} noiseHidden={view.noiseHidden} filtered={filtered} width={width} />;
  } else {
    main = (
      <Box flexDirection="column">
        <DifferenceList differences={view.visible} cursor={cursor} top={top} height={listRows} width={width} />
        {detailOpen ? (
          <>
            <Text color={theme.color('muted')}>{'─'.repeat(width)}</Text>
            <DetailPane lines={detail} scroll={state.detailScroll} height={detailHeight} width={width} />
          </>
        ) : null}
      </Box>
    );
  }

  return (
    <ThemeContext.Provider value={theme}>
      <Box flexDirection="column" width={width} height={height}>
        <Header
          comparison={comparison}
          facets={view.facets}
          scopes={view.scopes}
          shown={total}
          noiseHidden={view.noiseHidden}
          facet={state.facet}
          scope={state.scope}
          filterText={state.filterText}
          showNoise={state.showNoise}
          width={width}
        />
        <Text color={theme.color('muted')}>{'─'.repeat(width)}</Text>
        <Box flexDirection="column" height={body}>
          {main}
        </Box>
        <StatusLine state={state} position={{ cursor, total }} width={width} />
        <KeyHints mode={state.mode} width={width} />
      </Box>
    </ThemeContext.Provider>
  );
}
