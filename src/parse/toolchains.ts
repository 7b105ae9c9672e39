/** toolchains: tool -> bare version ("12.2.0"), for the build tools that exist. */
import type { Facet } from '../fingerprint/types.js';
import { dirEntries, parseSections, partsByName } from './sections.js';

const DOTTED = /\d+(?:\.\d+)+/g;

/** Numeric order of dotted versions ("8.0.100" < "8.0.403" < "10.0.100"); a suffix
 *  after the numbers ("-preview.1") sorts before the release. */
function compareVersions(a: string, b: string): number {
  const pa = /^[\d.]+/.exec(a)?.[0].split('.').map(Number) ?? [];
  const pb = /^[\d.]+/.exec(b)?.[0].split('.').map(Number) ?? [];
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  const pre = (v: string) => (/^[\d.]+$/.test(v) ? 1 : 0);
  return pre(a) - pre(b);
}

/** The last dotted number of the first line that has one, outside parentheses when
 *  there is one there (packaging revisions live in them):
 *  "gcc (Debian 12.2.0-14) 12.2.0" -> 12.2.0, "go version go1.21.0 linux/amd64" -> 1.21.0,
 *  "qemu-aarch64 version 7.2.22 (Debian 1:7.2+dfsg-7)" -> 7.2.22, "v20.19.0" -> 20.19.0. */
export function bareVersion(text: string): string | undefined {
  for (const line of text.split('\n')) {
    const outside = line.replace(/\([^()]*\)/g, ' ').match(DOTTED);
    const all = outside ?? line.match(DOTTED);
    if (all && all.length > 0) return all[all.length - 1];
  }
  return undefined;
}

/** A JSON string field of a package.json line (`  "version": "11.19.1",`). */
function jsonField(text: string, field: string): string | undefined {
  return new RegExp(`"${field}"\\s*:\\s*"([^"]+)"`).exec(text)?.[1];
}

/** node packages whose CLI is a toolchain key. */
const NODE_PACKAGES: Record<string, string> = {
  npm: 'npm',
  pnpm: 'pnpm',
  yarn: 'yarn',
  '@yarnpkg/cli-dist': 'yarn',
  corepack: 'corepack',
};

const PYTHON_PACKAGES = new Set(['pip', 'setuptools', 'wheel']);

/** A version in a jar name: gradle-launcher-8.5.jar, maven3-core-3.8.7.jar, gradle-core-api-8.10-rc-1.jar. */
function jarVersion(name: string, stem: RegExp): string | undefined {
  const m = new RegExp(`^${stem.source}-(\\d+(?:\\.\\d+)+(?:-[A-Za-z0-9.-]+)?)\\.jar$`).exec(name);
  return m?.[1];
}

/** `cmd` parts: the tool's own answer. */
function fromCommand(facet: Facet, tool: string, text: string): void {
  const first = text.split('\n')[0] ?? '';
  // `docker buildx version` without the plugin prints docker's usage error.
  if (tool === 'buildx' && !/buildx/i.test(first)) return;
  if (/not found|unknown command|No such file|not installed|error:/i.test(first)) return;
  if (tool === 'rustup.toolchain') {
    // "stable-x86_64-unknown-linux-gnu (default)": the name, without why it is active.
    const name = /^(\S+)/.exec(first.trim())?.[1];
    if (name) facet[tool] = name;
    return;
  }
  const version = bareVersion(text);
  if (version) facet[tool] = version;
}

export function parseToolchains(raw: string): Facet {
  const facet: Facet = {};
  const parts = parseSections(raw);
  const homes = partsByName(parts, 'var');
  const releases = new Map<string, string>();
  for (const part of parts) {
    if (part.kind === 'cmd') {
      fromCommand(facet, part.name, part.text);
    } else if (part.kind === 'file' && part.name.endsWith('/release')) {
      // A JDK's release file: JAVA_VERSION="17.0.15"
      const m = /^JAVA_VERSION="?([^"\s]+)"?/m.exec(part.text);
      if (m) releases.set(part.name.slice(0, -'/release'.length), m[1]!);
    } else if (part.kind === 'file' && part.name.endsWith('/package.json')) {
      const name = jsonField(part.text, 'name') ?? (part.name.endsWith('/npm/package.json') ? 'npm' : undefined);
      const tool = name === undefined ? undefined : NODE_PACKAGES[name];
      const version = jsonField(part.text, 'version');
      if (tool && version) facet[tool] = version;
    } else if (part.kind === 'file' && part.name.endsWith('/VERSION')) {
      // Go's <GOROOT>/VERSION: "go1.21.3" then build metadata lines.
      const m = /^go(\d+(?:\.\d+)+)/.exec(part.text);
      if (m) facet.go = m[1]!;
    } else if (part.kind === 'file' && /\.(?:dist-info\/METADATA|egg-info\/PKG-INFO|egg-info)$/.test(part.name)) {
      const name = /^Name:\s*(\S+)/m.exec(part.text)?.[1]?.toLowerCase();
      const version = /^Version:\s*(\S+)/m.exec(part.text)?.[1];
      if (name && version && PYTHON_PACKAGES.has(name) && facet[name] === undefined) facet[name] = version;
    } else if (part.kind === 'dir') {
      fromListing(facet, part.name, part.text);
    }
  }
  // java/javac: the release file of the home each resolved to; a lone release file
  // (older raw text without `@var java.home`) is java's.
  for (const tool of ['java', 'javac']) {
    const home = homes.get(`${tool}.home`)?.trim();
    const version = home === undefined ? undefined : releases.get(home);
    if (version) facet[tool] = version;
  }
  if (facet.java === undefined && !homes.has('java.home') && releases.size === 1) facet.java = [...releases.values()][0]!;
  return facet;
}

/** `dir` parts: Maven/Gradle lib jars, .NET SDK directories. */
function fromListing(facet: Facet, dir: string, text: string): void {
  const names = [...dirEntries(text).keys()];
  if (dir.endsWith('/sdk')) {
    // dotnet: the newest SDK directory (what `dotnet --version` answers without a global.json).
    const sdks = names.filter((n) => /^\d+\.\d+\.\d+/.test(n)).sort(compareVersions);
    if (sdks.length > 0) facet.dotnet = sdks[sdks.length - 1]!;
    return;
  }
  for (const name of names) {
    const maven = jarVersion(name, /maven3?-core/);
    if (maven) {
      facet.mvn = maven;
      return;
    }
    const gradle = jarVersion(name, /gradle-(?:launcher|core-api)/);
    if (gradle) {
      facet.gradle = gradle;
      return;
    }
  }
}
