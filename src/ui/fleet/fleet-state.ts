/** The fleet view's state: a pure reducer, so every key's effect is testable without a terminal. */

export interface FleetViewState {
  cursor: number;
  /** The detail pane (histogram and runners) of the selected finding. */
  detail: boolean;
  help: boolean;
}

export type FleetAction =
  | { type: 'move'; by: number; total: number }
  | { type: 'jump'; to: 'first' | 'last'; total: number }
  | { type: 'toggle-detail' }
  | { type: 'toggle-help' }
  | { type: 'close' };

export const INITIAL_FLEET_STATE: FleetViewState = { cursor: 0, detail: false, help: false };

export function fleetReducer(state: FleetViewState, action: FleetAction): FleetViewState {
  switch (action.type) {
    case 'move':
      return { ...state, cursor: clamp(state.cursor + action.by, action.total) };
    case 'jump':
      return { ...state, cursor: action.to === 'first' ? 0 : Math.max(0, action.total - 1) };
    case 'toggle-detail':
      return { ...state, detail: !state.detail, help: false };
    case 'toggle-help':
      return { ...state, help: !state.help };
    case 'close':
      return state.help ? { ...state, help: false } : { ...state, detail: false };
  }
}

function clamp(n: number, total: number): number {
  return Math.max(0, Math.min(total - 1, n));
}

/** First visible row so that the cursor stays inside a window of `height` rows. */
export function fleetWindowTop(cursor: number, height: number, total: number): number {
  if (total <= height) return 0;
  return Math.max(0, Math.min(cursor - Math.floor(height / 2), total - height));
}
