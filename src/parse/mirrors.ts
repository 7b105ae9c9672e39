/**
 * mirrors: one key per configured package source URL -> {host, addresses, source}
 * (apt one-line and deb822, apk, npm/yarn, pip, go; from files and variables),
 * `proxy.http|https|no|all`, `resolv.nameservers`, `hosts.<name>` overrides from
 * /etc/hosts, and `npm.auth:<scope>` for registry credentials (redacted, so a
 * rotated token still shows as a change). Credentials in URLs are redacted.
 */
import type { Facet } from '../fingerprint/types.js';
import { redactText, redactionOf } from '../redact.js';
import { parseSections, partsByName, type RawPart } from './sections.js';

interface Source {
  url: string;
  source: string;
}

/** Host of a URL the way the probe extracts it for lookup: no scheme, userinfo, port, path. */
export function urlHost(url: string): string {
  let rest = url.replace(/^[A-Za-z][A-Za-z0-9+.-]*:\/\//, '').replace(/\/.*$/, '');
  rest = rest.slice(rest.lastIndexOf('@') + 1);
  const v6 = /^\[([^\]]+)\]/.exec(rest);
  if (v6) return v6[1]!.toLowerCase();
  return (/^[A-Za-z0-9._-]+/.exec(rest)?.[0] ?? '').toLowerCase();
}

const IS_URL = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/\S+$/;

function uncomment(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#') && !l.startsWith(';'));
}

function unquote(value: string): string {
  const v = value.trim();
  return (v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'")) ? v.slice(1, -1) : v;
}

/** `deb [opts] uri suite comps` lines. */
export function aptOneLineUris(text: string): string[] {
  const uris: string[] = [];
  for (const line of uncomment(text)) {
    const m = /^deb(?:-src)?\s+(?:\[[^\]]*\]\s+)?(\S+)/.exec(line);
    if (m) uris.push(m[1]!);
  }
  return uris;
}

/** deb822 `.sources`: paragraphs with `URIs:` (several allowed), skipping `Enabled: no`. */
export function aptDeb822Uris(text: string): string[] {
  const uris: string[] = [];
  for (const para of text.split(/\n\s*\n/)) {
    const lines = para.split('\n').filter((l) => !l.trimStart().startsWith('#'));
    if (lines.some((l) => /^Enabled:\s*no\s*$/i.test(l))) continue;
    for (let i = 0; i < lines.length; i++) {
      const m = /^URIs:\s*(.*)$/i.exec(lines[i]!);
      if (!m) continue;
      let value = m[1]!;
      // Folded continuation lines start with whitespace.
      while (i + 1 < lines.length && /^\s+\S/.test(lines[i + 1]!)) value += ` ${lines[++i]!.trim()}`;
      uris.push(...value.split(/\s+/).filter(Boolean));
    }
  }
  return uris;
}

/** apk repositories: one URL per line, optionally `@tag url`. */
export function apkRepositories(text: string): string[] {
  return uncomment(text)
    .map((l) => l.replace(/^@\S+\s+/, ''))
    .filter((l) => IS_URL.test(l));
}

