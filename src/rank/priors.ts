/**
 * Priors: how likely a kind of difference is to break a build, before reading
 * any log. A table (first matching row wins) plus the direction of the change:
 * a libc downgrade is worse than an upgrade, a lost CPU flag worse than a gained
 * one, a removed binfmt handler worse than an added one, less memory worse than more.
 */
import { compareLooseVersions, compareVersionsFor, isCommitId } from '../diff/package-version.js';
import type { FacetValue } from '../fingerprint/types.js';
import type { Difference } from '../diff/types.js';
import { factOf } from './equivalents.js';
import { localeLanguage } from './log-language.js';
import { isRebuild, magnitudeOf } from './magnitude.js';

/** Which change of this value hurts builds. */
export type Harm =
  | 'removed' // losing it hurts (binfmt handlers, libraries, packages)
  | 'downgrade' // older is worse, newer may also break
  | 'lower' // less is worse (memory, disk, file limits, cores)
  | 'nofile' // lower is worse; so is a near-unbounded limit (programs that close every descriptor crawl)
  | 'smaller' // any decrease is worse, however small (an MTU: 1450 drops what 1500 carries)
  | 'higher' // more is worse (a restriction switched on: 0 -> 1)
  | 'lost' // set members B lacks (CPU flags, locales)
  | 'non-root' // a switch away from uid/gid 0
  | 'stricter' // a umask with more bits
  | 'c-locale' // LANG/charmap falling back to C/POSIX/ASCII
  | 'skew' // a larger clock offset
  | 'no-home' // HOME pointing nowhere a program can write (Debian's /nonexistent for build users)
  | 'any';

export interface PriorRule {
  facet: string;
  key?: RegExp;
  prior: number;
  harm: Harm;
  /** Why this kind of difference breaks builds (or why it rarely does). */
  text: string;
}

const LOCALE_KEYS = /^(?:LANG|LANGUAGE|LC_ALL|LC_CTYPE|LC_\w+)$/;
/** The locale decides how text is decoded and how numbers and dates are written; the C/POSIX locale reads ASCII only. */
const LOCALE_TEXT = 'the locale decides how programs decode text and write dates and numbers (the C/POSIX locale reads ASCII only)';
const IMPORTANT_PACKAGES =
  /^(?:libc6|libc-bin|glibc|musl|libstdc\+\+6|libgcc-s1|libgcc1|ca-certificates|openssl|libssl[\w.-]*|libcrypto[\w.-]*|libressl[\w.-]*|dpkg|apt|rpm|apk-tools|[\w-]*keyring|gnupg|gpgv|libseccomp2|runc|containerd(?:\.io)?|docker[\w.-]*|moby-\w+|qemu-user[\w-]*|binfmt-support|locales(?:-all)?|unattended-upgrades|packagekit|fuse-overlayfs)(?::\w+)?$/;
/** Packages of the tz database: Debian's and Alpine's tzdata, openSUSE's timezone, Java's own copies. */
export const TZ_DATABASE_PACKAGES = /^(?:tzdata(?:-java|-legacy)?|timezone(?:-java)?|timezone-data)(?::\w+)?$/;
const TRIVIAL_PACKAGES =
  /^(?:publicsuffix|vim[\w-]*|xxd|man-db|manpages[\w-]*|[\w-]*-doc|info|less|nano|bash-completion|command-not-found|ubuntu-advantage-tools|motd-news-config|distro-info-data|iso-codes|shared-mime-info|mime-support|media-types|sensible-utils|xdg-user-dirs|fonts-[\w-]+)(?::\w+)?$/;

