/**
 * Evidence from the build log: which signatures matched which lines, which
 * tokens those lines name, and how strongly each points at a difference. Pure.
 */
import { compareLooseVersions } from '../diff/package-version.js';
import type { FacetValue } from '../fingerprint/types.js';
import type { Difference } from '../diff/types.js';
import type { BuildLog, LogLine } from './log.js';
import { lineMatches, SIGNATURES, type Implication, type Signature } from './signatures.js';
import { candidateTokens, flattenStrings, indexTokens, soStem, type LogToken, type TokenIndex } from './token-index.js';
import { archSpellings, distinctiveWords, extractTokens, type Token, type TokenKind } from './tokens.js';

/** At most this many lines per signature are kept (the first ones: the root cause comes first). */
const MAX_HITS_PER_SIGNATURE = 50;
/** Generic error lines whose tokens count, taken from the end of the log. */
const MAX_ERROR_LINES = 400;
/** Distinct tokens kept (a log naming thousands of things names nothing in particular). */
const MAX_TOKENS = 500;
/** Tokens from generic error lines count less than tokens from signature lines. */
const GENERIC_LINE_STRENGTH = 0.8;

const ERROR_LINE =
  /\b(?:error|err!?|fatal|failed|failure|cannot|can't|could not|couldn't|unable|not found|denied|refused|invalid|panic|exception|killed|abort(?:ed)?|missing|no such|timed? ?out)\b|^E: |^W: /i;

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
}

/** Lines before a signature line that belong to it (apt's "Err:12 ... libelf1" above "Could not connect"). */
const CONTEXT_BEFORE = 2;
/** Tokens from context lines (preceding lines, the BuildKit step header) count less. */
const CONTEXT_STRENGTH = 0.75;
// BuildKit step header "#9 [linux/arm64 2/5] RUN ...": names the platform of every "#9 ..." line.
const BUILDKIT_STEP = /^#(\d+) \[/;
const BUILDKIT_LINE = /^#(\d+) /;

