/**
 * Words a value gained or lost, named on an error line. A captured command
 * whose output lost `wasm32-unknown-unknown` (rustup's installed targets) and
 * an error that says "the `wasm32-unknown-unknown` target may not be
 * installed"; capabilities that lost `cap_sys_ptrace` and "LeakSanitizer does
 * not work under ptrace"; a mount that gained `noexec` and an error naming it.
 * For free-form values (custom commands, capabilities, mount options, security
 * options), where no class can know the words in advance. Pure.
 */
import type { Difference } from '../diff/types.js';
import type { FacetValue } from '../fingerprint/types.js';
import type { Finding } from './finding.js';
import { lastErrorLine, type Mention, type Mentions } from './mentions.js';
import { gainedNonAscii, NON_ASCII } from './priors.js';
import { PROXY_ENV } from './signatures.js';
import { escapeRegExp } from './value-strings.js';

/** Facets whose values are free-form words: what they gained or lost is what a program may name. */
const FREE_FORM = new Set(['custom', 'security', 'mounts', 'docker', 'network', 'dns', 'git', 'locale']);
/** Keys of those facets that hold versions or numbers, which versionFindings and settings handle. */
const NOT_WORDS = /^(?:server_version|api_version|min_api_version|\w+_version|mem_total|uid|gid|umask)$/;
/** Docker's one-word settings (cgroup_driver systemd) have classes of their own; its option lists do not. */
const DOCKER_LISTS = /^(?:security_options|runtimes|default_runtime|insecure_registries|registry_mirrors)$/;

/** Words too common in values and logs to tell anything ("No such file or directory", "default"). */
const COMMON = new Set(
  'https http example www such file directory cannot access found line host true false enabled disabled none root with from this that list installed default name value error failed profile options option version status enforcing permissive unknown user group users mode path type read write exec open system local usr bin lib share home tmp proc dev run var etc opt '.split(
    ' ',
  ),
);