export const PRIORS: PriorRule[] = [
  {
    facet: 'kernel',
    key: /^(?:release|version)$/,
    prior: 0.45,
    harm: 'downgrade',
    text: 'the host kernel decides syscalls, binfmt_misc, cgroups and seccomp for every container',
  },
  { facet: 'kernel', key: /^machine$/, prior: 0.6, harm: 'any', text: 'another machine architecture runs other binaries' },
  { facet: 'kernel', key: /^cgroup/, prior: 0.5, harm: 'any', text: 'cgroup v1 and v2 behave differently for runtimes and build tools' },
  { facet: 'kernel', prior: 0.4, harm: 'any', text: 'kernel features (seccomp, user namespaces) change what containers may do' },
  { facet: 'binfmt', key: /^status$/, prior: 0.55, harm: 'any', text: 'without binfmt_misc no foreign-architecture binary runs' },
  {
    facet: 'binfmt',
    prior: 0.55,
    harm: 'removed',
    text: 'binfmt_misc handlers let the kernel run foreign-architecture binaries (multi-arch builds)',
  },
  { facet: 'libc', prior: 0.55, harm: 'downgrade', text: 'binaries linked against a newer C library do not run with an older one' },
  {
    facet: 'libraries',
    key: /^(?:ld\.so\.conf|LD_LIBRARY_PATH)$/,
    prior: 0.45,
    harm: 'any',
    text: 'the dynamic loader searches other directories',
  },
  { facet: 'libraries', prior: 0.45, harm: 'removed', text: 'a shared library that moved or vanished breaks every program linked to it' },
  {
    facet: 'mirrors',
    key: /^proxy\./,
    prior: 0.45,
    harm: 'removed',
    text: 'without the proxy, builds behind a firewall cannot reach registries',
  },
  { facet: 'mirrors', prior: 0.4, harm: 'any', text: 'package sources that resolve or answer differently make downloads fail' },
  {
    facet: 'docker',
    key: /^(?:api_version|min_api_version)$/,
    prior: 0.4,
    harm: 'any',
    text: 'Docker clients refuse daemons with an older API',
  },
  {
    facet: 'docker',
    key: /^storage_driver$/,
    prior: 0.47,
    harm: 'any',
    text: 'the storage driver decides how every layer and file of a build is written',
  },
  {
    facet: 'docker',
    key: /^(?:backing_fs|d_type|engine|cgroup_driver|cgroup_version|security_options|libseccomp_version)$/,
    prior: 0.45,
    harm: 'any',
    text: 'the daemon runs build steps through this; it changes what they can do',
  },
  {
    facet: 'docker',
    key: /^(?:buildx_version|buildkit_version)$/,
    prior: 0.25,
    harm: 'downgrade',
    text: 'buildx/BuildKit releases change build and push behaviour',
  },
  {
    facet: 'docker',
    key: /^(?:dns|dns_\w+|network\w*|proxies|https?_proxy|no_proxy|mtu|registry_mirrors|insecure_registries)$/,
    prior: 0.4,
    harm: 'any',
    text: "the daemon's DNS, proxy and registry settings decide what build steps can reach",
  },
  {
    facet: 'docker',
    key: /^(?:runc_version|runtime\w*)$/,
    prior: 0.35,
    harm: 'downgrade',
    text: 'the OCI runtime creates every container: its seccomp, cgroup and mount handling',
  },
  {
    // containerd moves with every engine release; the engine's and runc's changes are what builds notice (1 in 14).
    facet: 'docker',
    key: /^containerd_version$/,
    prior: 0.2,
    harm: 'downgrade',
    text: 'containerd manages images and containers under the Docker daemon',
  },
  { facet: 'docker', key: /^mem_total$/, prior: 0.35, harm: 'lower', text: 'builds in a smaller Docker VM run out of memory' },
  { facet: 'docker', prior: 0.3, harm: 'downgrade', text: 'the Docker daemon runs every build step' },
  { facet: 'security', key: /^uid$/, prior: 0.45, harm: 'non-root', text: 'another user cannot write where the build expects to' },
  { facet: 'security', key: /^umask$/, prior: 0.4, harm: 'stricter', text: 'the umask decides the mode of every created file' },
  {
    facet: 'security',
    key: /^(?:selinux|apparmor|no_new_privs)$/,
    prior: 0.4,
    harm: 'any',
    text: 'mandatory access control denies accesses the build needs',
  },
  { facet: 'security', key: /^gid$/, prior: 0.3, harm: 'non-root', text: 'another group may not have access to the build files' },
  { facet: 'security', prior: 0.3, harm: 'any', text: 'security settings restrict what the build may do' },
  {
    facet: 'resources',
    key: /^ulimit_nofile/,
    prior: 0.4,
    harm: 'nofile',
    text: 'a low open-file limit breaks parallel builds and test runners',
  },
  {
    facet: 'resources',
    key: /^(?:mem_total|mem_limit|swap_total)$/,
    prior: 0.2,
    harm: 'lower',
    text: 'less memory makes large builds run out of memory',
  },
  {
    facet: 'resources',
    key: /(?:^|_)(?:shm|pids?)(?:_|$)|^ulimit_nproc$/,
    prior: 0.3,
    harm: 'lower',
    text: 'a smaller /dev/shm or process limit crashes browsers, databases and parallel builds',
  },
  {
    facet: 'resources',
    key: /^ulimit_(?:stack|fsize|as|memlock|cpu)$/,
    prior: 0.3,
    harm: 'lower',
    text: 'a lower stack, file-size, address-space or locked-memory limit kills programs that need more',
  },
  { facet: 'resources', key: /^disk_(?:free|avail)/, prior: 0.25, harm: 'lower', text: 'less free disk makes builds fail writing' },
  { facet: 'resources', prior: 0.2, harm: 'lower', text: 'resource limits constrain the build' },
  { facet: 'cpu', key: /^arch$/, prior: 0.6, harm: 'any', text: 'another CPU architecture runs other binaries' },
  { facet: 'cpu', key: /^flags$/, prior: 0.35, harm: 'lost', text: 'binaries built for CPU features a machine lacks die with SIGILL' },
  // Runners of one pool differ in CPU model all the time; what a model change can break shows in cpu.flags.
  { facet: 'cpu', key: /^model$/, prior: 0.04, harm: 'any', text: 'CPU models differ between runners and rarely matter' },
  { facet: 'cpu', prior: 0.1, harm: 'lower', text: 'CPU models and core counts differ between runners and rarely matter' },
  {
    facet: 'sysctl',
    key: /^kernel\.apparmor_restrict_unprivileged_userns$/,
    prior: 0.4,
    harm: 'higher',
    text: 'AppArmor restricting user namespaces breaks sandboxes and rootless containers',
  },
  {
    facet: 'sysctl',
    key: /^(?:vm\.max_map_count|fs\.inotify\.\w+|fs\.file-max|fs\.nr_open|user\.max_\w+|kernel\.unprivileged_userns_clone|kernel\.pid_max|kernel\.threads-max|net\.core\.somaxconn)$/,
    prior: 0.35,
    harm: 'lower',
    text: 'programs check this kernel limit and refuse to run below it',
  },
  { facet: 'sysctl', prior: 0.3, harm: 'any', text: 'kernel tunables change what programs may do' },
  {
    facet: 'network',
    // Captured as mtu:<iface>; hand-made pairs also say eth0.mtu or mtu.
    key: /(?:^|[.:_])mtu(?:$|[.:_])/i,
    prior: 0.25,
    harm: 'smaller',
    text: 'a smaller MTU drops large packets: TLS handshakes and downloads stall',
  },
  {
    facet: 'network',
    key: /route|ipv[46]/i,
    prior: 0.3,
    harm: 'removed',
    text: 'without a route of that address family, hosts that resolve to it are unreachable',
  },
  { facet: 'network', prior: 0.2, harm: 'any', text: 'network settings decide what the build can reach' },
  // Facets envdiff does not capture itself but hand-written and imported fingerprints carry.
  { facet: 'dns', prior: 0.35, harm: 'any', text: 'the name servers and search domains decide which hosts resolve' },
  {
    facet: 'git',
    key: /^(?:core\.autocrlf|core\.eol|safe\.directory|core\.filemode|core\.symlinks|core\.longpaths)$/,
    prior: 0.35,
    harm: 'any',
    text: 'git settings decide line endings, modes and which repositories git agrees to work in',
  },
  { facet: 'git', prior: 0.2, harm: 'any', text: 'git settings change how checkouts and commits behave' },
  { facet: 'modules', prior: 0.35, harm: 'removed', text: 'a kernel module the build needs (overlay, ip_tables, fuse) is not loaded' },
  { facet: 'tls', prior: 0.35, harm: 'any', text: 'the trusted certificates decide which TLS servers the build may reach' },
  { facet: 'certificates', prior: 0.35, harm: 'removed', text: 'the trusted certificates decide which TLS servers the build may reach' },
  { facet: 'time', key: /^skew_s$/, prior: 0.35, harm: 'skew', text: 'a wrong clock invalidates certificates and apt Release files' },
  { facet: 'time', key: /^timezone$/, prior: 0.2, harm: 'any', text: 'the time zone changes how dates are rendered and parsed' },
  { facet: 'time', prior: 0.12, harm: 'any', text: 'time settings rarely matter to builds' },
  { facet: 'locale', key: /^available$/, prior: 0.2, harm: 'lost', text: 'programs may ask for a locale that is not generated' },
  { facet: 'locale', prior: 0.3, harm: 'c-locale', text: LOCALE_TEXT },
  { facet: 'env', key: LOCALE_KEYS, prior: 0.3, harm: 'c-locale', text: LOCALE_TEXT },
  {
    facet: 'env',
    key: /^(?:https?_proxy|all_proxy|no_proxy)$/i,
    prior: 0.4,
    harm: 'removed',
    text: 'proxy settings decide whether registries are reachable',
  },
  { facet: 'env', key: /^(?:LD_LIBRARY_PATH|LD_PRELOAD)$/, prior: 0.4, harm: 'any', text: 'the dynamic loader searches other directories' },
  {
    facet: 'env',
    key: /^(?:PATH|DOCKER_HOST|DOCKER_BUILDKIT|DOCKER_DEFAULT_PLATFORM|DOCKER_API_VERSION|BUILDX_\w+|CC|CXX|CFLAGS|CXXFLAGS|LDFLAGS|GOFLAGS|NODE_OPTIONS|JAVA_HOME|PYTHONPATH)$/,
    prior: 0.3,
    harm: 'any',
    text: 'this variable changes which tools run and how',
  },
  { facet: 'env', key: /^TZ$/, prior: 0.2, harm: 'any', text: 'TZ changes how dates are rendered and parsed' },
  // Switches programs read to change what they do or print: a mode (NODE_ENV=production skips devDependencies),
  // colour and width (tests compare output), the hash seed (set and dict order), the clock reproducible builds
  // stamp. In the corpus such a variable was the cause in 26 of 34 cases that changed one.
  {
    facet: 'env',
    key: /^(?:NODE_ENV|RAILS_ENV|RACK_ENV|MIX_ENV|APP_ENV|SOURCE_DATE_EPOCH|PYTHONHASHSEED|PYTHONWARNINGS|NO_COLOR|FORCE_COLOR|CLICOLOR(?:_FORCE)?|COLUMNS|LINES)$/,
    prior: 0.3,
    harm: 'any',
    text: 'this variable switches how programs behave or what they print (mode, colour, width, hash seed, timestamps)',
  },
  {
    facet: 'env',
    key: /^HOME$/,
    prior: 0.15,
    harm: 'no-home',
    text: 'tools keep caches and configuration under HOME: one that does not exist fails them',
  },
  // The runner image's name moves with every image update: the cause in 13 of 233 cases that carry it.
  { facet: 'env', key: /^(?:ImageOS|ImageVersion|RUNNER_OS|RUNNER_ARCH)$/, prior: 0.1, harm: 'any', text: 'the runner image changed' },
  { facet: 'env', prior: 0.08, harm: 'any', text: 'most environment variables do not affect the build' },
  {
    facet: 'os',
    key: /^(?:host\.?name|hostname|uptime.*|boot_id|machine_id)$/i,
    prior: 0.02,
    harm: 'any',
    text: 'host identity differs on every machine',
  },
  {
    // Another distribution altogether (ubuntu -> macos) brings the differences that break builds along with it:
    // its libc, its packages, its kernel. Those name the cause; the distribution's name seldom does (1 case in 10).
    facet: 'os',
    key: /^id$/,
    prior: 0.22,
    harm: 'any',
    text: 'another distribution ships other libraries, packages and tools',
  },
  {
    facet: 'os',
    key: /^(?:version_id|version_codename|version)$/,
    prior: 0.35,
    harm: 'downgrade',
    text: 'another OS release ships other libraries, packages and tool versions',
  },
  { facet: 'os', prior: 0.15, harm: 'any', text: 'the OS description changed along with its release' },
  {
    facet: 'packages',
    key: IMPORTANT_PACKAGES,
    prior: 0.3,
    harm: 'downgrade',
    text: 'this package provides the C library, certificates, package tooling or container runtime',
  },
  {
    facet: 'packages',
    key: TZ_DATABASE_PACKAGES,
    prior: 0.15,
    harm: 'any',
    text: 'new time zone rules change how local times and historic dates render',
  },
  {
    facet: 'packages',
    key: TRIVIAL_PACKAGES,
    prior: 0.05,
    harm: 'downgrade',
    text: 'routine updates of data and documentation packages rarely break builds',
  },
  { facet: 'packages', prior: 0.12, harm: 'downgrade', text: 'most package bumps are routine and rarely break builds' },
  {
    facet: 'toolchains',
    key: /^(?:docker|buildx|docker-buildx|podman)$/,
    prior: 0.3,
    harm: 'any',
    text: 'the container tooling runs the build',
  },
  // Clients of web services (GitHub, clouds, hosting): they publish and deploy; a new release seldom changes a build.
  {
    facet: 'toolchains',
    key: /^(?:gh|glab|hub|aws|az|gcloud|gsutil|doctl|heroku|vercel|netlify|flyctl|azcopy|oci|ibmcloud|linode-cli|hcloud)$/,
    prior: 0.14,
    harm: 'downgrade',
    text: 'command-line clients of web services publish and deploy, and rarely change what a build produces',
  },
  { facet: 'toolchains', prior: 0.2, harm: 'downgrade', text: 'another compiler or runtime version can change build results' },
  // "latest" (or no tag) follows the project's newest release: a rebuild can be a new major version.
  {
    facet: 'images',
    key: /^(?:[^:@]+|.*:(?:latest|stable|lts|current|edge|rolling|mainline|nightly|alpine|slim))$/,
    prior: 0.3,
    harm: 'any',
    text: 'a moving tag (latest) can now point at a new major release',
  },
  { facet: 'images', prior: 0.22, harm: 'any', text: 'a rebuilt image under the same tag can ship different libraries and tools' },
  { facet: 'custom', prior: 0.5, harm: 'any', text: 'the user chose to capture this fact because it matters to the build' },
  {
    facet: 'mounts',
    prior: 0.45,
    harm: 'any',
    text: 'mount flags decide whether a build may write there (ro) or run what it puts there (noexec)',
  },
];

