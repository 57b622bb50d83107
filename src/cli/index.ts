#!/usr/bin/env node
/** The bin entry point: wires main() to the process. */
import { MAX_FILE_BYTES } from '../core/yaml/yamlFile';
import { readStreamBounded } from './fsRead';
import { main } from './main';

declare const TEAMCHARTER_VERSION: string;

void main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  version: typeof TEAMCHARTER_VERSION === 'string' ? TEAMCHARTER_VERSION : '0.0.0',
  env: process.env,
  isTTY: Boolean(process.stdout.isTTY),
  stdin: () => readStreamBounded(process.stdin, MAX_FILE_BYTES),
}).then((code) => (process.exitCode = code));
