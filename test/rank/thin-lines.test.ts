/**
 * Failure kinds the tables matched thinly, on real lines from public threads:
 * socket timeouts by their error codes, dependency resolution that is not name
 * resolution, a shebang naming an interpreter B lacks, autoconf's compiler
 * check, and the loader's "relocation error ... version ... not defined". Each row: the line, its thread, the class that must (or must not) match.
 */
import { describe, expect, it } from 'vitest';
import { ERROR_CLASSES } from '../../src/rank/classes.js';
import { parseBuildLog } from '../../src/rank/log.js';
import { lineMatches, SIGNATURES } from '../../src/rank/signatures.js';

const ALL = [...SIGNATURES, ...ERROR_CLASSES];
const matching = (line: string) => {
  const body = parseBuildLog(line).lines[0]?.body ?? '';
  return ALL.filter((s) => lineMatches(s, body)).map((s) => s.id);
};

const MATCH: Array<[string, string, string]> = [
  [
    'error An unexpected error occurred: "https://registry.yarnpkg.com/antd/-/antd-3.10.8.tgz: ESOCKETTIMEDOUT".',
    'ant-design/ant-design#13221',
    'connection-failed',
  ],
  [
    '377.1 error Error: https://registry.yarnpkg.com/date-fns/-/date-fns-2.30.0.tgz: ESOCKETTIMEDOUT',
    'bluesky-social/social-app#7973',
    'connection-failed',
  ],
  [
    'error An unexpected error occurred: "https://registry.yarnpkg.com/rxjs/-/rxjs-6.5.4.tgz: ESOCKETTIMEDOUT".',
    'DSpace/dspace-angular#604',
    'connection-failed',
  ],
  [
    "fatal: unable to access 'https://github.com/flutter/flutter.git/': OpenSSL SSL_read: Connection was reset, errno 10054",
    'YowFung/me#18',
    'connection-failed',
  ],
  [
    "fatal: unable to access 'https://git.okkur.org/syna/': OpenSSL SSL_read: Connection was reset, errno 10054",
    'okkur/syna#879',
    'connection-failed',
  ],
  ['fetch-pack: unexpected disconnect while reading sideband packet', 'dail8859/NotepadNext#533', 'connection-failed'],
  ['fetch-pack: unexpected disconnect while reading sideband packet', 'sveltejs/kit#13248', 'connection-failed'],
  ["      /usr/bin/env: 'python': No such file or directory", 'tensorflow/tensorflow#15618', 'command-not-found'],
  ['configure: error: C compiler cannot create executables', 'netdata/netdata#118', 'cxx-diagnostic'],
  ["AWX-EE build fails, error: command 'gcc' failed: No such file or directory", 'ansible/awx-ee#253', 'command-not-found'],
  ["    unable to execute 'gcc': No such file or directory", 'docker-library/python#180', 'command-not-found'],
  ['error: linker `cc` not found', 'rust-lang/cargo#10897', 'command-not-found'],
  ['error: linker `cc` not found', 'nachoparker/dutree#46', 'command-not-found'],
  ['  The pkg-config command could not be found.', 'rust-openssl/rust-openssl#2514', 'command-not-found'],
  ['Could not find directory of OpenSSL installation, and this `-sys` crate cannot', 'rust-openssl/rust-openssl#649', 'header-missing'],
  ['  Package openssl was not found in the pkg-config search path.', 'rust-openssl/rust-openssl#2092', 'header-missing'],
  ['A required package was not found', 'DanielOgorchock/joycond#132', 'header-missing'],
  [
    'Feb 13 10:44:52 K3S-02 k3s[491]: level=info msg="Waiting to retrieve agent configuration; server is not ready: \\"overlayfs\\" snapshotter cannot be enabled for \\"/var/lib/rancher/k3s/agent/containerd\\""',
    'timothystewart6/k3s-ansible#230',
    'storage-driver',
  ],
  [
    'Apr 28 07:25:03 minikube kubelet[25347]: F0428 07:25:03.360543 25347 kubelet.go:1383] Failed to start ContainerManager failed to get rootfs info: failed to get device for dir "/var/lib/kubelet": could not find device with major: 0, minor: 28 in cached partitions map',
    'kubernetes/minikube#7923',
    'storage-driver',
  ],
  ['Warning: Extension MASQUERADE revision 0 not supported, missing kernel module?', 'microsoft/WSL#11742', 'kernel-module-missing'],
  [
    '\t* Continuing to next available version: failed to describe plugin binary "/tmp/packer-plugin-azure_v2.1.4_x5.0_linux_amd64": fork/exec /tmp/packer-plugin-azure_v2.1.4_x5.0_linux_amd64: permission denied',
    'hashicorp/packer#13028',
    'noexec-mount',
  ],
  [
    ' ERR_PNPM_OUTDATED_LOCKFILE  Cannot install with "frozen-lockfile" because pnpm-lock.yaml is not up-to-date with packages/config/package.json',
    'JamieMason/syncpack-github-action#1',
    'ci-mode',
  ],
  ['ERROR: PermissionError: [Errno 1] Operation not permitted', 'Dstack-TEE/dstack#53', 'operation-not-permitted'],
  ["The command '/bin/sh -c cmake --build /tmp/build --target install' returned a non-zero code: 137", 'EOSIO/eos#2672', 'out-of-memory'],
  ["[17:52:11]: ▸ > Process 'command 'node'' finished with non-zero exit value 137", 'react/metro#144', 'out-of-memory'],
  [
    'bower ember-data#1.13.12       ECMDERR Failed to execute "git ls-remote --tags --heads git://github.com/components/ember-data.git", exit code of #128 fatal: unable to connect to github.com: github.com[0: 192.30.252.130]: errno=Operation timed out',
    'warp-drive-data/warp-drive#3759',
    'connection-failed',
  ],
  ['  A required package was not found', 'rastersoft/panther_launcher#2', 'header-missing'],
  ['    ✗ GTK 3.0 development libraries are required for Linux development.', 'flutter/flutter#64230', 'header-missing'],
  ['          mode: expected drwxr-xr-x got drwxrwxr-x', 'peak/s5cmd#406', 'file-mode-mismatch'],
  ["10.19       FileNotFoundError: [Errno 2] No such file or directory: 'gcc'", 'adamjtaylor/miniature#19', 'command-not-found'],
  ["`error: [Errno 2] No such file or directory: 'gcc'", 'Netflix/dispatch#5627', 'command-not-found'],
  ['configure:3837: error: C compiler cannot create executables', 'opencog/link-grammar#552', 'cxx-diagnostic'],
  [
    'configure: error: installation or configuration problem: C compiler cannot create executables.',
    'autc04/Retro68#267',
    'cxx-diagnostic',
  ],
  [
    'ls: relocation error: libc.so.6: symbol _dl_starting_up version GLIBC_PRIVATE not defined in file ld-linux-x86-64.so.2 with link time reference.',
    'CovMat/GMT-mini-GUI#2',
    'glibc-version-not-found',
  ],
  [
    'mcx: relocation error: mcx: symbol __get_cpu_features, version GLIBC_PRIVATE not defined in file libc.so.6 with link time reference',
    'fangq/mcx#39',
    'glibc-version-not-found',
  ],
  [
    '"].: relocation error: ./steam_api.so: symbol _ZNSt8__detail15_List_node_base7_M_hookEPS0_, version GLIBCXX_3.4.15 not defined in file libstdc++.so.6 with link time reference"',
    'callofduty4x/CoD4x_Server#92',
    'libstdcxx-version-not-found',
  ],
  [
    '~/.local/share/Steam/steamapps/common/SteamVR/bin/linux64/vrmonitor: relocation error: /usr/lib/x86_64-linux-gnu/libproxy.so.1: symbol _ZTTNSt7__cxx1119basic_ostringstreamIcSt11char_traitsIcESaIcEEE, version GLIBCXX_3.4.21 not defined in file libstdc++.so.6 with link time reference',
    'ValveSoftware/SteamVR-for-Linux#60',
    'libstdcxx-version-not-found',
  ],
];

