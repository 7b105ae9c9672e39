/**
 * Helpers to run probes in prepared roots: a busybox-only rootfs, and a private
 * mount namespace (unshare -m) where /etc/resolv.conf points at 127.0.0.1 so no
 * lookup leaves the machine, and /proc, /sys, /dev are mounted for a chroot. The
 * mounts vanish with the namespace.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const DEBIAN_ROOTFS = '/var/cache/envdiff/rootfs-bookworm';

/** A busybox-only rootfs: busybox-static with its applet links, nothing else. */
export function makeBusyboxRootfs(): string {
  const root = mkdtempSync(join(tmpdir(), 'envdiff-busybox-'));
  for (const d of ['bin', 'sbin', 'usr/bin', 'usr/sbin', 'proc', 'sys', 'dev', 'etc', 'tmp', 'root']) {
    mkdirSync(join(root, d), { recursive: true });
  }
  execFileSync('cp', ['/bin/busybox', join(root, 'bin/busybox')]);
  execFileSync('chroot', [root, '/bin/busybox', '--install', '-s']);
  writeFileSync(join(root, 'etc/resolv.conf'), 'nameserver 127.0.0.1\n');
  writeFileSync(join(root, 'etc/hosts'), '127.0.0.1\tlocalhost\n');
  return root;
}

/** Shell that runs its argv in a private mount namespace with loopback DNS (and,
 *  for a chroot, /proc /sys /dev mounted inside it). `aptDir` is bind-mounted over
 *  the root's /etc/apt (package sources that name a loopback mirror). */
export function namespaceShell(root: string | undefined, shell: string[], aptDir?: string): string[] {
  const resolv = join(tmpdir(), 'envdiff-loopback-resolv.conf');
  writeFileSync(resolv, 'nameserver 127.0.0.1\n');
  const target = root ? `${root}/etc/resolv.conf` : '/etc/resolv.conf';
  const mounts = root ? `mount -t proc proc ${root}/proc && mount --rbind /sys ${root}/sys && mount --rbind /dev ${root}/dev && ` : '';
  const run = root ? `exec chroot ${root} "$@"` : 'exec "$@"';
  const apt = aptDir ? `mkdir -p ${root ?? ''}/etc/apt && mount --bind ${aptDir} ${root ?? ''}/etc/apt && ` : '';
  return [
    'unshare',
    '-m',
    '--propagation',
    'private',
    'sh',
    '-c',
    `${mounts}${apt}{ [ -e ${target} ] || : > ${target}; } && mount --bind ${resolv} ${target} && ${run}`,
    'sh',
    ...shell,
  ];
}
