/** Parsed command-line options, handed from src/cli.ts to the commands. */

export interface CaptureOptions {
  /** Output file; `-` for stdout; undefined: `<hostname>.envdiff.json` in the cwd. */
  output?: string;
  force: boolean;
  label?: string;
  /** Facet ids to capture only / to skip. */
  only?: string[];
  skip?: string[];
  /** Budget of each probe in ms; undefined: the config file's, else the default. */
  timeoutMs?: number;
  images: string[];
  containers: string[];
  host: boolean;
  pull: boolean;
  /** User-defined probes: name -> sh command; captured into the `custom` facet. */
  probes: Record<string, string>;
  config?: string;
}

export type OutputFormat = 'tui' | 'text' | 'markdown' | 'json';

export interface CompareOptions {
  a: string;
  b: string;
  /** Build log file, or `-` for stdin. */
  log?: string;
  /** The passing build's log (needs --log). */
  goodLog?: string | undefined;
  /** undefined: TUI on a terminal, text otherwise. */
  format?: Exclude<OutputFormat, 'tui'>;
  /** scope/facet/key globs of differences to drop. */
  ignore: string[];
  config?: string;
  /** Write the report to a file (atomically) instead of stdout. */
  output?: string;
  /** Overwrite the output file if it exists (like capture's --force). */
  force?: boolean;
}

/** Where a command writes; injected so tests can capture output. */
export interface CommandIO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
}
