/**
 * Runs inside the extension host of a real VS Code (see bench/vscode.ts): how
 * long the first indexing of a large workspace takes, and per-keystroke latency there.
 */
import * as vscode from 'vscode';
import type { TeamCharterApi } from '../src/extension/extension';

function report(name: string, value: number, unit = 'ms'): void {
  console.log(`METRIC ${JSON.stringify({ name, value: Math.round(value * 100) / 100, unit })}`);
}

export async function run(): Promise<void> {
  const api = (await vscode.extensions.getExtension<TeamCharterApi>('teamcharter.teamcharter')!.activate())!;
  await api.linter.ready();
  report('first indexing: read, lint and publish every file', api.linter.firstIndexMs!);
  const files = vscode.languages.getDiagnostics().filter(([, ds]) => ds.some((d) => d.source === 'teamcharter')).length;
  report('files with problems after indexing', files, 'files');
  console.log('READY');
  // The Teams view and a dashboard, index warm: every node of the tree, and one team's page.
  const tree = api.tree;
  const walk = (node?: Parameters<typeof tree.getChildren>[0]): number =>
    tree.getChildren(node).reduce((n, child) => (tree.getTreeItem(child), n + 1 + walk(child)), 0);
  let start = performance.now();
  const nodes = walk();
  report(`Teams view: build every node (${nodes}) of 100 teams`, performance.now() - start);
  start = performance.now();
  api.dashboards.show('team-50');
  report('dashboard of one team (insights and page)', performance.now() - start);
  // Keystrokes in one retro of the large workspace: keystroke event to diagnostics handed to VS Code.
  await vscode.workspace.getConfiguration('teamcharter').update('debounceMs', 0, vscode.ConfigurationTarget.Workspace);
  const [retro] = await vscode.workspace.findFiles('team-50/.team/retros/*.retro.yaml', undefined, 1);
  const editor = await vscode.window.showTextDocument(retro);
  const samples: number[] = [];
  for (let i = 0; i < 60; i++) {
    let changedAt = 0;
    const changed = vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === editor.document && changedAt === 0) changedAt = performance.now();
    });
    const linted = new Promise<number>((resolve) => {
      const subscription = api.linter.onDidLint((keys) => {
        if (keys.includes(retro.toString())) {
          subscription.dispose();
          resolve(performance.now());
        }
      });
    });
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), i % 2 === 0 ? '# ' : ''), { undoStopBefore: false, undoStopAfter: false });
    if (i % 2 === 1) await editor.edit((b) => b.delete(new vscode.Range(0, 0, 0, 2)), { undoStopBefore: false, undoStopAfter: false });
    samples.push((await linted) - changedAt);
    changed.dispose();
  }
  samples.sort((a, b) => a - b);
  report('keystroke to diagnostics in a 2,100-file workspace: median', samples[Math.floor(samples.length / 2)]);
  report('keystroke to diagnostics in a 2,100-file workspace: p95', samples[Math.ceil(samples.length * 0.95) - 1]);
}
