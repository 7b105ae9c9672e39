/** Safe-to-publish fingerprints and logs: keyed pseudonyms (see ./anonymizer.ts). */
import type { Fingerprint } from '../fingerprint/types.js';
import { Anonymizer } from './anonymizer.js';
import { loadKey } from './key.js';
import { PUBLIC_HOSTS } from './public-hosts.js';
import { Pseudonyms } from './pseudonym.js';

export { Anonymizer } from './anonymizer.js';
export { defaultKeyPath } from './key.js';
export { PUBLIC_HOSTS } from './public-hosts.js';
export { Pseudonyms } from './pseudonym.js';

export interface AnonymizeSetup {
  env: Record<string, string | undefined>;
  keyFile?: string;
  keepHosts?: readonly string[];
}

export async function createAnonymizer(setup: AnonymizeSetup): Promise<Anonymizer> {
  const key = await loadKey(setup.env, setup.keyFile);
  return new Anonymizer({ pseudonyms: new Pseudonyms(key), keepHosts: [...PUBLIC_HOSTS, ...(setup.keepHosts ?? [])] });
}

/** `capture --anonymize`: the capture, anonymised before it is written anywhere. */
export async function anonymizeCapture(fingerprint: Fingerprint, setup: AnonymizeSetup): Promise<Fingerprint> {
  const anonymizer = await createAnonymizer(setup);
  anonymizer.learn(fingerprint);
  return anonymizer.fingerprint(fingerprint);
}