/** Scan the log once: signature hits, then tokens of the lines that matter. */
export function scanLog(log: BuildLog): LogEvidence {
  const hitLines = new Map<Signature, number[]>();
  const errorLines: LogLine[] = [];
  const stepHeaders = new Map<string, number>();
  log.lines.forEach((line, index) => {
    const body = line.body;
    if (body.length === 0) return;
    const step = BUILDKIT_STEP.exec(line.text);
    if (step && !stepHeaders.has(step[1]!)) stepHeaders.set(step[1]!, index);
    let matched = false;
    const lower = body.toLowerCase();
    for (const signature of SIGNATURES) {
      if (!lineMatches(signature, body, lower)) continue;
      matched = true;
      const indexes = hitLines.get(signature) ?? [];
      if (indexes.length < MAX_HITS_PER_SIGNATURE) indexes.push(index);
      hitLines.set(signature, indexes);
    }
    if (!matched && ERROR_LINE.test(body)) {
      errorLines.push(line);
      if (errorLines.length > 2 * MAX_ERROR_LINES) errorLines.splice(0, MAX_ERROR_LINES);
    }
  });
  const hits: SignatureHit[] = [];
  const tokens: LogEvidence['tokens'] = [];
  const words = new Map<string, LogLine>();
  const addWords = (line: LogLine) => {
    for (const word of distinctiveWords(line.body)) if (!words.has(word)) words.set(word, line);
  };
  for (const signature of SIGNATURES) {
    const indexes = hitLines.get(signature);
    if (!indexes) continue;
    hits.push({ signature, lines: indexes.map((i) => log.lines[i]!) });
    const kinds: TokenKind[] = [...signature.tokens, 'soname', 'host', 'ip', 'package'];
    const context = new Set<number>();
    for (const index of indexes) {
      const line = log.lines[index]!;
      for (const token of extractTokens(line, kinds)) tokens.push({ token, strength: 1, signature: signature.id });
      addWords(line);
      for (let i = Math.max(0, index - CONTEXT_BEFORE); i < index; i++) context.add(i);
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
  const generic = errorLines.slice(-MAX_ERROR_LINES);
  // A log without any error-looking or signature line still has its last lines.
  const fallback = generic.length > 0 || hits.length > 0 ? generic : log.lines.slice(-20);
  for (const line of fallback) {
    for (const token of extractTokens(line)) if (token.kind !== 'word') tokens.push({ token, strength: GENERIC_LINE_STRENGTH });
    addWords(line);
  }
  const kept = dedupeTokens(tokens);
  const kindsBySignature = new Map<string, Set<TokenKind>>();
  for (const t of kept) {
    if (t.signature === undefined) continue;
    const kinds = kindsBySignature.get(t.signature) ?? new Set<TokenKind>();
    kinds.add(t.token.kind);
    kindsBySignature.set(t.signature, kinds);
  }
  return { hits, tokens: kept, index: indexTokens(kept), kindsBySignature, words };
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

/** One piece of evidence for one difference. */
export interface Finding {
  weight: number;
  line: LogLine;
  /** Signature id for signature findings. */
  signature?: string;
  /** What the finding says about this difference (used in the reason). */
  why: string;
  /** From a line near a signature line, not the signature line itself. */
  context?: boolean;
  /** Signature implication (the failure fits this facet) or token (the log names this thing). */
  via: 'signature' | 'token' | 'word';
}

/**
 * The token kinds that say *which* key of a facet a failure is about: when a
 * signature's lines name hosts, a mirror they do not name is less likely the cause.
 */
const KEYING_TOKENS: Record<string, readonly TokenKind[]> = {
  mirrors: ['host', 'url', 'ip'],
  libraries: ['soname'],
  binfmt: ['arch'],
  packages: ['package', 'process'],
  toolchains: ['tool'],
  images: ['image'],
};
const TOKEN_KEYED_FACETS = new Set(['libraries', 'mirrors', 'cpu', 'binfmt']);
/** Mirrors keys that are settings, not package sources (no host of their own). */
const UNKEYED = /^(?:proxy\.|resolv\.)/;
/** Weight kept by an implication whose facet's keying tokens name other keys. */
const OTHER_KEY_FACTOR = 0.6;

export interface DifferenceEvidence {
  /** The strongest signature implication, scaled by fit and keying tokens. */
  signature?: Finding;
  /** Token and word findings, strongest first. */
  tokens: Finding[];
}

/** Everything the log says about one difference. `fit` is its direction factor (priors.ts). */
export function evidenceFor(d: Difference, evidence: LogEvidence, fit: number): DifferenceEvidence {
  const strings = valueStrings(d);
  const matched: Array<Finding & { kind: TokenKind }> = [];
  for (const { token, strength, signature, context } of candidateTokens(d, evidence.index, strings.all)) {
    const match = matchToken(d, token, strings);
    if (!match) continue;
    matched.push({
      weight: match.weight * strength,
      line: token.line,
      why: match.why,
      via: 'token',
      kind: token.kind,
      ...(signature ? { signature } : {}),
      ...(context ? { context } : {}),
    });
  }
  let best: Finding | undefined;
  const implied = new Map<string, number>();
  for (const hit of evidence.hits) {
    const implication = bestImplication(hit.signature, d);
    if (!implication) continue;
    implied.set(hit.signature.id, implication.weight);
    let weight = implication.weight * (implication.anyDirection ? 1 : fit);
    const keying = UNKEYED.test(d.key) ? undefined : KEYING_TOKENS[d.facet];
    if (keying && namesOtherKeys(hit, keying, evidence, matched)) weight *= OTHER_KEY_FACTOR;
    if (!best || weight > best.weight) {
      best = { weight, line: hit.lines[0]!, signature: hit.signature.id, why: implication.why ?? hit.signature.meaning, via: 'signature' };
    }
  }
  // A token on a signature's line counts as much as that signature points at this facet:
  // the host in "Release file ... is not valid yet" names a mirror, but the clock is at fault.
  const tokens: Finding[] = matched.map(({ kind: _kind, ...f }) =>
    f.signature === undefined ? f : { ...f, weight: f.weight * (0.5 + 0.5 * (implied.get(f.signature) ?? 0)) },
  );
  // Shared words are the weakest evidence: only when no token names this difference,
  // and not for facets whose keys tokens already cover (sonames, hosts, CPU flags).
  const word = tokens.length === 0 && !TOKEN_KEYED_FACETS.has(d.facet) ? wordFinding(d, evidence.words) : undefined;
  if (word) tokens.push(word);
  tokens.sort((x, y) => y.weight - x.weight || x.line.number - y.line.number);
  return best ? { signature: best, tokens } : { tokens };
}

function namesOtherKeys(
  hit: SignatureHit,
  kinds: readonly TokenKind[],
  evidence: LogEvidence,
  matched: Array<Finding & { kind: TokenKind }>,
): boolean {
  const id = hit.signature.id;
  const present = evidence.kindsBySignature.get(id);
  const named = present !== undefined && kinds.some((k) => present.has(k));
  return named && !matched.some((m) => m.signature === id && kinds.includes(m.kind));
}

function bestImplication(signature: Signature, d: Difference): Implication | undefined {
  let best: Implication | undefined;
  for (const imp of signature.implicates) {
    if (imp.facet !== d.facet || (imp.key && !imp.key.test(d.key))) continue;
    if (imp.changedField && !fieldChanged(d, imp.changedField)) continue;
    if (!best || imp.weight > best.weight) best = imp;
  }
  return best;
}

function fieldChanged(d: Difference, field: string): boolean {
  const get = (v: FacetValue | undefined) =>
    typeof v === 'object' && v !== null && !Array.isArray(v) ? JSON.stringify(v[field] ?? null) : undefined;
  const a = get(d.a);
  const b = get(d.b);
  return a !== undefined && b !== undefined && a !== b;
}

interface TokenMatch {
  weight: number;
  why: string;
}

function matchToken(d: Difference, token: Token, strings: ValueStrings): TokenMatch | undefined {
  const v = token.value;
  const key = d.key.toLowerCase();
  switch (token.kind) {
    case 'soname': {
      const stem = soStem(v);
      if (d.facet === 'libraries' && d.key === v) return { weight: 0.95, why: `the log names ${v}, the library this difference is about` };
      if (strings.all.some((s) => s.endsWith(`/${v}`) || s === v)) return { weight: 0.8, why: `the log names ${v}` };
      if (d.facet === 'libraries' && soStem(d.key) === stem)
        return { weight: 0.5, why: `the log names ${v}, another version of this library` };
      if (d.facet === 'packages' && stem.length >= 5 && key.includes(stem))
        return { weight: 0.6, why: `the log names ${v}, which this package provides` };
      return undefined;
    }
    case 'url':
      return undefined; // its host is a token of its own
    case 'host': {
      const host = v;
      if (d.facet === 'mirrors' && (key.includes(host) || strings.hosts.includes(host)))
        return { weight: 0.9, why: `the log names ${v}, this package source` };
      if (strings.lower.some((s) => s.includes(host)) || key.includes(host)) return { weight: 0.6, why: `the log names ${v}` };
      return undefined;
    }
    case 'ip': {
      if (!strings.changed.includes(v)) return undefined;
      if (strings.b.includes(v)) return { weight: 0.9, why: `B resolves to ${v}, the address the log names` };
      return { weight: 0.6, why: `the log names ${v}, an address of A` };
    }
    case 'arch': {
      const spellings = archSpellings(v);
      if (d.facet === 'binfmt' && (key === `qemu-${v}` || key.endsWith(`-${v}`) || spellings.some((s) => key.endsWith(`-${s}`)))) {
        return { weight: 0.85, why: `the build runs ${spellings[0] ?? v} binaries, which need this handler` };
      }
      if ((d.facet === 'cpu' && d.key === 'arch') || (d.facet === 'kernel' && d.key === 'machine') || d.facet === 'images') {
        // Only when the architecture is what changed: both sides being amd64 explains nothing.
        if (strings.changed.some((s) => s.toLowerCase() === v || spellings.includes(s.toLowerCase())))
          return { weight: 0.6, why: `the log names the ${spellings[0] ?? v} architecture` };
      }
      return undefined;
    }
    case 'package': {
      const name = key.replace(/:[a-z0-9]+$/, '');
      if (d.facet === 'packages' && name === v) return { weight: 0.8, why: `the log names package ${v}` };
      return undefined;
    }
    case 'process': {
      // Process names are truncated to 15 characters (Linux comm).
      if (d.facet === 'packages' && v.length >= 4 && key.startsWith(v.toLowerCase()))
        return { weight: 0.75, why: `the log names process ${v}, which this package runs` };
      return undefined;
    }
    case 'glibc':
      return glibcMatch(d, v);
    case 'apiversion': {
      if ((d.facet === 'docker' || d.key.toLowerCase().includes('api')) && (strings.b.includes(v) || strings.a.includes(v))) {
        return { weight: 0.8, why: `the log names API version ${v}` };
      }
      return undefined;
    }
    case 'version': {
      if (d.detail?.volatile) return undefined;
      const versions = [versionOfValue(d.b), versionOfValue(d.a)];
      if (versions[0] && sameVersion(versions[0], v)) return { weight: 0.55, why: `the log names version ${v}, B's version` };
      if (versions[1] && sameVersion(versions[1], v)) return { weight: 0.4, why: `the log names version ${v}, A's version` };
      return undefined;
    }
    case 'path':
      return pathMatch(d, v, strings);
    case 'mode':
      return modeMatch(d, token);
    case 'cpuflag': {
      const lost = d.detail?.onlyA ?? [];
      if (d.facet === 'cpu' && d.key === 'flags' && lost.includes(v))
        return { weight: 0.95, why: `the log names ${v}, a CPU feature B lacks` };
      return undefined;
    }
    case 'tool': {
      if (d.facet === 'toolchains' && (key === v || key.startsWith(v) || v.startsWith(key)))
        return { weight: 0.7, why: `the log names ${v}` };
      if (d.facet === 'packages' && key.replace(/:[a-z0-9]+$/, '') === v) return { weight: 0.5, why: `the log names ${v}` };
      return undefined;
    }
    case 'image': {
      const repo = v.replace(/[:@].*$/, '');
      if (d.facet === 'images' && (key === v || key.replace(/[:@].*$/, '') === repo))
        return { weight: 0.7, why: `the log names image ${v}` };
      return undefined;
    }
    case 'word':
      return undefined;
  }
}

function sameVersion(value: string, token: string): boolean {
  const clean = value.replace(/^v/i, '');
  return clean === token || clean.startsWith(`${token}.`) || clean.startsWith(`${token}-`) || clean.startsWith(`${token}+`);
}

/** GLIBC_2.33 needed: fits when B's C library is older and A's is not. */
function glibcMatch(d: Difference, required: string): TokenMatch | undefined {
  const isLibc =
    (d.facet === 'libc' && d.key === 'version') || (d.facet === 'packages' && /^(?:libc6|libc-bin|glibc)(?::\w+)?$/.test(d.key));
  if (!isLibc) return undefined;
  const a = upstreamVersion(versionOfValue(d.a));
  const b = upstreamVersion(versionOfValue(d.b));
  if (!b) return { weight: 0.5, why: `the binary needs GLIBC_${required}` };
  const bOlder = compareLooseVersions(b, required) < 0;
  const aEnough = a !== '' && compareLooseVersions(a, required) >= 0;
  if (bOlder && aEnough) return { weight: 0.95, why: `the binary needs GLIBC_${required}; B has ${b}, A has ${a}` };
  if (bOlder) return { weight: 0.7, why: `the binary needs GLIBC_${required}; B has ${b}` };
  return { weight: 0.2, why: `the log names GLIBC_${required}` };
}

/** "2.35-0ubuntu3.1" -> "2.35", "1:2.31-13" -> "2.31". */
function upstreamVersion(version: string): string {
  return version.replace(/^\d+:/, '').replace(/-[^-]*$/, '');
}

function pathMatch(d: Difference, path: string, strings: ValueStrings): TokenMatch | undefined {
  if (d.facet === 'resources' && d.key.startsWith('disk_')) {
    const dir = d.key.slice(d.key.indexOf(':') + 1);
    if (dir.startsWith('/') && (path === dir || path.startsWith(dir.endsWith('/') ? dir : `${dir}/`))) {
      return { weight: 0.55, why: `the log writes under ${dir}` };
    }
    return undefined;
  }
  if (d.facet === 'env') return undefined; // PWD, HOME and PATH name paths in every log
  if (strings.changed.includes(path)) return { weight: 0.6, why: `the log names ${path}` };
  if (d.facet === 'libraries' && strings.changed.some((s) => s.startsWith('/') && dirOf(s) === path.replace(/\/$/, ''))) {
    return { weight: 0.45, why: `the log names ${path}, where this library is` };
  }
  return undefined;
}

function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

/** A file got mode X where Y was expected: fits a umask that turns 0666/0777 into X. */
function modeMatch(d: Difference, token: Token): TokenMatch | undefined {
  if (d.facet !== 'security' || d.key !== 'umask') return undefined;
  const umaskB = typeof d.b === 'string' ? Number.parseInt(d.b, 8) : NaN;
  const umaskA = typeof d.a === 'string' ? Number.parseInt(d.a, 8) : NaN;
  const got = modeReadings(token.value);
  const octal = (n: number) => `0${n.toString(8)}`;
  if (!Number.isNaN(umaskB)) {
    for (const mode of got) {
      for (const base of [0o666, 0o777]) {
        if ((base & ~umaskB) === mode) {
          const fromA = Number.isNaN(umaskA) ? '' : `; A's umask ${d.a} would give ${octal(base & ~umaskA)}`;
          return { weight: 0.95, why: `B's umask ${d.b} turns ${octal(base)} into ${octal(mode)}, the mode the log reports${fromA}` };
        }
      }
    }
  }
  return { weight: 0.5, why: 'the log reports unexpected file modes' };
}

/** A mode token read as decimal (Jest prints 420 for 0644) and, if it can be, as octal digits. */
function modeReadings(value: string): number[] {
  const n = Number.parseInt(value, 10);
  const readings = [n];
  if (/^[0-7]{3,4}$/.test(value)) readings.push(Number.parseInt(value, 8));
  return readings;
}

/** Distinctive words shared by the difference (key, changed values) and the log's error lines. */
function wordFinding(d: Difference, words: Map<string, LogLine>): Finding | undefined {
  if (words.size === 0 || d.detail?.volatile) return undefined;
  const terms = new Set(distinctiveWords(d.key));
  const a = new Set(valueWords(d.a));
  for (const w of valueWords(d.b)) if (!a.has(w)) terms.add(w);
  const b = new Set(valueWords(d.b));
  for (const w of a) if (!b.has(w)) terms.add(w);
  const matched: string[] = [];
  let line: LogLine | undefined;
  for (const term of terms) {
    const at = words.get(term) ?? (term.endsWith('s') ? words.get(term.slice(0, -1)) : words.get(`${term}s`));
    if (!at) continue;
    matched.push(term);
    if (!line || at.number < line.number) line = at;
  }
  if (!line || matched.length === 0) return undefined;
  const weight = Math.min(0.55, 0.25 + 0.15 * (matched.length - 1));
  return { weight, line, why: `the log mentions ${matched.slice(0, 3).join(', ')}`, via: 'word' };
}

/** Words of a value, capped: big values (CPU flags, package lists) are not prose. */
function valueWords(v: FacetValue | undefined): string[] {
  const out: string[] = [];
  for (const s of flattenStrings(v).slice(0, 50)) out.push(...distinctiveWords(s));
  return out;
}

interface ValueStrings {
  a: string[];
  b: string[];
  all: string[];
  /** Strings on one side only: what actually changed. */
  changed: string[];
  lower: string[];
  hosts: string[];
}

function valueStrings(d: Difference): ValueStrings {
  const a = flattenStrings(d.a);
  const b = flattenStrings(d.b);
  const all = [...a, ...b];
  const setA = new Set(a);
  const setB = new Set(b);
  const changed = [...a.filter((s) => !setB.has(s)), ...b.filter((s) => !setA.has(s))];
  const hosts: string[] = [];
  for (const v of [d.a, d.b]) {
    if (typeof v === 'object' && v !== null && !Array.isArray(v) && typeof v['host'] === 'string') hosts.push(v['host'].toLowerCase());
  }
  return { a, b, all, changed, lower: all.map((s) => s.toLowerCase()), hosts };
}

function versionOfValue(v: FacetValue | undefined): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'object' && v !== null && !Array.isArray(v) && typeof v['version'] === 'string') return v['version'];
  return '';
}
