/**
 * Re-captures the raw probe fixtures (test/fixtures/raw/<probe>/<case>.txt) by
 * running probes/*.sh for real:
 *   debian-host      this machine, dash, a chosen environment (so no real secret of
 *                    the machine lands in a fixture)
 *   debian-rootfs    chroot into the debootstrap'd bookworm rootfs, dash
 *   busybox-rootfs   chroot into a fresh busybox-static rootfs, `busybox sh`
 *   debian-host-devtools   this machine's toolchains with the user's tool dirs on
 *                    PATH (rustup's ~/.cargo/bin, pyenv's shims)
 * Each runs in its own mount namespace (unshare -m) where /proc, /sys and /dev are
 * mounted for the chroot and /etc/resolv.conf points at 127.0.0.1, so no lookup
 * leaves the machine; the mounts vanish with the namespace. Package sources name a
 * loopback mirror (test/probes/date-server.ts) whose clock runs 300 s ahead, so the
 * time probe's Date request stays on this machine too.
 *
 *   npx tsx test/probes/capture-fixtures.ts [case...] [--only facet,facet]
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROBE_FACETS } from '../../src/parse/index.js';
import { DEBIAN_ROOTFS, makeBusyboxRootfs, namespaceShell } from './capture-fixtures-lib.js';
import { startDateServer } from './date-server.js';
import { FIXTURE_ENV } from './fixture-env.js';
import { runProbes } from './run-probes.js';

const RAW = fileURLToPath(new URL('../fixtures/raw/', import.meta.url));

interface Case {
  name: string;
  root?: string;
  shell: string[];
  env: Record<string, string>;
  /** Only these facets (default: every probe). */
  facets?: string[];
}

function capture(c: Case, only: string[] | undefined, aptDir: string): void {
  const facets = PROBE_FACETS.filter((f) => (only ?? c.facets ?? PROBE_FACETS).includes(f) && (c.facets ?? PROBE_FACETS).includes(f));
  if (facets.length === 0) return;
  // Only the time probe gets the loopback mirror: the mirrors fixtures keep the real sources.
  const run = (fs: string[], apt?: string) =>
    runProbes(fs, { shell: namespaceShell(c.root, c.shell, apt), env: c.env, vars: { ENVDIFF_CWD: '/tmp' } });
  const sections = run(facets.filter((f) => f !== 'time'));
  if (facets.includes('time')) sections.set('time', run(['time'], aptDir).get('time')!);
  const summary: string[] = [];
  for (const facet of facets) {
    const s = sections.get(facet);
    summary.push(`${facet}: exit ${s?.exitCode ?? 'none'}${s?.timedOut ? ' timeout' : ''} ${s?.stderr.trim() ?? ''}`.trim());
    if (s?.exitCode !== 0) continue;
    mkdirSync(join(RAW, facet), { recursive: true });
    writeFileSync(join(RAW, facet, `${c.name}.txt`), s.stdout);
  }
  console.log(`== ${c.name}\n${summary.join('\n')}`);
}

const args = process.argv.slice(2);
const onlyAt = args.indexOf('--only');
const only = onlyAt === -1 ? undefined : args[onlyAt + 1]?.split(',');
const wanted = onlyAt === -1 ? args : args.filter((_, i) => i !== onlyAt && i !== onlyAt + 1);
const busybox = makeBusyboxRootfs();
const mirror = await startDateServer(300);
try {
  const cases: Case[] = [
    { name: 'debian-host', shell: ['dash'], env: FIXTURE_ENV },
    {
      name: 'debian-rootfs',
      root: DEBIAN_ROOTFS,
      shell: ['dash'],
      env: { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', HOME: '/root', LANG: 'C.UTF-8' },
    },
    { name: 'busybox-rootfs', root: busybox, shell: ['/bin/busybox', 'sh'], env: { PATH: '/bin:/sbin:/usr/bin:/usr/sbin', HOME: '/root' } },
    {
      name: 'debian-host-devtools',
      shell: ['dash'],
      env: { ...FIXTURE_ENV, PATH: `/root/.cargo/bin:/root/.pyenv/shims:${FIXTURE_ENV.PATH}` },
      facets: ['toolchains'],
    },
  ];
  for (const c of cases) if (wanted.length === 0 || wanted.includes(c.name)) capture(c, only, mirror.aptDir);
} finally {
  mirror.stop();
  rmSync(mirror.aptDir, { recursive: true, force: true });
  rmSync(busybox, { recursive: true, force: true });
}
