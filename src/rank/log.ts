/**
 * Build logs as the ranker sees them: one entry per line with its 1-based number
 * in the original text, cleaned for matching (no CR, no ANSI escapes, no BuildKit
 * or CI timestamp prefixes). Only the tail of a very long log is kept: the failure
 * is at the end, and matching must stay fast on a 50 MB log.
 */

/** Bytes (UTF-16 code units) of the log kept from its end. */
export const MAX_LOG_CHARS = 8 * 1024 * 1024;
/** Longest line kept for matching; longer lines are cut (minified JS, base64 blobs). */
export const MAX_LINE_CHARS = 4096;

export interface LogLine {
  /** 1-based line number in the original text. */
  number: number;
  /** The line without CR and ANSI escapes, as a user would see it. */
  text: string;
  /** `text` without BuildKit (`#30 0.288`, an error summary's `40.16`), CI timestamp and compose (`web_1  |`) prefixes. */
  body: string;
}

/** A build log prepared for matching. */
export interface BuildLog {
  lines: LogLine[];
  /** Line count of the original text. */
  totalLines: number;
  /** True when only the tail of a very long log was kept. */
  truncated: boolean;
}

// CSI sequences (colours, cursor moves), OSC sequences (titles, hyperlinks) and
// lone two-byte escapes. Stripped so that patterns see the words the user saw.
const ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]/g;
// BuildKit plain progress: "#30 0.288 " / "#9 " ; GitHub Actions: "2024-03-01T10:00:00.1234567Z ".
const BUILDKIT_PREFIX = /^#\d+ (?:\d+\.\d+ )?/;
const TIMESTAMP_PREFIX = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z? /;
// docker compose: "webpack_1         | Killed"
const COMPOSE_PREFIX = /^[\w.-]+\s+\| /;
// BuildKit's error summary repeats the step's last lines behind their elapsed seconds alone: "40.16 yaml.h not found".
const ELAPSED_PREFIX = /^\d{1,5}\.\d{1,3} (?=\S)/;
// A wall clock before each line: Netlify's "5:41:27 PM: ", Jenkins' timestamper "05:12:34 ", "[10:00:00.123] ", Bazel's
// "(09:04:29) ". Unlike CI's own (TIMESTAMP_PREFIX), without a date it could be a line's own words: only a majority counts.
const CLOCK_PREFIX =
  /^(?:\[\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,6})?\]|\(\d{1,2}:\d{2}:\d{2}\)|\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,6})?(?: ?[AP]M)?:?) /;
/**
 * Prefixes stripped only from logs where most lines carry one: a lone "0.5 passed" keeps its number, a lone "12:00:00
 * Done" its time.
 */
const MAJORITY_PREFIXES = [ELAPSED_PREFIX, CLOCK_PREFIX];
const MAJORITY_MIN_LINES = 3;
const MAJORITY_MIN_SHARE = 0.5;

export function parseBuildLog(text: string): BuildLog {
  let start = 0;
  let firstNumber = 1;
  let truncated = false;
  if (text.length > MAX_LOG_CHARS) {
    truncated = true;
    // Start at a line boundary inside the kept tail; count the dropped lines so
    // quoted line numbers still point into the original file.
    const cut = text.indexOf('\n', text.length - MAX_LOG_CHARS);
    start = cut < 0 ? text.length : cut + 1;
    firstNumber = 1 + countNewlines(text, 0, start);
  }
  const lines: LogLine[] = [];
  let number = firstNumber;
  let pos = start;
  while (pos < text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    const raw = text.slice(pos, Math.min(end, pos + MAX_LINE_CHARS));
    lines.push(cleanLine(raw, number));
    number++;
    pos = end + 1;
  }
  for (const prefix of MAJORITY_PREFIXES) stripMajorityPrefix(lines, prefix);
  return { lines, totalLines: number - 1, truncated };
}

function stripMajorityPrefix(lines: LogLine[], prefix: RegExp): void {
  let carrying = 0;
  let nonEmpty = 0;
  for (const line of lines) {
    if (line.body.trim() === '') continue;
    nonEmpty++;
    if (prefix.test(line.body)) carrying++;
  }
  if (carrying < MAJORITY_MIN_LINES || carrying < nonEmpty * MAJORITY_MIN_SHARE) return;
  for (const line of lines) line.body = line.body.replace(prefix, '');
}

function cleanLine(raw: string, number: number): LogLine {
  let text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  if (text.includes('\x1b')) text = text.replace(ANSI, '');
  // A bare CR inside a line is a progress-bar redraw: the user saw the last part.
  const cr = text.lastIndexOf('\r');
  if (cr >= 0) text = text.slice(cr + 1);
  let body = text;
  for (const prefix of [TIMESTAMP_PREFIX, BUILDKIT_PREFIX, COMPOSE_PREFIX]) body = body.replace(prefix, '');
  return { number, text, body };
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
