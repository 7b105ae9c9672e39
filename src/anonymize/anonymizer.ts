/**
 * Make fingerprints and build logs safe to publish: host names, IPv4/IPv6
 * addresses, user names, home paths and internal registry/mirror/proxy hosts are
 * replaced by keyed pseudonyms (./pseudonym.ts). Two passes: `learn` gathers the
 * identifying values a fingerprint names in known places (its host name, $USER,
 * $HOME, mirror and proxy hosts, image registries), then `fingerprint`/`text`
 * rewrite every string — keys too, so equal keys stay equal — replacing those
 * values wherever they appear, plus anything shaped like an address, a URL's host
 * or a home directory. Version-valued facets (packages, kernel, toolchains, …) are
 * spared the shape rules: "1.2.3.4" there is a version, not an address. Pure.
 */
import { isIPv4, isIPv6 } from 'node:net';
import type { Fingerprint, JsonValue } from '../fingerprint/types.js';
import { isKeptHost } from './public-hosts.js';
import { isPseudonym, type PseudonymKind, type Pseudonyms } from './pseudonym.js';

export interface AnonymizerOptions {
  pseudonyms: Pseudonyms;
  /** Host names (or `*.suffix`) kept as they are: the public list plus --keep-host. */
  keepHosts: readonly string[];
}

/** Distinct values replaced, per kind. */
export type AnonymizeCounts = Record<PseudonymKind, number>;

// Facets whose values are versions, paths of system files or hardware facts.
const VERSION_FACETS = new Set(['packages', 'toolchains', 'libc', 'kernel', 'cpu', 'binfmt', 'libraries', 'locale', 'time', 'os']);
// Accounts every machine has: naming them identifies nobody.
const GENERIC_USERS = new Set([
  'root',
  'nobody',
  'daemon',
  'runner',
  'build',
  'builder',
  'ci',
  'docker',
  'node',
  'ubuntu',
  'debian',
  'user',
  'admin',
  'vagrant',
  'gitlab-runner',
  'jenkins',
  'circleci',
]);
// Top-level domains a host name in free text is recognised by (files such as
// libfoo.so.1 or app.tar.gz are not hosts). `invalid` is not here: it is what stand-ins end in.
const TLDS =
  'com|net|org|io|dev|app|cloud|internal|intranet|corp|local|lan|home|priv|private|example|test|arpa|edu|gov|mil|int|biz|info|co|uk|de|fr|nl|be|ch|at|se|no|fi|dk|pl|cz|it|es|pt|ie|eu|us|ca|au|nz|jp|cn|kr|in|br|ru|tw|hk|sg|ai|me|tv|xyz|site|online|tech|systems|network|services';
