/**
 * A real pseudo-terminal for end-to-end TUI tests: a tmux server on a private
 * socket (never the user's), one session, keys in, screen text out.
 */
import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export class TmuxSession {
  readonly socket = `envdiff-test-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;

  private async tmux(...args: string[]): Promise<string> {
    const { stdout } = await run('tmux', ['-L', this.socket, '-f', '/dev/null', ...args], { timeout: 10_000 });
    return stdout;
  }

  /** Start `command` (a sh command line) in a detached width x height terminal. */
  async start(command: string, options: { cwd: string; width?: number; height?: number }): Promise<void> {
    await this.tmux(
      'new-session',
      '-d',
      '-s',
      'tui',
      '-x',
      String(options.width ?? 120),
      '-y',
      String(options.height ?? 40),
      '-c',
      options.cwd,
      command,
    );
  }

  /** Keys as tmux names them (`Enter`, `Escape`, `PageDown`, `j`); `-l` sends text literally. */
  async keys(...keys: string[]): Promise<void> {
    await this.tmux('send-keys', '-t', 'tui', ...keys);
  }

  async text(text: string): Promise<void> {
    await this.tmux('send-keys', '-t', 'tui', '-l', text);
  }

  /** The visible screen; with `escapes`, including the SGR attributes (colours). */
  async screen(options: { escapes?: boolean } = {}): Promise<string> {
    return this.tmux('capture-pane', '-p', '-t', 'tui', ...(options.escapes ? ['-e'] : []));
  }

  /** Resize the window: the program gets a real SIGWINCH. */
  async resize(width: number, height: number): Promise<void> {
    await this.tmux('resize-window', '-t', 'tui', '-x', String(width), '-y', String(height));
  }

  async title(): Promise<string> {
    return (await this.tmux('display-message', '-p', '-t', 'tui', '#{pane_title}')).trim();
  }

  /** Poll the screen until `predicate` holds; fails with the last screen shown. */
  async waitFor(predicate: (screen: string) => boolean, what: string, timeoutMs = 10_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    let screen = '';
    while (Date.now() < deadline) {
      screen = await this.screen();
      if (predicate(screen)) return screen;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`timed out waiting for ${what}; screen was:\n${screen}`);
  }

  /** Kill the server (and with it the program under test) and remove its socket file. */
  async kill(): Promise<void> {
    await this.tmux('kill-server').catch(() => {});
    const uid = process.getuid?.() ?? 0;
    await rm(join(process.env['TMUX_TMPDIR'] ?? '/tmp', `tmux-${uid}`, this.socket), { force: true });
  }
}
