/**
 * Which CI job and run this is, from the variables each CI system sets — so that
 * `capture --store` needs no --job on GitHub Actions, GitLab CI, Buildkite,
 * Jenkins, CircleCI or Azure Pipelines. Pure: environment in, context out.
 */

export interface CiContext {
  ci: string;
  job?: string;
  run?: string;
  commit?: string;
  branch?: string;
  runner?: string;
  runnerImage?: string;
}

type Env = Record<string, string | undefined>;

function join(...parts: (string | undefined)[]): string | undefined {
  const present = parts.filter((p): p is string => p !== undefined && p !== '');
  return present.length > 0 ? present.join('/') : undefined;
}

function clean(context: CiContext): CiContext {
  return Object.fromEntries(Object.entries(context).filter(([, v]) => v !== undefined && v !== '')) as unknown as CiContext;
}

export function detectCi(env: Env): CiContext | undefined {
  if (env['GITHUB_ACTIONS'] === 'true') {
    const attempt = env['GITHUB_RUN_ATTEMPT'];
    return clean({
      ci: 'github',
      job: join(env['GITHUB_WORKFLOW'], env['GITHUB_JOB']),
      run: env['GITHUB_RUN_ID'] && attempt && attempt !== '1' ? `${env['GITHUB_RUN_ID']}-${attempt}` : env['GITHUB_RUN_ID'],
      commit: env['GITHUB_SHA'],
      branch: env['GITHUB_HEAD_REF'] || env['GITHUB_REF_NAME'],
      runner: env['RUNNER_NAME'],
      runnerImage: join(env['ImageOS'], env['ImageVersion']),
    });
  }
  if (env['GITLAB_CI'] === 'true') {
    return clean({
      ci: 'gitlab',
      job: join(env['CI_PROJECT_PATH'], env['CI_JOB_NAME']),
      run: env['CI_JOB_ID'] ?? env['CI_PIPELINE_ID'],
      commit: env['CI_COMMIT_SHA'],
      branch: env['CI_COMMIT_REF_NAME'],
      runner: env['CI_RUNNER_DESCRIPTION'] || env['CI_RUNNER_ID'],
      runnerImage: env['CI_JOB_IMAGE'],
    });
  }
  if (env['BUILDKITE'] === 'true') {
    return clean({
      ci: 'buildkite',
      job: join(env['BUILDKITE_PIPELINE_SLUG'], env['BUILDKITE_STEP_KEY'] || env['BUILDKITE_LABEL']),
      run: env['BUILDKITE_BUILD_NUMBER'],
      commit: env['BUILDKITE_COMMIT'],
      branch: env['BUILDKITE_BRANCH'],
      runner: env['BUILDKITE_AGENT_NAME'],
    });
  }
  if (env['CIRCLECI'] === 'true') {
    return clean({
      ci: 'circleci',
      job: join(env['CIRCLE_PROJECT_REPONAME'], env['CIRCLE_JOB']),
      run: env['CIRCLE_BUILD_NUM'],
      commit: env['CIRCLE_SHA1'],
      branch: env['CIRCLE_BRANCH'],
      runner: env['CIRCLE_NODE_INDEX'] !== undefined ? `node-${env['CIRCLE_NODE_INDEX']}` : undefined,
    });
  }
  if (env['TF_BUILD'] === 'True' || env['TF_BUILD'] === 'true') {
    return clean({
      ci: 'azure',
      job: join(env['BUILD_DEFINITIONNAME'], env['SYSTEM_JOBDISPLAYNAME'] || env['AGENT_JOBNAME']),
      run:
        env['BUILD_BUILDID'] && env['SYSTEM_JOBATTEMPT'] && env['SYSTEM_JOBATTEMPT'] !== '1'
          ? `${env['BUILD_BUILDID']}-${env['SYSTEM_JOBATTEMPT']}`
          : env['BUILD_BUILDID'],
      commit: env['BUILD_SOURCEVERSION'],
      branch: env['BUILD_SOURCEBRANCHNAME'],
      runner: env['AGENT_NAME'],
      runnerImage: join(env['ImageOS'], env['ImageVersion']),
    });
  }
  // Jenkins last: its variables are generic enough (BUILD_NUMBER) to appear elsewhere.
  if (env['JENKINS_URL'] !== undefined && env['BUILD_NUMBER'] !== undefined) {
    return clean({
      ci: 'jenkins',
      job: env['JOB_NAME'],
      run: env['BUILD_NUMBER'],
      commit: env['GIT_COMMIT'],
      branch: env['BRANCH_NAME'] || env['GIT_BRANCH'],
      runner: env['NODE_NAME'],
    });
  }
  return undefined;
}
