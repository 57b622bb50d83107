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