const SPLIT = /[\s,;:=()'"`[\]{}|<>*]+/;
/** Values this long are logs of their own; their words say nothing in particular. */
const MAX_VALUE_CHARS = 4000;
/** Words compared per value. */
const MAX_WORDS = 200;

/** The distinctive words of a value (or of a captured command: `ls -l /dev/fuse` -> fuse). */
export function words(v: FacetValue | undefined): Set<string> {
  const out = new Set<string>();
  const add = (s: string) => {
    for (const raw of s.toLowerCase().split(SPLIT)) {
      // "~/.git_template" -> git_template: a home-relative path names its file as the absolute one does.
      const token = raw.replace(/^~?[-/.]+|[-/.]+$/g, '');
      if (out.size >= MAX_WORDS) return;
      // A path counts by its parts ("/dev/fuse" -> fuse): the log may name it from another directory.
      if (keep(token) && !token.includes('/')) out.add(token);
      // cap_sys_ptrace -> ptrace; /dev/fuse -> fuse; wasm32-unknown-unknown stays whole as well.
      for (const part of token.split(/[_/.]+/)) if (part !== token && keep(part) && part.length >= 4) out.add(part);
    }
  };
  if (typeof v === 'string') {
    if (v.length <= MAX_VALUE_CHARS) add(v);
  } else if (Array.isArray(v)) {
    for (const x of v) if (typeof x === 'string' && x.length <= MAX_VALUE_CHARS) add(x);
  }
  return out;
}

function keep(token: string): boolean {
  return token.length >= 4 && /[a-z]/.test(token) && !/^\d/.test(token) && !COMMON.has(token) && !/^[0-9a-f]{12,}$/.test(token);
}

/**
 * A variable that is a Windows drive on B ("HOMEDRIVE=Z:", a network share Active Directory maps): an error line
 * naming a path on that drive ("Failed to create cookie file 'z:/.erlang.cookie': eacces") is about it. Too short
 * for a word, so matched as a drive.
 */
function driveFindings(d: Difference, mentions: Mentions): Finding[] {
  const drive = typeof d.b === 'string' ? /^([A-Za-z]):\\?$/.exec(d.b)?.[1] : undefined;
  if (!drive || (typeof d.a === 'string' && d.a.toLowerCase().startsWith(drive.toLowerCase()))) return [];
  const onDrive = new RegExp(`(?<![\\w])${drive}:[\\\\/]`, 'i');
  const at = lastErrorLine(mentions, (body) => onDrive.test(body));
  if (at) return [{ weight: 0.75, line: at.line, why: `an error line names a path on ${d.b}, B's ${d.key}`, via: 'token' }];
  // An error wrapped across lines (Erlang's terms) leaves the path on a line of its own.
  const seen = mentions.lines.find((l) => onDrive.test(l.line.body));
  return seen ? [{ weight: 0.6, line: seen.line, why: `the log names a path on ${d.b}, B's ${d.key}`, via: 'token' }] : [];
}

/** A URL (a registry, a proxy): its host and path words name it, wherever the log prints them. */
const URL_VALUE = /^[a-z][\w+.-]*:\/\//i;

/** The error line naming a word only one side's value has, strongest first. */
export function valueWordFindings(d: Difference, mentions: Mentions): Finding[] {
  const proxy = proxySeenFindings(d, mentions);
  if (proxy.length > 0) return proxy;
  if (d.facet === 'env')
    return [...envValueFindings(d, mentions), ...driveFindings(d, mentions), ...(urlValued(d) ? wordFindings(d, mentions, urlWords) : [])];
  if (!FREE_FORM.has(d.facet) || NOT_WORDS.test(d.key) || (d.facet === 'docker' && !DOCKER_LISTS.test(d.key))) return [];
  return [
    ...wordFindings(d, mentions),
    ...(d.facet === 'custom'
      ? [...outputSeenFindings(d, mentions), ...versionTokenFindings(d, mentions), ...commandFindings(d, mentions)]
      : []),
  ];
}

/** A line of a command's output that reports a failure rather than a state. */
const FAILURE_OUTPUT = /\b(?:not|no|error|fail(?:ed|ure)?|denied|unable|cannot|can't|refused|unknown|invalid|missing)\b/i;

/**
 * `hostname -f` printing "hostname: Name or service not known" on B, and the build's own log printing that
 * very line: the build ran into what B's captured check saw, word for word.
 */
function outputSeenFindings(d: Difference, mentions: Mentions): Finding[] {
  if (typeof d.b !== 'string' || d.b.length > MAX_VALUE_CHARS) return [];
  const a = typeof d.a === 'string' ? d.a : '';
  const failures = d.b
    .split('\n')
    .map((l) => l.trim())
    // "No such file or directory" is every failing command's: the line must carry words of its own.
    .filter((l) => l.length >= 15 && l.length <= 300 && !a.includes(l) && FAILURE_OUTPUT.test(l) && words(l).size >= 2);
  if (failures.length === 0) return [];
  const lines = mentions.lines.length > MAX_LINES_SEARCHED ? mentions.lines.slice(-MAX_LINES_SEARCHED) : mentions.lines;
  const seen = lines.filter((l) => failures.some((f) => l.line.body.includes(f)));
  const at = seen.find((l) => l.error) ?? seen[0];
  if (!at) return [];
  return [{ weight: at.error ? 0.9 : 0.8, line: at.line, why: `the log prints what B's ${d.key} printed`, via: 'token' }];
}

/** "2.38-4ubuntu2.3", "1.2.11", "7:4.4.2-0ubuntu0.22.04.1": a version a command printed. */
const VERSION_TOKEN = /(?<![\w.])\d+(?:[.:~+-]\w+)*\.\w+(?:[.:~+-]\w+)*(?![\w.])/g;

/**
 * `apt-cache policy … | grep Candidate` printing "2.38-4ubuntu2.3" on B, and apt failing to fetch
 * "…binutils-aarch64-linux-gnu_2.38-4ubuntu2.3_amd64.deb  404": the error is about the very version B's check saw.
 */
function versionTokenFindings(d: Difference, mentions: Mentions): Finding[] {
  if (typeof d.a !== 'string' || typeof d.b !== 'string' || d.b.length > MAX_VALUE_CHARS) return [];
  const a = new Set(d.a.match(VERSION_TOKEN) ?? []);
  const mine = (d.b.match(VERSION_TOKEN) ?? []).filter((v) => v.length >= 5 && !a.has(v));
  if (mine.length === 0 || mine.length > 3) return [];
  // "_2.38-4ubuntu2.3_amd64.deb": a package file's name joins the version with underscores.
  const patterns = mine.map((x) => [x, new RegExp(`(?<![A-Za-z0-9.])${escapeRegExp(x)}(?![A-Za-z0-9.])`)] as const);
  let named = '';
  const at = lastErrorLine(mentions, (body) => {
    named = patterns.find(([x, re]) => body.includes(x) && re.test(body))?.[0] ?? '';
    return named !== '';
  });
  return at ? [{ weight: 0.8, line: at.line, why: `an error line names ${named}, what B's ${d.key} printed`, via: 'token' }] : [];
}

/**
 * A captured command checks one thing ("ls /dev/kvm", "ip route show default"): an error line naming it
 * ("Could not access KVM kernel module") is about what the command saw change.
 */
function commandFindings(d: Difference, mentions: Mentions): Finding[] {
  // `ss -ltn 'sport = :8080'`, `lsof -i :5432`: a port the command watches, which a failing bind or connect names
  // ("Failed to bind to /0.0.0.0:8080", "port 8080 and command URL /commands").
  for (const port of d.key.matchAll(WATCHED_PORT)) {
    const named = new RegExp(`(?::|\\bport )${port[1]}(?!\\d)`, 'i');
    const at = lastErrorLine(mentions, (body) => named.test(body));
    if (at)
      return [
        { weight: 0.7, line: at.line, why: `an error line names port ${port[1]}, which this captured command watches`, via: 'token' },
      ];
  }
  const words = commandWords(d.key);
  // `php -r 'echo extension_loaded("bcmath") ? "yes" : "no";'` answering no on B, and "the requested PHP extension
  // bcmath is missing from your system": the error reports missing what B's check found missing. The parts of a
  // unit's name count too ("guix-daemon.service" and "/var/guix/daemon-socket/socket: No such file or directory").
  if (answeredNo(d)) {
    const parts = [...new Set(words.flatMap((w) => [w, ...w.split(/[-._]/)]))].filter((w) => w.length >= 4 && !CHECK_VERBS.has(w));
    let missing = '';
    const at = lastErrorLine(mentions, (body) => {
      const lower = body.toLowerCase();
      missing = REPORTED_MISSING.test(body) ? (parts.find((w) => lower.includes(w)) ?? '') : '';
      return missing !== '';
    });
    if (at)
      return [{ weight: 0.8, line: at.line, why: `B's check answers no, and an error line says ${missing} is missing`, via: 'token' }];
  }
  const named = words.find((w) => mentions.words.get(w)?.error);
  const at = named === undefined ? undefined : mentions.words.get(named);
  return at ? [{ weight: 0.55, line: at.line, why: `an error line names ${named}, which this captured command checks`, via: 'token' }] : [];
}

/** A check's answers: yes on A (installed, active), no on B (missing, failed); and an error's word for the same. */
const AFFIRMATIVE = /^(?:yes|true|1|ok|on|enabled|loaded|present|installed|found|active|running)$/i;
const NEGATIVE = /^(?:no|false|0|off|disabled|missing|absent|not (?:installed|found|loaded)|inactive|failed|dead|stopped|)$/i;
const REPORTED_MISSING = /\b(?:missing|not (?:found|installed|loaded|enabled|available|running)|no such)\b/i;

/** Words of a check's command that say how it asks, not what about. */
const CHECK_VERBS = new Set(['active', 'enabled', 'service', 'socket', 'echo', 'present', 'missing', 'absent', 'test']);

/** A yes-or-no check (`systemctl is-active`, `test -e … && echo present`) that said yes on A and says no on B. */
function answeredNo(d: Difference): boolean {
  return typeof d.a === 'string' && typeof d.b === 'string' && AFFIRMATIVE.test(d.a.trim()) && NEGATIVE.test(d.b.trim());
}

/** A port in a captured command: ":8080" (ss's sport filter, lsof -i) or "port 8080". */
const WATCHED_PORT = /(?::|\bport\s*=?\s*)(\d{2,5})\b/gi;

/** The program a captured command runs, lower case ("kubectl version …" -> kubectl). */
export function commandProgram(command: string): string | undefined {
  return /^[\w.+-]+/.exec(command.trim())?.[0]?.toLowerCase();
}

/**
 * A command's options say how it prints, not what it checks: `--format=csv,noheader`, `-o json` and the
 * names of flags (`--query-gpu=`) go; the values a flag selects (`driver_version`) stay.
 */
const OUTPUT_OPTION = /(?:^|\s)(?:--(?:format|output)[=\s]\S+|-o\s+(?:json|yaml|wide|name|table)\b)/gi;
const OPTION_NAME = /(?:^|\s)--?[a-z][\w-]*=?/gi;

/** A command's words, short device and module names too ("kvm", "tun", "fuse"), its program name and options aside. */
export function commandWords(command: string): string[] {
  const checked = command.replace(OUTPUT_OPTION, ' ').replace(OPTION_NAME, ' ');
  const out = new Set(words(checked));
  const program = commandProgram(command);
  for (const raw of checked.toLowerCase().split(/[\s/'"=:,;|()[\]{}]+/)) {
    if (/^[a-z][a-z0-9]{2}$/.test(raw) && !COMMON.has(raw)) out.add(raw);
  }
  if (program) out.delete(program);
  return [...out];
}

function urlValued(d: Difference): boolean {
  return [d.a, d.b].some((v) => typeof v === 'string' && URL_VALUE.test(v));
}

/** Lines searched for a variable's value. */
const MAX_LINES_SEARCHED = 20_000;

/**
 * B's value of a variable, seen in the log: cut at its first space where an unquoted expansion split it
 * ("C:\Users\Wouter : The term … is not recognized" for USERPROFILE "C:\Users\Wouter Verhelst"), or
 * printed whole when it is a flag or setting rather than a path ("-mod=vendor" for GOFLAGS).
 */
function envValueFindings(d: Difference, mentions: Mentions): Finding[] {
  const b = typeof d.b === 'string' ? d.b.trim() : '';
  const a = typeof d.a === 'string' ? d.a : '';
  if (b.length < 5) return [];
  const lines = mentions.lines.length > MAX_LINES_SEARCHED ? mentions.lines.slice(-MAX_LINES_SEARCHED) : mentions.lines;
  const misprinted = garbledFinding(d, lines) ?? encodedEdgeFinding(d, lines);
  if (misprinted) return [misprinted];
  const flag = addedFlagFinding(a, b, lines);
  if (flag) return [{ ...flag, why: `B's ${d.key} add ${flag.why}` }];
  const space = b.indexOf(' ');
  if (space >= 4 && !a.includes(' ')) {
    const prefix = b.slice(0, space);
    const cut = new RegExp(`${escapeRegExp(prefix)}(?:['"’:]|\\s+:)`);
    const at = lines.find((l) => l.line.body.includes(prefix) && !l.line.body.includes(b) && cut.test(l.line.body));
    // A path cut at its space ("C:\\Users\\Wouter") is more telling than a short word ("Wouter") any path may hold; the
    // whole value printed elsewhere in the log (the command the cut came from) tells which variable was cut.
    const whole = at !== undefined && lines.some((l) => l.line.body.includes(b) || l.line.body.includes(b.replace(/\\/g, '\\\\')));
    if (at)
      return [
        {
          weight: prefix.length >= 8 ? (whole ? 0.85 : 0.75) : 0.5,
          line: at.line,
          why: `the log cuts B's ${d.key} at its space: an unquoted expansion split it`,
          via: 'token',
        },
      ];
  }
  // A path or a plain word is printed everywhere; a flag ("-mod=vendor") or a setting ("key=value") is this value.
  if (/^(?:[/~]|[A-Za-z]:[\\/])/.test(b) || !/[-=:]/.test(b) || URL_VALUE.test(b) || a.includes(b)) return [];
  const seen = lines.filter((l) => l.line.body.includes(b));
  const at = seen.find((l) => l.error) ?? seen[0];
  if (!at) return [];
  return [{ weight: at.error ? 0.6 : 0.45, line: at.line, why: `the log shows B's ${d.key} (${b})`, via: 'token' }];
}

/**
 * What a compiler or runtime flag is about, as an error would name it: "-Wp,-D_FORTIFY_SOURCE=2" -> _FORTIFY_SOURCE,
 * "-fstack-clash-protection" -> stack-clash-protection, "-Werror=format-security" -> format-security.
 */
function flagSubjects(flag: string): string[] {
  const out: string[] = [];
  for (const part of flag.split(',')) {
    const m = /^-{1,2}(?:D|U|W(?:error=|no-)?|f(?:no-)?|m(?:no-)?|XX:[+-]?)?([A-Za-z_][\w.-]*)/.exec(part);
    if (m && m[1]!.length >= 6 && !COMMON_FLAG_WORDS.test(m[1]!)) out.push(m[1]!);
  }
  return out;
}

/** Flags named by words any log prints (--require, --import, --loader, --config): no subject of their own. */
const COMMON_FLAG_WORDS =
  /^(?:error|errors|warning|warnings|default|require|import|include|output|input|config|version|verbose|debug|quiet|silent|inspect|loader|enable|disable|option|options|source|target)$/i;

/**
 * A flag only B's value has ("-Wp,-D_FORTIFY_SOURCE=2" in CFLAGS, "-XX:+UseZGC" in JAVA_OPTS) whose subject an
 * error line names ("#warning _FORTIFY_SOURCE requires compiling with optimization"): the flag made the error.
 */
function addedFlagFinding(a: string, b: string, lines: Mentions['lines']): Finding | undefined {
  if (!b.includes('-') || b.length > MAX_VALUE_CHARS) return undefined;
  const before = new Set(a.split(/\s+/));
  for (const flag of b.split(/\s+/)) {
    if (!flag.startsWith('-') || before.has(flag)) continue;
    for (const subject of flagSubjects(flag)) {
      if (a.includes(subject)) continue;
      const at = lines.find((l) => l.error && l.line.body.includes(subject));
      if (at) return { weight: 0.9, line: at.line, why: `${flag}, and an error line names ${subject}`, via: 'token' };
    }
  }
  return undefined;
}

/** What a program reading the wrong code page prints for a letter outside ASCII. */
const GARBLED = '(?:\\?{1,4}|[^\\x00-\\x7f]{2,4}|\\\\[0-7]{3}(?:\\\\[0-7]{3}){0,3}|\\\\x[0-9a-f]{2}(?:\\\\x[0-9a-f]{2}){0,3})';

/**
 * "/tmp/t??st/.cache/bazel" for HOME "/tmp/tēst": B's value, printed with its letters outside ASCII mangled
 * (question marks, mojibake, octal escapes), shows a program that could not read it.
 */
function garbledFinding(d: Difference, lines: readonly Mention[]): Finding | undefined {
  if (!gainedNonAscii(d) || d.b.length > 300) return undefined;
  const b = d.b.trim();
  const pattern = new RegExp(
    b
      .split(NON_ASCII)
      .map((part) => escapeRegExp(part))
      .join(GARBLED),
  );
  const at = lines.find((l) => !l.line.body.includes(b) && pattern.test(l.line.body));
  if (!at) return undefined;
  return { weight: 0.8, line: at.line, why: `the log prints B's ${d.key} with its letters outside ASCII mangled`, via: 'token' };
}

/**
 * "pub.example-cn.io%20 is not a valid link-local address": B's value, with the space (or carriage return) it gained
 * at its end, printed percent-encoded by the URL parser that choked on it.
 */
function encodedEdgeFinding(d: Difference, lines: readonly Mention[]): Finding | undefined {
  const b = typeof d.b === 'string' ? d.b : '';
  if (!/[ \t\r]$/.test(b) || (typeof d.a === 'string' && /[ \t\r]$/.test(d.a)) || b.length > 300) return undefined;
  const tail = b.trim().split(/[/\\]/).filter(Boolean).pop() ?? '';
  if (tail.length < 4) return undefined;
  const encoded = new RegExp(`${escapeRegExp(tail)}(?:%20|%09|%0D)`, 'i');
  const at = lines.find((l) => encoded.test(l.line.body));
  if (!at) return undefined;
  return { weight: 0.85, line: at.line, why: `the log prints B's ${d.key} with the space at its end encoded`, via: 'token' };
}

/**
 * `npm install --proxy=http://10.0.3.1:8123`: the log shows requests sent through the proxy only B sets,
 * by its address and port (a proxy's host alone is a name other URLs print too).
 */
function proxySeenFindings(d: Difference, mentions: Mentions): Finding[] {
  // A proxy setting: the mirrors facet's proxy.http, a variable the classes know as one (https_proxy, HTTPS_PROXY).
  const proxy = d.facet === 'mirrors' ? d.key.startsWith('proxy.') : d.facet === 'env' && PROXY_ENV.test(d.key);
  if (!proxy || typeof d.b !== 'string') return [];
  const authority = /^[a-z][\w+.-]*:\/\/(?:[^@/\s]*@)?([^/\s]+:\d+)/i.exec(d.b.trim())?.[1];
  if (!authority || (typeof d.a === 'string' && d.a.includes(authority))) return [];
  const lines = mentions.lines.length > MAX_LINES_SEARCHED ? mentions.lines.slice(-MAX_LINES_SEARCHED) : mentions.lines;
  const seen = lines.filter((l) => l.line.body.includes(authority));
  const at = seen.find((l) => l.error) ?? seen[0];
  if (!at) return [];
  return [{ weight: 0.55, line: at.line, why: `the build sends its requests through B's ${d.key} (${authority})`, via: 'token' }];
}

/**
 * A URL's compound path segments ("build-releases-npm" in an Artifactory registry): its host ("jenkins", "nexus")
 * is a word every path of that machine prints.
 */
function urlWords(v: FacetValue | undefined): Set<string> {
  const out = new Set<string>();
  if (typeof v !== 'string' || !URL_VALUE.test(v)) return out;
  const path = v.replace(URL_VALUE, '').replace(/^[^/]*/, '');
  for (const segment of path.toLowerCase().split(/[/?#&=]+/))
    if (/[-_]/.test(segment) && keep(segment) && segment.length >= 6) out.add(segment);
  return out;
}

function wordFindings(d: Difference, mentions: Mentions, wordsOf: (v: FacetValue | undefined) => Set<string> = words): Finding[] {
  const a = wordsOf(d.a);
  const b = wordsOf(d.b);
  let weaker: Finding | undefined;
  for (const [side, mine, theirs] of [
    ['A', a, b],
    ['B', b, a],
  ] as const) {
    for (const w of mine) {
      if (theirs.has(w)) continue;
      const at: Mention | undefined = mentions.words.get(w);
      if (at && inFileNamesOnly(at.line.body.toLowerCase(), w)) continue;
      if (at?.error)
        return [{ weight: 0.7, line: at.line, why: `an error line names ${w}, which only ${side}'s ${d.key} has`, via: 'token' }];
      // Off an error line: a compiler's note under its error ("the `wasm32-unknown-unknown` target may not be installed").
      if (at && weaker === undefined)
        weaker = { weight: 0.45, line: at.line, why: `the log names ${w}, which only ${side}'s ${d.key} has`, via: 'token' };
    }
  }
  return weaker ? [weaker] : [];
}

/**
 * "FAIL __tests__/e2e/main.test.ts": the word is a source file's name, which says nothing of a setting that
 * holds the same word (init.defaultBranch main). A device or directory (/dev/kvm, /run/shm) still counts.
 */
function inFileNamesOnly(body: string, word: string): boolean {
  let seen = false;
  for (let i = body.indexOf(word); i >= 0; i = body.indexOf(word, i + 1)) {
    seen = true;
    const before = body[i - 1];
    if (before !== '/' && before !== '\\') return false;
    if (!/^\.[a-z]/.test(body.slice(i + word.length, i + word.length + 2))) return false;
  }
  return seen;
}
