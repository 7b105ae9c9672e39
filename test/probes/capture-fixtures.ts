/**
 * Re-captures the raw probe fixtures (test/fixtures/raw/<probe>/<case>.txt) by
 * running probes/*.sh for real:
 *   debian-host      this machine, dash, a chosen environment (so no real secret of
 *                    the machine lands in a fixture)
 *   debian-rootfs    chroot into the debootstrap'd bookworm rootfs, dash
 *   busybox-rootfs   chroot into a fresh busybox-static rootfs, `busybox sh`
 * Each runs in its own mount namespace (unshare -m) where /proc, /sys and /dev are
 * mounted for the chroot and /etc/resolv.conf points at 127.0.0.1, so no lookup
 * leaves the machine; the mounts vanish with the namespace.
 *
 *   npx tsx test/probes/capture-fixtures.ts [case...]
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROBE_FACETS } from '../../src/parse/index.js';
import { DEBIAN_ROOTFS, makeBusyboxRootfs, namespaceShell } from './capture-fixtures-lib.js';
import { FIXTURE_ENV } from './fixture-env.js';
import { runProbes } from './run-probes.js';

const RAW = fileURLToPath(new URL('../fixtures/raw/', import.meta.url));

interface Case {
  name: string;
  root?: string;
  shell: string[];
  env: Record<string, string>;
}

function capture(c: Case): void {
  const sections = runProbes(PROBE_FACETS, { shell: namespaceShell(c.root, c.shell), env: c.env, vars: { ENVDIFF_CWD: '/tmp' } });
  const summary: string[] = [];
  for (const facet of PROBE_FACETS) {
    const s = sections.get(facet);
    summary.push(`${facet}: exit ${s?.exitCode ?? 'none'}${s?.timedOut ? ' timeout' : ''} ${s?.stderr.trim() ?? ''}`.trim());
    if (s?.exitCode !== 0) continue;
    mkdirSync(join(RAW, facet), { recursive: true });
    writeFileSync(join(RAW, facet, `${c.name}.txt`), s.stdout);
  }
  console.log(`== ${c.name}\n${summary.join('\n')}`);
}

const wanted = process.argv.slice(2);
const busybox = makeBusyboxRootfs();
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
  ];
  for (const c of cases) if (wanted.length === 0 || wanted.includes(c.name)) capture(c);
} finally {
  rmSync(busybox, { recursive: true, force: true });
}