const FALLBACK: PriorRule = { facet: '*', prior: 0.15, harm: 'any', text: 'this fact differs between the two environments' };
/** Probe status differences: a facet not captured on one side may hide the cause. */
const PROBE_PRIOR: PriorRule = {
  facet: '*',
  prior: 0.2,
  harm: 'any',
  text: 'this facet was not captured on one side, so its differences are unknown',
};

export function priorRuleFor(d: Difference): PriorRule {
  if (d.key === '(probe)') return PROBE_PRIOR;
  const fact = factOf(d);
  return PRIORS.find((rule) => rule.facet === fact.facet && (!rule.key || rule.key.test(fact.key))) ?? FALLBACK;
}

export interface Fit {
  /** How well the direction of the change fits "this broke the build", in (0, 1]. */
  factor: number;
  /** Rule finding about the direction, e.g. "downgrade 2.35 -> 2.31", "B has 49% less". */
  note?: string;
  /** Multiplier on the prior for a drastic change (a limit cut to a tenth): the numeric counterpart of a major step. */
  severity?: number;
  /** The number moved by under 5%: run-to-run noise, not another configuration. */
  jitter?: boolean;
}

/**
 * A volatile fact whose value moved (a run id, a temp dir's name): any two runs differ so.
 * One set on A and gone on B (RUNNER_TEMP unset under a local runner) is a real difference.
 */
