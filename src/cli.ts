/**
 * argv -> command -> exit code. The only place that prints errors: an
 * EnvdiffError is one line and its exit code; anything else is reported as a bug
 * (stack only with ENVDIFF_DEBUG=1).
 */
import { Command, CommanderError, InvalidArgumentError, Option } from '@commander-js/extra-typings';
import { parseProbeTimeout } from './capture/limits.js';
import { EnvdiffError } from './errors.js';
import { sanitize } from './render/sanitize.js';
import { VERSION } from './version.js';
import type { CommandIO } from './command-io.js';
import type { CaptureOptions, CompareOptions, ShowOptions } from './commands/options.js';
import { checkCaptureStoreFlags, registerStoreCommands, storeFlags, storeOptions } from './commands/store-cli.js';

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function commaList(value: string, previous: string[] | undefined): string[] {
  return [
    ...(previous ?? []),
    ...value
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  ];
}

function probeTimeout(value: string): number {
  const parsed = parseProbeTimeout(value);
  if ('problem' in parsed) throw new InvalidArgumentError(parsed.problem);
  return parsed.ms;
}

function positiveCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0 || n > 1_000_000) throw new InvalidArgumentError('expected a whole number from 1 to 1000000');
  return n;
}

function scoreThreshold(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1)
    throw new InvalidArgumentError('expected a score from 0 to 1, e.g. 0.5');
  return n;
}

/** compare's CI flags (src/commands/compare-ci.ts), only those given. */
function ciFlags(opts: {
  top?: number;
  quiet?: boolean;
  failOn?: number;
  summary?: string | true;
}): Pick<CompareOptions, 'top' | 'quiet' | 'failOn' | 'summary'> {
  return {
    ...(opts.top !== undefined ? { top: opts.top } : {}),
    ...(opts.quiet ? { quiet: true } : {}),
    ...(opts.failOn !== undefined ? { failOn: opts.failOn } : {}),
    ...(opts.summary !== undefined ? { summary: opts.summary } : {}),
  };
}

/** `NAME=COMMAND`, or a bare COMMAND that is its own name (NAME is a word: a
 *  command such as `env FOO=1 make -v` has a space before its first `=`). */
function probeDefinition(value: string, previous: Record<string, string>): Record<string, string> {
  const named = /^([A-Za-z0-9_.:-]+)=([\s\S]*)$/.exec(value);
  const [name, command] = named ? [named[1]!, named[2]!] : [value.trim(), value];
  if (name === '' || command.trim() === '')
    throw new InvalidArgumentError(`expected NAME=COMMAND or a command, got ${JSON.stringify(value)}`);
  return { ...previous, [name]: command };
}

