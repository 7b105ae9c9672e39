/** Shared by the store tests: the built CLI, run in a temp dir with its own store. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { BIN, collect, type Run } from '../helpers/cli.js';
import type { Fingerprint } from '../../src/fingerprint/types.js';

const SNAPSHOTS = fileURLToPath(new URL('../../snapshots/', import.meta.url));

export type { Run } from '../helpers/cli.js';

export function envdiff(args: string[], options: { cwd: string; env?: Record<string, string>; input?: string }): Promise<Run> {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', ...options.env };
  // A CI variable of the machine running the tests must not leak into job detection.
  for (const name of ['GITHUB_ACTIONS', 'GITLAB_CI', 'BUILDKITE', 'CIRCLECI', 'TF_BUILD', 'JENKINS_URL'])
    if (!options.env?.[name]) delete env[name];
  return collect(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    env,
    ...(options.input !== undefined ? { input: options.input } : {}),
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