export function volatileChange(d: Difference): boolean {
  return d.detail?.volatile === true && d.kind === 'changed';
}

/** A package record's status ("installed", "removed, config files kept"). */
function statusOf(v: FacetValue | undefined): unknown {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>)['status'] : undefined;
}

/** How harmful the direction of a change is, from its facet's Harm and the values. */
export function fitOf(d: Difference, harm: Harm = priorRuleFor(d).harm): Fit {
  if (volatileChange(d)) {
    // Free memory and disk jitter between any two runs; a drop by a fifth or more is a real difference.
    const drop = harm === 'lower' ? numericFit(d) : undefined;
    if (drop && drop.factor >= 1) return drop;
    // A clock offset jitters by milliseconds between runs; one of seconds or more is the clock itself.
    const skew = harm === 'skew' ? skewFit(d) : undefined;
    if (skew && skew.factor >= 1) return skew;
    return { factor: 0.15, note: 'volatile: differs between any two runs or runners' };
  }
  const stray = strayWhitespaceFit(d);
  if (stray) return stray;
  // The same tz release rebuilt (2025b-2.1 -> 2025b-3.1), installed on both, ships the same zone rules.
  if (d.facet === 'packages' && TZ_DATABASE_PACKAGES.test(d.key) && isRebuild(magnitudeOf(d)) && statusOf(d.a) === statusOf(d.b))
    return { factor: 0.3, jitter: true, note: 'the same tz release, rebuilt: its zone rules did not change' };
  switch (harm) {
    case 'lower':
      return numericFit(d);
    case 'nofile': {
      const a = asNumber(d.a);
      const b = asNumber(d.b);
      if (a !== undefined && b !== undefined && b > a && b >= UNBOUNDED_NOFILE)
        return {
          factor: 0.9,
          note: `B's open-file limit is near-unbounded (${b}): programs that close every descriptor crawl or hang`,
          severity: DRASTIC,
        };
      return numericFit(d);
    }
    case 'smaller': {
      const a = asNumber(d.a);
      const b = asNumber(d.b);
      if (a === undefined || b === undefined) return numericFit(d);
      if (b < a) return { factor: 1, note: `B has less (${a} -> ${b})` };
      // Jumbo frames help only where every hop carries them; elsewhere large packets vanish.
      return { factor: 0.7, note: `B has more (${a} -> ${b}): packets larger than the path carries are dropped` };
    }
    case 'higher': {
      // More is worse: judged as "less" with the sides swapped, but told the way round it is.
      const a = asNumber(d.a);
      const b = asNumber(d.b);
      const swapped = numericFit({ ...d, a: d.b, b: d.a } as Difference);
      if (a === undefined || b === undefined || a === b) return swapped;
      return { factor: swapped.factor, note: b > a ? `B's setting is higher (${a} -> ${b})` : `B's setting is lower (${a} -> ${b})` };
    }
    case 'lost':
      return setFit(d);
    case 'non-root':
      return nonRootFit(d);
    case 'no-home':
      return nonAsciiFit(d) ?? noHomeFit(d);
    case 'stricter':
      return umaskFit(d);
    case 'c-locale':
      return localeFit(d);
    case 'skew':
      return skewFit(d);
    case 'downgrade':
      return versionFit(d);
    case 'removed':
      return kindFit(d, true);
    case 'any':
      return nonAsciiFit(d) ?? kindFit(d, false);
  }
}

