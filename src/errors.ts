/**
 * One error family. Anything thrown as an EnvdiffError is a user-facing problem:
 * src/cli.ts prints its message on one line and exits with its code. Anything
 * else is a bug and is reported as such (still without a stack unless DEBUG).
 */
/**
 * What went wrong, for code that must react to one kind of error (a lost race for
 * an output name, a run that is not in the store) instead of matching message text.
 */
export type ErrorCode =
  | 'usage'
  | 'capture'
  | 'store'
  | 'output-exists'
  | 'run-not-found'
  // An engine call cut at its deadline or byte cap, or aborted (src/capture/engine-http.ts).
  | 'ENGINE_DEADLINE'
  | 'ENGINE_TOO_MUCH'
  | 'ENGINE_ABORTED';

export class EnvdiffError extends Error {
  readonly exitCode: number;
  readonly code: ErrorCode;
  constructor(message: string, exitCode = 2, code: ErrorCode = 'usage') {
    super(message);
    this.name = 'EnvdiffError';
    this.exitCode = exitCode;
    this.code = code;
  }
}

/** Bad input from the user: a file, a flag, a value. Exit 2. */
export class UsageError extends EnvdiffError {
  constructor(message: string, code: ErrorCode = 'usage') {
    super(message, 2, code);
    this.name = 'UsageError';
  }
}

/** The capture could not be made (no Docker engine, image missing, ...). Exit 2. */
export class CaptureError extends EnvdiffError {
  constructor(message: string, code: ErrorCode = 'capture') {
    super(message, 2, code);
    this.name = 'CaptureError';
  }
}
