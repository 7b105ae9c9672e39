/**
 * Ranking: differences + optional build log -> ranked differences with human
 * reasons. Pure: the compare command reads the log file and passes its text to
 * parseBuildLog, then the result to rankDifferences.
 *
 * raw = 1 - (1 - 0.5 * prior) * (1 - evidence), where
 * - prior is the table prior (priors.ts) scaled by how harmful the direction
 *   of the change is (0.4 + 0.6 * fit), by its magnitude (magnitude.ts: major >
 *   minor > patch, ABI boundaries most) and by relevance (relevance.ts: does the
 *   build touch it at all?); where the log implicates nothing, tempered by how often
 *   a change of its family was the cause (family.ts, rates measured on the corpus),
 * - evidence combines the strongest signature or error-class implication
 *   (scaled by fit, magnitude and relevance) with the strongest token findings
 *   (the log names this very library/host/package/version/variable).
 * Without a log the order is the prior's; with one, evidence dominates. The
 * reported score is the raw one calibrated (calibrate.ts); the order is the raw one's.
 */
import { summarize } from '../diff/summary.js';
import type { Difference } from '../diff/types.js';
import { evidenceFor, scanLog, type Finding, type LogEvidence } from './evidence.js';
import type { BuildLog, LogLine } from './log.js';
import { calibrate } from './calibrate.js';
import { causeOf } from './consequences.js';
import { versionSwaps } from './package-swaps.js';
import { isRebuild, magnitudeOf } from './magnitude.js';
import { familyOf, familyPrior } from './family.js';
import { fitOf, priorRuleFor, volatileChange } from './priors.js';
import { sameMeaning } from './equivalents.js';
import { relevanceOf } from './relevance.js';
import type { RankedDifference, Reason } from './types.js';

export { parseBuildLog, type BuildLog, type LogLine } from './log.js';
export { SIGNATURES, type Signature, type Implication } from './signatures.js';
export { PRIORS, type PriorRule } from './priors.js';
export type { RankedDifference, Reason, LogQuote } from './types.js';

export interface RankOptions {
  /** The failing build's log. */
  log?: BuildLog;
  /** The passing build's log: lines both printed are not evidence (differential.ts). */
  goodLog?: BuildLog;
}

/** Volatile facts (hostnames, run ids, free memory) differ between any two runs: their prior shrinks this much. */
const VOLATILE_PRIOR = 0.3;

/** Kept by a difference whose values mean the same (UTC and Etc/UTC). */
const SAME_MEANING_FACTOR = 0.2;

/** What a token naming a package counts for when only its packaging revision changed. */
const REBUILT_TOKEN_FACTOR = 0.75;

/** Longest quoted log line in a reason. */
export const MAX_QUOTE_CHARS = 160;

export function rankDifferences(differences: Difference[], options: RankOptions = {}): RankedDifference[] {
  const evidence = options.log ? scanLog(options.log, options.goodLog) : undefined;
  const scored = differences.map((d) => scoreDifference(d, evidence));
  rankBelowCauses(scored, evidence !== undefined);
  rankImagesBelowTheirContents(scored, evidence !== undefined);
  rankSwapsAsUpgrades(scored, evidence !== undefined);
  rankCompilersBelowLibraryApis(scored, evidence !== undefined);
  rankLabelsBelowContents(scored, evidence !== undefined);
  rankInstallPathsBelowTools(scored, evidence !== undefined);
  scored.sort(compareScored);
  return scored.map((s, i) => ranked(s, i + 1));
}

interface Scored {
  difference: Difference;
  /** Before calibration: the order is decided on this (calibration flattens the top end). */
  raw: number;
  /** Breaks ties of `raw`: of two differences the log implicates alike, the one more likely to break builds first. */
  prior: number;
  score: number;
  reasons: Reason[];
  summary: string;
  /** The log names this very difference (a token finding), not only its facet. */
  named: boolean;
  /** The error class its evidence came from. */
  signature: string | undefined;
  /** What kind of change it is (family.ts), narrowest first: only where the log implicates nothing. */
  family: string[] | undefined;
  /** A library that declares an identifier the compiler missed (mention-match.ts): its name, for the reason. */
  declares: string | undefined;
}

