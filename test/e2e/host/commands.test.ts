import { strict as assert } from 'node:assert';
import { parse } from 'yaml';
import * as vscode from 'vscode';
import type { ShownTeamScore } from '../../../src/extension/commands';
import { activated, fileUri, has, resetWorkspace, waitForDiagnostics, waitForTab } from './vscodeHelpers';

describe('commands', () => {
  beforeEach(async () => {
    await resetWorkspace();
    await activated();
  });

  it('every command is contributed in the "Team Charter" category and registered', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const id of [
      'teamcharter.newCharter',
      'teamcharter.newRetrospective',
      'teamcharter.lintWorkspace',
      'teamcharter.showTeamScore',
      'teamcharter.openRuleDocs',
    ])
      assert.ok(commands.includes(id), id);
  });

  it('New Team Charter writes .team/<id>.charter.yaml, opens it, lints it; never overwrites', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>('teamcharter.newCharter', { id: 'web', team: 'Web Team' });
    assert.equal(uri?.toString(), fileUri('.team/web.charter.yaml').toString());
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString());
    const text = vscode.window.activeTextEditor!.document.getText();
    assert.equal(parse(text).team, 'Web Team');
    await waitForDiagnostics(uri, has('purpose-missing'), 'the new charter is linted');
    // Again: the file is there, so nothing is written and nothing is returned.
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(`${text}# my notes\n`));
    const again = await vscode.commands.executeCommand('teamcharter.newCharter', { id: 'web', team: 'Other' });
    assert.equal(again, undefined);
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)), `${text}# my notes\n`);
  });

  it('Open Config File opens the config that applies, or writes a commented one at the root; never overwrites', async () => {
    const { linter } = await activated();
    const root = fileUri('teamcharter.config.yaml');
    // No config yet: one is written at the root of the folder, from the template, and opened.
    await vscode.window.showTextDocument(fileUri('.team/platform.charter.yaml'));
    const created = await vscode.commands.executeCommand<vscode.Uri>('teamcharter.openConfig');
    assert.equal(created?.toString(), root.toString());
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), root.toString());
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(root));
    assert.match(text, /^# recentRetros: 2$/m, 'the keys are explained, commented out');
    // Indexed once its watcher sees it; then it is the one that applies, and is opened, not written again.
    await linter.reindex();
    await vscode.workspace.fs.writeFile(root, new TextEncoder().encode(`${text}rules:\n  member-no-growth: off\n`));
    await vscode.window.showTextDocument(fileUri('.team/platform.charter.yaml'));
    assert.equal((await vscode.commands.executeCommand<vscode.Uri>('teamcharter.openConfig'))?.toString(), root.toString());
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(root)), `${text}rules:\n  member-no-growth: off\n`);
    // A config nearer the active file is the one that applies to it.
    const nearer = fileUri('.team/teamcharter.config.yaml');
    await vscode.workspace.fs.writeFile(nearer, new TextEncoder().encode('recentRetros: 3\n'));
    await linter.reindex();
    await vscode.window.showTextDocument(fileUri('.team/platform.charter.yaml'));
    assert.equal((await vscode.commands.executeCommand<vscode.Uri>('teamcharter.openConfig'))?.toString(), nearer.toString());
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), nearer.toString());
  });

  it('a team file opens in the form by default; Open in Text Editor and Open in Form swap the two in place', async () => {
    const uri = fileUri('.team/platform.charter.yaml');
    const isForm = (tab: vscode.Tab) =>
      tab.input instanceof vscode.TabInputCustom && tab.input.viewType === 'teamcharter.form' && tab.input.uri.toString() === uri.toString();
    const isText = (tab: vscode.Tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === uri.toString();
    const tabs = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs);
    // As the Explorer and Quick Open open a file.
    await vscode.commands.executeCommand('vscode.open', uri);
    await waitForTab(isForm, 'the form, the default editor');
    assert.ok(!tabs().some(isText), 'no text editor beside it');
    await vscode.commands.executeCommand('teamcharter.openAsText', uri);
    await waitForTab(isText, 'the text editor');
    assert.ok(!tabs().some(isForm), 'in place of the form');
    await vscode.commands.executeCommand('teamcharter.openInForm', uri);
    await waitForTab(isForm, 'the form again');
    assert.ok(!tabs().some(isText), 'in place of the text editor');
  });

  it('New Retrospective lists the open actions with no status, for the meeting to review, and has the format columns', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>('teamcharter.newRetrospective', { team: 'platform', format: '4ls', date: '2024-03-04' });
    assert.equal(uri?.toString(), fileUri('.team/retros/2024-03-04.retro.yaml').toString());
    const data = parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)));
    assert.deepEqual(
      data.previousActions,
      ['A-1', 'A-2', 'A-3'].map((id) => ({ id })),
    );
    assert.deepEqual(Object.keys(data.items), ['liked', 'learned', 'lacked', 'longed-for']);
    assert.deepEqual(data.attendees, ['dana', 'lee']);
    await waitForDiagnostics(
      uri,
      (ds) => has('retro-no-actions')(ds) && ds.filter((d) => /no status/.test(d.message)).length === 3,
      'the new retro is linted: its open actions are still to review',
    );
  });

  it('Lint Workspace fills the Problems view for every team file', async () => {
    const result = await vscode.commands.executeCommand<{ files: number; problems: number }>('teamcharter.lintWorkspace');
    assert.equal(result.files, 3);
    const ours = vscode.languages.getDiagnostics().filter(([, ds]) => ds.some((d) => d.source === 'teamcharter'));
    assert.equal(ours.length, 3);
    assert.equal(
      ours.reduce((n, [, ds]) => n + ds.length, 0),
      result.problems,
    );
  });

  it('Show Team Score gives the seven steps and the overall score', async () => {
    const score = await vscode.commands.executeCommand<ShownTeamScore>('teamcharter.showTeamScore', 'platform');
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.equal(score.team, 'platform');
    assert.deepEqual(
      score.steps.map((s) => s.step),
      [1, 2, 3, 4, 5, 6, 7],
    );
    assert.ok(score.overall !== null && score.overall > 0 && score.overall < 100, String(score.overall));
    assert.equal(score.openActions, 3);
  });

  it('Open Rule Documentation shows the rule page in the markdown preview', async () => {
    const id = await vscode.commands.executeCommand<string>('teamcharter.openRuleDocs', 'goal-no-owner');
    assert.equal(id, 'goal-no-owner');
    const tab = await waitForTab((t) => t.input instanceof vscode.TabInputWebview && /markdown/i.test(t.input.viewType), 'a markdown preview');
    assert.match(tab.label, /goal-no-owner/);
  });
});