/**
 * A value that gained a space, tab or carriage return at an edge (`http_proxy="http://host:3128 "`, a `.env`
 * saved with CRLF): it reads the same to a person, yet URL, path and number parsers reject or misread it.
 * Either the whole difference is that whitespace, or an environment variable took on a trailing one.
 */
function strayWhitespaceFit(d: Difference): Fit | undefined {
  if (typeof d.b !== 'string' || !EDGE_WHITESPACE.test(d.b)) return undefined;
  const a = typeof d.a === 'string' ? d.a : undefined;
  if (a !== undefined && EDGE_WHITESPACE.test(a)) return undefined;
  const onlyWhitespace = a !== undefined && a.trim() === d.b.trim();
  // A leading space is how flag variables are often appended to (" -Wl,…"); a trailing one is an accident.
  if (!onlyWhitespace && (d.facet !== 'env' || !/\s$/.test(d.b))) return undefined;
  const what = /\r/.test(d.b) ? 'a carriage return' : 'a stray space';
  return { factor: 1, note: `B's value carries ${what} at its edge that parsers of URLs, paths and numbers reject`, severity: 3 };
}

const EDGE_WHITESPACE = /^\s|\s$/;

/** Letters outside ASCII ("Léo", "Ján"), which Windows tools read through a legacy code page. */
export const NON_ASCII = /[^\x00-\x7f]/;

