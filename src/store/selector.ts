/**
 * Which run of a store a reference names: a manifest digest, or a job's
 * `last-green`, `latest` or a run id. Pure.
 */
import { DIGEST_PATTERN } from './oci.js';
import { movingTag, runTag } from './tags.js';

export type Selector = { kind: 'digest'; digest: string } | { kind: 'job'; job: string; which: 'last-green' | 'latest' | { run: string } };

export function parseSelector(text: string): Selector | undefined {
  if (DIGEST_PATTERN.test(text)) return { kind: 'digest', digest: text };
  const at = text.lastIndexOf('@');
  if (at <= 0 || at === text.length - 1) return undefined;
  const job = text.slice(0, at);
  const what = text.slice(at + 1);
  if (/[\s]/.test(what)) return undefined;
  return { kind: 'job', job, which: what === 'last-green' || what === 'latest' ? what : { run: what } };
}

/** The tag or digest to look up. */
export function selectorReference(selector: Selector): string {
  if (selector.kind === 'digest') return selector.digest;
  return typeof selector.which === 'string' ? movingTag(selector.job, selector.which) : runTag(selector.job, selector.which.run);
}

export function describeSelector(selector: Selector): string {
  if (selector.kind === 'digest') return `run ${selector.digest.slice(0, 19)}…`;
  if (selector.which === 'last-green') return `no passing run of job ${selector.job}`;
  if (selector.which === 'latest') return `no run of job ${selector.job}`;
  return `no run ${selector.which.run} of job ${selector.job}`;
}
