import { UsageError } from '../errors.js';
import type { CommandIO, CompareOptions } from './options.js';

// Placeholder until the compare service lands (issue: compare and rank).
export async function runCompare(_options: CompareOptions, _io: CommandIO): Promise<number> {
  throw new UsageError('compare is not implemented yet');
}
