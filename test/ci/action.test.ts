/**
 * action.yml end to end, as the runner runs it: two runs of one job against a
 * real local store (an OCI layout in a temp dir). The passing run has a `go` on
 * PATH (a fixture executable first on PATH); the failing run's runner lacks it,
 * so its real build step fails with "go: command not found". The finish step
 * must say so: in the job summary, in one ::error line and in the outputs.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import MarkdownIt from 'markdown-it';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate, loadAction, parseOutputFile, runAction, type RunnerJob } from './runner.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const action = loadAction(join(ROOT, 'action.yml'));
// The store commands (capture --store, store mark/get) come with the store work (issue 11).
const haveStore = existsSync(join(ROOT, 'src/commands/store.ts'));
const IMAGE = 'envdiff-test/busybox:latest';

describe('the runner emulation itself', () => {
  it.each([
    ["inputs.step == 'start'", { inputs: { step: 'start' } }, true],
    ["always() && inputs.step == 'finish'", { inputs: { step: 'start' } }, false],
    ['github.actor', { github: { actor: 'octocat' } }, 'octocat'],
    ["steps.finish.outputs.score || 'none'", { steps: {} }, 'none'],
  ])('%s', (expression, context, value) => {
    expect(evaluate(expression, context, { failed: false })).toBe(value);
  });
  it('rejects what it does not understand', () => {
    expect(() => evaluate("contains(github.ref, 'x')", { github: {} }, { failed: false })).toThrow();
  });
  it('fails the step, with one ::error line, when step is neither start nor finish', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'envdiff-action-input-'));
    try {
      const runner: RunnerJob = {
        env: { PATH: process.env['PATH']!, RUNNER_TEMP: dir, GITHUB_ACTIONS: 'true' },
        github: { actor: 'octocat' },
        runner: { temp: dir },
        job: { status: 'success' },
        workspace: dir,
        outputDir: dir,
      };
      const r = await runAction(ROOT, action, { step: 'strat' }, runner);
      expect(r.steps.filter((s) => s.ran)).toEqual([{ id: '__2', ran: true, code: 1 }]);
      expect(r.stdout).toBe("::error title=envdiff::the input step must be start or finish, got 'strat'\n");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('reads both GITHUB_OUTPUT forms', () => {
    expect(parseOutputFile('a=1\nb<<EOF_x\nline 1\nline 2\nEOF_x\n')).toEqual({ a: '1', b: 'line 1\nline 2' });
  });
});

describe.runIf(haveStore)('action.yml on a real failing and a real passing run', () => {
  let root: string;
  let store: string;
  let tools: string;

  beforeAll(async () => {
    const docker = spawnSync('docker', ['image', 'inspect', IMAGE], { stdio: 'ignore' });
    if (docker.status !== 0) throw new Error(`${IMAGE} is needed (scripts/ci/build-test-images.sh) and a Docker engine`);
    root = await mkdtemp(join(tmpdir(), 'envdiff-action-'));
    store = join(root, 'store');
    tools = join(root, 'tools');
    await mkdir(tools);
    await writeFile(
      join(tools, 'go'),
      '#!/bin/sh\ncase $1 in\n  version) echo "go version go1.22.5 linux/amd64" ;;\n  build) echo "ok" ;;\nesac\n',
    );
    await chmod(join(tools, 'go'), 0o755);
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  /** One job on one runner: its own temp dirs, run id and PATH. */
  async function job(run: number, path: string, runStore = store, extra: Record<string, string> = {}) {
    const dir = join(root, `run-${run}`);
    const temp = join(dir, 'temp');
    const workspace = join(dir, 'workspace');
    const outputDir = join(dir, 'files');
    const home = join(dir, 'home');
    for (const d of [temp, workspace, outputDir, home]) await mkdir(d, { recursive: true });
    const summary = join(outputDir, 'step_summary');
    const env: Record<string, string> = {
      PATH: path,
      HOME: home,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKFLOW: 'ci',
      GITHUB_JOB: 'build',
      GITHUB_RUN_ID: String(run),
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_SHA: `${run}`.padStart(40, '0'),
      GITHUB_REF_NAME: 'main',
      GITHUB_ACTOR: 'octocat',
      GITHUB_WORKSPACE: workspace,
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_ENV: join(outputDir, 'env'),
      GITHUB_PATH: join(outputDir, 'path'),
      RUNNER_TEMP: temp,
      RUNNER_NAME: `runner-${run}`,
      RUNNER_OS: 'Linux',
      ...(process.env['DOCKER_HOST'] ? { DOCKER_HOST: process.env['DOCKER_HOST'] } : {}),
    };
    const runner: RunnerJob = {
      env,
      github: { actor: 'octocat', token: 'not-a-token', workflow: 'ci', job: 'build', workspace: workspace },
      runner: { temp: temp, os: 'Linux' },
      job: { status: 'success' },
      workspace: workspace,
      outputDir: outputDir,
    };
    const common = { store: runStore, images: IMAGE, 'capture-args': '--skip packages,libraries', ...extra };
    const start = await runAction(ROOT, action, { step: 'start', ...common }, runner);
    // The user's build step, in the workspace, its log kept for envdiff.
    const build = spawnSync('bash', ['-c', 'go build ./... 2>&1 | tee build.log'], {
      cwd: workspace,
      env: { ...env, SHELLOPTS: 'pipefail' },
      encoding: 'utf8',
    });
    const status = build.status === 0 ? 'success' : 'failure';
    const finish = await runAction(ROOT, action, { step: 'finish', status, log: 'build.log', ...common }, { ...runner, job: { status } });
    const summaryText = existsSync(summary) ? await readFile(summary, 'utf8') : '';
    const fingerprint = existsSync(join(temp, 'envdiff', 'fingerprint.json'))
      ? await readFile(join(temp, 'envdiff', 'fingerprint.json'), 'utf8')
      : '';
    return { start, build, finish, summary: summaryText, status, fingerprint };
  }

  it('records the passing run as last green and leaves the summary alone', { timeout: 120_000 }, async () => {
    const pass = await job(101, `${tools}:${process.env['PATH']}`);
    expect(pass.start.steps.map((s) => s.ran)).toEqual([true, false, false]);
    expect(pass.start.outputs['run-ref']).toBe('ci/build@101');
    expect(pass.status).toBe('success');
    expect(pass.finish.steps).toEqual([
      { id: 'start', ran: false, code: 0 },
      { id: 'finish', ran: true, code: 0 },
      { id: '__2', ran: false, code: 0 },
    ]);
    expect(pass.finish.outputs).toMatchObject({ 'top-cause': '', score: '', 'report-path': '' });
    expect(pass.summary).toBe('');
    expect(pass.finish.stdout).not.toMatch(/^::(error|warning)/m);
    const runs = JSON.parse(
      execFileSync(process.execPath, [join(ROOT, 'dist/bin.js'), 'store', 'ls', '--store', store, '--format', 'json'], {
        encoding: 'utf8',
      }),
    );
    expect(runs).toEqual([expect.objectContaining({ job: 'ci/build', run: '101', status: 'pass' })]);
  });

  it('explains the failing run: summary, one ::error line, outputs', { timeout: 120_000 }, async () => {
    const fail = await job(102, process.env['PATH']!);
    expect(fail.build.stdout).toMatch(/go: command not found/);
    expect(fail.status).toBe('failure');
    expect(fail.finish.steps.find((s) => s.id === 'finish')).toEqual({ id: 'finish', ran: true, code: 0 });

    const errors = fail.finish.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^::error title=envdiff%3A most likely cause::Most likely: host › toolchains › go — missing on B \(0\.\d\d\)\. /,
    );
    expect(errors[0]).toContain('go: command not found');
    expect(fail.finish.stdout.split('\n').filter((l) => l.startsWith('::')).length).toBeLessThanOrEqual(10);

    expect(fail.finish.outputs['top-cause']).toBe('host › toolchains › go');
    const score = Number(fail.finish.outputs['score']);
    expect(score).toBeGreaterThan(0.5);
    expect(errors[0]).toContain(`(${score.toFixed(2)})`);
    const reportPath = fail.finish.outputs['report-path']!;
    expect(reportPath.startsWith(join(root, 'run-102', 'temp'))).toBe(true);
    const report = await readFile(reportPath, 'utf8');

    // The job summary: the verdict first, a real table, the log line quoted.
    expect(fail.summary).toBe(report);
    expect(fail.summary.split('\n')[2]).toBe(`**Most likely: host › toolchains › go — missing on B (${score.toFixed(2)})**`);
    const tokens = new MarkdownIt({ html: true }).parse(fail.summary, {});
    expect(tokens.filter((t) => t.type === 'table_open').length).toBeGreaterThanOrEqual(1);
    const firstCell = tokens.findIndex((t) => t.type === 'td_open');
    expect(
      tokens
        .slice(firstCell, firstCell + 12)
        .filter((t) => t.type === 'inline')
        .map((t) => t.content),
    ).toEqual(expect.arrayContaining(['1', 'host › toolchains › go']));
    expect(fail.summary).toMatch(/> line \d+: bash: line 1: go: command not found/);
    // The last green run it was compared with is the passing one (A), this run is B.
    expect(fail.summary).toMatch(/\*\*A\*\* \(works\): .*last-green\.json/);
  });

  it('a first run with nothing green yet says so instead of comparing', { timeout: 120_000 }, async () => {
    const lone = await job(201, process.env['PATH']!, join(root, 'empty-store'));
    expect(lone.status).toBe('failure');
    expect(lone.summary).toMatch(/No green run of `ci\/build` to compare with yet/);
    expect(lone.finish.outputs['top-cause']).toBe('');
    expect(lone.finish.stdout).not.toMatch(/^::error/m);
  });

  it('with anonymize and one key, runs still compare and name the same cause', { timeout: 120_000 }, async () => {
    const anonStore = join(root, 'anon-store');
    const extra = { anonymize: 'true', 'anonymize-key': 'a-repository-secret-of-32-chars!' };
    const pass = await job(301, `${tools}:${process.env['PATH']}`, anonStore, extra);
    expect(pass.status).toBe('success');
    const fail = await job(302, process.env['PATH']!, anonStore, extra);
    expect(fail.finish.stdout).not.toMatch(/^::warning title=envdiff::/m); // envdiff had no problem of its own
    expect(fail.finish.outputs['top-cause']).toBe('host › toolchains › go');
    // Nothing that names this machine or its people is recorded: the host name and the temp paths' user part are stand-ins.
    const recorded = JSON.parse(fail.fingerprint) as { hostname: string };
    expect(recorded.hostname).toMatch(/^host-[0-9a-f]{8}(?:[0-9a-f]{2}\.invalid)?$/);
    expect(fail.fingerprint).not.toContain(`"${hostname()}"`);
    expect(fail.summary).toMatch(/> line \d+: bash: line 1: go: command not found/);
  });
});
