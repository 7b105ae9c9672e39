import { describe, expect, it } from 'vitest';
import type { Difference } from '../../src/diff/types.js';
import { parseBuildLog } from '../../src/rank/log.js';
import { scanMentions } from '../../src/rank/mentions.js';
import { commandWords, valueWordFindings, words } from '../../src/rank/value-words.js';

const changed = (facet: string, key: string, a: Difference['a'], b: Difference['b']): Difference => ({
  scope: 'host',
  facet,
  key,
  kind: 'changed',
  a,
  b,
});
const findings = (d: Difference, log: string) => valueWordFindings(d, scanMentions(parseBuildLog(log)));

describe('words a value gained or lost, named in the log', () => {
  it("rustup's installed targets lost wasm32-unknown-unknown, which the compiler's note names (near-examples/FT#100)", () => {
    const d = changed(
      'custom',
      'rustup target list --installed',
      'wasm32-unknown-unknown\nx86_64-unknown-linux-gnu',
      'x86_64-unknown-linux-gnu',
    );
    const log = [
      "error[E0463]: can't find crate for `core`",
      '  = note: the `wasm32-unknown-unknown` target may not be installed',
      '  = help: consider downloading the target with `rustup target add wasm32-unknown-unknown`',
    ].join('\n');
    expect(findings(d, log)[0]?.why).toBe("the log names wasm32-unknown-unknown, which only A's rustup target list --installed has");
  });

  it('capabilities that lost cap_sys_ptrace, and LeakSanitizer refusing to run under ptrace (offa/stm32-eth#129)', () => {
    const d = changed('security', 'capabilities', 'cap_chown,cap_kill,cap_sys_ptrace', 'cap_chown,cap_kill');
    const log =
      '==488==LeakSanitizer has encountered a fatal error.\n==488==HINT: LeakSanitizer does not work under ptrace (strace, gdb, etc)';
    expect(findings(d, log)[0]?.why).toContain('ptrace');
  });

  it('a home-relative path names its file as the absolute one does (gitlabhq/gitlabhq#9044)', () => {
    expect(words('~/.git_template')).toContain('git_template');
  });

  it("says nothing about words both sides have, common words, or Docker's one-word settings", () => {
    expect(findings(changed('security', 'capabilities', 'cap_chown,cap_kill', 'cap_chown'), 'error: cap_chown failed')).toEqual([]);
    expect(
      findings(changed('custom', 'ls /dev/fuse', '/dev/fuse', 'No such file or directory'), 'error: No such file or directory'),
    ).toEqual([]);
    expect(
      findings(changed('docker', 'cgroup_driver', 'systemd', 'cgroupfs'), 'Error: not supported with cgroup v1 and systemd mode'),
    ).toEqual([]);
  });

  it('a variable B sets to a flag, printed in the log: GOFLAGS -mod=vendor (prometheus/blackbox_exporter#516)', () => {
    const d = { scope: 'host', facet: 'env', key: 'GOFLAGS', kind: 'added', b: '-mod=vendor' } as Difference;
    const log = 'GO111MODULE=on go test -race  -mod=vendor ./...\ngo test: mod flag may be set only once';
    expect(findings(d, log)[0]?.why).toBe("the log shows B's GOFLAGS (-mod=vendor)");
    // A path is printed everywhere: no finding for HOME.
    expect(findings(changed('env', 'HOME', '/home/dev', '/home/runner'), 'error: /home/runner/x failed')).toEqual([]);
  });

  it('a path with a space, cut where an unquoted expansion split it (cloudbase/wnbd#27)', () => {
    const d = changed('env', 'USERPROFILE', 'C:\\Users\\appveyor', 'C:\\Users\\Wouter Verhelst');
    const log = "  C:\\Users\\Wouter : The term 'C:\\Users\\Wouter' is not recognized as the name of a cmdlet";
    expect(findings(d, log)[0]?.weight).toBe(0.75);
  });

  it("a registry URL's compound path segment, not its host (SAP/fundamental-styles#4278)", () => {
    const d = {
      scope: 'host',
      facet: 'env',
      key: 'npm_config_registry',
      kind: 'added',
      b: 'https://artifactory.example.net/artifactory/api/npm/build-releases-npm/',
    } as Difference;
    const log = 'npm WARN tarball tarball data for x@https://[masked]/artifactory/api/npm/build-releases-npm/x/-/x-1.0.tgz';
    expect(findings(d, log)[0]?.why).toContain('build-releases-npm');
    const jenkins = { scope: 'host', facet: 'env', key: 'JENKINS_URL', kind: 'added', b: 'http://jenkins.example.com/' } as Difference;
    expect(findings(jenkins, 'error: /home/jenkins/workspace failed')).toEqual([]);
  });

  it('an error naming what a captured command checks: ls /dev/kvm and "Could not access KVM kernel module" (harvester/harvester-installer#532)', () => {
    const d = { scope: 'host', facet: 'custom', key: 'ls /dev/kvm', kind: 'removed', a: '/dev/kvm' } as Difference;
    const log =
      'Could not access KVM kernel module: No such file or directory\nqemu-system-x86_64: failed to initialize kvm: No such file or directory';
    expect(findings(d, log).map((f) => f.why)).toContain('an error line names kvm, which this captured command checks');
    expect(commandWords('grep -w localhost /etc/hosts')).toEqual(expect.arrayContaining(['localhost', 'hosts']));
    expect(commandWords('ls -l /dev/fuse')).not.toContain('ls');
  });

  it('an error naming the port a captured command watches: ss on :8080 and "Failed to bind to /0.0.0.0:8080" (salesforce/kafka-junit#49)', () => {
    const d = {
      scope: 'host',
      facet: 'custom',
      key: "ss -ltnH 'sport = :8080'",
      kind: 'changed',
      a: '',
      b: 'LISTEN 0 50 *:8080 *:*',
    } as Difference;
    const log = 'Caused by: java.io.IOException: Failed to bind to /0.0.0.0:8080';
    expect(findings(d, log).map((f) => f.why)).toContain('an error line names port 8080, which this captured command watches');
    expect(findings(d, 'Caused by: java.io.IOException: Failed to bind to /0.0.0.0:80800').map((f) => f.why)).toEqual([]);
  });

  it('a drive B maps its home to, named by a path on it (rabbitmq/rabbitmq-server#1256)', () => {
    const d = { scope: 'host', facet: 'env', key: 'HOMEDRIVE', kind: 'changed', a: 'C:', b: 'Z:' } as Difference;
    const log = ['Error: Failed to initialize erlang distribution: {{shutdown,', "le 'z:/.erlang.cookie': eacces\","].join('\n');
    expect(findings(d, log).map((f) => f.why)).toContain("the log names a path on Z:, B's HOMEDRIVE");
    expect(findings({ ...d, a: 'Z:', b: 'C:' } as Difference, log)).toEqual([]);
  });

  it("a captured command's arguments are its words", () => {
    expect([...words('ls -l /dev/fuse')]).toEqual(['fuse']);
    expect([...words('ssh-keygen -F github.com')]).toContain('github.com');
  });

  it("B's HOME printed with its letters outside ASCII as question marks (bazelbuild/bazel#7255)", () => {
    const d = changed('env', 'HOME', '/home/viesis', '/tmp/tēst');
    const log = [
      '$ bazel version',
      'Extracting Bazel installation...',
      'Error: An unexpected error occurred while trying to open file /tmp/t??st/.cache/bazel/_bazel_Viesis/install/5b71f1c3449ce6d1b7b4dca217afa78b/_embedded_binaries/A-server.jar',
    ].join('\n');
    expect(findings(d, log)[0]?.why).toBe("the log prints B's HOME with its letters outside ASCII mangled");
    // A's HOME gained no such letters: nothing of B's is mangled.
    expect(findings(changed('env', 'HOME', '/tmp/tēst', '/home/viesis'), log)).toEqual([]);
  });

  it("a captured command's options name nothing it checks: --format=csv,noheader (vllm-project/vllm#1060)", () => {
    expect(commandWords('nvidia-smi --query-gpu=driver_version --format=csv,noheader')).not.toContain('format');
    expect(commandWords('nvidia-smi --query-gpu=driver_version --format=csv,noheader')).toContain('driver_version');
    expect(commandWords('kubectl get nodes -o json')).not.toContain('json');
  });
});
