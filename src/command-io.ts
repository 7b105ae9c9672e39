/**
 * Where a command reads and writes. Injected by src/bin.ts (the real process)
 * and by tests (in-memory streams); below both src/commands and src/ui, so
 * neither imports the other for it.
 */
export interface CommandIO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  /** Relative paths given by the user resolve against this, not process.cwd(). */
  cwd: string;
}
