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
import type { Mention, Mentions } from './mentions.js';

/** Facets whose values are free-form words: what they gained or lost is what a program may name. */
const FREE_FORM = new Set(['custom', 'security', 'mounts', 'docker', 'network', 'dns', 'git', 'locale']);
/** Keys of those facets that hold versions or numbers, which versionFindings and settings handle. */
const NOT_WORDS = /^(?:server_version|api_version|min_api_version|\w+_version|mem_total|uid|gid|umask)$/;
/** Docker's one-word settings (cgroup_driver systemd) have classes of their own; its option lists do not. */
const DOCKER_LISTS = /^(?:security_options|runtimes|default_runtime|insecure_registries|registry_mirrors)$/;

/** Words too common in values and logs to tell anything ("No such file or directory", "default"). */
const COMMON = new Set(
  'such file directory cannot access found line host true false enabled disabled none root with from this that list installed default name value error failed profile options option version status enforcing permissive unknown user group users mode path type read write exec open system local usr bin lib share home tmp proc dev run var etc opt '.split(
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
      const token = raw.replace(/^[-/.]+|[-/.]+$/g, '');
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

/** The error line naming a word only one side's value has, strongest first. */
export function valueWordFindings(d: Difference, mentions: Mentions): Finding[] {
  if (!FREE_FORM.has(d.facet) || NOT_WORDS.test(d.key) || (d.facet === 'docker' && !DOCKER_LISTS.test(d.key))) return [];
  const a = words(d.a);
  const b = words(d.b);
  let weaker: Finding | undefined;
  for (const [side, mine, theirs] of [
    ['A', a, b],
    ['B', b, a],
  ] as const) {
    for (const w of mine) {
      if (theirs.has(w)) continue;
      const at: Mention | undefined = mentions.words.get(w);
      if (at?.error)
        return [{ weight: 0.7, line: at.line, why: `an error line names ${w}, which only ${side}'s ${d.key} has`, via: 'token' }];
      // Off an error line: a compiler's note under its error ("the `wasm32-unknown-unknown` target may not be installed").
      if (at && weaker === undefined)
        weaker = { weight: 0.45, line: at.line, why: `the log names ${w}, which only ${side}'s ${d.key} has`, via: 'token' };
    }
  }
  return weaker ? [weaker] : [];
}