const MISS: Array<[string, string]> = [
  ["Could not resolve all dependencies for configuration ':app:debugRuntimeClasspath'.", 'dns-resolution-failed'],
  ["> Could not resolve all files for configuration ':app:compileClasspath'.", 'dns-resolution-failed'],
  ['info There appears to be trouble with your network connection. Retrying...', 'command-not-found'],
  ['checking whether the C compiler works... yes', 'cxx-diagnostic'],
  ["FileNotFoundError: [Errno 2] No such file or directory: 'config.yaml'", 'command-not-found'],
  ['npm timing reify:unpack Completed in 4321ms', 'connection-failed'],
  [
    '"].: relocation error: ./steam_api.so: symbol _ZN, version GLIBCXX_3.4.15 not defined in file libstdc++.so.6',
    'glibc-version-not-found',
  ],
  ["relocation R_X86_64_PC32 against symbol `stderr@@GLIBC_2.2.5' can not be used", 'glibc-version-not-found'],
  ['-- checking for module glib-2.0', 'header-missing'],
  ['    mode: 0644 expected by the manifest', 'file-mode-mismatch'],
];

describe('thin failure kinds', () => {
  it.each(MATCH)('%s (%s) is %s', (line, _source, id) => {
    expect(matching(line)).toContain(id);
  });
  it.each(MISS)('%s is not %s', (line, id) => {
    expect(matching(line)).not.toContain(id);
  });
});
