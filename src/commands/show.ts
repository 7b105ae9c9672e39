/**
 * `envdiff show FILE|-|IMAGE [--format text|markdown|json] [-o FILE]`: a readable
 * summary of one fingerprint (src/render/show.ts). Exit 0, or 2 on bad input.
 */
import { resolve } from 'node:path';
import type { CommandIO } from '../command-io.js';
import { readInput } from '../compare/input.js';
import { writeFileAtomic } from '../fingerprint/io.js';
import { formatForFile } from '../render/index.js';
import { renderShowJson, renderShowMarkdown, renderShowText } from '../render/show.js';
import { startProgress } from '../ui/progress.js';
import type { ShowOptions } from './options.js';
import { writeOut } from './write-out.js';

const RENDERERS = { text: renderShowText, markdown: renderShowMarkdown, json: renderShowJson };

export async function runShow(options: ShowOptions, io: CommandIO): Promise<number> {
  const input = await readInput(options.input, {
    cwd: io.cwd,
    env: io.env,
    stdin: io.stdin,
    onCapture: (what) => startProgress(io.stderr, what),
  });
  const format = options.format ?? (options.output ? formatForFile(options.output) : 'text');
  const report = RENDERERS[format](input.fingerprint, input.file);
  if (options.output !== undefined) await writeFileAtomic(resolve(io.cwd, options.output), report, { force: options.force ?? false });
  else await writeOut(io.stdout, report);
  return 0;
}
