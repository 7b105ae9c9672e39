/**
 * Secret redaction, applied at capture time so a fingerprint can be shared. A
 * secret is replaced by `redacted:sha256:<first 12 hex of its sha256>`, so two
 * environments holding the same secret still compare equal and a rotated secret
 * still shows up as a difference.
 *
 * - `isSecretName`: variable/config names whose whole value is a secret.
 * - `redactText`: credentials inside any text: URL userinfo, well-known token
 *   shapes, `key=value` pairs with secret-looking keys, PEM private keys. Safe to
 *   run again over already redacted text (the capture runs it over every string of
 *   the final fingerprint as a safety net).
 * - `redactValue`: both, for a named value (environment variables, config keys).
 * - `redactEnv`: a whole environment, where one variable can reveal another (a
 *   Jenkins credential binding X=user:pass comes with X_USR and X_PSW).
 *
 * Never hiding non-secrets matters as much: an image called `registry/secret:latest`
 * is a name, not a `secret: latest` assignment.
 */
import { createHash } from 'node:crypto';

const MARKER = /^redacted:sha256:[0-9a-f]{12}$/;

/** The replacement for one secret. */
export function redactionOf(secret: string): string {
  return `redacted:sha256:${createHash('sha256').update(secret, 'utf8').digest('hex').slice(0, 12)}`;
}

export function isRedacted(value: string): boolean {
  return MARKER.test(value);
}

// Secret-looking names. AUTH but not AUTHOR (GIT_AUTHOR_NAME); PASS anywhere
// (SSHPASS, DBPASS) but not PASSTHROUGH/BYPASS/COMPASS; KEY/PAT/PSW only as whole
// words of the name (KEYBOARD, PATH are not secrets; Jenkins binds X_PSW).
const SECRET_NAME =
  /(TOKEN|SECRET|(?<!BY|COM)PASS(?!THROUGH)|PASSPHRASE|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|SIGNING_?KEY|ENCRYPTION_?KEY|CLIENT_?KEY|MASTER_?KEY|CREDENTIAL|AUTH(?!OR)|SESSION|COOKIE|WEBHOOK|(^|_)DSN$|(^|_)(KEY|PAT|PWD|PSW|PIN|SALT)(_|$)|CONNECTION_?STRING)/i;
// Names that match the above but hold no secret.
const NOT_SECRET_NAME = /^(PWD|OLDPWD|SSH_AUTH_SOCK|GPG_AGENT_INFO|XAUTHORITY|.*_SOCK|.*_FILE|.*_PATH)$/i;

export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name) && !NOT_SECRET_NAME.test(name);
}

