/**
 * templates/envdiff.yml run as a GitLab runner runs a job: the template's
 * variables (expanded), before_script, the job's script, then after_script in a
 * fresh shell with CI_JOB_STATUS — on a passing and a failing run of one job,
 * against a real local store. `go` is a fixture executable on the passing run's PATH.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import MarkdownIt from 'markdown-it';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const haveStore = existsSync(join(ROOT, 'src/commands/store.ts'));

interface Template {
  '.envdiff': { variables: Record<string, string>; before_script: string[]; after_script: string[]; artifacts: { paths: string[] } };
}

describe.runIf(haveStore)('templates/envdiff.yml on a passing and a failing job', () => {
  let root: string;
  let tools: string;
  const template = (parse(readFileSync(join(ROOT, 'templates/envdiff.yml'), 'utf8')) as Template)['.envdiff'];

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'envdiff-gitlab-'));
    tools = join(root, 'tools');
    await mkdir(tools);
    await writeFile(join(tools, 'go'), '#!/bin/sh\ncase $1 in version) echo "go version go1.22.5 linux/amd64" ;; esac\n');
    await chmod(join(tools, 'go'), 0o755);
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  function job(id: number, path: string) {
    const project = join(root, `job-${id}`);
    mkdirSync(project, { recursive: true });
    const env: Record<string, string> = {
      PATH: path,
      HOME: join(root, 'home'),
      GITLAB_CI: 'true',
      CI: 'true',
      CI_PROJECT_PATH: 'group/app',
      CI_JOB_NAME: 'build',
      CI_JOB_ID: String(id),
      CI_PIPELINE_ID: String(id),
      CI_REGISTRY_IMAGE: 'registry.example.com/group/app',
      CI_REGISTRY_USER: 'gitlab-ci-token',
      CI_JOB_TOKEN: 'not-a-token',
    };
    // The project's overrides, as a user sets them: a local store and the CLI of this checkout.
    const overrides = { ENVDIFF_STORE: join(root, 'store'), ENVDIFF_CMD: `${process.execPath} ${join(ROOT, 'dist/bin.js')}` };
    for (const [k, v] of Object.entries(template.variables)) env[k] = v.replace(/\$(\w+)/g, (_, name: string) => env[name] ?? '');
    Object.assign(env, overrides);
    const sh = (script: string, extra: Record<string, string> = {}) =>
      spawnSync('sh', ['-c', script], { cwd: project, env: { ...env, ...extra }, encoding: 'utf8' });
    const before = sh(template.before_script.join('\n'));
    const build = sh('set -e; go build ./... >build.log 2>&1 || { cat build.log; exit 1; }');
    const status = build.status === 0 ? 'success' : 'failed';
    const after = sh(template.after_script.join('\n'), { CI_JOB_STATUS: status });
    return { project, before, build, after, status };
  }

  it('records the green run, then explains the red one in the log and the artifact', { timeout: 120_000 }, async () => {
    const green = job(1, `${tools}:${process.env['PATH']}`);
    expect(green.before.status, green.before.stderr).toBe(0);
    expect(green.status).toBe('success');
    expect(green.after.status).toBe(0);
    expect(existsSync(join(green.project, 'envdiff-report', 'report.md'))).toBe(false);

    const red = job(2, process.env['PATH']!);
    expect(red.status).toBe('failed');
    expect(red.after.status).toBe(0);
    // The job log: the text report, top cause first.
    expect(red.after.stdout).toMatch(/\n *1\. 0\.\d\d {2}host › toolchains › go\n/);
    expect(red.after.stdout).toContain('go: not found');
    // The artifact: Markdown with a real table.
    const report = await readFile(join(red.project, 'envdiff-report', 'report.md'), 'utf8');
    const tokens = new MarkdownIt().parse(report, {});
    expect(tokens.some((t) => t.type === 'table_open')).toBe(true);
    expect(report).toMatch(/\| 1 \| 0\.\d\d \| host › toolchains › go \|/);
    expect(template.artifacts.paths).toEqual(['envdiff-report/']);
  });
});
