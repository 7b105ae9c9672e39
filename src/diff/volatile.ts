/**
 * Volatile facts: values that differ between any two runs or runners (capture
 * time, uptime, hostnames, CI run ids, free memory/disk jitter). They are still
 * listed — a user may ignore them with --ignore — but marked so ranking puts them low.
 * The table is data; each entry is tested (test/diff/volatile.test.ts).
 */
import type { FacetValue } from '../fingerprint/types.js';

export interface VolatileFact {
  /** Facet id, or `*` for any facet. */
  facet: string;
  key: RegExp;
  /** Only volatile when this holds for the two values (e.g. small relative change). */
  when?: (a: FacetValue | undefined, b: FacetValue | undefined) => boolean;
  why: string;
}

const GIB = 1024 ** 3;

/** Both numbers, and the smaller is at least `ratio` of the larger (and at least `floor`). */
function jitter(ratio: number, floor = 0) {
  return (a: FacetValue | undefined, b: FacetValue | undefined): boolean => {
    if (typeof a !== 'number' || typeof b !== 'number' || a <= 0 || b <= 0) return false;
    const lo = Math.min(a, b);
    return lo / Math.max(a, b) >= ratio && lo >= floor;
  };
}

const MIB = 1024 ** 2;

/** Free disk: within half of each other on a large disk, or a few MiB apart on any (a small workspace volume). */
function diskJitter(a: FacetValue | undefined, b: FacetValue | undefined): boolean {
  if (jitter(0.5, GIB)(a, b)) return true;
  return typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) < 64 * MIB && jitter(0.9)(a, b);
}

function smallMagnitude(limit: number) {
  return (a: FacetValue | undefined, b: FacetValue | undefined): boolean =>
    (a === undefined || (typeof a === 'number' && Math.abs(a) <= limit)) &&
    (b === undefined || (typeof b === 'number' && Math.abs(b) <= limit));
}

/** macOS's per-user temporary directory, /var/folders/<2 chars>/<random>/T: a random name on every machine and user. */
const MACOS_USER_TEMP = /^\/(?:private\/)?var\/folders\/[\w+-]{2}\/[\w+-]+\/T\/?$/;

function bothMacosUserTemp(a: FacetValue | undefined, b: FacetValue | undefined): boolean {
  return typeof a === 'string' && typeof b === 'string' && MACOS_USER_TEMP.test(a) && MACOS_USER_TEMP.test(b);
}

// CI systems' per-run identifiers: GITHUB_RUN_ID, CI_JOB_ID, BUILD_NUMBER, RUNNER_TRACKING_ID, ...
const CI_RUN_ID =
  /^(?:[A-Z0-9]+_)*(?:RUN|BUILD|JOB|PIPELINE|WORKFLOW_RUN|INVOCATION|TRACKING|SESSION|EXECUTION|TASK|STEP|ATTEMPT|CONCURRENT)_?(?:ID|NUMBER|NUM|ATTEMPT|URL|TAG|TOKEN)$/;

