/**
 * argv -> command -> exit code. The only place that prints errors: an
 * EnvdiffError is one line and its exit code; anything else is reported as a bug
 * (stack only with ENVDIFF_DEBUG=1).
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { EnvdiffError } from './errors.js';
import { VERSION } from './version.js';
import type { CaptureOptions, CommandIO, CompareOptions } from './commands/options.js';

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

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number of milliseconds');
  return n;
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

export function buildProgram(io: CommandIO, setExit: (code: number) => void): Command {
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
    .option('--timeout <ms>', "time budget of each probe in milliseconds (default: 10000, or the config file's)", positiveInt)
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
    .option('--config <file>', 'read custom probes and defaults from this JSON file')
    .action(async (opts: Record<string, unknown>) => {
      const options: CaptureOptions = {
        output: opts['output'] as string | undefined,
        force: Boolean(opts['force']),
        label: opts['label'] as string | undefined,
        only: opts['only'] as string[] | undefined,
        skip: opts['skip'] as string[] | undefined,
        timeoutMs: opts['timeout'] as number | undefined,
        images: opts['image'] as string[],
        containers: opts['container'] as string[],
        host: opts['host'] !== false,
        pull: Boolean(opts['pull']),
        probes: opts['probe'] as Record<string, string>,
        config: opts['config'] as string | undefined,
      };
      const { runCapture } = await import('./commands/capture.js');
      setExit(await runCapture(options, io));
    });

  program
    .command('compare')
    .description('rank the differences between two fingerprints by how likely they broke the build')
    .argument('<a>', 'fingerprint of the working environment')
    .argument('<b>', 'fingerprint of the failing environment')
    .option('--log <file>', 'the failing build log (or - for stdin): rank with its own words')
    .option('--good-log <file>', 'the passing build log: lines both builds printed are not evidence')
    .addOption(
      new Option('--format <format>', 'output format (default: interactive on a terminal, text otherwise)').choices([
        'text',
        'markdown',
        'json',
      ]),
    )
    .option('--ignore <pattern>', 'drop differences matching scope/facet/key glob (repeatable)', collect, [])
    .option('--config <file>', 'read ignore patterns from this JSON file')
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('-f, --force', 'overwrite the -o file if it exists', false)
    .action(async (a: string, b: string, opts: Record<string, unknown>) => {
      const options: CompareOptions = {
        a,
        b,
        log: opts['log'] as string | undefined,
        goodLog: opts['goodLog'] as string | undefined,
        format: opts['format'] as CompareOptions['format'],
        ignore: opts['ignore'] as string[],
        config: opts['config'] as string | undefined,
        output: opts['output'] as string | undefined,
        force: Boolean(opts['force']),
      };
      const { runCompare } = await import('./commands/compare.js');
      setExit(await runCompare(options, io));
    });

  return program;
}

export async function main(argv: string[], io: CommandIO): Promise<number> {
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
  return message.replace(/\s*\n\s*/g, ' ').trim();
}