function scoreDifference(d: Difference, evidence: LogEvidence | undefined): Scored {
  const rule = priorRuleFor(d);
  const fit = fitOf(d, rule.harm);
  const magnitude = magnitudeOf(d);
  const crossesBoundary = magnitude?.boundaryKnown ? magnitude.abi : undefined;
  const found = evidence ? evidenceFor(d, evidence, fit, crossesBoundary) : undefined;
  // An error class that names this very key (a C++ diagnostic -> the compiler) shows the build touches it.
  const byName = relevanceOf(d, evidence?.mentions);
  // A log that names this very key (an error class keyed on it, or a token finding, matched more tolerantly
  // than the word index) shows the build touches it: never discounted, never called "not named".
  const named = found?.signature?.keyed === true || (found?.tokens.length ?? 0) > 0;
  const relevance = named && byName.factor < 1 ? { factor: 1 } : byName;
  const volatile = volatileChange(d) && fit.factor < 1 ? VOLATILE_PRIOR : 1;
  const tablePrior = Math.min(
    1,
    rule.prior * (0.4 + 0.6 * fit.factor) * (magnitude?.factor ?? 1) * (fit.severity ?? 1) * relevance.factor * volatile,
  );
  const summary = summarize(d);
  const subject = subjectOf(d);

  let signature: Finding | undefined;
  let tokens: Finding[] = [];
  if (found) {
    // A signature that fits a whole facet says little about a tool, package or image the build never touches.
    // A patch bump of the implicated tool explains less than a major jump.
    // Not for kernels: "4.4.0-98" -> "4.4.0-103" is another kernel build, syscalls and all.
    const stepScale = d.facet === 'kernel' || found.signature?.anyStep ? 1 : Math.min(1, 0.3 + 0.7 * (magnitude?.factor ?? 1));
    const scale = Math.min(1, relevance.factor) * stepScale;
    signature = found.signature && scale < 1 ? { ...found.signature, weight: found.signature.weight * scale } : found.signature;
    // Volatile facts (hostnames, run ids) may appear in any log; a mention proves little.
    tokens = volatileChange(d) ? found.tokens.map((t) => ({ ...t, weight: t.weight * 0.3 })) : found.tokens;
    // A packaging revision rebuilds the same program: a soname or symbol version the log names is the upstream
    // release's, which did not move (libstdc++ 4.8.5-28.el7_5.1 -> 4.8.5-28.el7 cannot drop GLIBCXX_3.4.20).
    if (d.facet === 'packages' && isRebuild(magnitude)) tokens = tokens.map((t) => ({ ...t, weight: t.weight * REBUILT_TOKEN_FACTOR }));
  }
  const t1 = tokens[0]?.weight ?? 0;
  const t2 = tokens.find((t) => t.why !== tokens[0]?.why)?.weight ?? 0;
  const e = 1 - (1 - (signature?.weight ?? 0)) * (1 - t1) * (1 - 0.5 * t2);
  // UTC against Etc/UTC: a difference in spelling only, which no program sees.
  const same = sameMeaning(d);
  // The family's rate was measured where the log implicated nothing: it speaks for those differences only.
  const family = e > 0 ? undefined : familyOf(d, magnitude, relevance.factor < 1 ? 'unused' : relevance.mention ? 'uses' : '');
  const prior = family ? familyPrior(tablePrior, family) : tablePrior;
  const raw = (1 - (1 - 0.5 * prior) * (1 - e)) * (same ? SAME_MEANING_FACTOR : 1);
  // The calibration was measured on failures with their logs; without one the raw score is all there is.
  const score = round(evidence ? calibrate(raw) : raw);

  const reasons: Reason[] = same ? [{ source: 'rule', text: same }] : [];
  if (signature) {
    // Quote the most specific line: one of this signature's lines that also names this difference.
    const specific = tokens.find((t) => t.signature === signature.signature && !t.context);
    const line = specific?.line ?? signature.line;
    const also = specific ? `; ${specific.why}` : '';
    reasons.push({
      source: 'log',
      text: `${lead(subject)}the log says \`${quoteText(line, specific ? needleOf(specific) : undefined)}\` (line ${line.number}): ${signature.why}${also}`,
      ...(signature.signature ? { signature: signature.signature } : {}),
      quote: quote(line),
    });
  }
  const seen = new Set<string>();
  for (const t of tokens) {
    if (reasons.length >= 3 || seen.has(t.why)) continue;
    seen.add(t.why);
    if (signature && t.line.number === reasons[0]?.quote?.number && reasons[0]?.text.endsWith(t.why)) continue;
    reasons.push({
      source: 'log',
      text: signature ? `${t.why} (line ${t.line.number})` : `${lead(subject)}${t.why}: \`${quoteText(t.line)}\` (line ${t.line.number})`,
      ...(t.signature ? { signature: t.signature } : {}),
      quote: quote(t.line),
    });
  }
  // One rule line for a version change: its direction and size, not the values again (the row shows them).
  const direction = /^(upgrade|downgrade)\b/.exec(fit.note ?? '')?.[1];
  if (magnitude?.note) {
    const step = `a ${magnitude.step} step${magnitude.abi ? ' across an ABI boundary' : ''}`;
    reasons.push({ source: 'rule', text: direction ? `${direction}, ${step}` : step });
  }
  if (fit.note && !(magnitude?.note && direction)) reasons.push({ source: 'rule', text: fit.note });
  if (relevance.factor < 1)
    reasons.push({ source: 'rule', text: relevance.note ?? 'the log never names it: the build does not seem to use it' });
  else if (relevance.mention && !reasons.some((r) => r.source === 'log')) {
    const at = relevance.mention.line;
    reasons.push({ source: 'rule', text: `the build uses ${relevance.named ?? d.key} (line ${at.number})`, quote: quote(at) });
  }
  reasons.push({ source: 'prior', text: rule.text });
  const declares = tokens.some((t) => t.declares) ? d.key : undefined;
  return { difference: d, raw, prior, score, reasons, summary, named: t1 > 0, signature: signature?.signature, family, declares };
}

