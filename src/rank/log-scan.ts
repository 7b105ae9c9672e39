/**
 * Scanning the failing log once: which failure signatures matched which lines,
 * and the tokens (sonames, hosts, versions, paths…) of the lines that matter —
 * signature lines, the lines just before them, and the log's generic error
 * lines. Lines the passing build's log has too (differential.ts) are not evidence. Pure.
 */
import { type AnchorIndex, indexAnchors } from './anchor-index.js';
import { commonLines } from './differential.js';
import type { BuildLog, LogLine } from './log.js';
import { looksLikeError, type Mentions, scanMentions } from './mentions.js';
import { SIGNATURES, type Signature } from './signatures.js';
import { findNumberFormat, NUMBER_FORMAT } from './number-format.js';
import { findReordered, SORT_ORDER } from './sort-order.js';
import { findTimeShift, timeShiftSignature } from './time-shift.js';
import { findTzRulesChange, TZ_RULES_CHANGED } from './tz-rules.js';
import { indexTokens, type LogToken, type TokenIndex } from './token-index.js';
import { distinctiveWords, extractTokens, PLATFORM_DESCRIPTION, type TokenKind } from './tokens.js';

/** At most this many lines per signature are kept (the first ones: the root cause comes first). */
const MAX_HITS_PER_SIGNATURE = 50;
/** Generic error lines whose tokens count, taken from the end of the log. */
const MAX_ERROR_LINES = 400;
/** Distinct tokens kept (a log naming thousands of things names nothing in particular). */
const MAX_TOKENS = 500;
/** Tokens from generic error lines count less than tokens from signature lines. */
const GENERIC_LINE_STRENGTH = 0.8;

/**
 * A build driver's own summary of a failed step. Wider than mentions.ts's summary for language detection: a
 * translated message may follow ninja's "build stopped" on the same line, and that line must still be read.
 */
const DRIVER_STOPPED = /^\s*(ninja|g?make)(?:\[\d+\])?: (?:build stopped\b|\*\*\*)/i;

export interface SignatureHit {
  signature: Signature;
  lines: LogLine[];
}

export interface LogEvidence {
  hits: SignatureHit[];
  /** Tokens with the strength of the line they came from. */
  tokens: LogToken[];
  index: TokenIndex;
  /** Signature id -> token kinds its lines name. */
  kindsBySignature: Map<string, Set<TokenKind>>;
  /** Lower-case distinctive words of error lines -> first line naming them. */
  words: Map<string, LogLine>;
  /** What the log names anywhere (relevance, versions, variables). */
  mentions: Mentions;
}

/** Distinct line bodies whose matching signatures are remembered. */
const MAX_DISTINCT_CACHED = 20_000;
/** Built on the first log line, not for compares without a log. */
let anchors: AnchorIndex | undefined;

function matchingSignatures(body: string): Signature[] {
  anchors ??= indexAnchors(SIGNATURES);
  return anchors.matching(body, body.toLowerCase());
}

/** Lines before a signature line that belong to it (apt's "Err:12 ... libelf1" above "Could not connect"). */
const CONTEXT_BEFORE = 2;
/** Lines after it that explain it (Gradle's "Your current JDK is located in …" under "requires Java 17"). */
const CONTEXT_AFTER = 2;
/** Tokens from context lines (preceding lines, the BuildKit step header) count less. */
const CONTEXT_STRENGTH = 0.75;
// BuildKit step header "#9 [linux/arm64 2/5] RUN ...": names the platform of every "#9 ..." line.
const BUILDKIT_STEP = /^#(\d+) \[/;
const BUILDKIT_LINE = /^#(\d+) /;