/** A variable whose value on B has letters outside ASCII where A's had none. */
export function gainedNonAscii(d: Difference): d is Difference & { a: string; b: string } {
  if (d.facet !== 'env' || d.kind !== 'changed' || typeof d.a !== 'string' || typeof d.b !== 'string') return false;
  return !NON_ASCII.test(d.a) && NON_ASCII.test(d.b);
}

/**
 * A variable that gained letters outside ASCII (a user profile "C:\\Users\\Léo"): aapt2, lld-link, MSBuild and
 * Gradle's daemon read such values through a legacy code page and fail on paths that exist. The cause in 5 of
 * the 6 variables the corpus saw change so.
 */
function nonAsciiFit(d: Difference): Fit | undefined {
  if (!gainedNonAscii(d)) return undefined;
  const letters = [...new Set(d.b.match(new RegExp(NON_ASCII.source, 'g')))].slice(0, 3).join('');
  return { factor: 1, note: `B's value has letters outside ASCII (${letters}) that tools reading a legacy code page mangle`, severity: 5 };
}

function kindFit(d: Difference, removalHurts: boolean): Fit {
  if (d.kind === 'removed') return { factor: 1, note: 'present on A, missing on B' };
  if (d.kind === 'moved') return { factor: 0.95 };
  if (d.kind === 'added') return { factor: removalHurts ? 0.45 : 0.7 };
  if (isDisabled(d.b) && !isDisabled(d.a)) return { factor: 1, note: 'disabled on B' };
  return { factor: 0.85 };
}

function isDisabled(v: FacetValue | undefined): boolean {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && v['enabled'] === false;
}

function versionFit(d: Difference): Fit {
  if (d.kind !== 'changed') return kindFit(d, true);
  const direction = versionDirection(d);
  if (direction === 'downgrade') return { factor: 1, note: `downgrade ${versionText(d.a)} -> ${versionText(d.b)}` };
  if (direction === 'upgrade') return { factor: 0.75, note: `upgrade ${versionText(d.a)} -> ${versionText(d.b)}` };
  return { factor: 0.8 };
}