/** Failures of something absent (a shared library, a header, a command): the old package's absence is the cause. */
const MISSING_CLASSES = new Set([
  'shared-library-missing',
  'ldd-not-found',
  'program-loader-missing',
  'header-missing',
  'command-not-found',
]);

/**
 * A package swapped for another version of itself (package-swaps.ts) is one upgrade: unless the log
 * names the old one (its soname is missing), the new version's behaviour is what changed.
 */
function rankSwapsAsUpgrades(scored: Scored[], withLog: boolean): void {
  for (const [r, a] of versionSwaps(scored.map((s) => s.difference))) {
    const removed = scored[r]!;
    const added = scored[a]!;
    if (removed.named || MISSING_CLASSES.has(removed.signature ?? '') || added.raw >= removed.raw) continue;
    added.raw = removed.raw;
    added.prior = Math.max(added.prior, removed.prior + 1e-9);
    added.score = round(withLog ? calibrate(added.raw) : added.raw);
    added.reasons.unshift({ source: 'rule', text: `replaces ${removed.difference.key}: the same package, another version` });
  }
}

/**
 * "‘AVCodecParameters’ was not declared in this scope" while libavcodec-dev changed: a newer compiler's strictness
 * (cxx-diagnostic) explains such a line only in general; the library that declares the identifier explains it in
 * particular, so the compiler ranks just below it.
 */
function rankCompilersBelowLibraryApis(scored: Scored[], withLog: boolean): void {
  let owner: Scored | undefined;
  for (const s of scored) if (s.declares && (!owner || s.raw > owner.raw)) owner = s;
  if (!owner) return;
  for (const s of scored) {
    if (s.signature !== 'cxx-diagnostic' || s.difference.facet !== 'toolchains' || s.raw <= owner.raw) continue;
    placeJustBelow(s, owner, withLog);
    s.reasons.unshift({
      source: 'rule',
      text: `${owner.declares} declares the identifier the compiler missed: its API changed, not the compiler's strictness`,
    });
  }
}

