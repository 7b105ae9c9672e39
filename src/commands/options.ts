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
  /** The host's root filesystem mounted here (an agent in a container): capture that host. */
  root?: string;
  /** Replace identifying values by keyed pseudonyms before writing (src/anonymize). */
  anonymize?: boolean;
}

export type ReportFormat = 'text' | 'markdown' | 'json';

export interface CompareOptions {
  /** Fingerprint file, `-` for stdin, or a local image to capture now. */
  a: string;
  b: string;
  /** Build log file, or `-` for stdin. */
  log?: string;
  /** The passing build's log (needs --log). */
  goodLog?: string | undefined;
  /** undefined: TUI on a terminal, github on a GitHub Actions runner, text otherwise (or the -o file's extension). */
  format?: ReportFormat | 'github';
  /** FACET, FACET/KEY or SCOPE/FACET/KEY globs of differences to drop. */
  ignore: string[];
  /** `A=B`: compare scope A of the first fingerprint with scope B of the second. */
  pair: string[];
  /** Show volatile differences too. */
  all: boolean;
  config?: string;
  /** Write the report to a file (atomically) instead of stdout. */
  output?: string;
  /** Overwrite the output file if it exists (like capture's --force). */
  force?: boolean;
  /** Differences shown in full (text, markdown, github). */
  top?: number;
  /** Print only the verdict line. */
  quiet?: boolean;
  /** Exit 1 only when the top non-volatile difference scores at least this. */
  failOn?: number;
  /** Append the GitHub job summary to this file; `true`: to $GITHUB_STEP_SUMMARY. */
  summary?: string | true;
}

export interface ShowOptions {
  /** Fingerprint file, `-` for stdin, or a local image to capture now. */
  input: string;
  format?: ReportFormat;
  output?: string;
  force?: boolean;
}
