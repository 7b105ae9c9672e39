/**
 * packages: `{version, status, manager}` per package; versions ordered by the
 * package manager's own rules (dpkg exactly), giving upgrade/downgrade.
 */
import type { FacetValue } from '../../fingerprint/types.js';
import { compareVersionsFor } from '../package-version.js';
import { differingFields, isObject } from '../values.js';
import { genericRule } from './generic.js';
import type { RuleFinding } from './types.js';
import { direction, versionChange } from './versions.js';

export function packagesRule(key: string, a: FacetValue, b: FacetValue): RuleFinding {
  if (isObject(a) && isObject(b)) {
    const fields = differingFields(a, b);
    const va = a['version'];
    const vb = b['version'];
    if (typeof va === 'string' && typeof vb === 'string' && va !== vb) {
      const manager = typeof a['manager'] === 'string' ? a['manager'] : typeof b['manager'] === 'string' ? b['manager'] : undefined;
      return { kind: 'changed', detail: { direction: direction(compareVersionsFor(manager, va, vb)), fields } };
    }
    return { kind: 'changed', detail: { fields } };
  }
  // Some managers (npm/pip lists) may store a bare version string.
  return versionChange(a, b) ?? genericRule(key, a, b);
}
