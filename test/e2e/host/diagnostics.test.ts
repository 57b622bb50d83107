import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { parseMarkers } from '../../unit/helpers';
import { CHARTER, RETRO_1, RETRO_2, activated, fileUri, lineRules, metric, original, ours, resetWorkspace, ruleOf } from './vscodeHelpers';

describe('diagnostics in the Problems view', () => {
  before(resetWorkspace);

  it('activates quickly (activation only registers providers)', async () => {
    const api = await activated();
    metric('activation (activate() body)', api.activationMs, 'ms');
    metric('activation: evaluating the bundle', api.moduleLoadMs, 'ms');
    metric('activation: bundle plus activate()', api.moduleLoadMs + api.activationMs, 'ms');
    assert.ok(api.activationMs >= 0);
  });

  for (const relative of [CHARTER, RETRO_1, RETRO_2]) {
    it(`${relative}: exactly the findings its "# expect:" markers name, at their lines`, async () => {
      await activated();
      const expected = parseMarkers(original(relative), relative)
        .map((m) => `${m.line} ${m.rule}`)
        .sort();
      assert.ok(expected.length > 0);
      assert.deepEqual(lineRules(fileUri(relative)), expected);
    });
  }

  it('a diagnostic carries source, severity, exact range and a code linking to the shipped rule docs', async () => {
    await activated();
    const goal = ours(fileUri(CHARTER)).find((d) => ruleOf(d) === 'goal-no-owner')!;
    assert.equal(goal.source, 'teamcharter');
    assert.equal(goal.severity, vscode.DiagnosticSeverity.Warning);
    // "  - id: G1": the goal's first entry, line 14, columns 5 to 11 (1-based, end exclusive).
    assert.deepEqual([goal.range.start.line, goal.range.start.character, goal.range.end.line, goal.range.end.character], [13, 4, 13, 10]);
    const code = goal.code as { value: string; target: vscode.Uri };
    assert.equal(code.value, 'goal-no-owner');
    assert.ok(code.target.path.endsWith('/docs/rules/goal-no-owner.md'), code.target.toString());
    const docs = await vscode.workspace.fs.readFile(code.target);
    assert.match(new TextDecoder().decode(docs), /^# goal-no-owner/);
    const info = ours(fileUri(CHARTER)).find((d) => ruleOf(d) === 'retro-overdue')!;
    assert.equal(info.severity, vscode.DiagnosticSeverity.Information);
  });

  it('a cross-file finding has related information pointing at the other file', async () => {
    await activated();
    const overdue = ours(fileUri(RETRO_2)).find((d) => ruleOf(d) === 'action-overdue' && d.range.start.line === 8)!;
    assert.ok(overdue, 'A-1 is overdue where the latest retro lists it');
    assert.match(
      overdue.message,
      /^action A-1 "Automate canary analysis" was due 2024-02-14, \d+ days ago, and is still open after the team met on 2024-02-19$/,
    );
    const related = overdue.relatedInformation ?? [];
    assert.equal(related.length, 1);
    assert.equal(related[0].location.uri.toString(), fileUri(RETRO_1).toString());
    assert.equal(related[0].location.range.start.line, 19, 'the due date of A-1 where it was created');
  });
});
