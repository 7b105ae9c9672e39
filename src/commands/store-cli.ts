/**
 * The store commands' arguments and options (`store put|get|mark|ls|prune`,
 * `history`, and capture's --store flags), registered on the program by
 * src/cli.ts. Kept here so the CLI entry stays small; each action loads its
 * command module only when it runs.
 */
import { type Command, InvalidArgumentError, Option } from '@commander-js/extra-typings';
import { UsageError } from '../errors.js';
import type { CommandIO } from '../command-io.js';
import type { StoreOptions } from './store.js';

/** Options the store commands (and capture --store) share. */
export const storeOptions = {
  store: () =>
    new Option(
      '--store <store>',
      'the store: a directory or oci://HOST[:PORT]/REPO (default: $ENVDIFF_STORE or ~/.local/share/envdiff/store)',
    ),
  job: () => new Option('--job <name>', 'the CI job this run belongs to (default: detected from the CI environment, else "local")'),
  status: () => new Option('--status <status>', "the build's outcome").choices(['pass', 'fail']),
  caFile: () => new Option('--ca-file <file>', "extra CA certificates (PEM) for the registry's TLS"),
  attach: () => new Option('--attach <image>', 'IMAGE@sha256:… this run built: the fingerprint becomes a referrer of that image'),
};

/** capture's store flags mean nothing without --store: say so instead of ignoring them. */
export function checkCaptureStoreFlags(opts: Record<string, unknown>): void {
  if (opts['store'] !== undefined) return;
  const given = (['job', 'status', 'caFile', 'attach'] as const).filter((k) => opts[k] !== undefined);
  if (given.length > 0) {
    const flag = { job: '--job', status: '--status', caFile: '--ca-file', attach: '--attach' }[given[0]!];
    throw new UsageError(`${flag} records the run in a store: add --store (or drop ${flag})`);
  }
}

export function storeFlags(opts: Record<string, unknown>): StoreOptions {
  const pick = <T>(key: string) => opts[key] as T | undefined;
  const store = opts['store'];
  const flags: StoreOptions = {};
  if (typeof store === 'string') flags.store = store;
  for (const [key, name] of [
    ['job', 'job'],
    ['status', 'status'],
    ['caFile', 'caFile'],
    ['attach', 'attach'],
    ['output', 'output'],
    ['format', 'format'],
    ['keep', 'keep'],
    ['keepDays', 'keepDays'],
  ] as const) {
    const value = pick<never>(key);
    if (value !== undefined) (flags as Record<string, unknown>)[name] = value;
  }
  if (opts['force'] !== undefined) flags.force = Boolean(opts['force']);
  return flags;
}

function wholeNumber(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number');
  return n;
}

export function registerStoreCommands(program: Command, setExit: (code: number) => void, io: CommandIO): void {
  const store = program.command('store').description("keep every run's fingerprint: record, read, mark, list and prune runs");
  const load = () => import('./store.js');
  store
    .command('put')
    .description('record a fingerprint file (or - for stdin) as a run; prints its reference')
    .argument('<file>', 'fingerprint file, - for stdin')
    .addOption(storeOptions.store())
    .addOption(storeOptions.job())
    .addOption(storeOptions.status())
    .addOption(storeOptions.caFile())
    .addOption(storeOptions.attach())
    .action(async (file: string, opts: Record<string, unknown>) => setExit(await (await load()).runStorePut(file, storeFlags(opts), io)));
  store
    .command('get')
    .description('write a stored run back as a fingerprint file')
    .argument('<ref>', 'JOB@last-green, JOB@latest, JOB@RUN or sha256:…, optionally oci://HOST/REPO#…')
    .addOption(storeOptions.store())
    .addOption(storeOptions.caFile())
    .option('-o, --output <file>', 'output file (default: stdout)')
    .option('-f, --force', 'overwrite the output file if it exists', false)
    .action(async (ref: string, opts: Record<string, unknown>) => setExit(await (await load()).runStoreGet(ref, storeFlags(opts), io)));
  store
    .command('mark')
    .description("record the build's outcome; pass moves the job's last-green")
    .argument('<ref>', 'the run: JOB@RUN, JOB@latest or sha256:…')
    .addOption(storeOptions.store())
    .addOption(storeOptions.caFile())
    .addOption(storeOptions.status().makeOptionMandatory())
    .action(async (ref: string, opts: Record<string, unknown>) => setExit(await (await load()).runStoreMark(ref, storeFlags(opts), io)));
  store
    .command('ls')
    .description('list runs, newest first')
    .addOption(storeOptions.store())
    .addOption(storeOptions.caFile())
    .option('--job <name>', 'only this job')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (opts: Record<string, unknown>) => setExit(await (await load()).runStoreLs(storeFlags(opts), io)));
  store
    .command('prune')
    .description("remove old runs (keeping each job's newest N and those newer than D days) and unreferenced blobs")
    .addOption(storeOptions.store())
    .option('--keep <n>', 'keep the newest N runs of each job', wholeNumber)
    .option('--keep-days <d>', 'keep runs newer than D days', wholeNumber)
    .action(async (opts: Record<string, unknown>) => setExit(await (await load()).runStorePrune(storeFlags(opts), io)));
  program
    .command('history')
    .description("a job's runs, newest first: status, runner, and what changed since the run before")
    .addOption(storeOptions.store())
    .addOption(storeOptions.caFile())
    .option('--job <name>', 'only this job')
    .option('-n, --limit <n>', 'show the newest N runs', wholeNumber, 20)
    .action(async (opts: Record<string, unknown>) => {
      const { runHistory } = await import('./history.js');
      setExit(
        await runHistory(
          {
            limit: opts['limit'] as number,
            ...(typeof opts['store'] === 'string' ? { store: opts['store'] } : {}),
            ...(opts['caFile'] ? { caFile: opts['caFile'] as string } : {}),
            ...(opts['job'] ? { job: opts['job'] as string } : {}),
          },
          io,
        ),
      );
    });
}
