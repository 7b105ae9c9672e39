/**
 * The failing step's program, read from command lines as real logs print them
 * (each line from the thread named beside it).
 */
import { describe, expect, it } from 'vitest';
import { commandLine } from '../../src/rank/failing-command.js';
import { parseBuildLog, rankDifferences } from '../../src/rank/index.js';
import { toolChange } from '../helpers/differences.js';

describe('commandLine', () => {
  it.each([
    // bitnami/sealed-secrets#1170
    [
      '$ COSIGN_REPOSITORY=ghcr.io/bitnami-labs/sealed-secrets-controller/signs ~/go/bin/cosign verify --key cosign.pub ghcr.io/bitnami-labs/sealed-secrets-controller:v0.20.2',
      'cosign',
    ],
    // jenkinsci/packaging#288
    ['# rpm --import /credentials/test.ascii.key ', 'rpm'],
    // azavea/docker-django#57
    ['+ gpg --keyserver ha.pool.sks-keyservers.net --recv-keys B97B0AFCAA1A47F044F244A07FCC7D46ACCC4CF8', 'gpg'],
    // moby/moby#50527
    ['root@c289986a1f42:/home# apt-get update', 'apt-get'],
    // NREL/resstock (GitHub Actions)
    ['Run pip install git+https://github.com/NREL/buildstockbatch.git@develop', 'pip'],
    ['Step 4/9 : RUN sudo -E /bin/sh -c "helm dependency build"', 'helm'],
    // GoogleCloudPlatform/microservices-demo#1511 (a Terraform provisioner's tag before the traced command)
    ['null_resource.apply_deployment (local-exec): + kubectl apply -k ../kustomize/', 'kubectl'],
    // A Compose service's tag before its shell trace.
    ['web_1  | + npm ci', 'npm'],
    // amazonlinux/amazon-linux-2023#290 (BuildKit's progress view)
    [
      ' => ERROR [ 2/13] RUN amazon-linux-extras install python3.8                                                            1.3s',
      'amazon-linux-extras',
    ],
  ])('%s -> %s', (line, program) => {
    expect(commandLine(line)?.program).toBe(program);
  });

  it.each([
    'E: The repository is not signed.',
    '# Installing dependencies',
    '#12 [build 5/6] COPY . .',
    'Step 8/17 : RUN             . /venv/bin/activate && pip install jupyter',
    '> 1 | import x from "y"',
  ])('not a command: %s', (line) => {
    expect(commandLine(line)).toBeUndefined();
  });
});

describe('the failing step names its tool', () => {
  const log = [
    '$ COSIGN_REPOSITORY=ghcr.io/bitnami-labs/sealed-secrets-controller/signs ~/go/bin/cosign verify --key cosign.pub ghcr.io/bitnami-labs/sealed-secrets-controller:v0.20.2',
    'Error: no matching signatures:',
    'signature not found in transparency log',
    'main.go:69: error during command execution: no matching signatures:',
  ].join('\n');

  it('a tool of its own (cosign) gains evidence; a build driver run the same way would not', () => {
    const ranked = rankDifferences(
      [toolChange('go', '1.19.5', '1.20.2'), toolChange('cosign', '1.13.1', '2.0.0'), toolChange('crane', '0.12.1', '0.14.0')],
      {
        log: parseBuildLog(log),
      },
    );
    expect(ranked[0]!.key).toBe('cosign');
    expect(ranked[0]!.reasons.map((r) => r.text).join(' ')).toMatch(/failing step runs cosign/);
    const viaMaven = rankDifferences([toolChange('maven', '3.2.3', '3.2.5')], {
      log: parseBuildLog('$ mvn clean install\n[ERROR] BUILD FAILURE'),
    });
    expect(viaMaven[0]!.reasons.map((r) => r.text).join(' ')).not.toMatch(/failing step/);
  });
});