/** CMake's error header, its message on the indented lines below: "CMake Error at cmake/x.cmake:11 (message):". */
const CMAKE_ERROR_HEADER = /^CMake Error at .+:$/;
/** Lines of a CMake error's message read. */
const CMAKE_MESSAGE_LINES = 8;
/** Python's "cannot import name 'X'" without its "from 'module'", which a long line wraps onto the next. */
const IMPORT_WITHOUT_MODULE = /\bcannot import name ['"]?\w+['"]?\s*$/;
const WRAPPED_MODULE = /^\s*from ['"][\w.]+['"]/;

/**
 * The lines that carry on an error line's message: the indented lines under a CMake error header ("  execute_process(
 * /opt/…/python"), the "from 'west.configuration'" a wrapped import error ends on. They are the error, and name what failed.
 */
function continuationLines(lines: readonly LogLine[], line: LogLine): LogLine[] {
  const cmake = CMAKE_ERROR_HEADER.test(line.body);
  if (!cmake && !IMPORT_WITHOUT_MODULE.test(line.body)) return [];
  // Lines are numbered consecutively from the first one kept (a long log's tail).
  const start = line.number - lines[0]!.number + 1;
  if (!cmake) return start < lines.length && WRAPPED_MODULE.test(lines[start]!.body) ? [lines[start]!] : [];
  const out: LogLine[] = [];
  for (let i = start; i < Math.min(lines.length, start + CMAKE_MESSAGE_LINES) && /^\s+\S/.test(lines[i]!.body); i++) out.push(lines[i]!);
  return out;
}

/**
 * Scan the log once: signature hits, then tokens of the lines that matter.
 * With the passing build's log (`good`), lines both printed are skipped.
 */
export function scanLog(log: BuildLog, good?: BuildLog): LogEvidence {
  const hitLines = new Map<Signature, number[]>();
  const errorLines: LogLine[] = [];
  const stepHeaders = new Map<string, number>();
  const common = commonLines(log, good);
  const seen = new Map<string, Signature[]>();
  log.lines.forEach((line, index) => {
    const body = line.body;
    if (body.length === 0 || common.has(index)) return;
    const step = BUILDKIT_STEP.exec(line.text);
    if (step && !stepHeaders.has(step[1]!)) stepHeaders.set(step[1]!, index);
    // Logs repeat lines by the thousand: match each distinct line once.
    let matching = seen.get(body);
    if (matching === undefined) {
      matching = matchingSignatures(body);
      if (seen.size < MAX_DISTINCT_CACHED) seen.set(body, matching);
    }
    for (const signature of matching) {
      const indexes = hitLines.get(signature) ?? [];
      if (indexes.length < MAX_HITS_PER_SIGNATURE) indexes.push(index);
      hitLines.set(signature, indexes);
    }
    if (matching.length === 0 && looksLikeError(body)) {
      errorLines.push(line);
      if (errorLines.length > 2 * MAX_ERROR_LINES) errorLines.splice(0, MAX_ERROR_LINES);
    }
  });
  const hits: SignatureHit[] = [];
  const tokens: LogEvidence['tokens'] = [];
  const words = new Map<string, LogLine>();
  const addWords = (line: LogLine) => {
    // "ninja: build stopped: subcommand failed.", "make: *** [all] Error 2": the driver reports a step's failure,
    // which its own name does not explain.
    const driver = DRIVER_STOPPED.exec(line.body)?.[1]?.toLowerCase();
    // The machine a tool describes in passing ("(Linux 6.12.63+deb13-amd64 amd64)") is no word of the failure.
    const body = line.body.includes('(') ? line.body.replace(PLATFORM_DESCRIPTION, '()') : line.body;
    for (const word of distinctiveWords(body)) if (!words.has(word) && word !== driver) words.set(word, line);
  };
  for (const signature of SIGNATURES) {
    const indexes = hitLines.get(signature);
    if (!indexes) continue;
    hits.push({ signature, lines: indexes.map((i) => log.lines[i]!) });
    // An architecture counts wherever it is named: it links a difference only when the architecture changed.
    const kinds: TokenKind[] = [...signature.tokens, 'soname', 'host', 'ip', 'package', 'path', 'arch'];
    const context = new Set<number>();
    for (const index of indexes) {
      const line = log.lines[index]!;
      for (const token of extractTokens(line, kinds)) tokens.push({ token, strength: 1, signature: signature.id });
      addWords(line);
      for (let i = Math.max(0, index - CONTEXT_BEFORE); i < index; i++) context.add(i);
      for (let i = index + 1; i <= Math.min(log.lines.length - 1, index + CONTEXT_AFTER); i++) context.add(i);
      const step = BUILDKIT_LINE.exec(line.text);
      const header = step ? stepHeaders.get(step[1]!) : undefined;
      if (header !== undefined && header < index) context.add(header);
    }
    for (const i of indexes) context.delete(i);
    for (const i of [...context].sort((x, y) => x - y)) {
      for (const token of extractTokens(log.lines[i]!, kinds))
        tokens.push({ token, strength: CONTEXT_STRENGTH, signature: signature.id, context: true });
    }
  }
  // Expected and actual output that differ in one telling way; lines the passing build printed too are no failure.
  const failing = log.lines.filter((_, i) => !common.has(i));
  const shifted = findTimeShift(failing);
  if (shifted) hits.push({ signature: timeShiftSignature(shifted.seconds), lines: [shifted.line] });
  const reformatted = findNumberFormat(failing);
  if (reformatted) hits.push({ signature: NUMBER_FORMAT, lines: [reformatted] });
  const rezoned = findTzRulesChange(failing);
  if (rezoned) hits.push({ signature: TZ_RULES_CHANGED, lines: [rezoned] });
  const reordered = findReordered(failing);
  if (reordered) hits.push({ signature: SORT_ORDER, lines: [reordered] });
  const generic = errorLines.slice(-MAX_ERROR_LINES);
  // A log without any error-looking or signature line still has its last lines.
  const fallback = generic.length > 0 || hits.length > 0 ? generic : log.lines.filter((_, i) => !common.has(i)).slice(-20);
  for (const line of fallback) {
    for (const token of extractTokens(line)) if (token.kind !== 'word') tokens.push({ token, strength: GENERIC_LINE_STRENGTH });
    addWords(line);
    for (const next of continuationLines(log.lines, line)) {
      for (const token of extractTokens(next)) if (token.kind !== 'word') tokens.push({ token, strength: GENERIC_LINE_STRENGTH });
    }
  }
  const kept = dedupeTokens(tokens);
  const kindsBySignature = new Map<string, Set<TokenKind>>();
  for (const t of kept) {
    if (t.signature === undefined) continue;
    const kinds = kindsBySignature.get(t.signature) ?? new Set<TokenKind>();
    kinds.add(t.token.kind);
    kindsBySignature.set(t.signature, kinds);
  }
  return { hits, tokens: kept, index: indexTokens(kept), kindsBySignature, words, mentions: scanMentions(log, common) };
}

/** Most tokens repeat (the same soname on fifty lines): keep each one's first, strongest occurrence. */
function dedupeTokens(tokens: LogEvidence['tokens']): LogEvidence['tokens'] {
  const seen = new Set<string>();
  const out: LogEvidence['tokens'] = [];
  for (const t of tokens) {
    const id = `${t.token.kind}\0${t.token.value}\0${t.token.expected ?? ''}\0${t.signature ?? ''}\0${t.context ? 1 : 0}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(t);
    if (out.length >= MAX_TOKENS) break;
  }
  return out;
}
