/**
 * Entry point of the interactive compare view (called by `envdiff compare` when
 * stdout is a terminal and no --format is given). Owns the terminal: alternate
 * screen, keyboard input (from /dev/tty when stdin carries the build log), and
 * the export file write. Resolves to the compare exit code, like diff(1).
 */
import type { CommandIO } from '../command-io.js';
import type { Comparison } from '../compare/types.js';
import { meaningful } from '../render/common.js';
import { renderMarkdown } from '../render/markdown.js';
import { escapeMarkdown } from '../render/sanitize.js';
import { exportReport } from './export-report.js';
import { onAlternateScreen } from './full-screen.js';
import { colourEnabled } from './theme.js';

/** The whole view (not only the top rows), introduced by what the view was filtered to. */
export function viewReport(view: Comparison, description: string): string {
  return `> ${escapeMarkdown(description)}\n\n${renderMarkdown(view, { top: view.differences.length })}`;
}

async function importUi() {
  const [react, { render }, { App }] = await Promise.all([import('react'), import('ink'), import('./App.js')]);
  // React is CommonJS: its namespace carries createElement directly under Node, but
  // only on `default` once bundled (scripts/bundle.mjs).
  const createElement = react.createElement ?? (react as unknown as { default: typeof react }).default.createElement;
  return { createElement, render, App };
}

let loading: ReturnType<typeof importUi> | undefined;

/**
 * Load React, ink and the App (hundreds of modules: ~0.3-1 s of a cold start).
 * Call it as soon as the TUI is known to be wanted, so loading overlaps reading
 * and diffing the fingerprints; runTui waits for the same load.
 *
 * React picks its development or production build when first loaded, from
 * NODE_ENV. The development build roughly doubles the CPU cost of each frame, so
 * an unset NODE_ENV means production here, decided before anything loads React.
 */
export function loadUi(): ReturnType<typeof importUi> {
  process.env['NODE_ENV'] ??= 'production';
  loading ??= importUi();
  return loading;
}

/** @public loaded through import() by the compare command, after loadUi. */
export async function runTui(comparison: Comparison, io: CommandIO): Promise<number> {
  const { createElement, render, App } = await loadUi();
  await onAlternateScreen(io, async ({ stdout, stdin, stderr }) => {
    const instance = render(
      createElement(App, {
        comparison,
        colour: colourEnabled(io.env),
        onExport: (view, description) => exportReport(viewReport(view, description), io.cwd),
      }),
      { stdout, stdin, stderr, exitOnCtrlC: true, patchConsole: false },
    );
    await instance.waitUntilExit();
  });
  return meaningful(comparison).length > 0 ? 1 : 0;
}
