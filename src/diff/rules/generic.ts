/**
 * The default rule, by value shape: string arrays as sets (which members B
 * lacks / adds), objects field by field, scalars as a plain change.
 */
import type { FacetValue } from '../../fingerprint/types.js';
import { differingFields, isObject, isStringArray, setDifference } from '../values.js';
import type { RuleFinding } from './types.js';

export function genericRule(_key: string, a: FacetValue, b: FacetValue): RuleFinding {
  if (isStringArray(a) && isStringArray(b)) {
    const { onlyA, onlyB } = setDifference(a, b);
    // Same members in another order (e.g. search path order) is still a change worth showing.
    return onlyA.length === 0 && onlyB.length === 0 ? { kind: 'changed' } : { kind: 'changed', detail: { onlyA, onlyB } };
  }
  if (isObject(a) && isObject(b)) return { kind: 'changed', detail: { fields: differingFields(a, b) } };
  return { kind: 'changed' };
}
