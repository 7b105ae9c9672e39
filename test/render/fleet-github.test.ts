/** `fleet --format github`, chosen by itself on a GitHub Actions runner: verdict, one ::error, fenced Markdown. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import MarkdownIt from 'markdown-it';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { materialiseFleet, readFleetDescription } from '../../scripts/fleet/materialise.js';

const BIN = fileURLToPath(new URL('../../dist/bin.js', import.meta.url));
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'envdiff-fleet-github-'));
  const { description, base } = readFleetDescription();
  for (const { name, fingerprint } of materialiseFleet(description, base, 12))
    writeFileSync(join(dir, `${name}.json`), JSON.stringify(fingerprint));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('on GitHub Actions: the verdict, one ::error with it, the report fenced from the runner', () => {
  const run = spawnSync(process.execPath, [BIN, 'fleet', 'runner-*.json', '--failing', 'runner-05.json', '--failing', 'runner-12.json'], {
    cwd: dir,
    env: { PATH: process.env['PATH'], GITHUB_ACTIONS: 'true' },
    encoding: 'utf8',
  });
  expect(run.status).toBe(1);
  const lines = run.stdout.split('\n');
  expect(lines[0]).toMatch(/^Most likely: /);
  expect(lines[1]).toBe(`::error title=envdiff fleet%3A most likely cause::${lines[0]}`);
  expect(lines.filter((l) => l.startsWith('::error'))).toHaveLength(1);
  const token = /^::stop-commands::([0-9a-f]{24})$/.exec(lines[2]!)?.[1];
  expect(token).toBeDefined();
  expect(lines.at(-2)).toBe(`::${token}::`);
  const markdown = lines.slice(3, -2).join('\n');
  expect(new MarkdownIt().render(markdown)).toContain('<table>');
});
