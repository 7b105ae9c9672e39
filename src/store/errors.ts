import { EnvdiffError, type ErrorCode } from '../errors.js';

/** The store could not be read or written (missing run, registry refused, digest mismatch). Exit 2. */
export class StoreError extends EnvdiffError {
  constructor(message: string, code: ErrorCode = 'store') {
    super(message, 2, code);
    this.name = 'StoreError';
  }
}
