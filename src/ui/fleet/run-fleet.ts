/**
 * Entry point of the interactive fleet view (`envdiff fleet` on a terminal with no
 * --format): owns the terminal like the compare view does. Resolves to the pair the
 * user asked to compare, if any.
 */
import type { CommandIO } from '../../command-io.js';
import type { FleetAnalysis } from '../../fleet/analyse.js';
import { onAlternateScreen } from '../full-screen.js';
import { colourEnabled } from '../theme.js';

export async function runFleetTui(analysis: FleetAnalysis, io: CommandIO): Promise<{ odd: number; typical: number } | undefined> {
  process.env['NODE_ENV'] ??= 'production';
  const [react, { render }, { FleetApp }] = await Promise.all([import('react'), import('ink'), import('./FleetApp.js')]);
  const createElement = react.createElement ?? (react as unknown as { default: typeof react }).default.createElement;
  let chosen: { odd: number; typical: number } | undefined;
  await onAlternateScreen(io, async ({ stdout, stdin, stderr }) => {
    const instance = render(
      createElement(FleetApp, {
        analysis,
        colour: colourEnabled(io.env),
        onCompare: (pair) => {
          chosen = pair;
        },
      }),
      { stdout, stdin, stderr, exitOnCtrlC: true, patchConsole: false },
    );
    await instance.waitUntilExit();
  });
  return chosen;
}
