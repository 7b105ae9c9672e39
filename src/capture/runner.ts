/**
 * A Runner executes the probe bundle (one POSIX sh script) somewhere: on the host
 * (execa) or inside a container (dockerode exec). Both implement this interface so
 * capture orchestration and parsing do not care where the probes ran.
 */
export interface ScriptResult {
  stdout: string;
  stderr: string;
  exitCode: number | null;
  /** True when the runner's overall budget cut the script. */
  timedOut: boolean;
  /** True when the script printed more than the bundle's byte cap and was cut there. */
  overflowed?: boolean;
}

export interface Runner {
  /** Scope name this runner captures, e.g. `host`, `image:debian:12`. */
  readonly scope: string;
  /** Run `script` with `sh -s` (script on stdin). Never throws for a non-zero exit. */
  runScript(script: string, options: { timeoutMs: number; signal?: AbortSignal }): Promise<ScriptResult>;
  /** Read files (or directory listings) without a shell; used for shell-less images.
   *  Returns only the paths that exist. */
  readFiles?(paths: string[], options: { timeoutMs: number; signal?: AbortSignal }): Promise<Map<string, string>>;
}