/**
 * A rebuilt image (images.<ref>: another id and digest) whose contents were captured too (scope image:<ref>):
 * the new digest is what its changed packages and tools add up to, so it ranks just below the content change
 * the log implicates most.
 */
function rankImagesBelowTheirContents(scored: Scored[], withLog: boolean): void {
  const best = new Map<string, Scored>();
  for (const s of scored) {
    const scope = s.difference.scope;
    // Only a content change the log implicates: one ranked by priors alone explains no more than the digest does.
    if (!scope.startsWith('image:') || !s.reasons.some((r) => r.source === 'log')) continue;
    const ref = scope.slice('image:'.length);
    const seen = best.get(ref);
    if (!seen || s.raw > seen.raw) best.set(ref, s);
  }
  if (best.size === 0) return;
  for (const s of scored) {
    const d = s.difference;
    if (d.facet !== 'images' || d.kind !== 'changed') continue;
    const inside = best.get(d.key);
    if (!inside || s.raw <= inside.raw) continue;
    placeJustBelow(s, inside, withLog);
    s.reasons.unshift({ source: 'rule', text: `follows from the changes inside it (${inside.difference.facet}.${inside.difference.key})` });
  }
}

/**
 * A CI runner image's version label (ImageVersion "20221106.1" -> "20221113.1") names a bundle, not a program:
 * no build reads it, and what the new image changed (a tool, a package, the OS) is captured beside it. Unless
 * the log implicates the label itself (a deprecation notice naming the image), it ranks just below the
 * likeliest change of its scope that is not volatile.
 */
function rankLabelsBelowContents(scored: Scored[], withLog: boolean): void {
  for (const s of scored) {
    const d = s.difference;
    if (d.facet !== 'env' || !RUNNER_IMAGE_LABEL.test(d.key) || s.reasons.some((r) => r.source === 'log')) continue;
    let best: Scored | undefined;
    for (const o of scored) {
      const od = o.difference;
      if (o === s || od.scope !== d.scope || volatileChange(od) || (od.facet === 'env' && RUNNER_IMAGE_LABEL.test(od.key))) continue;
      if (!best || o.raw > best.raw) best = o;
    }
    if (!best || s.raw < best.raw) continue;
    placeJustBelow(s, best, withLog);
    s.reasons.unshift({ source: 'rule', text: 'a runner image label: what the new image changed is captured beside it' });
  }
}

const RUNNER_IMAGE_LABEL = /^ImageVersion$/;

/**
 * A variable holding a tool's install path or version (GOROOT ".../go/1.25.7/x64" -> ".../go/1.26.0/x64",
 * PYTHON_VERSION 3.11.4 -> 3.12.0) moves with the tool whose versions it spells: the same change seen twice, of
 * which the tool is what programs run. Whatever the log says of the variable, it says of the tool: the tool
 * takes the higher score and the variable ranks just below it.
 */
function rankInstallPathsBelowTools(scored: Scored[], withLog: boolean): void {
  for (const s of scored) {
    const d = s.difference;
    if (d.facet !== 'env' || d.kind !== 'changed' || typeof d.a !== 'string' || typeof d.b !== 'string') continue;
    const spelled = scored.find((t) => spellsVersionsOf(d, t.difference));
    const selected = spelled ? undefined : scored.find((t) => selectsReleaseOf(d, t.difference));
    const tool = spelled ?? selected;
    if (!tool || s.raw < tool.raw) continue;
    lift(tool, s, withLog);
    placeJustBelow(s, tool, withLog);
    s.reasons.unshift({
      source: 'rule',
      text: spelled
        ? `spells the versions of ${tool.difference.key}, which changed with it`
        : `selects ${tool.difference.key}, which moved to another release with it`,
    });
  }
}

