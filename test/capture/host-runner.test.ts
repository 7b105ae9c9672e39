import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HostRunner } from '../../src/capture/host-runner.js';
import { alive, eventually, readPids } from './helpers.js';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'envdiff-runner-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A script that records its shell, a background subshell and its child (3 pids), then hangs. */
function hangingScript(pidFile: string): string {
  return [
    `echo $$ >> ${pidFile}`,
    `( sleep 300 & echo $! >> ${pidFile}; wait ) &`,
    `echo $! >> ${pidFile}`,
    'echo partial-output',
    'sleep 300',
  ].join('\n');
}

describe('HostRunner', () => {
  it('runs the script with sh -s and returns stdout, stderr and the exit code', async () => {
    const result = await new HostRunner({ env: { PATH: process.env['PATH'], ENVDIFF_T: 'x y' } }).runScript(
      'echo "out:$ENVDIFF_T"; echo err >&2; read -r line || echo "stdin is the script, nothing left"; exit 3',
      { timeoutMs: 5_000 },
    );
    expect(result).toEqual({ stdout: 'out:x y\nstdin is the script, nothing left\n', stderr: 'err\n', exitCode: 3, timedOut: false });
  });

  it('cuts the script at its budget and kills its whole process group', async () => {
    const pidFile = join(tempDir(), 'pids');
    const started = Date.now();
    const result = await new HostRunner().runScript(hangingScript(pidFile), { timeoutMs: 700 });
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(result.timedOut).toBe(true);
    expect(result.exitCode).toBeNull();
    expect(result.stdout).toBe('partial-output\n');
    const pids = readPids(pidFile);
    expect(pids).toHaveLength(3);
    expect(await eventually(() => pids.every((p) => !alive(p)))).toBe(true);
  });

  it('kills the process group on abort', async () => {
    const pidFile = join(tempDir(), 'pids');
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 500);
    const result = await new HostRunner().runScript(hangingScript(pidFile), { timeoutMs: 60_000, signal: controller.signal });
    expect(result.timedOut).toBe(false);
    const pids = readPids(pidFile);
    expect(pids).toHaveLength(3);
    expect(await eventually(() => pids.every((p) => !alive(p)))).toBe(true);
  });

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`leaves no process behind when envdiff gets ${signal}`, async () => {
      const pidFile = join(tempDir(), 'pids');
      const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'fixtures', 'run-bundle.ts'), '60000'], {
        stdio: ['pipe', 'pipe', 'inherit'],
      });
      const exited = new Promise<NodeJS.Signals | null>((done) => child.on('exit', (_code, sig) => done(sig)));
      try {
        child.stdin.end(hangingScript(pidFile));
        expect(await eventually(() => readPids(pidFile).length === 3, 15_000)).toBe(true);
        child.kill(signal);
        // It dies of the signal itself (not a clean exit that would hide the interruption).
        expect(await exited).toBe(signal);
        const pids = readPids(pidFile);
        expect(await eventually(() => pids.every((p) => !alive(p)))).toBe(true);
      } finally {
        child.kill('SIGKILL');
        for (const pid of readPids(pidFile)) if (alive(pid)) process.kill(pid, 'SIGKILL');
      }
    });
  }

  it('reports a missing shell as a CaptureError', async () => {
    await expect(new HostRunner({ shell: '/nonexistent/sh' }).runScript('true', { timeoutMs: 1_000 })).rejects.toThrow(
      /cannot start the probe shell/,
    );
  });
});
