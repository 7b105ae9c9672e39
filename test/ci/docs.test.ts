/** docs/github-summary-binfmt.html is the binfmt seed's job summary as rendered today. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

it('docs/github-summary-binfmt.html is current (node scripts/docs/github-summary.mjs)', () => {
  const check = spawnSync(process.execPath, [join(ROOT, 'scripts/docs/github-summary.mjs'), '--check'], { encoding: 'utf8' });
  expect(check.stderr).toBe('');
  expect(check.status).toBe(0);
  const html = readFileSync(join(ROOT, 'docs/github-summary-binfmt.html'), 'utf8');
  // The calibrated score moves when the calibration map is refitted: its band, not its digits.
  expect(html).toMatch(/<p><strong>Most likely: host › binfmt › qemu-aarch64 — missing on B \(0\.9\d\)<\/strong><\/p>/);
  expect(html).toMatch(/<table>[\s\S]*<td>host › binfmt › qemu-aarch64<\/td>[\s\S]*<\/table>/);
});
