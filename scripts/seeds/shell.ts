/**
 * The one place the seed reproductions shell out: docker, the built envdiff CLI,
 * anything else. Every command has a budget, so a stuck engine fails a seed instead
 * of hanging it.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';

/** The repository root (scripts/seeds/ is two levels down). */
export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const ENVDIFF_BIN = `${REPO}dist/bin.js`;

export interface CommandResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** stdout and stderr interleaved as they were written: what a CI log shows. */
  all: string;
}

export interface RunOptions {
  env?: Record<string, string>;
  input?: string;
  cwd?: string;
  timeoutMs?: number;
}

export async function run(file: string, args: readonly string[], options: RunOptions = {}): Promise<CommandResult> {
  const result = await execa(file, args, {
    reject: false,
    all: true,
    stripFinalNewline: false,
    timeout: options.timeoutMs ?? 120_000,
    ...(options.env ? { env: options.env } : {}),
    ...(options.cwd ? { cwd: options.cwd } : {}),
    ...(options.input !== undefined ? { input: options.input } : { stdin: 'ignore' as const }),
  });
  if (result.timedOut) throw new Error(`${file} ${args.join(' ')}: no answer within ${options.timeoutMs ?? 120_000} ms`);
  return {
    exitCode: result.exitCode ?? -1,
    stdout: String(result.stdout ?? ''),
    stderr: String(result.stderr ?? ''),
    all: String(result.all ?? ''),
  };
}

export function docker(args: readonly string[], options: RunOptions = {}): Promise<CommandResult> {
  return run('docker', args, options);
}

/** The built CLI (`npm run build`), run as a user would: node dist/bin.js ... */
export function envdiff(args: readonly string[], options: RunOptions = {}): Promise<CommandResult> {
  if (!existsSync(ENVDIFF_BIN)) throw new Error(`${ENVDIFF_BIN} is missing: run \`npm run build\` first`);
  return run(process.execPath, [ENVDIFF_BIN, ...args], { timeoutMs: 180_000, ...options });
}

/** envdiff capture that must succeed (exit 0) and write `output`. */
export async function capture(output: string, args: readonly string[], options: RunOptions = {}): Promise<void> {
  const result = await envdiff(['capture', '--force', '-o', output, ...args], options);
  if (result.exitCode !== 0) {
    throw new Error(`envdiff capture ${args.join(' ')} exited ${result.exitCode}: ${result.stderr.trim()}`);
  }
}

export async function imageExists(ref: string): Promise<boolean> {
  return (await docker(['image', 'inspect', ref], { timeoutMs: 30_000 })).exitCode === 0;
}

/** Fail with what to run when a seed image is missing (CI builds them first). */
export async function requireImages(...refs: string[]): Promise<void> {
  for (const ref of refs) {
    if (!(await imageExists(ref))) {
      throw new Error(`image ${ref} is missing: run scripts/ci/build-seed-images.sh (and scripts/ci/build-test-images.sh)`);
    }
  }
}
