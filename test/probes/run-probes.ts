/**
 * Runs probes/*.sh for real through buildBundle + `<shell> -s`, optionally chrooted
 * into a rootfs: used by the probe tests and to (re)capture raw fixtures.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildBundle, parseBundleOutput, type RawSection } from '../../src/capture/bundle.js';
import { loadProbePrelude } from '../../src/capture/probes.js';

export const PROBES_DIR = fileURLToPath(new URL('../../probes/', import.meta.url));

export function probeBody(facet: string): string {
  return readFileSync(`${PROBES_DIR}${facet}.sh`, 'utf8');
}

export interface RunProbesOptions {
  /** argv of the shell, e.g. ['dash'] or ['busybox', 'sh']; `-s` is appended. */
  shell: string[];
  /** Run inside this rootfs with chroot(8). */
  chroot?: string;
  env?: Record<string, string>;
  vars?: Record<string, string>;
  budgetMs?: number;
  cwd?: string;
}

export function runProbes(facets: string[], options: RunProbesOptions): Map<string, RawSection> {
  const nonce = `n${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  const script = buildBundle(
    facets.map((id) => ({ id, body: probeBody(id), budgetMs: options.budgetMs ?? 10_000 })),
    { nonce, prelude: loadProbePrelude(), vars: options.vars ?? {} },
  );
  const argv = options.chroot ? ['chroot', options.chroot, ...options.shell, '-s'] : [...options.shell, '-s'];
  const result = spawnSync(argv[0]!, argv.slice(1), {
    input: script,
    env: options.env ?? (process.env as Record<string, string>),
    cwd: options.cwd ?? '/',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 60_000,
  });
  if (result.error) throw result.error;
  return parseBundleOutput(result.stdout.toString('utf8'), nonce);
}
