/**
 * The one way envdiff runs a program other than the probe bundle: execa, bounded
 * in time and output, never throwing for a failed command (its stdout is all the
 * caller reads). The bundle has its own runner (host-runner.ts), also execa,
 * because it must kill a whole process group.
 */
export interface CommandLimits {
  timeoutMs: number;
  maxOutputBytes: number;
  env: NodeJS.ProcessEnv;
}

/** stdout of `file args`, or '' when it fails, hangs past the limit or prints too much. */
export async function commandOutput(file: string, args: string[], limits: CommandLimits): Promise<string> {
  const { execa } = await import('execa');
  const result = await execa(file, args, {
    env: limits.env,
    extendEnv: false,
    timeout: limits.timeoutMs,
    maxBuffer: limits.maxOutputBytes,
    reject: false,
    stdin: 'ignore',
  });
  return result.failed && (result.timedOut || result.isMaxBuffer) ? '' : String(result.stdout ?? '');
}
