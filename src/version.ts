import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
/** envdiff's own version, from package.json (recorded in every fingerprint). */
export const VERSION: string = (require('../package.json') as { version: string }).version;
