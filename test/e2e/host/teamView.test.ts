import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { teamScore } from '../../../src/core/insights/teamScore';
import type { ShownTeamScore } from '../../../src/extension/commands';
import type { Node } from '../../../src/extension/teamTree';
import { CHARTER, RETRO_1, RETRO_2, activated, fileUri, lacks, original, ours, resetWorkspace, ruleOf, waitForDiagnostics, waitForTab } from './vscodeHelpers';

/** A-2's overdue finding, at its due date where it was created (RETRO_1, 0-based line 24). */
const overdueA2 = (d: vscode.Diagnostic) => ruleOf(d) === 'action-overdue' && d.range.start.line === 24 && /^action A-2 /.test(d.message);

function labelOf(item: vscode.TreeItem): string {
  return typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
}

describe('the Teams view, CodeLens and hover', () => {
  beforeEach(async () => {
    await resetWorkspace();
    await activated();
  });

  it('lists the team with its charter, retros (newest first), open actions, goals and the steps', async () => {
    const { tree } = await activated();
    const [team] = tree.getChildren();
    assert.equal(labelOf(tree.getTreeItem(team)), 'platform');
    const children = tree.getChildren(team);
    assert.deepEqual(
      children.map((n) => labelOf(tree.getTreeItem(n))),
      ['Charter', 'Retrospectives (2)', 'Open actions (3)', 'Goals (2)', 'Checklist and pulse'],
    );
    // The seven steps with their level and score; no retro has a pulse yet, so none shows one.
    const steps = tree.getChildren(children[4]).map((n) => tree.getTreeItem(n));
    assert.deepEqual(steps.map(labelOf), ['1. Goals', '2. Accountability', '3. Growth', '4. Change', '5. Decisions', '6. Feedback', '7. Recognition']);
    assert.match(String(steps[0].description), /^(not yet|written|practised|confirmed) · \d+%$/);
    assert.match(
      steps[0].accessibilityInformation?.label ?? '',
      /^Step 1, Goals aligned with purpose: (not yet|written|practised|confirmed)( \(held by [^)]+\))?, \d+%; no pulse yet$/,
    );
    const retros = tree.getChildren(children[1]).map((n) => labelOf(tree.getTreeItem(n)));
    assert.deepEqual(retros, ['2024-02-19', '2024-02-05']);
    const actions = tree.getChildren(children[2]).map((n) => tree.getTreeItem(n));
    assert.deepEqual(actions.map(labelOf), ['A-1 Automate canary analysis', 'A-2 Write the rollback runbook', 'A-3 Quarantine the flaky tests']);
    assert.match(String(actions[0].description), /^lee · overdue since 2024-02-14 · carried 1×$/);
    // Its history across retros shows on hover: VS Code asks resolveTreeItem for the one item hovered.
    const a1 = tree.getChildren(children[2])[0];
    const hovered = tree.resolveTreeItem(tree.getTreeItem(a1), a1);
    assert.match(
      (hovered.tooltip as vscode.MarkdownString).value,
      /^\*\*A-1\*\*[\s\S]*\n- 2024-02-05: created — \[2024-02-05\.retro\.yaml\][\s\S]*\n- 2024-02-19: carried — \[2024-02-19\.retro\.yaml\]/,
    );
    const goals = tree.getChildren(children[3]);
    assert.deepEqual(
      tree.getChildren(goals[0]).map((n) => labelOf(tree.getTreeItem(n)).split(' ')[0]),
      ['A-1', 'A-2'],
    );
  });

  it('clicking an open action opens the retro where it was last reviewed, at its line', async () => {
    const { tree } = await activated();
    const [team] = tree.getChildren();
    const a1 = tree.getChildren(tree.getChildren(team)[2])[0];
    const item = tree.getTreeItem(a1);
    await vscode.commands.executeCommand(item.command!.command, ...(item.command!.arguments ?? []));
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.uri.toString(), fileUri(RETRO_2).toString());
    assert.equal(editor.selection.active.line + 1, 9, 'the "- id: A-1" line of previousActions');
  });

  it('CodeLens on goals counts their actions; on retro actions tells their history', async () => {
    await activated();
    await vscode.window.showTextDocument(fileUri(CHARTER));
    const charterLenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', fileUri(CHARTER));
    assert.deepEqual(
      charterLenses.map((l) => `${l.range.start.line + 1} ${l.command?.title}`),
      ['14 2 actions: 2 open, 0 done', '20 no actions yet'],
    );
    // VS Code asks the providers only for a document it has loaded (else "Illegal argument").
    await vscode.workspace.openTextDocument(fileUri(RETRO_2));
    const retroLenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', fileUri(RETRO_2));
    assert.deepEqual(retroLenses.map((l) => `${l.range.start.line + 1} ${l.command?.title}`).sort(), [
      '17 created 2024-02-19, open for 1 retro',
      '9 created 2024-02-05, carried 1×, open for 2 retros',
    ]);
  });

  it('hovering an action id shows its history across retros', async () => {
    await activated();
    const document = await vscode.workspace.openTextDocument(fileUri(RETRO_2));
    const position = document.positionAt(document.getText().indexOf('A-1') + 1);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', fileUri(RETRO_2), position);
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /\*\*A-1\*\*/);
    assert.match(text, /2024-02-05: created/);
    assert.match(text, /2024-02-19: carried/);
  });

  it('"Mark Done in the Latest Retrospective" reviews the action there and its findings go', async () => {
    const { tree } = await activated();
    const [team] = tree.getChildren();
    const a2 = tree.getChildren(tree.getChildren(team)[2]).find((n: Node) => n.kind === 'action' && n.action.id === 'A-2')!;
    await waitForDiagnostics(fileUri(RETRO_1), (d) => d.some(overdueA2), 'A-2 overdue where it was created: the team met after its due date');
    assert.equal(await vscode.commands.executeCommand('teamcharter.markActionDone', a2), true);
    const text = (await vscode.workspace.openTextDocument(fileUri(RETRO_2))).getText();
    assert.match(text, /\n {2}- id: A-2\n {4}status: done\n/);
    await waitForDiagnostics(fileUri(RETRO_1), lacks('action-overdue'), 'A-2 no longer overdue');
    assert.ok(
      ours(fileUri(RETRO_2)).some((d) => ruleOf(d) === 'action-overdue' && d.range.start.line === 8),
      'A-1, still open, is still overdue',
    );
  });

  it('"Review in the Latest Retrospective" offers every status; deferred with a date and a note writes them on the entry, and the action is not overdue until then', async () => {
    const { tree } = await activated();
    const [team] = tree.getChildren();
    const a2 = tree.getChildren(tree.getChildren(team)[2]).find((n: Node) => n.kind === 'action' && n.action.id === 'A-2')!;
    const until = `${new Date().getFullYear() + 1}-01-15`;
    await waitForDiagnostics(fileUri(RETRO_1), (d) => d.some(overdueA2), 'A-2 overdue where it was created: the team met after its due date');
    assert.equal(await vscode.commands.executeCommand('teamcharter.reviewAction', a2, { status: 'deferred', until, note: 'After the code freeze' }), true);
    const text = (await vscode.workspace.openTextDocument(fileUri(RETRO_2))).getText();
    assert.ok(text.includes(`\n  - id: A-2\n    status: deferred\n    until: ${until}\n    note: After the code freeze\n`), text);
    await waitForDiagnostics(fileUri(RETRO_1), lacks('action-overdue'), 'A-2 deferred: not overdue until then');
    assert.ok(lacks('review-no-reason')(ours(fileUri(RETRO_2))), 'the deferral has its date and its reason');
  });

  it('"Review in the Latest Retrospective" as blocked with no note given leaves the note placeholder selected to type over', async () => {
    const { tree } = await activated();
    const [team] = tree.getChildren();
    const a2 = tree.getChildren(tree.getChildren(team)[2]).find((n: Node) => n.kind === 'action' && n.action.id === 'A-2')!;
    assert.equal(await vscode.commands.executeCommand('teamcharter.reviewAction', a2, { status: 'blocked', note: '' }), true);
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.uri.toString(), fileUri(RETRO_2).toString());
    assert.ok(editor.document.getText().includes('\n  - id: A-2\n    status: blocked\n    note: <why, or what happened>\n'), editor.document.getText());
    assert.equal(editor.document.getText(editor.selection), '<why, or what happened>');
    await waitForDiagnostics(
      fileUri(RETRO_2),
      (ds) => ds.some((d) => ruleOf(d) === 'review-no-reason' && /placeholder/.test(d.message)),
      'the placeholder note is reported',
    );
  });
});

