/**
 * One error family. Anything thrown as an EnvdiffError is a user-facing problem:
 * src/cli.ts prints its message on one line and exits with its code. Anything
 * else is a bug and is reported as such (still without a stack unless DEBUG).
 */
export class EnvdiffError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 2) {
    super(message);
    this.name = 'EnvdiffError';
    this.exitCode = exitCode;
  }
}

/** Bad input from the user: a file, a flag, a value. Exit 2. */
export class UsageError extends EnvdiffError {
  constructor(message: string) {
    super(message, 2);
    this.name = 'UsageError';
  }
}

/** The capture could not be made (no Docker engine, image missing, ...). Exit 2. */
export class CaptureError extends EnvdiffError {
  constructor(message: string) {
    super(message, 2);
    this.name = 'CaptureError';
  }
}