/** A version change's direction, as the diff measured it or, for a hand-made difference, measured here. */
export function versionDirection(d: Difference): NonNullable<Difference['detail']>['direction'] {
  return d.detail?.direction ?? ownDirection(d);
}

function ownDirection(d: Difference): 'upgrade' | 'downgrade' | undefined {
  const a = versionText(d.a);
  const b = versionText(d.b);
  if (!looksLikeVersion(a) || !looksLikeVersion(b) || isCommitId(a) || isCommitId(b)) return undefined;
  const manager =
    typeof d.a === 'object' && d.a !== null && !Array.isArray(d.a) && typeof d.a['manager'] === 'string' ? d.a['manager'] : undefined;
  const c = manager ? compareVersionsFor(manager, a, b) : compareLooseVersions(a, b);
  return c < 0 ? 'upgrade' : c > 0 ? 'downgrade' : undefined;
}

/** "2.35-0ubuntu3.1", "v0.10.0", "4.4.0-98-generic"; not addresses ("10.0.0.2") or words. */
function looksLikeVersion(text: string): boolean {
  return /^[v\d]/i.test(text) && /\d/.test(text) && !/^\d{1,3}(?:\.\d{1,3}){3}$/.test(text) && !/\s/.test(text);
}

export function versionText(v: FacetValue | undefined): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'object' && v !== null && !Array.isArray(v) && typeof v['version'] === 'string') return v['version'];
  return '';
}

function numericFit(d: Difference): Fit {
  const a = asNumber(d.a);
  const b = asNumber(d.b);
  // A cgroup without a memory or pids limit has no key: a limit only B has is the tighter one.
  if (d.facet === 'resources' && CGROUP_LIMIT.test(d.key)) {
    if (d.kind === 'added' && b !== undefined) return { factor: 1, note: `only B is capped (${formatNumber(b)})` };
    if (d.kind === 'removed' && a !== undefined) return { factor: 0.3, note: `only A is capped (${formatNumber(a)})` };
  }
  if (a === undefined || b === undefined) return kindFit(d, true);
  if (a <= 0) return { factor: b < a ? 1 : 0.3 };
  const ratio = b / a;
  if (ratio >= 1) return { factor: 0.25, note: `B has more (${formatNumber(a)} -> ${formatNumber(b)})` };
  if (ratio > 0.95) return { factor: 0.1, jitter: true, note: `within ${(100 * (1 - ratio)).toFixed(1)}%: jitter` };
  const less = Math.round(100 * (1 - ratio));
  const note = `B has ${less}% less (${formatNumber(a)} -> ${formatNumber(b)})`;
  // Runners differ by a few tens of percent all the time; a tenth of the memory, /dev/shm or open files is a configuration.
  const severity = ratio <= 0.1 ? DRASTIC : ratio <= 0.3 ? LARGE : undefined;
  return severity ? { factor: 1, note, severity } : { factor: ratio < 0.8 ? 1 : 0.6, note };
}

/** cgroup limits captured only when set (resources.ts): absent means unlimited. */
const CGROUP_LIMIT = /^(?:mem_limit|pids_max)$/;

const DRASTIC = 1.5;
const LARGE = 1.2;

/** An open-file limit this high (containerd's LimitNOFILE=infinity: 2^30 and up) makes rpm, yum and others loop over every descriptor. */
const UNBOUNDED_NOFILE = 2 ** 24;

/** A number, or a string that is one ("1500"): captures and hand-written pairs spell numbers both ways. */
function asNumber(v: FacetValue | undefined): number | undefined {
  if (typeof v === 'number') return v;
  // A limit that is not set ("ulimit -s" prints unlimited) is larger than any set one.
  if (v === 'unlimited') return Number.POSITIVE_INFINITY;
  if (typeof v === 'string' && /^-?\d+(?:\.\d+)?$/.test(v.trim())) return Number(v);
  return undefined;
}

function formatNumber(n: number): string {
  if (n === Number.POSITIVE_INFINITY) return 'unlimited';
  if (n >= 1024 ** 3) return `${(n / 1024 ** 3).toFixed(1)} GiB`;
  if (n >= 1024 ** 2) return `${(n / 1024 ** 2).toFixed(0)} MiB`;
  return String(n);
}

function setFit(d: Difference): Fit {
  const lost = d.detail?.onlyA ?? setMinus(d.a, d.b);
  const gained = d.detail?.onlyB ?? setMinus(d.b, d.a);
  if (lost.length > 0) return { factor: 1, note: `B lacks ${shortList(lost)}` };
  if (gained.length > 0) return { factor: 0.3, note: `B only gains ${shortList(gained)}` };
  return kindFit(d, true);
}

