import { UsageError } from '../errors.js';
import type { CaptureOptions, CommandIO } from './options.js';

// Placeholder until the capture service lands (issue: host capture).
export async function runCapture(_options: CaptureOptions, _io: CommandIO): Promise<number> {
  throw new UsageError('capture is not implemented yet');
}