/** Variables that choose which install of a tool runs: JAVA_HOME a JDK, PERLBREW_PERL a perl, RUSTUP_TOOLCHAIN a rustc. */
const TOOL_SELECTORS: Readonly<Record<string, RegExp>> = {
  JAVA_HOME: /^(?:java|javac|jdk|openjdk)$/,
  JDK_HOME: /^(?:java|javac|jdk|openjdk)$/,
  PERLBREW_PERL: /^perl$/,
  RUSTUP_TOOLCHAIN: /^(?:rustc|cargo)$/,
  MULTIRUST_TOOLCHAIN: /^(?:rustc|cargo)$/,
  PYENV_VERSION: /^python3?$/,
  RBENV_VERSION: /^ruby$/,
  GOROOT: /^go$/,
  DEVELOPER_DIR: /^xcode$/,
};

/**
 * A selector that changed along with a feature release of the tool it selects ("…/jdk1.8.0_201" -> "…/openjdk11"
 * with java 8 -> 11): the same change seen twice, of which the tool is what the build ran. A patch of the tool says
 * the variable broke on its own (JAVA_HOME moved to a JRE, a typo): then the variable keeps its rank.
 */
function selectsReleaseOf(v: Difference, t: Difference): boolean {
  const tools = TOOL_SELECTORS[v.key];
  if (!tools || t.facet !== 'toolchains' || t.scope !== v.scope || t.kind !== 'changed' || !tools.test(t.key)) return false;
  const step = magnitudeOf(t)?.step;
  return step === 'major' || step === 'minor';
}

/** Does variable `v` hold tool `t`'s version on each side (both distinctive: "1.25.7", not "1"), and differ only in it? */
function spellsVersionsOf(v: Difference, t: Difference): boolean {
  if (t.facet !== 'toolchains' || t.scope !== v.scope || t.kind !== 'changed') return false;
  const { a, b } = t;
  if (typeof a !== 'string' || typeof b !== 'string' || a === b || !DISTINCT_VERSION.test(a) || !DISTINCT_VERSION.test(b)) return false;
  const [va, vb] = [v.a as string, v.b as string];
  // Only the version moved ("jdk1.8.0_151" -> "jdk-9.0.1" too): a PATH that also gained or reordered directories
  // changed for more than the tool.
  const rest = (value: string, version: string) => value.split(version).join('\0').replace(/[-_.]/g, '');
  return va.includes(a) && vb.includes(b) && !va.includes(b) && rest(va, a) === rest(vb, b);
}

/** A version with a dot and at least three characters: one a path or a version variable spells by chance rarely. */
const DISTINCT_VERSION = /^(?=.{3,})\d+\.\d/;

/** `s` just below `above`: what made `above` likely leaves `s` second to it. */
function placeJustBelow(s: Scored, above: Scored, withLog: boolean): void {
  s.raw = above.raw * 0.999;
  s.prior = Math.min(s.prior, above.prior);
  s.score = round(withLog ? calibrate(s.raw) : s.raw);
}

/** `s` as likely as `by`: a whole that takes its part's score. */
function lift(s: Scored, by: Scored, withLog: boolean): void {
  s.raw = by.raw;
  s.prior = Math.max(s.prior, by.prior);
  s.score = round(withLog ? calibrate(s.raw) : s.raw);
}

/** A consequence (libc.version when libc.family changed) never ranks above its cause (consequences.ts). */
function rankBelowCauses(scored: Scored[], withLog: boolean): void {
  const byKey = new Map<string, Scored>();
  const id = (scope: string, facet: string, key: string) => `${scope}\u0000${facet}\u0000${key}`;
  for (const s of scored) {
    const d = s.difference;
    if (CONSEQUENCE_FACETS.has(d.facet)) byKey.set(id(d.scope, d.facet, d.key), s);
  }
  if (byKey.size < 2) return;
  for (const s of byKey.values()) {
    const d = s.difference;
    const cause = causeOf(d, (scope, facet, key) => byKey.get(id(scope, facet, key))?.difference);
    const parent = cause === undefined ? undefined : byKey.get(id(d.scope, cause.facet, cause.key));
    if (!parent || !cause) continue;
    // A tie-only cause (cargo under rustc) orders equals; it says nothing when the log tells them apart.
    if (cause.tieOnly && s.raw !== parent.raw) continue;
    if (cause.unlessNamed && s.named) continue;
    if (cause.unlessImplicated && s.reasons.some((r) => r.source === 'log')) continue;
    if (!cause.tieOnly) s.reasons.unshift({ source: 'rule', text: cause.why });
    if (s.raw < parent.raw || (s.raw === parent.raw && s.prior < parent.prior)) continue;
    if (cause.liftsCause) {
      lift(parent, s, withLog);
    }
    placeJustBelow(s, parent, withLog);
  }
}