export function buildProgram(io: CommandIO, setExit: (code: number) => void) {
  const program = new Command('envdiff')
    .description('Explain why a build passes on one machine and fails on another.')
    .version(VERSION, '-V, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      // One line, same prefix as every other envdiff error.
      outputError: (s, write) => write(`envdiff: ${s.replace(/^error: /, '').trim()} (see envdiff --help)\n`),
    });

  program
    .command('capture')
    .description('fingerprint this machine (and containers/images) into a JSON file')
    .option('-o, --output <file>', 'output file, or - for stdout (default: <hostname>.envdiff.json)')
    .option('-f, --force', 'overwrite the output file if it exists', false)
    .option('--label <text>', 'a label to recognise this fingerprint by (e.g. "ci-runner-7")')
    .option('--only <facets>', 'capture only these facets (comma-separated)', commaList)
    .option('--skip <facets>', 'skip these facets (comma-separated)', commaList)
    .option('--timeout <ms>', "time budget of each probe: ms, or with a unit (10s, 2m; default: 10000, or the config file's)", probeTimeout)
    .option('--image <ref>', 'also fingerprint a container created from this image (repeatable)', collect, [])
    .option('--container <id>', 'also fingerprint this running container (repeatable)', collect, [])
    .option('--no-host', 'do not fingerprint the host (only the given images/containers)')
    .option('--pull', 'pull images that are not present locally', false)
    .option(
      '--probe <name=command>',
      'a custom probe: a sh command whose output is captured, named NAME or by its own text (repeatable)',
      probeDefinition,
      {},
    )
    .option('--config <file>', 'config file (default: envdiff.json here or up to the repository root)')
    .option(
      '--store [store]',
      'record the run in a store (directory or oci://HOST/REPO; default: $ENVDIFF_STORE or ~/.local/share/envdiff/store) and print its reference',
    )
    .addOption(storeOptions.job())
    .addOption(storeOptions.status())
    .addOption(storeOptions.caFile())
    .addOption(storeOptions.attach())
    .option('--root <dir>', 'capture the host whose root filesystem is mounted at DIR (from a container: -v /:/host:ro --pid host)')
    .option(
      '--anonymize',
      'replace host names, addresses, user names and internal hosts by keyed pseudonyms (see envdiff anonymize)',
      false,
    )
    .action(async (opts) => {
      const options: CaptureOptions = {
        ...(opts.root !== undefined ? { root: opts.root } : {}),
        output: opts.output,
        force: opts.force,
        label: opts.label,
        only: opts.only,
        skip: opts.skip,
        timeoutMs: opts.timeout,
        images: opts.image,
        containers: opts.container,
        host: opts.host,
        pull: opts.pull,
        probes: opts.probe,
        config: opts.config,
        ...(opts.anonymize ? { anonymize: true } : {}),
      };
      checkCaptureStoreFlags(opts);
      if (opts.store !== undefined) {
        const { runCaptureToStore } = await import('./commands/store.js');
        setExit(await runCaptureToStore(options, storeFlags(opts), io));
        return;
      }
      const { runCapture } = await import('./commands/capture.js');
      setExit(await runCapture(options, io));
    });

  const formatOption = () =>
    new Option('--format <format>', "output format (default: interactive on a terminal, else from -o FILE's extension, else text)").choices(
      ['text', 'markdown', 'json'] as const,
    );

  program
    .command('compare')
    .description('rank the differences between two fingerprints by how likely they broke the build')
    .argument('<a>', 'the working environment: a fingerprint file, - for stdin, or a local image to capture')
    .argument('<b>', 'the failing environment: a fingerprint file, - for stdin, or a local image to capture')
    .option('--log <file>', 'the failing build log (or - for stdin): rank with its own words')
    .option('--good-log <file>', 'the passing build log: lines both builds printed are not evidence')
    .addOption(
      new Option(
        '--format <format>',
        "output format (default: interactive on a terminal, github on a GitHub Actions runner, else from -o FILE's extension, else text)",
      ).choices(['text', 'markdown', 'json', 'github'] as const),
    )
    .option('--ignore <pattern>', 'drop differences matching FACET, FACET/KEY or SCOPE/FACET/KEY (globs; repeatable)', collect, [])
    .option('--pair <a=b>', 'compare scope A of the first fingerprint with scope B of the second (repeatable)', collect, [])
    .option('--all', 'also show volatile differences (free disk, hostnames, run ids)', false)
    .option('--config <file>', 'config file (default: envdiff.json here or up to the repository root)')
    .option('-o, --output <file>', 'write the report to a file instead of stdout (.md: markdown, .json: json)')
    .option('-f, --force', 'overwrite the -o file if it exists', false)
    .option('--top <n>', 'differences shown in full (text, markdown, github)', positiveCount)
    .option('-q, --quiet', 'print only the verdict line', false)
    .option('--fail-on <score>', 'exit 1 only when the top non-volatile difference scores at least SCORE (0-1), else 0', scoreThreshold)
    .option('--summary [file]', 'append the GitHub job summary (at most 1 MiB) to FILE (default: $GITHUB_STEP_SUMMARY)')
    .action(async (a, b, opts) => {
      const options: CompareOptions = {
        a,
        b,
        log: opts.log,
        goodLog: opts.goodLog,
        format: opts.format,
        ignore: opts.ignore,
        pair: opts.pair,
        all: opts.all,
        config: opts.config,
        output: opts.output,
        force: opts.force,
        ...ciFlags(opts),
      };
      const { runCompare } = await import('./commands/compare.js');
      setExit(await runCompare(options, io));
    });

  program
    .command('show')
    .description('summarise one fingerprint: OS, kernel, libc, CPU, Docker, toolchains, what was not captured')
    .argument('<input>', 'a fingerprint file, - for stdin, or a local image to capture')
    .addOption(formatOption())
    .option('-o, --output <file>', 'write the summary to a file instead of stdout (.md: markdown, .json: json)')
    .option('-f, --force', 'overwrite the -o file if it exists', false)
    .action(async (input, opts) => {
      const options: ShowOptions = { input, format: opts.format, output: opts.output, force: opts.force };
      const { runShow } = await import('./commands/show.js');
      setExit(await runShow(options, io));
    });

  program
    .command('fleet')
    .description('find the odd runner among many fingerprints, and the facts that separate failing runs from passing ones')
    .argument('[refs...]', 'fingerprint files, directories of them, or globs (runs/*.json)')
    .option('--store [store]', "read a job's runs from a store (directory or oci://HOST/REPO; default: $ENVDIFF_STORE)")
    .option('--job <name>', 'the job whose stored runs make the fleet, with the statuses they were marked with')
    .option('--since <duration>', 'only runs recorded this recently (30m, 12h, 7d, 2w)')
    .option('--last <n>', 'only the newest N runs', positiveCount)
    .option('--failing <ref>', 'a failing run (repeatable; every other member then counts as passing)', collect, [])
    .option('--passing <ref>', 'a passing run (repeatable)', collect, [])
    .option('--log <[label:]file>', "a failing build's log: weigh facts with its own words (repeatable)", collect, [])
    .addOption(
      new Option('--format <format>', 'output format (default: text; github on a GitHub Actions runner)').choices([
        'text',
        'markdown',
        'json',
        'github',
      ] as const),
    )
    .option('--top <n>', 'findings shown in full (text, markdown, github)', positiveCount)
    .option('-o, --output <file>', 'write the report to a file instead of stdout (format from .md/.json)')
    .option('-f, --force', 'overwrite the -o file if it exists', false)
    .action(async (refs, opts) => {
      const { runFleet } = await import('./commands/fleet.js');
      setExit(
        await runFleet(
          {
            refs,
            failing: opts.failing,
            passing: opts.passing,
            logs: opts.log,
            format: opts.format,
            top: opts.top,
            output: opts.output,
            force: opts.force,
            ...(typeof opts.store === 'string' ? { store: opts.store } : {}),
            ...(opts.job !== undefined ? { job: opts.job } : {}),
            ...(opts.since !== undefined ? { since: opts.since } : {}),
            ...(opts.last !== undefined ? { last: opts.last } : {}),
          },
          io,
        ),
      );
    });

  program
    .command('anonymize')
    .description('make fingerprints and build logs safe to publish: consistent keyed pseudonyms for hosts, addresses and users')
    .argument('<files...>', 'fingerprints and the build logs that go with them')
    .option('-o, --output <path>', 'output file (one input; default stdout) or directory (several inputs)')
    .option('-f, --force', 'overwrite output files that exist', false)
    .option('--key-file <file>', 'the key (default: $XDG_CONFIG_HOME/envdiff/anonymize.key, created on first use)')
    .option('--keep-host <host>', 'keep this public host (or *.suffix) as it is (repeatable)', collect, [])
    .action(async (files, opts) => {
      const { runAnonymize } = await import('./commands/anonymize.js');
      setExit(
        await runAnonymize(
          {
            files,
            force: opts.force,
            keepHosts: opts.keepHost,
            ...(opts.output !== undefined ? { output: opts.output } : {}),
            ...(opts.keyFile !== undefined ? { keyFile: opts.keyFile } : {}),
          },
          io,
        ),
      );
    });

  registerStoreCommands(program, setExit, io);
  return program;
}

