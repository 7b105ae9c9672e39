/** Run a program (the built CLI, usually) to completion and collect what it printed. */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../dist/bin.js', import.meta.url));

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Written to stdin, which is then closed (empty when not given). */
  input?: string;
}

export function collect(file: string, args: string[], options: RunOptions): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { cwd: options.cwd, env: options.env });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.on('error', () => {});
    child.stdin.end(options.input ?? '');
  });
}

/** The built envdiff CLI, NO_COLOR set. */
export function envdiffCli(args: string[], options: Omit<RunOptions, 'env'> & { env?: NodeJS.ProcessEnv }): Promise<Run> {
  return collect(process.execPath, [BIN, ...args], { ...options, env: { ...process.env, NO_COLOR: '1', ...options.env } });
}
