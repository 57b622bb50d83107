/** The Action's entry point (action.yml runs dist/action.js, built from here by `node esbuild.mjs --action`). */
import { runAction } from './main';

declare const TEAMCHARTER_VERSION: string;

process.exitCode = runAction({
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  version: typeof TEAMCHARTER_VERSION === 'string' ? TEAMCHARTER_VERSION : '0.0.0',
});
