/**
 * Cases measured on arrival (eval/arrivals.json): each blind round's cases
 * ranked once, by the model of that day, before anyone read them. They are the
 * honest sample of how the ranking does on failures it has not seen, so the
 * calibration map is fitted on them (`--fit-calibration --on-arrival`) and the
 * report shows their calibration table beside the tuned-on sets'.
 *
 * A record keeps the raw score of the first-ranked difference (the map's input,
 * not its output: refitting the map must not change the data it is fitted on).
 */
import { readFileSync } from 'node:fs';
import { UsageError } from '../errors.js';

export interface Arrival {
  id: string;
  /** The blind round the case came in (eval/README.md). */
  round: number;
  /** Raw score of the first-ranked difference when the case arrived. */
  raw: number;
  /** Rank of the expected difference then; null when it was not listed. */
  rank: number | null;
}

/** Reads and checks an arrivals file; any malformed record is a one-line usage error. */
export function readArrivals(file: string): Arrival[] {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`cannot read arrivals from ${file}: ${(error as Error).message}`);
  }
  if (!Array.isArray(data)) throw new UsageError(`${file}: expected a JSON array of arrivals`);
  return data.map((r: unknown, i) => {
    const a = r as Partial<Arrival> | null;
    const ok =
      a !== null &&
      typeof a === 'object' &&
      typeof a.id === 'string' &&
      Number.isInteger(a.round) &&
      typeof a.raw === 'number' &&
      a.raw >= 0 &&
      a.raw <= 1 &&
      (a.rank === null || (Number.isInteger(a.rank) && (a.rank as number) >= 1));
    if (!ok) throw new UsageError(`${file}: record ${i} is not {id, round, raw in [0,1], rank >= 1 or null}`);
    return { id: a.id!, round: a.round!, raw: a.raw!, rank: a.rank! };
  });
}