describe('the team dashboard and the exported report', () => {
  beforeEach(async () => {
    await resetWorkspace();
    await activated();
  });

  it('shows the insights with a chart per step, runs no script, and follows changes', async () => {
    const html = await vscode.commands.executeCommand<string>('teamcharter.showDashboard', 'platform');
    assert.match(html, /<svg class="chart panel"/);
    assert.match(html, /Scores over time/);
    assert.match(html, /Overdue \(3\)/);
    const csp = /Content-Security-Policy" content="([^"]+)"/.exec(html)![1];
    assert.doesNotMatch(csp, /script-src/);
    assert.match(csp, /default-src 'none'/);
    assert.doesNotMatch(html, /<script/);
    const tab = await waitForTab((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.includes('teamcharter.dashboard'), 'the dashboard tab');
    assert.equal(tab.label, 'Team platform');
  });

  it('every score says which rules are off and how many findings are suppressed: status bar, Teams view, Show Team Score, dashboard', async () => {
    const { tree, statusBar, linter } = await activated();
    const uri = fileUri(CHARTER);
    const before = await vscode.commands.executeCommand<string>('teamcharter.showDashboard', 'platform');
    assert.match(before, /No rule is turned off; no finding is suppressed\./);
    assert.doesNotMatch(String(statusBar.item.text), /off|suppressed/);
    await vscode.workspace.fs.writeFile(fileUri('.team/teamcharter.config.yaml'), new TextEncoder().encode('rules:\n  member-no-growth: off\n'));
    await vscode.workspace.fs.writeFile(
      uri,
      new TextEncoder().encode(original(CHARTER).replace('goals:\n  - id: G1', 'goals:\n  # teamcharter-disable-next-line goal-no-owner\n  - id: G1')),
    );
    await waitForDiagnostics(uri, (ds) => lacks('member-no-growth')(ds) && lacks('goal-no-owner')(ds), 'the rule is off and the finding suppressed');
    const score = await vscode.commands.executeCommand<ShownTeamScore>('teamcharter.showTeamScore', 'platform');
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.deepEqual([score.off, score.suppressed], [['member-no-growth'], 1]);
    // The extension's score is the CLI's: the core's team score over the same findings.
    assert.deepEqual(score.steps, teamScore(linter.core, 'platform')!.steps);
    assert.match(String(statusBar.item.text), /platform (not yet|written|practised|confirmed) · \d+% \(1 rule off, 1 finding suppressed\)/);
    assert.match(String(statusBar.item.tooltip), /Turned off: member-no-growth; 1 finding suppressed by comments\./);
    const [team] = tree.getChildren();
    const item = tree.getTreeItem(team);
    assert.match(String(item.description), /^Platform Team · (not yet|written|practised|confirmed) · \d+% · 1 rule off, 1 finding suppressed$/);
    assert.match(String(item.tooltip), /Turned off: member-no-growth; 1 finding suppressed by comments\./);
    const html = await vscode.commands.executeCommand<string>('teamcharter.showDashboard', 'platform');
    assert.match(html, /Turned off: member-no-growth; 1 finding suppressed by comments\./);
  });

  it('exports the report as self-contained HTML and as Markdown', async () => {
    const target = fileUri('platform-report.html');
    const written = await vscode.commands.executeCommand<vscode.Uri>('teamcharter.exportReport', 'platform', { format: 'html', target });
    assert.equal(written?.toString(), target.toString());
    const html = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    assert.match(html, /^<!doctype html>/);
    assert.match(html, /<svg class="chart panel"/);
    assert.doesNotMatch(html, /<script|<link|src="http|href="http/, 'nothing loaded from elsewhere');
    const md = fileUri('platform-report.md');
    await vscode.commands.executeCommand('teamcharter.exportReport', 'platform', { format: 'md', target: md });
    assert.match(new TextDecoder().decode(await vscode.workspace.fs.readFile(md)), /^# /);
    await vscode.workspace.fs.delete(target);
    await vscode.workspace.fs.delete(md);
  });
});