const CONSEQUENCE_FACETS = new Set([
  'libc',
  'os',
  'kernel',
  'cpu',
  'toolchains',
  'docker',
  'time',
  'env',
  'binfmt',
  'custom',
  'mirrors',
  'dns',
]);

/** Explicit fields, not a spread: spreading 100k differences costs seconds. */
function ranked(s: Scored, rank: number): RankedDifference {
  const d = s.difference;
  // The first row with log evidence needs no "this rarely breaks builds" beside it.
  const reasons =
    rank === 1 && s.reasons.some((r) => r.source === 'log')
      ? s.reasons.filter((r) => !(r.source === 'prior' && RARELY.test(r.text)))
      : s.reasons;
  const out: RankedDifference = {
    scope: d.scope,
    facet: d.facet,
    key: d.key,
    kind: d.kind,
    rank,
    score: s.score,
    reasons,
    summary: s.summary,
  };
  if (s.family) out.family = s.family;
  if (d.a !== undefined) out.a = d.a;
  if (d.b !== undefined) out.b = d.b;
  if (d.detail !== undefined) out.detail = d.detail;
  return out;
}

function compareScored(x: Scored, y: Scored): number {
  return (
    y.raw - x.raw ||
    y.prior - x.prior ||
    cmp(x.difference.scope, y.difference.scope) ||
    cmp(x.difference.facet, y.difference.facet) ||
    cmp(x.difference.key, y.difference.key)
  );
}

function cmp(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

function round(n: number): number {
  return Math.min(1, Math.max(0, Math.round(n * 10000) / 10000));
}

function quote(line: LogLine): { number: number; text: string } {
  return { number: line.number, text: quoteText(line) };
}

/** The line, cut to MAX_QUOTE_CHARS around `needle` when long. Not sanitised: renderers do that. */
function quoteText(line: LogLine, needle?: string): string {
  const text = line.text.trim();
  if (text.length <= MAX_QUOTE_CHARS) return text;
  const at = needle ? text.indexOf(needle) : -1;
  const start = at < 0 ? 0 : Math.max(0, Math.min(at - 40, text.length - MAX_QUOTE_CHARS));
  const head = start > 0 ? '…' : '';
  return `${head}${text.slice(start, start + MAX_QUOTE_CHARS - 1 - head.length)}…`;
}

function needleOf(f: Finding): string | undefined {
  const m = /the log names (?:package |process |image |version |API version )?(\S+?)[,;]?(?:\s|$)/.exec(f.why);
  return m?.[1];
}

/** Prior texts that argue against the difference. */
const RARELY = /\brarely\b/;

/**
 * The fact a reason leads with when the row alone does not say it ("binfmt
 * handler qemu-aarch64 is missing on B"); empty when the row's key and summary
 * already do: a reason never repeats the value.
 */
function subjectOf(d: Difference): string {
  const where = d.scope === 'host' ? '' : ` in ${d.scope}`;
  const what = d.facet === 'binfmt' ? `binfmt handler ${d.key}` : d.facet === 'packages' ? `package ${d.key}` : d.key;
  if (d.kind === 'removed') return d.facet === 'packages' ? `${what} is not installed on B${where}` : `${what} is missing on B${where}`;
  if (d.kind === 'added') return `${what} exists only on B${where}`;
  if (d.kind === 'moved') return `${what} moved on B${where}`;
  return '';
}

function lead(subject: string): string {
  return subject === '' ? '' : `${subject}; `;
}
