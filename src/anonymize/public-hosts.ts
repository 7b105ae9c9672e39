/**
 * Hosts that identify nobody: public registries, forges and package indexes that
 * everyone's builds reach. They are kept as they are so an anonymised fingerprint
 * still says "the build pulled from the public registry". Everything else — an
 * internal mirror, a proxy, a company registry — is replaced. Users add their own
 * (their distribution's public mirrors, say) with --keep-host NAME or *.SUFFIX.
 */
export const PUBLIC_HOSTS: readonly string[] = [
  'github.com',
  '*.github.com',
  '*.githubusercontent.com',
  'ghcr.io',
  'docker.io',
  '*.docker.io',
  '*.docker.com',
  'quay.io',
  'gcr.io',
  '*.gcr.io',
  '*.pkg.dev',
  'mcr.microsoft.com',
  'public.ecr.aws',
  'gitlab.com',
  'registry.gitlab.com',
  'pypi.org',
  'files.pythonhosted.org',
  'proxy.golang.org',
  'sum.golang.org',
  'crates.io',
  'static.crates.io',
  'index.crates.io',
  'repo.maven.apache.org',
  'repo1.maven.org',
  'rubygems.org',
  'dl-cdn.alpinelinux.org',
  'mirrors.fedoraproject.org',
  'nodejs.org',
  'localhost',
];

/** Whether `host` matches one of `patterns` (exact, or `*.suffix` for any subdomain). */
export function isKeptHost(host: string, patterns: readonly string[]): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return patterns.some((p) => {
    const pattern = p.toLowerCase();
    return pattern.startsWith('*.') ? h.endsWith(pattern.slice(1)) : h === pattern;
  });
}
