/**
 * Everything the log says about one difference: the strongest signature
 * implication (scaled by the direction of the change and by whether the
 * signature's lines name other keys), the tokens that name it (token-match.ts),
 * what the log names anywhere (mention-match.ts), and shared words. Pure.
 */
import type { Difference } from '../diff/types.js';
import type { FacetValue } from '../fingerprint/types.js';
import { factOf } from './equivalents.js';
import type { Finding } from './finding.js';
import type { SignatureHit, LogEvidence } from './log-scan.js';
import type { LogLine } from './log.js';
import { mentionFindings, rebuiltOnly } from './mention-match.js';
import { providerBlockOf } from './networks.js';
import { type Fit, volatileChange } from './priors.js';
import type { Implication, Signature } from './signatures.js';
import { candidateTokens, flattenStrings } from './token-index.js';
import { matchToken } from './token-match.js';
import { unnamedRebuiltService } from './relevance.js';
import { toolNames } from './tool-names.js';
import { distinctiveWords, type TokenKind } from './tokens.js';
import { escapeRegExp, valueStrings } from './value-strings.js';

export type { Finding } from './finding.js';
export { scanLog, type LogEvidence } from './log-scan.js';

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
/** Weight kept by a signature whose first line comes after another signature's. */
const CASCADE_FACTOR = 0.9;
/** Lines after the first signature line that still belong to its message (a diagnostic's source excerpt). */
const SAME_MESSAGE_LINES = 1;
/** Evidence kept for a mirror when the log shows an address it has on both sides. */
const UNCHANGED_ADDRESS_FACTOR = 0.3;
/** Weight kept by an implication whose facet's keying tokens name other keys. */
const OTHER_KEY_FACTOR = 0.6;
/** Weight kept by a word naming the product of a rebuilt service image the log never names by reference. */
const UNNAMED_SERVICE_FACTOR = 0.5;
/** Weight kept by a signature implication the log's own tokens refute. */
const REFUTED_FACTOR = 0.3;
/** Weight kept by a boundary implication when the change stays within the boundary (Java 11.0.22 -> 11.0.23). */
const WITHIN_BOUNDARY_FACTOR = 0.45;
/**
 * A class that fits either direction of a limit (the log names `ulimit -n`) still needs the limit to have moved:
 * a 2% step of a million descriptors is the same configuration.
 */
const JITTER_FACTOR = 0.5;
/** An image the log names is one the build uses: that says little of whether its rebuild is what broke it. */
const IMAGE_NAMED_FACTOR = 0.8;

export interface DifferenceEvidence {
  /** The strongest signature implication, scaled by fit and keying tokens. */
  signature?: Finding;
  /** Token and word findings, strongest first. */
  tokens: Finding[];
}

/**
 * Everything the log says about one difference. `fit` is its direction fit (priors.ts);
 * `crossesBoundary` whether it is a version change across its ABI boundary (undefined: not known).
 */