function setMinus(x: FacetValue | undefined, y: FacetValue | undefined): string[] {
  if (!Array.isArray(x)) return [];
  const other = new Set(Array.isArray(y) ? y : []);
  return x.filter((m) => !other.has(m));
}

function shortList(items: string[]): string {
  return items.length > 4 ? `${items.slice(0, 4).join(', ')}, +${items.length - 4} more` : items.join(', ');
}

function nonRootFit(d: Difference): Fit {
  if (d.a === 0 && typeof d.b === 'number' && d.b !== 0) return { factor: 1, note: `root on A, id ${d.b} on B` };
  if (d.b === 0) return { factor: 0.4 };
  return { factor: 0.75 };
}

/** sbuild, pbuilder and system users get HOME=/nonexistent; "/" and /dev/null are no home either. */
function noHomeFit(d: Difference): Fit {
  const b = typeof d.b === 'string' ? d.b.replace(/\/+$/, '') : undefined;
  if (d.kind === 'removed' || b === undefined || b === '' || /nonexist|^\/dev\/null$|^\/(?:var\/empty)?$/.test(b))
    return { factor: 1, note: `B's HOME (${d.b ?? 'unset'}) is no directory a program can write to` };
  // Another real home (/home/runner -> /github/home) weighs as little as any variable.
  return { factor: 0 };
}

function umaskFit(d: Difference): Fit {
  const a = typeof d.a === 'string' ? Number.parseInt(d.a, 8) : NaN;
  const b = typeof d.b === 'string' ? Number.parseInt(d.b, 8) : NaN;
  if (Number.isNaN(a) || Number.isNaN(b)) return kindFit(d, false);
  if ((b & ~a) !== 0) return { factor: 1, note: `B's umask ${d.b} removes permissions A's ${d.a} keeps` };
  return { factor: 0.4 };
}

const C_LOCALE = /^(?:C|POSIX|ANSI_X3\.4-1968|ASCII|US-ASCII)$/i;

function localeFit(d: Difference): Fit {
  const b = typeof d.b === 'string' ? d.b : undefined;
  if (d.kind === 'removed' || b === undefined || b === '' || C_LOCALE.test(b))
    return { factor: 1, note: `B falls back to ${b ? b : 'the C locale'}` };
  // Turkish and Azeri map i and I to dotted/dotless letters: case conversion (tr, toupper) breaks.
  if (/^(?:tr|az)_/i.test(b)) return { factor: 1, note: `${b}: i and I do not convert to each other` };
  // C.UTF-8 -> en_US.UTF-8: the same language and character set, which programs read and write alike.
  if (typeof d.a === 'string' && sameLanguageAndCharset(d.a, b)) return { factor: SAME_LANGUAGE_FIT };
  return { factor: 0.6 };
}

/** A locale change keeping the language and the character set (en_US.UTF-8 -> C.UTF-8): text reads and prints alike. */
export function sameLocaleText(d: Difference): boolean {
  return typeof d.a === 'string' && typeof d.b === 'string' && sameLanguageAndCharset(d.a, d.b);
}

/** How much a locale change keeping the language and character set fits a failure. */
const SAME_LANGUAGE_FIT = 0.45;

/** The same language (the C locale writes English) and the same character set on both sides. */
function sameLanguageAndCharset(a: string, b: string): boolean {
  const language = (v: string) => localeLanguage(v) ?? (/^(?:C|POSIX)(?:[.@]|$)/i.test(v.trim()) ? 'en' : undefined);
  const charset = (v: string) =>
    /\.([\w-]+)/
      .exec(v)?.[1]
      ?.toLowerCase()
      .replace(/[^a-z0-9]/g, '');
  const [la, ca] = [language(a), charset(a)];
  return la !== undefined && la === language(b) && ca !== undefined && ca === charset(b);
}

function skewFit(d: Difference): Fit {
  const a = typeof d.a === 'number' ? Math.abs(d.a) : 0;
  const b = typeof d.b === 'number' ? Math.abs(d.b) : 0;
  if (b > a && b > 60) return { factor: 1, note: `B's clock is off by ${Math.round(b)} s` };
  // Under a minute fools no certificate check, but a cluster that compares its nodes' clocks (CockroachDB
  // stops at 500 ms) fails on far less: NTP keeps clocks within milliseconds, so half a second is no jitter.
  if (b >= 0.5 && b > 10 * a) return { factor: 1, note: `B's clock is off by ${b.toFixed(1)} s` };
  return { factor: 0.3 };
}
