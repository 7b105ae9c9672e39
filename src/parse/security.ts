/** security: uid/gid, umask, no_new_privs, seccomp, capabilities, SELinux, AppArmor. */
import type { Facet } from '../fingerprint/types.js';
import { SECCOMP_MODES, statusFields } from './kernel.js';
import { parseSections, partsByName } from './sections.js';

export function parseSecurity(raw: string): Facet {
  const parts = parseSections(raw);
  const files = partsByName(parts, 'file');
  const cmds = partsByName(parts, 'cmd');
  const facet: Facet = {};
  const status = statusFields(files.get('/proc/self/status'));
  // Effective ids (second column) are what file access checks use.
  const uid = status.get('Uid')?.split(/\s+/)[1] ?? cmds.get('id -u')?.trim();
  const gid = status.get('Gid')?.split(/\s+/)[1] ?? cmds.get('id -g')?.trim();
  if (uid && /^\d+$/.test(uid)) facet.uid = Number(uid);
  if (gid && /^\d+$/.test(gid)) facet.gid = Number(gid);
  const umask = partsByName(parts, 'var').get('umask')?.trim();
  if (umask && /^[0-7]{1,4}$/.test(umask)) facet.umask = umask.padStart(4, '0');
  const nnp = status.get('NoNewPrivs');
  if (nnp !== undefined) facet.no_new_privs = nnp === '1';
  const seccomp = status.get('Seccomp');
  if (seccomp !== undefined) facet.seccomp = SECCOMP_MODES[seccomp] ?? seccomp;
  const capEff = status.get('CapEff');
  if (capEff) facet.cap_eff = capEff;
  const enforce = files.get('/sys/fs/selinux/enforce')?.trim();
  const selinuxConfig = /^SELINUX=(\w+)/m.exec(files.get('/etc/selinux/config') ?? '')?.[1];
  facet.selinux =
    enforce === '1'
      ? 'enforcing'
      : enforce === '0'
        ? 'permissive'
        : selinuxConfig === 'disabled' || !selinuxConfig
          ? 'disabled'
          : `${selinuxConfig} (not mounted)`;
  const apparmor = files.get('/sys/module/apparmor/parameters/enabled')?.trim();
  facet.apparmor = apparmor === 'Y' ? 'enabled' : 'disabled';
  const profile = (files.get('/proc/self/attr/apparmor/current') ?? files.get('/proc/self/attr/current'))?.replace(/\0/g, '').trim();
  if (profile && facet.apparmor === 'enabled') facet.apparmor_profile = profile;
  return facet;
}