export function evidenceFor(d: Difference, evidence: LogEvidence, fit: Fit, crossesBoundary?: boolean): DifferenceEvidence {
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
      ...(match.refutes ? { refutes: true } : {}),
      ...(signature ? { signature } : {}),
      ...(context ? { context } : {}),
    });
  }
  let best: Finding | undefined;
  const implied = new Map<string, number>();
  const specific = evidence.hits.filter((h) => !h.signature.summary);
  const firstHit = Math.min(...(specific.length > 0 ? specific : evidence.hits).map((h) => h.lines[0]?.number ?? Number.POSITIVE_INFINITY));
  for (const hit of evidence.hits) {
    const implication = bestImplication(hit.signature, d);
    if (!implication) continue;
    implied.set(hit.signature.id, implication.weight);
    // A volatile value that moved (macOS's per-user TMPDIR, another random name) moved in no direction either,
    // unless the class reads something of the values themselves (a workspace path grown past a socket's limit).
    const undirected = fit.jitter ? JITTER_FACTOR : volatileChange(d) && !implication.when ? fit.factor : 1;
    let weight = implication.weight * (implication.anyDirection ? undirected : fit.factor);
    if (implication.boundary && crossesBoundary === false) weight *= WITHIN_BOUNDARY_FACTOR;
    // Errors cascade: the first failure in the log is more likely the cause than the ones it set off.
    // A wrapper's summary follows from the failure it wraps, even when printed above it.
    const wrapped = hit.signature.summary === true && specific.length > 0;
    // A hit on the lines right after the first (a compiler's error and its source excerpt) is the same message.
    if (wrapped || (hit.lines[0]?.number ?? 0) > firstHit + SAME_MESSAGE_LINES) weight *= CASCADE_FACTOR;
    const keying = UNKEYED.test(d.key) ? undefined : KEYING_TOKENS[d.facet];
    // Unless the class names the key itself (dpkg for a format dpkg cannot read, whatever package it was unpacking).
    if (keying && !implication.key && namesOtherKeys(hit, keying, evidence, matched)) weight *= OTHER_KEY_FACTOR;
    // "…defines "packageManager": "yarn@3.5.1"": of the package managers a class may blame, the line names yarn.
    else if (namesAnotherAlternative(hit, implication, d)) weight *= OTHER_KEY_FACTOR;
    if (!best || weight > best.weight) {
      best = {
        weight,
        line: hit.lines[0]!,
        signature: hit.signature.id,
        why: implication.why ?? hit.signature.meaning,
        via: 'signature',
        ...(implication.key ? { keyed: true } : {}),
        ...(implication.anyStep ? { anyStep: true } : {}),
      };
    }
  }
  // A token on a signature's line counts as much as that signature points at this facet:
  // the host in "Release file ... is not valid yet" names a mirror, but the clock is at fault.
  const tokens: Finding[] = matched.map(({ kind: _kind, ...f }) =>
    f.signature === undefined ? f : { ...f, weight: f.weight * (0.5 + 0.5 * (implied.get(f.signature) ?? 0)) },
  );
  // Shared words are the weakest evidence: only when no token names this difference,
  // and not for facets whose keys tokens already cover (sonames, hosts, CPU flags).
  tokens.push(...mentionFindings(d, evidence.mentions));
  const word =
    tokens.length === 0 && !TOKEN_KEYED_FACETS.has(d.facet) ? wordFinding(d, evidence.words, evidence.mentions.paths) : undefined;
  if (word) {
    const factor =
      (unnamedRebuiltService(d, evidence.mentions) ? UNNAMED_SERVICE_FACTOR : 1) *
      (d.facet === 'images' ? IMAGE_NAMED_FACTOR : 1) *
      (d.facet === 'packages' && rebuiltOnly(d) ? INCIDENTAL_NAME_FACTOR : 1) *
      (d.facet === 'env' && OUTPUT_STYLE_VARIABLE.test(d.key) ? INCIDENTAL_NAME_FACTOR : 1);
    tokens.push(factor === 1 ? word : { ...word, weight: word.weight * factor });
  }
  if (usedUnchangedAddress(d, evidence, strings) || addressesRotated(d)) {
    // The log shows B talking to an address A had too, or the same source only handed out other
    // addresses of the same network (round-robin DNS): the address change did not break it.
    if (best) best = { ...best, weight: best.weight * UNCHANGED_ADDRESS_FACTOR };
    for (const t of tokens) t.weight *= UNCHANGED_ADDRESS_FACTOR;
  }
  tokens.sort((x, y) => y.weight - x.weight || x.line.number - y.line.number);
  // What the log refutes, no signature or mention on the same failure can make likely.
  if (tokens.some((t) => t.refutes)) {
    if (best) best = { ...best, weight: best.weight * REFUTED_FACTOR };
    for (const t of tokens) t.weight *= REFUTED_FACTOR;
  }
  return best ? { signature: best, tokens } : { tokens };
}

/**
 * A package source whose host and URL stayed, with every new address in a block A's addresses were in: the
 * same name handed out by round-robin DNS or a CDN, not another server.
 */
function addressesRotated(d: Difference): boolean {
  if (d.facet !== 'mirrors' || d.kind !== 'changed') return false;
  const a = d.a;
  const b = d.b;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) || Array.isArray(b)) return false;
  const { addresses: aAddresses, ...aRest } = a;
  const { addresses: bAddresses, ...bRest } = b;
  if (!Array.isArray(aAddresses) || !Array.isArray(bAddresses) || bAddresses.length === 0) return false;
  if (JSON.stringify(aRest) !== JSON.stringify(bRest)) return false;
  const net = (ip: unknown) => (typeof ip === 'string' ? providerBlockOf(ip) : '');
  const aNets = new Set(aAddresses.map(net));
  return bAddresses.every((ip) => aNets.has(net(ip)));
}

