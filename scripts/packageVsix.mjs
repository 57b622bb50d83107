// npm run package: the .vsix, with only what VS Code needs.
// Usage: node scripts/packageVsix.mjs [--out FILE]   (default: teamcharter-<version>.vsix)
//
// package.json's `files` lists what the npm package ships (the CLI); vsce reads that same
// field and refuses a .vscodeignore beside it. So the .vsix is packed from a staging folder
// whose manifest lists the extension's files instead.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** What the extension needs at run time, and the listing's files (package.json and README.md are always in). */
export const VSIX_FILES = [
  'dist/extension.js',
  'dist/web/extension.js',
  'dist/webview/',
  'docs/rules/',
  'schemas/',
  'media/',
  'package.nls.json',
  'CHANGELOG.md',
  'LICENSE',
];
/** Files under those folders that are sources, not assets: the icon's drawing, source maps. */
const SOURCES = /(^media\/icon\.svg$|\.map$)/;

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed with exit code ${result.status}`);
}

export function packageVsix(out) {
  const manifest = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8'));
  const target = path.resolve(out ?? path.join(REPO, `${manifest.name}-${manifest.version}.vsix`));
  run(process.execPath, ['esbuild.mjs', '--production'], REPO);

  const stage = path.join(REPO, 'out', 'vsix');
  rmSync(stage, { recursive: true, force: true });
  mkdirSync(stage, { recursive: true });
  for (const item of [...VSIX_FILES, 'README.md']) {
    cpSync(path.join(REPO, item), path.join(stage, item), {
      recursive: true,
      filter: (from) => !SOURCES.test(path.relative(REPO, from).split(path.sep).join('/')),
    });
  }
  // The extension's manifest: its own file list; no CLI or Node API (VS Code loads `main` by its path), no build scripts (it is built), no dev tools.
  const { scripts, devDependencies, bin, exports, ...rest } = manifest;
  writeFileSync(path.join(stage, 'package.json'), `${JSON.stringify({ ...rest, files: VSIX_FILES }, null, 2)}\n`);

  mkdirSync(path.dirname(target), { recursive: true });
  run(path.join(REPO, 'node_modules', '.bin', 'vsce'), ['package', '--no-dependencies', '--out', target], stage);
  return target;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--out');
  try {
    packageVsix(at > 0 ? process.argv[at + 1] : undefined);
  } catch (error) {
    console.error(`package: ${error.message}`);
    process.exitCode = 1;
  }
}