/** Lookups printed by the probe: `getent ahosts H` (address first column) or busybox `nslookup H`. */
export function lookupAddresses(part: RawPart): { host: string; addresses: string[] } | undefined {
  const m = /^(getent ahosts|nslookup) (\S+)$/.exec(part.name);
  if (!m) return undefined;
  const addresses = new Set<string>();
  if (m[1] === 'getent ahosts') {
    for (const line of part.text.split('\n')) {
      const a = /^([0-9a-fA-F.:]+)\s+\S/.exec(line);
      if (a && /[.:]/.test(a[1]!)) addresses.add(a[1]!);
    }
  } else {
    let answer = false;
    for (const line of part.text.split('\n')) {
      if (/^Name:/.test(line)) answer = true;
      const a = /^Address(?: \d+)?:\s*([0-9a-fA-F.:]+?)(?:#\d+)?\s*$/.exec(line);
      if (answer && a) addresses.add(a[1]!);
    }
  }
  return { host: m[2]!.toLowerCase(), addresses: [...addresses].sort() };
}

export function parseMirrors(raw: string): Facet {
  const parts = parseSections(raw);
  const files = partsByName(parts, 'file');
  const env = partsByName(parts, 'env');
  const sources: Source[] = [];
  const facet: Facet = {};
  const auth = (key: string, secret: string): void => {
    facet[`npm.auth:${redactText(key)}`] = redactionOf(secret);
  };

  for (const [path, text] of files) {
    if (path === '/etc/apt/sources.list' || (path.startsWith('/etc/apt/sources.list.d/') && path.endsWith('.list'))) {
      for (const url of aptOneLineUris(text)) sources.push({ url, source: path });
    } else if (path.startsWith('/etc/apt/sources.list.d/') && path.endsWith('.sources')) {
      for (const url of aptDeb822Uris(text)) sources.push({ url, source: path });
    } else if (path === '/etc/apk/repositories') {
      for (const url of apkRepositories(text)) sources.push({ url, source: path });
    } else if (/(^|\/)\.?npmrc$/.test(path)) {
      for (const line of uncomment(text)) {
        const m = /^([^=]+?)\s*=\s*(.*)$/.exec(line);
        if (!m) continue;
        const [, key, value] = m as unknown as [string, string, string];
        if (/(^|:)registry$/.test(key) && IS_URL.test(unquote(value))) sources.push({ url: unquote(value), source: path });
        else if (/(_authToken|_auth|_password|:?password|:?token)$/.test(key)) auth(key, unquote(value));
      }
    } else if (path.endsWith('/.yarnrc')) {
      for (const line of uncomment(text)) {
        const m = /^"?([^"\s]+)"?\s+(.+)$/.exec(line);
        if (m && /registry$/.test(m[1]!) && IS_URL.test(unquote(m[2]!))) sources.push({ url: unquote(m[2]!), source: path });
        else if (m && /(_authToken|_auth|_password)$/.test(m[1]!)) auth(m[1]!, unquote(m[2]!));
      }
    } else if (path.endsWith('/.yarnrc.yml')) {
      for (const line of uncomment(text)) {
        const m = /^(\w+):\s*(.+)$/.exec(line);
        if (m && m[1] === 'npmRegistryServer' && IS_URL.test(unquote(m[2]!))) sources.push({ url: unquote(m[2]!), source: path });
        else if (m && /^npmAuth(Token|Ident)$/.test(m[1]!)) auth(m[1]!, unquote(m[2]!));
      }
    } else if (path.endsWith('pip.conf')) {
      const lines = text.split('\n');
      for (let i = 0; i < lines.length; i++) {
        const m = /^\s*(index-url|extra-index-url|index_url|extra_index_url)\s*[=:]\s*(.*)$/.exec(lines[i]!);
        if (!m) continue;
        let value = m[2]!;
        while (i + 1 < lines.length && /^\s+\S/.test(lines[i + 1]!)) value += ` ${lines[++i]!.trim()}`;
        for (const url of value.split(/\s+/)) if (IS_URL.test(url)) sources.push({ url, source: path });
      }
    } else if (path.endsWith('/go/env')) {
      for (const line of uncomment(text)) {
        const m = /^GOPROXY=(.*)$/.exec(line);
        if (m) for (const url of unquote(m[1]!).split(/[,|]/)) if (IS_URL.test(url)) sources.push({ url, source: path });
      }
    }
  }
  for (const [name, value] of env) {
    const v = value.replace(/\n$/, '');
    if (
      /^(npm_config_registry|NPM_CONFIG_REGISTRY|YARN_REGISTRY|YARN_NPM_REGISTRY_SERVER|PIP_INDEX_URL|PIP_EXTRA_INDEX_URL|GOPROXY)$/.test(
        name,
      )
    ) {
      for (const url of v.split(/[\s,|]+/)) if (IS_URL.test(url)) sources.push({ url, source: `env:${name}` });
    }
  }
  // Lower case first: curl and most tools prefer it when both are set.
  for (const [key, names] of [
    ['proxy.http', ['http_proxy', 'HTTP_PROXY']],
    ['proxy.https', ['https_proxy', 'HTTPS_PROXY']],
    ['proxy.no', ['no_proxy', 'NO_PROXY']],
    ['proxy.all', ['all_proxy', 'ALL_PROXY']],
  ] as const) {
    const value = names.map((n) => env.get(n)).find((v) => v !== undefined);
    if (value !== undefined) facet[key] = redactText(value.replace(/\n$/, ''));
  }

  const lookups = new Map<string, string[]>();
  for (const part of parts) {
    if (part.kind !== 'cmd') continue;
    const found = lookupAddresses(part);
    if (found) lookups.set(found.host, found.addresses);
  }
  for (const { url, source } of sources) {
    const key = redactText(url);
    if (key in facet) continue;
    const host = urlHost(url);
    const literal = /^[0-9.]+$/.test(host) || host.includes(':');
    facet[key] = { host, addresses: literal ? [host] : (lookups.get(host) ?? []), source };
  }

  const resolv = files.get('/etc/resolv.conf');
  if (resolv !== undefined) {
    const nameservers: string[] = [];
    const search: string[] = [];
    for (const line of uncomment(resolv)) {
      const [word, ...rest] = line.split(/\s+/);
      if (word === 'nameserver' && rest[0]) nameservers.push(rest[0]);
      else if (word === 'search' || word === 'domain') search.push(...rest);
    }
    facet['resolv.nameservers'] = nameservers;
    if (search.length > 0) facet['resolv.search'] = search;
  }
  const hosts = files.get('/etc/hosts');
  if (hosts !== undefined) {
    for (const line of uncomment(hosts)) {
      const [address, ...names] = line.replace(/#.*/, '').trim().split(/\s+/);
      for (const name of names) {
        if (!address || /^(localhost|localhost\.localdomain|localhost4|localhost6|ip6-.*)$/.test(name)) continue;
        facet[`hosts.${name}`] ??= address;
      }
    }
  }
  return facet;
}
