/** Types of the fleet analysis: many fingerprints, one per runner or run. */
import type { FacetValue } from '../fingerprint/types.js';

export type RunStatus = 'pass' | 'fail' | 'unknown';

export interface FleetMember {
  /** Runner or run name as shown: the fingerprint's label, else its hostname, else its file. */
  label: string;
  status: RunStatus;
  /** Where it came from (a path or a store reference), for messages. */
  source: string;
}

/** Members with one value of one fact. */
export interface ValueGroup {
  /** undefined: the key is absent on these members (their facet was captured). */
  value: FacetValue | undefined;
  count: number;
  failing: number;
  passing: number;
  /** Member indexes, at most MAX_LISTED_MEMBERS of them (counts stay exact). */
  members: number[];
}

/** One fact (scope/facet/key) across the fleet. */
export interface FactTally {
  /** Scope as paired across hosts: `host`, `image:REF`, `container of REF`. */
  scope: string;
  facet: string;
  key: string;
  groups: Map<string, ValueGroup>;
  /** Members whose facet was captured (the denominator of every share). */
  captured: number;
  failing: number;
  passing: number;
  /** Every captured value was a number: [member index, value] for robust statistics. */
  numbers: Array<[number, number]> | undefined;
  /** More distinct values than are worth telling apart (ids, timestamps). */
  highCardinality: boolean;
  /** Index of the last member that held this key (absent detection without a set per member). */
  lastSeen: number;
  /** The group the previous member's value fell in: most members hold the same value. */
  lastGroup: ValueGroup | undefined;
}
