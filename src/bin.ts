#!/usr/bin/env node
import type { CommandIO } from './command-io.js';
import { main } from './cli.js';

// A reader that went away (`envdiff compare … | head`, quitting `less`) is not an
// error: stop quietly, like cat(1) does, instead of an unhandled EPIPE stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    throw error;
  });
}

const io: CommandIO = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, cwd: process.cwd() };
process.exitCode = await main(process.argv.slice(2), io);
