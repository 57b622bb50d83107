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

  it('purpose-why-missing: adds purpose.why with a placeholder to type over', async () => {
    await open(CHARTER);
    const text = await apply(fileUri(CHARTER), 'purpose-why-missing', 'Add purpose.why');
    assert.ok(text.includes('  statement: Make every deploy boring.\n  why: Why this purpose matters\npriorities:'), text.slice(0, 400));
    await waitForDiagnostics(fileUri(CHARTER), lacks('purpose-why-missing'), 'purpose-why-missing fixed');
  });

  it('commitment-missing: adds the member to commitment.by', async () => {
    await open(CHARTER);
    const text = await apply(fileUri(CHARTER), 'commitment-missing', 'Add lee to commitment.by');
    assert.ok(text.includes('  by: [dana, lee]'));
    await waitForDiagnostics(fileUri(CHARTER), lacks('commitment-missing'), 'commitment-missing fixed');
  });

  it('previous-actions-not-reviewed: adds the action to previousActions', async () => {
    await open(RETRO_2);
    const text = await apply(fileUri(RETRO_2), 'previous-actions-not-reviewed', 'Review A-2 under previousActions');
    assert.ok(text.includes('    note: Blocked on metrics access\n  - id: A-2\n    status: carried\nitems:'), text);
    await waitForDiagnostics(fileUri(RETRO_2), lacks('previous-actions-not-reviewed'), 'A-2 reviewed');
  });

  it('member-no-growth: adds a growth block to the member', async () => {
    await open(CHARTER);
    const text = await apply(fileUri(CHARTER), 'member-no-growth', 'Add a growth path');
    assert.ok(text.includes('  - name: lee   # expect: member-no-growth\n    role: Engineer\n    growth:\n      aspiration: Where they want to grow\n'), text);
    await waitForDiagnostics(fileUri(CHARTER), lacks('member-no-growth'), 'member-no-growth fixed');
  });

  it('"Disable … for this line" inserts the comment and the finding goes', async () => {
    await open(CHARTER);
    const text = await apply(fileUri(CHARTER), 'goal-no-owner', 'Disable goal-no-owner for this line');
    assert.ok(text.includes('goals:\n  # teamcharter-disable-next-line goal-no-owner\n  - id: G1'), text);
    await waitForDiagnostics(fileUri(CHARTER), lacks('goal-no-owner'), 'goal-no-owner suppressed');
  });

  it('Fix All (source.fixAll.teamcharter) applies every unambiguous fix at once', async () => {
    await open(CHARTER);
    const uri = fileUri(CHARTER);
    const fixAll = (await actionsFor(uri, 'purpose-why-missing', 'source.fixAll.teamcharter')).find((a) => a.kind?.value === 'source.fixAll.teamcharter');
    assert.ok(fixAll?.edit);
    assert.ok(await vscode.workspace.applyEdit(fixAll.edit));
    await waitForDiagnostics(uri, (d) => lacks('purpose-why-missing')(d) && lacks('commitment-missing')(d) && lacks('member-no-growth')(d), 'all single fixes applied');
    // goal-no-owner has a choice of owners: Fix All leaves it for a person to decide.
    assert.ok(has('goal-no-owner')(ours(uri)));
  });
});
