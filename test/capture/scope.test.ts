import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HostRunner } from '../../src/capture/host-runner.js';
import { probeSelection } from '../../src/capture/probes.js';
import { BUNDLE_MARGIN_MS, runProbes } from '../../src/capture/scope.js';
import type { Runner } from '../../src/capture/runner.js';

const runner = new HostRunner();

describe('runProbes', () => {
  it('parses real probes into facets with ok records', async () => {
    const parts = await runProbes(runner, probeSelection({ only: ['kernel', 'os'] }), { timeoutMs: 5_000 });
    expect(parts.probes.kernel).toMatchObject({ status: 'ok', source: 'exec' });
    expect(parts.probes.os).toMatchObject({ status: 'ok', source: 'exec' });
    expect(parts.facets.kernel?.['release']).toBe(execFileSync('uname', ['-r'], { encoding: 'utf8' }).trim());
    expect(typeof parts.facets.os?.['id']).toBe('string');
    expect(Object.keys(parts.facets).sort()).toEqual(['kernel', 'os']);
  });

  it('runs `separate` facets in a second shell, with the same result', async () => {
    const selection = probeSelection({ only: ['os', 'toolchains', 'custom'], probes: { one: 'echo 1' } });
    const [split, whole] = await Promise.all([
      runProbes(runner, selection, { timeoutMs: 5_000, separate: ['toolchains'] }),
      runProbes(runner, selection, { timeoutMs: 5_000 }),
    ]);
    expect(Object.keys(split.facets).sort()).toEqual(['custom', 'os', 'toolchains']);
    expect(split.facets).toEqual(whole.facets);
    for (const facet of ['os', 'toolchains', 'custom'] as const) expect(split.probes[facet]?.status, facet).toBe('ok');
  });

  it('maps custom probes to the custom facet with one record per facet', async () => {
    const selection = probeSelection({
      only: ['custom'],
      probes: {
        ok: 'printf "  two words \\n\\n"',
        'echo $((6 * 7))': 'echo $((6 * 7))',
      },
    });
    const parts = await runProbes(runner, selection, { timeoutMs: 5_000 });
    expect(parts.facets.custom).toEqual({ ok: 'two words', 'echo $((6 * 7))': '42' });
    expect(parts.probes.custom).toMatchObject({ status: 'ok' });
  });

  it.each([
    ['unavailable', 'echo "no kubectl here" >&2; exit 69', /^gone: no kubectl here$/],
    ['error', 'echo half; echo "boom" >&2; exit 3', /^gone: exited 3: boom$/],
    ['timeout', 'echo partial; sleep 30', /^gone: no result within its 1000 ms budget; cut$/],
  ])('records a custom probe that ends %s, keeping what it printed', async (status, command, reason) => {
    const started = Date.now();
    const parts = await runProbes(runner, probeSelection({ only: ['custom'], probes: { fine: 'echo yes', gone: command } }), {
      timeoutMs: 1_000,
    });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(parts.probes.custom?.status).toBe(status);
    expect(parts.probes.custom?.reason).toMatch(reason);
    expect(parts.facets.custom?.['fine']).toBe('yes');
  });

  it('marks every facet timeout when the whole bundle is cut at its overall budget', async () => {
    // A "shell" that reads nothing and never answers, as a wedged sh would.
    const dir = mkdtempSync(join(tmpdir(), 'envdiff-scope-'));
    const shell = join(dir, 'wedged-sh');
    writeFileSync(shell, '#!/bin/sh\nexec sleep 60\n', { mode: 0o755 });
    try {
      const started = Date.now();
      const parts = await runProbes(new HostRunner({ shell }), probeSelection({ only: ['os', 'kernel'] }), { timeoutMs: 1_000 });
      expect(Date.now() - started).toBeLessThan(4_000 + 1_500);
      expect(parts.probes.os).toMatchObject({
        status: 'timeout',
        reason: `the probe bundle was cut at its overall budget (${1_000 + BUNDLE_MARGIN_MS} ms)`,
      });
      expect(parts.probes.kernel?.status).toBe('timeout');
      expect(parts.facets).toEqual({});
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('does not start a shell when no shell facet is selected', async () => {
    const never: Runner = { scope: 'host', runScript: () => Promise.reject(new Error('must not run')) };
    expect(await runProbes(never, probeSelection({ only: ['docker', 'images'] }), { timeoutMs: 1_000 })).toEqual({
      facets: {},
      probes: {},
    });
  });
});