export const VOLATILE_FACTS: VolatileFact[] = [
  {
    facet: 'os',
    key: /^(?:host\.?name|hostname|boot_id|machine_id|uptime(?:_s)?|boot_time)$/i,
    why: 'host identity and uptime differ on every machine',
  },
  { facet: 'kernel', key: /^(?:hostname|nodename|boot_id|uptime(?:_s)?)$/i, why: 'host identity and uptime differ on every machine' },
  {
    facet: 'env',
    key: /^(?:HOSTNAME|HOST|NODE_NAME|COMPUTERNAME|RUNNER_NAME|RUNNER_TRACKING_ID|RUNNER_TEMP|RUNNER_WORKSPACE|PWD|OLDPWD|SHLVL|_|INVOCATION_ID|JOURNAL_STREAM|SSH_CLIENT|SSH_CONNECTION|SSH_TTY|TERM_SESSION_ID|XDG_SESSION_ID|WINDOWID|TMUX|TMUX_PANE|STY|GITHUB_SHA|GITHUB_WORKFLOW_SHA|GITHUB_RUN_ATTEMPT|GITHUB_ACTION|GITHUB_JOB|GITHUB_STATE|GITHUB_OUTPUT|GITHUB_ENV|GITHUB_PATH|GITHUB_STEP_SUMMARY|GITHUB_TRIGGERING_ACTOR|GITHUB_WORKSPACE|ACTIONS_RUNTIME_TOKEN|ACTIONS_ID_TOKEN_REQUEST_URL|ACTIONS_ID_TOKEN_REQUEST_TOKEN|ACTIONS_RESULTS_URL|ACTIONS_CACHE_URL|ACTIONS_RUNTIME_URL|CI_COMMIT_SHA|CI_COMMIT_SHORT_SHA|CI_RUNNER_DESCRIPTION|CI_RUNNER_SHORT_TOKEN|CI_BUILDS_DIR|CI_PROJECT_DIR|BUILD_URL|JOB_URL|EXECUTOR_NUMBER|WORKSPACE|CIRCLE_SHA1|TRAVIS_COMMIT|BUILDKITE_COMMIT|BUILDKITE_AGENT_NAME|BUILDKITE_AGENT_ID|GIT_COMMIT|RANDOM|SECONDS|EPOCHSECONDS|EPOCHREALTIME)$/,
    why: 'names, paths and ids of this particular runner and run',
  },
  { facet: 'env', key: CI_RUN_ID, why: 'a CI run/job identifier, different on every run' },
  {
    facet: 'env',
    key: /^(?:TMPDIR|TMP|TEMP)$/,
    when: bothMacosUserTemp,
    why: "macOS's per-user temporary directory: another random name, the same kind of place",
  },
  {
    facet: 'resources',
    key: /^(?:uptime(?:_s)?|load(?:avg)?.*|mem_free|mem_available|mem_used|swap_free|swap_used|procs|processes|boot_time)$/i,
    why: 'changes from second to second',
  },
  { facet: 'resources', key: /^mem_total$/, when: jitter(0.95), why: 'total memory differs by a few MB between otherwise equal machines' },
  {
    facet: 'resources',
    key: /^disk_(?:free|avail(?:able)?|used):/,
    when: diskJitter,
    why: 'free disk space moves with every build; only a large drop matters',
  },
  {
    facet: 'resources',
    key: /^inodes_free:/,
    when: jitter(0.5, 100_000),
    why: 'free inodes move with every build; only running out matters',
  },
  { facet: 'docker', key: /^mem_total$/, when: jitter(0.95), why: 'total memory differs by a few MB between otherwise equal machines' },
  {
    facet: 'docker',
    key: /^(?:id|name|system_time|containers(?:_running|_paused|_stopped)?|images_count|images|n_goroutines|n_fd|n_events_listener)$/,
    why: 'daemon identity and live counters',
  },
  // Docker writes a container's own id (its default hostname) into its /etc/hosts.
  { facet: 'mirrors', key: /^hosts\.[0-9a-f]{12}$/, why: "a container's own /etc/hosts entry: its random id and address" },
  { facet: 'time', key: /^(?:utc|now|local|uptime(?:_s)?|boot_time|captured_at)$/i, why: 'the clock moves between captures' },
  { facet: 'time', key: /^skew_s$/, when: smallMagnitude(5), why: 'a few seconds of clock offset are normal' },
];

function matches(fact: VolatileFact, facet: string, key: string): boolean {
  return (fact.facet === '*' || fact.facet === facet) && fact.key.test(key);
}

/** Which volatile fact (if any) describes this key and change; undefined if not volatile. */
export function volatileFact(facet: string, key: string, a: FacetValue | undefined, b: FacetValue | undefined): VolatileFact | undefined {
  for (const fact of VOLATILE_FACTS) {
    if (matches(fact, facet, key) && (!fact.when || fact.when(a, b))) return fact;
  }
  return undefined;
}

export function isVolatile(facet: string, key: string, a: FacetValue | undefined, b: FacetValue | undefined): boolean {
  return volatileFact(facet, key, a, b) !== undefined;
}