const FQDN = new RegExp(`(?<![\\w/-])(?<![\\w-]\\.)((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+(?:${TLDS}))(?![\\w-]|\\.[a-z0-9])`, 'gi');
const URL_HOST = /\b([a-z][a-z0-9+.-]*:\/\/(?:[^@/\s'"]*@)?)(\[[0-9a-f:.]+\]|[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?)/gi;
const HOME_PATH = /(\/(?:home|Users)\/)([^/\s:'"`,;]+)/g;
const IPV4 = /(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w]|\.\d)/g;
const IPV6 = /(?<![\w:.])(?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4}(?![\w:])/gi;
const PLACEHOLDER = /\u0000(\d+)\u0000/g;

export class Anonymizer {
  private readonly hosts = new Set<string>();
  private readonly users = new Set<string>();
  private readonly replaced: Record<PseudonymKind, Set<string>> = { host: new Set(), ipv4: new Set(), ipv6: new Set(), user: new Set() };
  private known: RegExp | undefined;
  private knownKinds = new Map<string, PseudonymKind>();

  constructor(private readonly options: AnonymizerOptions) {}

  counts(): AnonymizeCounts {
    return { host: this.replaced.host.size, ipv4: this.replaced.ipv4.size, ipv6: this.replaced.ipv6.size, user: this.replaced.user.size };
  }

  /** Gather the identifying values this fingerprint names (call for every file before rewriting). */
  learn(fp: Fingerprint): void {
    this.addHost(fp.hostname);
    for (const [scopeName, scope] of Object.entries(fp.scopes)) {
      this.learnImageRef(scopeName.replace(/^(?:image|container):/, ''));
      if (scope.ref) this.learnImageRef(scope.ref);
      const f = scope.facets;
      for (const key of ['host.name', 'hostname', 'nodename']) {
        this.addHost(f.os?.[key]);
        this.addHost(f.kernel?.[key]);
      }
      for (const key of ['HOSTNAME', 'HOST', 'COMPUTERNAME', 'NODE_NAME']) this.addHost(f.env?.[key]);
      this.addHost(f.docker?.['name']);
      for (const key of ['USER', 'LOGNAME', 'USERNAME', 'SUDO_USER']) this.addUser(f.env?.[key]);
      for (const value of Object.values(f.mirrors ?? {})) {
        if (value && typeof value === 'object' && !Array.isArray(value)) this.addHost((value as Record<string, JsonValue>)['host']);
      }
      for (const ref of Object.keys(f.images ?? {})) this.learnImageRef(ref);
      for (const [facet, values] of Object.entries(f)) {
        const shapes = !VERSION_FACETS.has(facet);
        walkStrings(values, (s) => this.learnText(s, shapes));
      }
    }
    this.known = undefined;
  }

  /** Gather from free text the hosts and users its shapes reveal (URLs, home paths, host names). */
  learnText(text: string, shapes = true): void {
    for (const m of text.matchAll(URL_HOST)) this.addHost(m[2]);
    for (const m of text.matchAll(HOME_PATH)) this.addUser(m[2]);
    if (shapes) for (const m of text.matchAll(FQDN)) this.addHost(m[1]);
    this.known = undefined;
  }

  fingerprint(fp: Fingerprint): Fingerprint {
    const scopes: Fingerprint['scopes'] = {};
    for (const [scopeName, scope] of Object.entries(fp.scopes)) {
      const facets: Record<string, unknown> = {};
      for (const [facet, values] of Object.entries(scope.facets))
        facets[facet] = this.value(values as JsonValue, !VERSION_FACETS.has(facet));
      scopes[this.text(scopeName)] = {
        ...scope,
        ...(scope.ref !== undefined ? { ref: this.text(scope.ref) } : {}),
        facets: facets as Fingerprint['scopes'][string]['facets'],
        probes: this.value(scope.probes as unknown as JsonValue, true) as unknown as Fingerprint['scopes'][string]['probes'],
      };
    }
    return {
      ...fp,
      hostname: this.text(fp.hostname),
      ...(fp.label !== undefined ? { label: this.text(fp.label) } : {}),
      scopes,
    };
  }

  /** Rewrite one string: known values, then URL hosts, home paths and (with `shapes`) addresses and host names. */
  text(input: string, shapes = true): string {
    const held: string[] = [];
    const hold = (s: string) => `\u0000${held.push(s) - 1}\u0000`;
    let s = input.replace(URL_HOST, (all, prefix: string, host: string) => {
      if (host.startsWith('[') || isIPv4(host)) return all; // addresses: below
      return this.keptHost(host) ? all : prefix + hold(this.swap('host', host));
    });
    s = s.replace(HOME_PATH, (all, prefix: string, user: string) =>
      GENERIC_USERS.has(user) ? all : prefix + hold(this.swap('user', user)),
    );
    const known = this.knownPattern();
    if (known) s = s.replace(known, (m: string) => hold(this.swap(this.knownKinds.get(m.toLowerCase()) ?? 'host', m)));
    if (shapes) {
      s = s.replace(IPV6, (m: string) => (isIPv6(m) && !keptAddress(m) ? hold(this.swap('ipv6', m)) : m));
      s = s.replace(IPV4, (m: string) => (isIPv4(m) && !keptAddress(m) ? hold(this.swap('ipv4', m)) : m));
      s = s.replace(FQDN, (m: string) => (this.keptHost(m) ? m : hold(this.swap('host', m))));
    }
    return held.length === 0 ? s : s.replace(PLACEHOLDER, (_, i: string) => held[Number(i)]!);
  }

  private value(v: JsonValue, shapes: boolean): JsonValue {
    if (typeof v === 'string') return this.text(v, shapes);
    if (Array.isArray(v)) return v.map((x) => this.value(x, shapes));
    if (v && typeof v === 'object') {
      const out: Record<string, JsonValue> = {};
      for (const [k, x] of Object.entries(v)) out[this.text(k, shapes)] = this.value(x, shapes);
      return out;
    }
    return v;
  }

  private swap(kind: PseudonymKind, original: string): string {
    // A stand-in stays as it is: anonymising twice changes nothing.
    if (isPseudonym(kind, original)) return original;
    this.replaced[kind].add(original.toLowerCase());
    return this.options.pseudonyms.of(kind, original);
  }

  private keptHost(host: string): boolean {
    return isKeptHost(host, this.options.keepHosts);
  }

  private addHost(value: JsonValue | undefined): void {
    if (typeof value !== 'string') return;
    const host = value.trim().replace(/\.$/, '');
    if (
      host === '' ||
      isPseudonym('host', host) ||
      isIPv4(host) ||
      isIPv6(host) ||
      this.keptHost(host) ||
      !/^[a-z0-9][a-z0-9.-]*$/i.test(host)
    )
      return;
    this.hosts.add(host.toLowerCase());
  }

  private addUser(value: JsonValue | undefined): void {
    if (typeof value !== 'string' || value === '' || GENERIC_USERS.has(value) || isPseudonym('user', value) || !/^[\w.-]+$/.test(value))
      return;
    this.users.add(value.toLowerCase());
  }

  /** `registry.corp:5000/team/app:1` names its registry in the first part (a dot, a port or localhost). */
  private learnImageRef(ref: string): void {
    const slash = ref.indexOf('/');
    if (slash < 0) return;
    const first = ref.slice(0, slash);
    if (/[.:]/.test(first) || first === 'localhost') this.addHost(first.replace(/:\d+$/, ''));
  }

  /** One pattern for every learnt value, longest first, matched as whole tokens. */
  private knownPattern(): RegExp | undefined {
    if (this.known) return this.known;
    this.knownKinds = new Map<string, PseudonymKind>();
    // Short names ("vm") would hit ordinary words; they are replaced only where they
    // stand alone (a field equal to the name), which the whole-string match below covers.
    for (const h of this.hosts) this.knownKinds.set(h, 'host');
    for (const u of this.users) this.knownKinds.set(u, 'user');
    const tokens = [...this.knownKinds.keys()].sort((a, b) => b.length - a.length);
    if (tokens.length === 0) return undefined;
    const alternatives = tokens.map((t) => (t.length >= 3 ? `(?<![\\w.-])${escapeRegExp(t)}(?![\\w-]|\\.[\\w])` : `^${escapeRegExp(t)}$`));
    this.known = new RegExp(alternatives.join('|'), 'gi');
    return this.known;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Loopback, unspecified and documentation addresses (RFC 5737, RFC 3849) identify nothing. */
function keptAddress(address: string): boolean {
  return (
    /^(?:127\.|0\.0\.0\.0$|255\.255\.255\.255$|192\.0\.2\.|198\.51\.100\.|203\.0\.113\.)/.test(address) ||
    /^2001:db8:/i.test(address) ||
    address === '::1' ||
    address === '::'
  );
}

function walkStrings(v: unknown, visit: (s: string) => void): void {
  if (typeof v === 'string') visit(v);
  else if (Array.isArray(v)) for (const x of v) walkStrings(x, visit);
  else if (v && typeof v === 'object')
    for (const [k, x] of Object.entries(v)) {
      visit(k);
      walkStrings(x, visit);
    }
}
