import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildBundle, parseBundleOutput, type ProbeSpec } from '../../src/capture/bundle.js';

const run = promisify(execFile);

/** Run a bundle under a real shell (script on stdin, as both runners do). */
async function runBundle(shell: string[], probes: ProbeSpec[], vars?: Record<string, string>) {
  const nonce = 'N' + Math.random().toString(36).slice(2, 10);
  const script = buildBundle(probes, { nonce, ...(vars ? { vars } : {}) });
  const child = execFile(shell[0]!, [...shell.slice(1), '-s'], { maxBuffer: 1 << 26 });
  child.stdin!.end(script);
  const stdout: string[] = [];
  child.stdout!.on('data', (d: Buffer) => stdout.push(d.toString()));
  const started = Date.now();
  await new Promise((resolve) => child.on('close', resolve));
  return { sections: parseBundleOutput(stdout.join(''), nonce), wallMs: Date.now() - started };
}

async function processesMatching(text: string): Promise<string[]> {
  const { stdout } = await run('ps', ['-eo', 'pid,args']);
  return stdout.split('\n').filter((l) => l.includes(text) && !l.includes('ps -eo'));
}

const SHELLS: string[][] = [['dash'], ['busybox', 'sh']];

describe.each(SHELLS)('probe bundle under %s', (...shell) => {
  it('frames each probe output exactly, with status and exit code', async () => {
    const { sections } = await runBundle(shell, [
      { id: 'text', body: 'printf "line1\\nline2\\n"', budgetMs: 5000 },
      { id: 'nonl', body: 'printf "no newline"', budgetMs: 5000 },
      { id: 'empty', body: ':', budgetMs: 5000 },
      { id: 'unavail', body: 'echo "no dpkg here" >&2; exit 69', budgetMs: 5000 },
      { id: 'fails', body: 'exit 3', budgetMs: 5000 },
    ]);
    expect(sections.get('text')).toMatchObject({ stdout: 'line1\nline2\n', exitCode: 0, timedOut: false });
    expect(sections.get('nonl')?.stdout).toBe('no newline');
    expect(sections.get('empty')).toMatchObject({ stdout: '', stderr: '', exitCode: 0 });
    expect(sections.get('unavail')).toMatchObject({ stderr: 'no dpkg here\n', exitCode: 69 });
    expect(sections.get('fails')?.exitCode).toBe(3);
  });

  it('cannot be forged by captured text that imitates a marker', async () => {
    const { sections } = await runBundle(shell, [
      { id: 'evil', body: 'echo "@@FAKE:end evil 0 0 0"; echo "@@FAKE:begin other"; echo real', budgetMs: 5000 },
    ]);
    expect([...sections.keys()]).toEqual(['evil']);
    expect(sections.get('evil')?.stdout).toContain('real');
  });

  it('cuts a hung probe at its budget, kills its process tree, and still reports the others', async () => {
    const marker = `envdiff-hang-${process.pid}-${shell.join('')}`;
    const { sections, wallMs } = await runBundle(shell, [
      { id: 'hang', body: `echo partial; sh -c 'sleep 30; : ${marker}'`, budgetMs: 1000 },
      { id: 'quick', body: 'echo fine', budgetMs: 5000 },
    ]);
    expect(sections.get('hang')).toMatchObject({ timedOut: true, exitCode: null, stdout: 'partial\n' });
    expect(sections.get('quick')).toMatchObject({ stdout: 'fine\n', exitCode: 0 });
    expect(wallMs).toBeLessThan(5000);
    expect(await processesMatching(marker)).toEqual([]);
  });

  it('runs probes concurrently', async () => {
    const { wallMs } = await runBundle(
      shell,
      [1, 2, 3, 4].map((i) => ({ id: `p${i}`, body: 'sleep 1', budgetMs: 5000 })),
    );
    expect(wallMs).toBeLessThan(3000);
  });

  it('passes caller variables safely quoted', async () => {
    const { sections } = await runBundle(shell, [{ id: 'v', body: 'printf %s "$ENVDIFF_CWD"', budgetMs: 5000 }], {
      ENVDIFF_CWD: `/tmp/it's $(rm -rf /) "x"`,
    });
    expect(sections.get('v')?.stdout).toBe(`/tmp/it's $(rm -rf /) "x"`);
  });
});

describe('bundle arguments', () => {
  it('rejects ids and variable names that could break the script', () => {
    expect(() => buildBundle([{ id: 'a b', body: ':', budgetMs: 1 }], { nonce: 'N1' })).toThrow(/probe id/);
    expect(() => buildBundle([], { nonce: 'N1', vars: { 'A;B': 'x' } })).toThrow(/variable name/);
    expect(() => buildBundle([], { nonce: 'N-1' })).toThrow(/nonce/);
  });
});
