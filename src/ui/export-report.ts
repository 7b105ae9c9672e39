/**
 * The TUI's one write: the current view as a Markdown report, in the working
 * directory, under a name that never replaces an existing file
 * (envdiff-report-<n>.md with n one past the highest already there).
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import { writeFileAtomic } from '../fingerprint/io.js';

const REPORT_NAME = /^envdiff-report-(\d+)\.md$/;
/** Another process may take the name between our listing and our write: try the next few. */
const ATTEMPTS = 5;

export async function nextReportNumber(dir: string): Promise<number> {
  let highest = 0;
  for (const name of await readdir(dir)) {
    const m = REPORT_NAME.exec(name);
    if (m) highest = Math.max(highest, Number(m[1]));
  }
  return highest + 1;
}

/** Write `markdown` atomically to a fresh envdiff-report-<n>.md in `dir`; resolves to its path. */
export async function exportReport(markdown: string, dir: string): Promise<string> {
  let n: number;
  try {
    n = await nextReportNumber(dir);
  } catch (error) {
    throw new UsageError(`cannot list ${dir}: ${(error as Error).message}`);
  }
  for (let attempt = 0; attempt < ATTEMPTS; attempt++, n++) {
    const file = join(dir, `envdiff-report-${n}.md`);
    try {
      await writeFileAtomic(file, markdown);
      return file;
    } catch (error) {
      // writeFileAtomic never clobbers: an existing output means we lost a race for this name.
      if (!(error instanceof UsageError && error.code === 'output-exists')) throw error;
    }
  }
  throw new UsageError(`cannot find a free envdiff-report-<n>.md name in ${dir}`);
}
