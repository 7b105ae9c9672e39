#!/usr/bin/env node
import { main } from './cli.js';
import type { CommandIO } from './commands/options.js';

const io: CommandIO = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, cwd: process.cwd() };
process.exitCode = await main(process.argv.slice(2), io);
