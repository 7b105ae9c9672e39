/**
 * `envdiff anonymize FILE... [-o OUT] [--key-file F] [--keep-host H]...`: make
 * fingerprints (and the build logs that go with them) safe to publish. All files
 * are read first so that a value one of them identifies (a.json's mirror host) is
 * replaced in all of them (the log that names it); the same key gives the same
 * pseudonyms on every run, so anonymised files still compare like the originals.
 */
import { stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import type { Fingerprint } from '../fingerprint/types.js';
import type { CommandIO } from '../command-io.js';

export interface AnonymizeOptions {
  files: string[];
  /** One input: a file, or - for stdout (default). Several: a directory. */
  output?: string;
  force: boolean;
  keyFile?: string;
  keepHosts: string[];
}

// A build log larger than this is not something to publish whole.
const MAX_TEXT_BYTES = 64 * 1024 * 1024;

type Input = { file: string; fingerprint: Fingerprint } | { file: string; text: string };

export async function runAnonymize(options: AnonymizeOptions, io: CommandIO): Promise<number> {
  const many = options.files.length > 1;
  const outDir = many ? await outputDirectory(options.output, io) : undefined;
  const { createAnonymizer, defaultKeyPath } = await import('../anonymize/index.js');
  const { parseFingerprint, serializeFingerprint, writeFileAtomic } = await import('../fingerprint/io.js');
  const inputs: Input[] = [];
  for (const file of options.files) inputs.push(await readInput(resolve(io.cwd, file), file, parseFingerprint));

  const anonymizer = await createAnonymizer({
    env: io.env,
    ...(options.keyFile !== undefined ? { keyFile: resolve(io.cwd, options.keyFile) } : {}),
    keepHosts: options.keepHosts,
  });
  for (const input of inputs) {
    if ('fingerprint' in input) anonymizer.learn(input.fingerprint);
    else anonymizer.learnText(input.text);
  }
  for (const input of inputs) {
    const content =
      'fingerprint' in input
        ? serializeFingerprint(
            parseFingerprint(serializeFingerprint(anonymizer.fingerprint(input.fingerprint)), `${input.file} (anonymised)`),
          )
        : anonymizer.text(input.text);
    const target = outDir ? join(outDir, basename(input.file)) : options.output;
    if (target === undefined || target === '-') await write(io.stdout, content);
    else await writeFileAtomic(resolve(io.cwd, target), content, { force: options.force });
  }
  const c = anonymizer.counts();
  const key = options.keyFile ?? defaultKeyPath(io.env);
  io.stderr.write(
    `envdiff: anonymised ${inputs.length} file${inputs.length === 1 ? '' : 's'}: replaced ${c.host} host names, ${c.ipv4} IPv4 and ${c.ipv6} IPv6 addresses, ${c.user} user names (key ${key})\n`,
  );
  return 0;
}

async function outputDirectory(output: string | undefined, io: CommandIO): Promise<string> {
  if (output === undefined || output === '-') throw new UsageError('several files need -o DIRECTORY to write the anonymised copies into');
  const dir = resolve(io.cwd, output);
  const st = await stat(dir).catch(() => undefined);
  if (!st?.isDirectory()) throw new UsageError(`${output} is not a directory; with several files, -o names an existing directory`);
  return dir;
}

async function readInput(path: string, file: string, parse: (text: string, file: string) => Fingerprint): Promise<Input> {
  const { readFile } = await import('node:fs/promises');
  const st = await stat(path).catch(() => undefined);
  if (!st) throw new UsageError(`cannot read ${file}: no such file`);
  if (!st.isFile()) throw new UsageError(`${file} is not a file`);
  if (st.size > MAX_TEXT_BYTES)
    throw new UsageError(`${file} is larger than ${MAX_TEXT_BYTES / 1024 / 1024} MB; anonymise the part you mean to publish`);
  const text = await readFile(path, 'utf8');
  // A fingerprint is recognised by its schema; anything else is text (a build log).
  if (/^\s*\{/.test(text) && /"schema"\s*:\s*"envdiff\.fingerprint\//.test(text.slice(0, 4096)))
    return { file, fingerprint: parse(text, file) };
  return { file, text };
}

function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((done, fail) => {
    stream.write(text, (error) => (!error || (error as NodeJS.ErrnoException).code === 'EPIPE' ? done() : fail(error)));
  });
}
