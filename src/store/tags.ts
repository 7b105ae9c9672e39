/**
 * Tag names. A tag must match the OCI grammar `[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}`,
 * so job names and run ids are slugged. `--` separates job from run and never
 * occurs inside a slug, so a tag names its job unambiguously.
 */

const MAX_TAG = 128;
/** Moving tags; a run id equal to one of these gets a `run-` prefix. */
export const MOVING = ['last-green', 'latest'] as const;
export type Moving = (typeof MOVING)[number];

export function slug(text: string, max = 60): string {
  const s = text
    .replace(/[^a-zA-Z0-9_.]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[.-]+/, '')
    .replace(/[.-]+$/, '')
    .slice(0, max)
    .replace(/[.-]+$/, '');
  return s === '' ? '_' : s;
}

export function runTag(job: string, run: string): string {
  let r = slug(run, MAX_TAG - 2 - slug(job).length);
  if ((MOVING as readonly string[]).includes(r)) r = `run-${r}`;
  return `${slug(job)}--${r}`;
}

export function movingTag(job: string, which: Moving): string {
  return `${slug(job)}--${which}`;
}

/** The job slug and the rest of a tag envdiff wrote; undefined for other tags. */
export function splitTag(tag: string): { job: string; rest: string } | undefined {
  const at = tag.indexOf('--');
  if (at <= 0) return undefined;
  return { job: tag.slice(0, at), rest: tag.slice(at + 2) };
}

export function isTag(text: string): boolean {
  return /^[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}$/.test(text);
}