export async function main(argv: string[], commandIo: CommandIO): Promise<number> {
  // Everything envdiff writes to stderr (errors, summaries, commander's messages)
  // can carry captured or user-given text: no escape sequence gets through.
  const io: CommandIO = { ...commandIo, stderr: sanitizingStream(commandIo.stderr) };
  let exitCode = 0;
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // help and version exit 0; commander already printed its one-line message.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof EnvdiffError) {
      io.stderr.write(`envdiff: ${oneLine(error.message)}\n`);
      return error.exitCode;
    }
    const e = error as Error;
    io.stderr.write(`envdiff: internal error: ${oneLine(e?.message ?? String(error))} (please report it; ENVDIFF_DEBUG=1 shows details)\n`);
    if (io.env['ENVDIFF_DEBUG'] === '1' && e?.stack) io.stderr.write(`${e.stack}\n`);
    return 2;
  }
}

function oneLine(message: string): string {
  return sanitize(message.replace(/\s*\n\s*/g, ' ').trim());
}

/** The stream with every write's text sanitised (newlines and tabs kept). */
function sanitizingStream(stream: CommandIO['stderr']): CommandIO['stderr'] {
  const write = ((chunk: unknown, ...rest: unknown[]) =>
    (stream.write as (...args: unknown[]) => boolean).call(
      stream,
      typeof chunk === 'string'
        ? sanitize(chunk, { multiline: true })
        : Buffer.isBuffer(chunk)
          ? sanitize(chunk.toString('utf8'), { multiline: true })
          : chunk,
      ...rest,
    )) as CommandIO['stderr']['write'];
  return new Proxy(stream, {
    get(target, key) {
      if (key === 'write') return write;
      const value = Reflect.get(target, key, target) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
