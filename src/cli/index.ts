#!/usr/bin/env node
/** The bin entry point: wires main() to the process. */
import { main } from './main';

declare const TEAMCHARTER_VERSION: string;

const code = main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  version: typeof TEAMCHARTER_VERSION === 'string' ? TEAMCHARTER_VERSION : '0.0.0',
});
process.exitCode = code;
