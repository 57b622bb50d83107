/**
 * A real VS Code for the tests and for npm run try: code-server (VS Code in the browser) on
 * 127.0.0.1, driven by Debian's chromium through playwright-core. See
 * ../shared/notes/REAL-VSCODE.md for why this works without internet.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const REPO = path.resolve(__dirname, '..');
export const RESULTS = path.join(REPO, 'test-results');

export interface Tools {
  node: string;
  codeServer: string;
  chromium: string;
}

export async function tools(): Promise<Tools> {
  // setup-vscode.mjs installs what is missing (once; cached outside the clone).
  const { setup } = await import(path.join(REPO, 'scripts/setup-vscode.mjs'));
  return setup();
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface Server {
  url: string;
  port: number;
  folder: string;
  home: string;
  logs: () => string;
  stop: () => Promise<void>;
}

/** A fresh copy of a fixture workspace in a temp folder. */
export function copyWorkspace(fixture: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'teamcharter-ws-'));
  cpSync(fixture, dir, { recursive: true });
  return dir;
}

/** The built extension, as VS Code installs it: <publisher>.<name>-<version>. */
export function installExtension(extensionsDir: string): void {
  const manifest = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8'));
  const target = path.join(extensionsDir, `${manifest.publisher}.${manifest.name}-${manifest.version}`);
  mkdirSync(target, { recursive: true });
  for (const item of ['package.json', 'package.nls.json', 'dist', 'docs', 'schemas', 'media', 'README.md'])
    cpSync(path.join(REPO, item), path.join(target, item), { recursive: true });
}

export interface CodeServerOptions {
  tools: Tools;
  folder: string;
  smokeTestDriver?: boolean;
  installed?: boolean;
  settings?: Record<string, unknown>;
  port?: number;
  vsix?: string;
  /** Workspace trust on, as VS Code ships: the folder opens untrusted and VS Code asks (the tests otherwise turn it off). */
  workspaceTrust?: boolean;
}

export async function startCodeServer(options: CodeServerOptions): Promise<Server> {
  const home = mkdtempSync(path.join(tmpdir(), 'teamcharter-vscode-'));
  const port = options.port ?? (await freePort());
  const userData = path.join(home, 'ud');
  const extensions = path.join(home, 'exts');
  mkdirSync(path.join(userData, 'User'), { recursive: true });
  mkdirSync(extensions, { recursive: true });
  writeFileSync(path.join(home, 'config.yaml'), '');
  writeFileSync(
    path.join(userData, 'User', 'settings.json'),
    JSON.stringify({
      'workbench.startupEditor': 'none',
      'workbench.tips.enabled': false,
      'security.workspace.trust.enabled': options.workspaceTrust === true,
      'telemetry.telemetryLevel': 'off',
      'extensions.autoCheckUpdates': false,
      'extensions.autoUpdate': false,
      'update.mode': 'none',
      'git.enabled': false,
      'workbench.enableExperiments': false,
      'workbench.secondarySideBar.defaultVisibility': 'hidden',
      'chat.disableAIFeatures': true,
      // Desktop VS Code's default (code-server's is afterDelay, which hides save bugs).
      'files.autoSave': 'off',
      ...options.settings,
    }),
  );
  if (options.installed) installExtension(extensions);
  if (options.vsix) {
    // Exactly what a person does with the packaged extension.
    const result = spawnSync(
      options.tools.node,
      [options.tools.codeServer, '--install-extension', options.vsix, '--extensions-dir', extensions, '--user-data-dir', userData],
      { encoding: 'utf8', env: { ...process.env, XDG_CONFIG_HOME: path.join(home, 'config'), XDG_DATA_HOME: path.join(home, 'data') } },
    );
    if (result.status !== 0) throw new Error(`code-server --install-extension failed: ${result.stdout}${result.stderr}`);
  }
  const args = [
    options.tools.codeServer,
    '--config',
    path.join(home, 'config.yaml'),
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--auth',
    'none',
    '--disable-telemetry',
    '--disable-update-check',
    ...(options.workspaceTrust ? [] : ['--disable-workspace-trust']),
    '--user-data-dir',
    userData,
    '--extensions-dir',
    extensions,
    ...(options.smokeTestDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
    options.folder,
  ];
  let output = '';
  const child: ChildProcess = spawn(options.tools.node, args, {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, XDG_CONFIG_HOME: path.join(home, 'config'), XDG_DATA_HOME: path.join(home, 'data'), XDG_CACHE_HOME: path.join(home, 'cache') },
  });
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  // Wait for the server to answer its health check (it exits early on a bad flag: stop waiting then).
  let alive = true;
  void exited.then(() => (alive = false));
  for (;;) {
    if (!alive) throw new Error(`code-server exited before it was ready:\n${output}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    port,
    folder: options.folder,
    home,
    logs: () => output,
    stop: async () => {
      if (alive) {
        try {
          process.kill(-child.pid!, 'SIGTERM');
        } catch {
          // already gone
        }
        await exited;
      }
      rmSync(home, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser(tools: Tools): Promise<Browser> {
  return chromium.launch({
    executablePath: tools.chromium,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

/** Package the extension as a person would install it (npm run package: vsce, production build). */
export function packageVsix(out: string): string {
  const result = spawnSync(process.execPath, ['scripts/packageVsix.mjs', '--out', out], { cwd: REPO, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`npm run package failed: ${result.stdout}${result.stderr}`);
  return out;
}
