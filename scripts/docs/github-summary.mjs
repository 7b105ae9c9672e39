// Writes docs/github-summary-binfmt.html: the job summary `compare --format github`
// appends for the binfmt seed, rendered by markdown-it (CommonMark + GFM tables, as
// GitHub renders step summaries). test/ci/docs.test.ts checks the file is current.
// Usage: npm run build && node scripts/docs/github-summary.mjs [--check]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import MarkdownIt from 'markdown-it';

const root = fileURLToPath(new URL('../..', import.meta.url));
const target = join(root, 'docs', 'github-summary-binfmt.html');

export function renderSummaryHtml() {
  const dir = mkdtempSync(join(tmpdir(), 'envdiff-docs-'));
  try {
    const summary = join(dir, 'step_summary.md');
    const args = ['compare', 'snapshots/binfmt/a.json', 'snapshots/binfmt/b.json', '--log', 'snapshots/binfmt/build.log'];
    try {
      execFileSync(process.execPath, [join(root, 'dist/bin.js'), ...args, '--format', 'github', '--summary', summary], {
        cwd: root,
        stdio: 'ignore',
        env: { PATH: process.env.PATH ?? '' },
      });
    } catch (error) {
      if (error.status !== 1) throw error; // 1: differences found
    }
    const body = new MarkdownIt({ html: true }).render(readFileSync(summary, 'utf8'));
    return `<!doctype html>
<!-- The GitHub job summary of the binfmt seed, rendered with markdown-it. Regenerate: node scripts/docs/github-summary.mjs -->
<meta charset="utf-8">
<title>envdiff job summary: binfmt seed</title>
${body}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const html = renderSummaryHtml();
  if (process.argv.includes('--check')) {
    if (readFileSync(target, 'utf8') !== html) {
      console.error(`${target} is out of date: run node scripts/docs/github-summary.mjs`);
      process.exit(1);
    }
  } else {
    writeFileSync(target, html);
  }
}
