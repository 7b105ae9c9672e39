/** Shared by the store tests: the built CLI, run in a temp dir with its own store. */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { Fingerprint } from '../../src/fingerprint/types.js';

export const BIN = fileURLToPath(new URL('../../dist/bin.js', import.meta.url));
const SNAPSHOTS = fileURLToPath(new URL('../../snapshots/', import.meta.url));

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export function envdiff(args: string[], options: { cwd: string; env?: Record<string, string>; input?: string }): Promise<Run> {
  return new Promise((resolve, reject) => {
    const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', ...options.env };
    // A CI variable of the machine running the tests must not leak into job detection.
    for (const name of ['GITHUB_ACTIONS', 'GITLAB_CI', 'BUILDKITE', 'CIRCLECI', 'TF_BUILD', 'JENKINS_URL'])
      if (!options.env?.[name]) delete env[name];
    const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd, env });
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

export function snapshot(path: string): Fingerprint {
  return JSON.parse(readFileSync(`${SNAPSHOTS}${path}`, 'utf8')) as Fingerprint;
}

export function snapshotPath(path: string): string {
  return `${SNAPSHOTS}${path}`;
}

export function expectOneLineError(r: Run, message: RegExp): void {
  expect(r.code, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(/^envdiff: /);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(message);
  expect(r.stderr).not.toMatch(/\n\s+at |internal error/);
}
