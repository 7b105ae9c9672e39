/**
 * The TUI's state machine, pure: keys become actions, actions a new state. The
 * component only maps keypresses to actions and renders the state, so every
 * behaviour here is testable without a terminal.
 */

export type Mode = 'list' | 'filter' | 'help';

export interface BrowseState {
  mode: Mode;
  /** Index of the selected row in the visible (filtered) list. */
  cursor: number;
  detailOpen: boolean;
  /** First line of the detail pane shown (PgUp/PgDn scroll it while it is open). */
  detailScroll: number;
  filterText: string;
  /** The filter before `/` was pressed, restored by Esc. */
  filterBefore: string;
  facet: string | null;
  scope: string | null;
  showNoise: boolean;
  status: { text: string; tone: 'ok' | 'error' | 'muted' } | null;
}

export const INITIAL_STATE: BrowseState = {
  mode: 'list',
  cursor: 0,
  detailOpen: false,
  detailScroll: 0,
  filterText: '',
  filterBefore: '',
  facet: null,
  scope: null,
  showNoise: false,
  status: null,
};

export type BrowseAction =
  | { type: 'move'; by: number; total: number }
  | { type: 'jump'; to: 'first' | 'last'; total: number }
  | { type: 'scroll-detail'; by: number }
  | { type: 'toggle-detail' }
  | { type: 'close-detail' }
  | { type: 'filter-start' }
  | { type: 'filter-type'; text: string }
  | { type: 'filter-backspace' }
  | { type: 'filter-apply' }
  | { type: 'filter-cancel' }
  | { type: 'set-facet'; facet: string | null }
  | { type: 'set-scope'; scope: string | null }
  | { type: 'toggle-noise' }
  | { type: 'toggle-help' }
  | { type: 'status'; text: string; tone: 'ok' | 'error' | 'muted' };

function clamp(n: number, total: number): number {
  return Math.max(0, Math.min(n, total - 1));
}

/** A new view starts at the top, with a fresh detail scroll. */
function reset(state: BrowseState): BrowseState {
  return { ...state, cursor: 0, detailScroll: 0 };
}

export function browseReducer(state: BrowseState, action: BrowseAction): BrowseState {
  switch (action.type) {
    case 'move':
      return { ...state, cursor: clamp(state.cursor + action.by, action.total), detailScroll: 0 };
    case 'jump':
      return { ...state, cursor: action.to === 'first' ? 0 : clamp(action.total - 1, action.total), detailScroll: 0 };
    case 'scroll-detail':
      return { ...state, detailScroll: Math.max(0, state.detailScroll + action.by) };
    case 'toggle-detail':
      return { ...state, detailOpen: !state.detailOpen, detailScroll: 0 };
    case 'close-detail':
      return { ...state, detailOpen: false, detailScroll: 0 };
    case 'filter-start':
      return { ...state, mode: 'filter', filterBefore: state.filterText, status: null };
    case 'filter-type':
      return reset({ ...state, filterText: state.filterText + action.text });
    case 'filter-backspace':
      return reset({ ...state, filterText: Array.from(state.filterText).slice(0, -1).join('') });
    case 'filter-apply':
      return { ...state, mode: 'list' };
    case 'filter-cancel':
      return reset({ ...state, mode: 'list', filterText: state.filterBefore });
    case 'set-facet':
      return reset({ ...state, facet: action.facet });
    case 'set-scope':
      return reset({ ...state, scope: action.scope });
    case 'toggle-noise':
      return reset({ ...state, showNoise: !state.showNoise });
    case 'toggle-help':
      return { ...state, mode: state.mode === 'help' ? 'list' : 'help' };
    case 'status':
      return { ...state, status: { text: action.text, tone: action.tone } };
  }
}

/** Keep the selected row inside the window, moving the window as little as possible. */
export function windowTop(previousTop: number, cursor: number, height: number, total: number): number {
  if (height <= 0 || total <= 0) return 0;
  let top = Math.min(previousTop, Math.max(0, total - height));
  if (cursor < top) top = cursor;
  if (cursor >= top + height) top = cursor - height + 1;
  return Math.max(0, top);
}
