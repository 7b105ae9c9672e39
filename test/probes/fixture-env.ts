/**
 * The environment the debian-host fixture was captured with: the machine's PATH
 * and locale plus typical CI variables, 20+ realistic secrets in the shapes
 * vendors document (none of them live credentials), registry/proxy URLs carrying
 * credentials, and values built to forge another variable or part.
 */
export const FIXTURE_SECRETS: Record<string, string> = {
  AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  AWS_SESSION_TOKEN: 'IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQD6example',
  GITHUB_TOKEN: 'ghp_16C7e42F292c6912E7710c838347Ae178B4a',
  GH_PAT: 'github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUV',
  GITLAB_TOKEN: 'glpat-xxxxExampleToken1234',
  CI_JOB_TOKEN: 'glcbt-64_abcdefghijklmnopqrstuv',
  NPM_TOKEN: 'npm_abcdefghijklmnopqrstuvwxyz0123456789',
  NODE_AUTH_TOKEN: 'npm_ZYXWVUTSRQPONMLKJIHGFEDCBA9876543210',
  SLACK_WEBHOOK_URL: 'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX',
  SLACK_BOT: 'xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx',
  DOCKER_PASSWORD: 'dckr_pat_abcdefghijklmnopqrstuvwxyz0',
  DOCKER_AUTH_CONFIG: '{"auths":{"registry.example.com":{"auth":"dXNlcjpwYXNzd29yZA=="}}}',
  GOOGLE_API_KEY: 'AIzaSyA1234567890abcdefghijklmnopqrstuv',
  STRIPE_SECRET_KEY: 'sk_live_4eC39HqLyjWDarjtT1zdp7dc',
  DATABASE_URL: 'postgres://app:s3cr3t-db-pass@db.internal:5432/app',
  PYPI_API_TOKEN: 'pypi-AgEIcHlwaS5vcmcCJGI4YmNhY2E0LTc5ZDUtNGQwNC04YTZkLTFhZmQ0YTBjODAzMgACJXsicGVybWlzc2lvbnMiOiAidXNlciJ9',
  HF_TOKEN: 'hf_abcdefghijklmnopqrstuvwxyzABCDEF',
  ARTIFACTORY_PASSWORD: 'AKCp8jQ8example-artifactory-apikey',
  SONAR_LOGIN: 'squ_0123456789abcdef0123456789abcdef01234567',
  SSH_PRIVATE_KEY:
    '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n-----END OPENSSH PRIVATE KEY-----',
  JWT_SAMPLE: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U',
};

/** Secrets that sit inside otherwise public values (URLs), and what must survive. */
export const FIXTURE_URL_SECRETS = {
  http_proxy: 'http://builder:pr0xy-pass@proxy.corp.example:3128',
  HTTPS_PROXY: 'http://builder:pr0xy-pass@proxy.corp.example:3128',
  no_proxy: 'localhost,127.0.0.1,.corp.example',
  npm_config_registry: 'https://ci:npm-registry-pass@localhost:4873/',
  PIP_INDEX_URL: 'https://pypi-user:pypi-pass-123@localhost/simple',
  GOPROXY: 'https://localhost/goproxy,direct',
};

export const FIXTURE_ENV: Record<string, string> = {
  PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
  HOME: '/root',
  LANG: 'C.UTF-8',
  TERM: 'xterm-256color',
  CI: 'true',
  GIT_AUTHOR_NAME: 'envdiff ci',
  ...FIXTURE_SECRETS,
  ...FIXTURE_URL_SECRETS,
  // A value that tries to forge another variable and a raw part header.
  FORGE: 'x\nBAR=evil\n@env LANG\n fake',
  // Non-ASCII text, and a value with `=` and quotes.
  ODD_BYTES: 'caf\u00e9 \u00ff',
  EQUALS: 'a=b \'c\' "d"',
};
