import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { CHARTER, RETRO_2, activated, fileUri, has, lacks, open, original, ours, resetWorkspace, ruleOf, waitForDiagnostics } from './vscodeHelpers';

async function actionsFor(uri: vscode.Uri, rule: string, kind = vscode.CodeActionKind.QuickFix.value): Promise<vscode.CodeAction[]> {
  const diagnostic = ours(uri).find((d) => ruleOf(d) === rule);
  assert.ok(diagnostic, `${rule} is reported`);
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, kind)) ?? [];
}

async function apply(uri: vscode.Uri, rule: string, title: string): Promise<string> {
  const actions = await actionsFor(uri, rule);
  const action = actions.find((a) => a.title === title);
  assert.ok(action, `"${title}" among: ${actions.map((a) => a.title).join(' | ')}`);
  assert.ok(await vscode.workspace.applyEdit(action.edit!), 'edit applied');
  return (await vscode.workspace.openTextDocument(uri)).getText();
}

/** Every comment line of the original is still in the text. */
function keepsComments(before: string, after: string): void {
  for (const line of before.split('\n').filter((l) => /^\s*#/.test(l))) assert.ok(after.includes(line), `comment kept: ${line}`);
}

describe('quick fixes', () => {
  beforeEach(async () => {
    await resetWorkspace();
    await activated();
  });

  it('offers the rule fixes, "Disable … for this line" and "Show documentation"', async () => {
    await open(CHARTER);
    const titles = (await actionsFor(fileUri(CHARTER), 'goal-no-owner')).map((a) => a.title);
    assert.ok(titles.includes('Set owner to dana'), titles.join(' | '));
    assert.ok(titles.includes('Set owner to lee'));
    assert.ok(titles.includes('Disable goal-no-owner for this line'));
    assert.ok(titles.includes('Show documentation for goal-no-owner'));
  });

  it('goal-no-owner: sets the owner under the goal, keeping comments and order', async () => {
    await open(CHARTER);
    const text = await apply(fileUri(CHARTER), 'goal-no-owner', 'Set owner to dana');
    const before = original(CHARTER);
    keepsComments(before, text);
    assert.equal(text, before.replace('    status: on-track\n  - id: G2', '    status: on-track\n    owner: dana\n  - id: G2'));
    await waitForDiagnostics(fileUri(CHARTER), lacks('goal-no-owner'), 'goal-no-owner fixed');
  });

  it('purpose-why-missing: adds purpose.why with a placeholder, which is reported until it is typed over', async () => {
    await open(CHARTER);
    const uri = fileUri(CHARTER);
    const text = await apply(uri, 'purpose-why-missing', 'Add purpose.why');
    assert.ok(text.includes('  statement: Make every deploy boring.\n  why: <why this purpose matters>\npriorities:'), text.slice(0, 400));
    const isPlaceholder = (ds: readonly vscode.Diagnostic[]) => ds.some((d) => ruleOf(d) === 'purpose-why-missing' && /placeholder/.test(d.message));
    await waitForDiagnostics(uri, isPlaceholder, 'the placeholder is reported');
    const document = await vscode.workspace.openTextDocument(uri);
    assert.ok(await document.save(), 'saved');
    assert.ok(isPlaceholder(ours(uri)), 'still reported after saving');
    const at = document.getText().indexOf('<why this purpose matters>');
    const edit = new vscode.WorkspaceEdit();
    edit.replace(
      uri,
      new vscode.Range(document.positionAt(at), document.positionAt(at + '<why this purpose matters>'.length)),
      'Deploy pain costs our customers features.',
    );
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitForDiagnostics(uri, lacks('purpose-why-missing'), 'typed over: purpose-why-missing is gone');
  });

  it('a fix that lays out a placeholder leaves it selected in the editor, so typing replaces it', async () => {
    const editor = await open(CHARTER);
    const uri = fileUri(CHARTER);
    const text = await apply(uri, 'member-no-growth', 'Add a growth path');
    const placeholder = '<where they want to grow>';
    const at = text.indexOf(placeholder);
    assert.ok(at > 0, text);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString());
    const selection = editor.selection;
    assert.deepEqual(
      [selection.start, selection.end].map((p) => editor.document.offsetAt(p)),
      [at, at + placeholder.length],
      `the selection is "${editor.document.getText(selection)}"`,
    );
    await vscode.commands.executeCommand('type', { text: 'Staff engineer' });
    assert.ok(editor.document.getText().includes('      aspiration: Staff engineer\n'), editor.document.getText());
  });

  it('commitment-missing: adds the member to commitment.by', async () => {
    await open(CHARTER);
    const text = await apply(fileUri(CHARTER), 'commitment-missing', 'Add lee to commitment.by');
    assert.ok(text.includes('  by: [dana, lee]'));
    await waitForDiagnostics(fileUri(CHARTER), lacks('commitment-missing'), 'commitment-missing fixed');
  });

  it('previous-actions-not-reviewed: reviews the action under previousActions with the status picked', async () => {
    await open(RETRO_2);
    const titles = (await actionsFor(fileUri(RETRO_2), 'previous-actions-not-reviewed')).map((a) => a.title);
    for (const status of ['done', 'in-progress', 'carried', 'blocked', 'deferred', 'dropped'])
      assert.ok(titles.includes(`Review A-2 as ${status}`), titles.join(' | '));
    const text = await apply(fileUri(RETRO_2), 'previous-actions-not-reviewed', 'Review A-2 as carried');
    assert.ok(text.includes('    note: Blocked on metrics access\n  - id: A-2\n    status: carried\nitems:'), text);
    await waitForDiagnostics(fileUri(RETRO_2), lacks('previous-actions-not-reviewed'), 'A-2 reviewed');
  });

  it('member-no-growth: adds a growth block to the member', async () => {
    await open(CHARTER);
    const text = await apply(fileUri(CHARTER), 'member-no-growth', 'Add a growth path');
    assert.ok(
      text.includes(
        '  - name: lee   # expect: member-no-growth, member-no-goal\n    role: Engineer\n    growth:\n      aspiration: <where they want to grow>\n',
      ),
      text,
    );
    await waitForDiagnostics(
      fileUri(CHARTER),
      (ds) => ds.some((d) => ruleOf(d) === 'member-no-growth' && /only placeholders/.test(d.message)),
      'member-no-growth now says the growth path is placeholders',
    );
  });

  it('"Disable … for this line" inserts the comment and the finding goes', async () => {
    await open(CHARTER);
    const text = await apply(fileUri(CHARTER), 'goal-no-owner', 'Disable goal-no-owner for this line');
    assert.ok(text.includes('goals:\n  # teamcharter-disable-next-line goal-no-owner\n  - id: G1'), text);
    await waitForDiagnostics(fileUri(CHARTER), lacks('goal-no-owner'), 'goal-no-owner suppressed');
  });

  it('Fix All (source.fixAll.teamcharter) lays out every placeholder at once, and decides nothing for the team', async () => {
    await open(CHARTER);
    const uri = fileUri(CHARTER);
    const fixAll = (await actionsFor(uri, 'purpose-why-missing', 'source.fixAll.teamcharter')).find((a) => a.kind?.value === 'source.fixAll.teamcharter');
    assert.ok(fixAll?.edit);
    assert.ok(await vscode.workspace.applyEdit(fixAll.edit));
    const text = (await vscode.workspace.openTextDocument(uri)).getText();
    assert.ok(text.includes('  why: <why this purpose matters>') && text.includes('      aspiration: <where they want to grow>'), text);
    const placeholders = (ds: readonly vscode.Diagnostic[]) =>
      ['purpose-why-missing', 'member-no-growth'].every((rule) => ds.some((d) => ruleOf(d) === rule && /placeholder/.test(d.message)));
    await waitForDiagnostics(uri, placeholders, 'the placeholders are reported');
    // Who agreed and who owns a goal are the team's to say: Fix All writes no name.
    assert.ok(has('commitment-missing')(ours(uri)) && has('goal-no-owner')(ours(uri)));
    assert.doesNotMatch(text, /by: \[dana, lee\]/);
  });
});