/** Does the log name only addresses this mirror has on both sides? */
function usedUnchangedAddress(d: Difference, evidence: LogEvidence, strings: ReturnType<typeof valueStrings>): boolean {
  if (d.facet !== 'mirrors' || strings.changed.length === 0) return false;
  const ips = evidence.index.byKind.get('ip') ?? [];
  let unchanged = false;
  for (const { token } of ips) {
    if (strings.changed.includes(token.value)) return false;
    if (strings.a.includes(token.value) && strings.b.includes(token.value)) unchanged = true;
  }
  return unchanged;
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

/**
 * The class's line names another tool its implication also fits (yarn, where the class blames any package manager)
 * and not this one: the failure is that tool's.
 */
function namesAnotherAlternative(hit: SignatureHit, implication: Implication, d: Difference): boolean {
  if (!implication.key || d.facet !== 'toolchains' || !PACKAGE_MANAGERS.has(d.key.toLowerCase())) return false;
  const key = implication.key;
  const words = hit.lines.flatMap((l) => l.body.toLowerCase().match(/[a-z][\w+-]*/g) ?? []);
  const own = new Set([d.key.toLowerCase(), ...toolNames(d.key).words]);
  if (words.some((w) => own.has(w))) return false;
  return words.some((w) => PACKAGE_MANAGERS.has(w) && key.test(w));
}

/** Package managers, one of which a resolver's or lockfile's failure belongs to: the one its line names. */
const PACKAGE_MANAGERS = new Set([
  'npm',
  'pnpm',
  'yarn',
  'bun',
  'pip',
  'pip3',
  'poetry',
  'pipenv',
  'uv',
  'conda',
  'mamba',
  'composer',
  'bundler',
]);

function bestImplication(signature: Signature, d: Difference): Implication | undefined {
  let best: Implication | undefined;
  const fact = factOf(d);
  for (const imp of signature.implicates) {
    if (imp.facet !== fact.facet || (imp.key && !imp.key.test(fact.key))) continue;
    if (imp.changedField && !fieldChanged(d, imp.changedField)) continue;
    if (imp.when && !imp.when(d)) continue;
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

/**
 * Named only by a word: a package rebuilt at the same upstream version (the same program), or a tool's variable for
 * how its output looks: seldom the cause, whatever the log says of the tool.
 */
const INCIDENTAL_NAME_FACTOR = 0.5;

/** A tool's variable for how its output looks (CARGO_TERM_COLOR, PIP_PROGRESS_BAR), not for what it builds. */
const OUTPUT_STYLE_VARIABLE =
  /^(?!(?:NO|FORCE)_)[A-Z][A-Z0-9]{2,}_(?:TERM_\w+|COLOU?RS?|PROGRESS(?:_BAR)?|VERBOSE|VERBOSITY|QUIET|PAGER|EMOJI)$/;

/** A distribution package's language namespace before its own name (python3-setuptools, perl-json, ruby-ffi). */
const LANGUAGE_NAMESPACE = /^(python[23]?|perl|ruby|golang|php\d*|lua[\d.]*|ocaml|haskell)-[a-z]/;

/** Distinctive words shared by the difference (key, changed values) and the log's error lines. */
function wordFinding(d: Difference, words: Map<string, LogLine>, logPaths: ReadonlyMap<string, unknown>): Finding | undefined {
  if (words.size === 0 || d.detail?.volatile) return undefined;
  // The OS facet's keys are the os-release fields (pretty_name, version_codename): their words name no failure.
  const terms = new Set(d.facet === 'os' ? [] : distinctiveWords(d.facet === 'images' ? withoutRegistry(d.key) : d.key));
  // "python3-setuptools", "ruby-nokogiri": the language's namespace is named by every path and traceback of that
  // language (site-packages/…/python3.12), not by what the package is.
  const namespace = d.facet === 'packages' ? LANGUAGE_NAMESPACE.exec(d.key.toLowerCase())?.[1] : undefined;
  if (namespace) terms.delete(namespace);
  // A list of directories (PATH, LD_LIBRARY_PATH) names the user's home and tools' install trees, which
  // every path in the log names too: its words say nothing about the failure.
  if (isDirectoryList(d.a) || isDirectoryList(d.b)) return wordsFound(terms, words);
  // So does the directory the build runs in (HOME=/home/maxime): every path under it names it. Only the
  // directory itself, named whole ("cannot create directory '/sbuild-nonexistent'"), is about it.
  if (d.facet === 'env' && WHERE_IT_RUNS.test(d.key)) {
    // B's directory itself on an error line ("Parent directory '/github/home/' is owned by someone else"): the
    // failure is about where B runs, whatever words the path has.
    const whole = namedWhole(d.b, words);
    if (whole) {
      const named = wordsFound(valueTerms(d, terms), words);
      if (named && named.weight >= WHOLE_DIRECTORY) return named;
      return {
        weight: WHOLE_DIRECTORY,
        line: whole,
        why: `an error line names ${d.key}'s directory on B itself (${String(d.b)})`,
        via: 'word',
      };
    }
    if (!namedWhole(d.a, words)) return wordsFound(terms, words);
  }
  // A user name is in every path under its home directory (/home/admin/.cache/bazel/_bazel_admin): only the
  // name outside a path ("user admin does not exist") is about who runs the build.
  if (d.facet === 'env' && WHO_RUNS.test(d.key)) {
    const names = new Set([...valueWords(d.a), ...valueWords(d.b)]);
    const outside = new Map([...words].filter(([word, line]) => !names.has(word) || namedOutsidePaths(word, line.body)));
    return wordsFound(valueTerms(d, terms), outside);
  }
  // A variable one side lacks, holding one path (VIRTUAL_ENV=/work/app/.venv), shares its leading directories
  // with the paths the build prints (/work/app/pyproject.toml): only the parts after them are its own.
  const path = d.kind === 'added' ? d.b : d.kind === 'removed' ? d.a : undefined;
  if (d.facet === 'env' && typeof path === 'string' && isSinglePath(path) && !namedWhole(path, words)) {
    const own = ownParts(path, logPaths.keys());
    if (own !== undefined) return wordsFound(valueTerms(d.kind === 'added' ? { ...d, b: own } : { ...d, a: own }, terms), words);
  }
  return wordsFound(valueTerms(d, terms), words);
}

/**
 * "mcr.microsoft.com/dotnet/sdk:8.0" -> "dotnet/sdk:8.0": the registry that serves an image is its vendor's
 * name, which every line of that vendor's tools prints ("Microsoft (R) Build Engine"), not the image.
 */
function withoutRegistry(ref: string): string {
  const slash = ref.indexOf('/');
  return slash > 0 && /[.:]|^localhost$/.test(ref.slice(0, slash)) ? ref.slice(slash + 1) : ref;
}

/** "/home/u/app/.venv", "C:\\tools\\jdk": one absolute path, not a list. */
function isSinglePath(v: FacetValue | undefined): boolean {
  return typeof v === 'string' && /^(?:\/|[A-Za-z]:\\)[^:;\s]*$/.test(v) && v.length > 1;
}

/**
 * The parts of a path after the leading directories it shares with a path the log prints (mentions.ts
 * collects them): "/Users/u/Library/Android/sdk" beside "/Users/u/src/app/X.java" is "Library/Android/sdk";
 * undefined when the log prints no path sharing a directory with it.
 */
function ownParts(path: string, logPaths: Iterable<string>): string | undefined {
  const parts = path.replace(/\/+$/, '').split('/');
  let shared = 0;
  for (const other of logPaths) {
    const dirs = other.split('/');
    let n = 0;
    while (n < parts.length - 1 && n < dirs.length - 1 && parts[n] === dirs[n]) n++;
    shared = Math.max(shared, n);
  }
  // The root alone (the empty part before the first slash) is shared by every path.
  return shared > 1 ? parts.slice(shared).join('/') : undefined;
}

/** Variables naming the user the build runs as. */
const WHO_RUNS = /^(?:USER|LOGNAME|USERNAME)$/;

/** The word stands on the line outside any path. */
function namedOutsidePaths(word: string, body: string): boolean {
  const prose = body.replace(/\S*[/\\]\S*/g, ' ');
  return new RegExp(`(?<![\\w-])${escapeRegExp(word)}(?![\\w-])`, 'i').test(prose);
}

/** The key's words and the words only one side's value has. */
function valueTerms(d: Difference, keyTerms: Set<string>): Set<string> {
  const terms = new Set(keyTerms);
  const a = new Set(valueWords(d.a));
  for (const w of valueWords(d.b)) if (!a.has(w)) terms.add(w);
  const b = new Set(valueWords(d.b));
  for (const w of a) if (!b.has(w)) terms.add(w);
  return terms;
}

/** Variables naming the directory the build runs in or under. */
const WHERE_IT_RUNS = /^(?:HOME|PWD|OLDPWD|CI_PROJECT_DIR|CI_BUILDS_DIR|\w*WORKSPACE)$/;

/** A log line names this directory itself, not a path under it. */
function namedWhole(v: FacetValue | undefined, words: Map<string, LogLine>): LogLine | undefined {
  if (typeof v !== 'string' || !v.startsWith('/') || v.length < 2) return undefined;
  // "'/github/home/' is owned by someone else": with its trailing slash, still the directory itself. Its words
  // may all be too common to index ("github", "home"), so the lines that have any indexed word are searched.
  const whole = new RegExp(`${escapeRegExp(v.replace(/\/+$/, ''))}/?(?![\\w/.-])`);
  for (const line of new Set(words.values())) if (whole.test(line.body)) return line;
  return undefined;
}

/** How much B's working directory named whole on an error line counts. */
const WHOLE_DIRECTORY = 0.45;

/** "/home/u/.pyenv/shims:/usr/local/bin:/usr/bin": two or more absolute directories joined by colons. */
function isDirectoryList(v: FacetValue | undefined): boolean {
  return typeof v === 'string' && /^\/[^:]*(?::\/[^:]*)+$/.test(v);
}

function wordsFound(terms: Set<string>, words: Map<string, LogLine>): Finding | undefined {
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