/** Token shapes recognised anywhere in a value (documented formats of each vendor). */
const TOKEN_SHAPES: RegExp[] = [
  /\bgh[pousr]_[A-Za-z0-9]{36,255}\b/g, // GitHub classic/OAuth/user/server/refresh tokens
  /\bgithub_pat_[A-Za-z0-9_]{22,255}\b/g, // GitHub fine-grained PAT
  /\bglpat-[A-Za-z0-9_-]{20,}/g, // GitLab PAT
  /\bgl(?:cbt|dt|rt|ptt|ft|imt|agent|oas|soat)-[A-Za-z0-9_-]{20,}/g, // other GitLab tokens
  /\bxox[abposr]-[A-Za-z0-9-]{10,}/g, // Slack
  /\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}\b/g, // AWS access key ids
  /\bnpm_[A-Za-z0-9]{36}\b/g, // npm automation/publish tokens
  /\bAIza[0-9A-Za-z_-]{35}\b/g, // Google API keys
  /\b(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{16,}\b/g, // Stripe
  /\bpypi-[A-Za-z0-9_-]{50,}/g, // PyPI API tokens
  /\bdckr_pat_[A-Za-z0-9_-]{20,}/g, // Docker Hub PAT
  /\bhf_[A-Za-z0-9]{30,}\b/g, // Hugging Face
  /\bsq[uap]_[0-9a-f]{40}\b/g, // SonarQube user/analysis/project tokens
  /\bsk-(?:proj-|ant-)?[A-Za-z0-9_-]{32,}/g, // OpenAI / Anthropic style keys
  /\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/g, // JWT
  // A private key, to its END line or, cut short, to the end of the text.
  /-----BEGIN [A-Z ]*PRIVATE KEY-----(?:[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----|[\s\S]*$)/g,
];

// scheme://userinfo@host : as a URL parser reads it, userinfo runs from `//` to the
// LAST `@` before the path, query or fragment (`https://u:p@ss@h/`: the password is `p@ss`).
const URL_USERINFO = /\b([A-Za-z][A-Za-z0-9+.-]*:\/\/)([^/\s?#"'<>]*)@/g;

// key=value / "key": value / key: value where the key looks secret (npmrc
// `//host/:_authToken=...`, docker config `"auth": "..."`, YAML `password: ...`, query
// strings `?access_token=...`). A bare `:` (no quote before it, no space after it)
// is not an assignment: `registry/secret:latest` is an image name.
const SECRET_KEY =
  '[A-Za-z0-9_.-]*?(?:_authToken|auth|_password|token|secret|passw(?:or)?d|api[_-]?key|access[_-]?key|private[_-]?key|client[_-]?secret)';
const SECRET_ASSIGNMENT = new RegExp(
  String.raw`(^|[\s;,&?{/:]|"|')(${SECRET_KEY})((?:["']?\s*=\s*)|(?:["']\s*:\s*)|(?::\s+))(["']?)([^\s"'&;,]+)`,
  'gi',
);

// HTTP credential headers anywhere in a value (`git -c http.extraheader="AUTHORIZATION:
// basic ..."`, CURL_HEADERS): the scheme word stays, the credential goes.
const CREDENTIAL_HEADER =
  /\b((?:proxy-)?authorization|cookie|set-cookie|private-token|job-token|x-[a-z0-9-]*(?:token|api-?key|auth)[a-z0-9-]*)(\s*:\s*)((?:(?:basic|bearer|token|digest|negotiate|ntlm|aws4-hmac-sha256)\s+)?)([^\r\n"']+)/gi;

// netrc (`machine h login u password p`): the password token after its keyword.
const NETRC = /\bmachine\s+\S+/;
const NETRC_PASSWORD = /(\bpassword\s+)(\S+)/g;

export function redactText(text: string): string {
  let out = text;
  for (const shape of TOKEN_SHAPES) out = out.replace(shape, (secret) => redactionOf(secret));
  out = out.replace(URL_USERINFO, (whole, scheme: string, userinfo: string) =>
    userinfo === '' || isRedacted(userinfo) ? whole : `${scheme}${redactionOf(userinfo)}@`,
  );
  out = out.replace(CREDENTIAL_HEADER, (whole, name: string, sep: string, scheme: string, value: string) => {
    const secret = value.trimEnd();
    if (secret === '' || isRedacted(secret)) return whole;
    return `${name}${sep}${scheme}${redactionOf(secret)}${value.slice(secret.length)}`;
  });
  out = out.replace(SECRET_ASSIGNMENT, (whole, lead: string, key: string, sep: string, quote: string, value: string) => {
    if (isRedacted(value) || value.startsWith('redacted:sha256:') || value.startsWith('$')) return whole;
    return `${lead}${key}${sep}${quote}${redactionOf(value)}`;
  });
  if (NETRC.test(out)) {
    out = out.replace(NETRC_PASSWORD, (whole, keyword: string, value: string) =>
      value.startsWith('redacted:sha256:') ? whole : `${keyword}${redactionOf(value)}`,
    );
  }
  return out;
}

/** A named value: the whole value if the name looks secret, else what redactText finds. */
export function redactValue(name: string, value: string): string {
  if (value === '' || isRedacted(value)) return value;
  if (isSecretName(name)) return redactionOf(value);
  return redactText(value);
}

/**
 * A whole environment: each variable by redactValue, and the Jenkins credential
 * binding — `withCredentials` exports X=user:pass beside X_USR and X_PSW, under a
 * name of the job's choosing — recognised by its companions.
 */
export function redactEnv(vars: ReadonlyArray<readonly [string, string]>): Array<[string, string]> {
  const names = new Set(vars.map(([name]) => name));
  const bound = (name: string) => names.has(`${name}_USR`) && names.has(`${name}_PSW`);
  return vars.map(([name, value]) => [name, bound(name) && value !== '' ? redactionOf(value) : redactValue(name, value)]);
}

/** `NAME=value` entries (an image's config Env), as redactEnv does. */
export function redactEnvEntries(entries: readonly string[]): string[] {
  const split = entries.map((entry): [string, string] => {
    const eq = entry.indexOf('=');
    return eq === -1 ? [entry, ''] : [entry.slice(0, eq), entry.slice(eq + 1)];
  });
  return redactEnv(split).map(([name, value], i) => (entries[i]!.includes('=') ? `${name}=${value}` : name));
}
