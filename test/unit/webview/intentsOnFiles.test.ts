/** Every form intent, applied to commented files through the core's round trip: comments stay, the data changes as meant. */
import { strict as assert } from 'node:assert';
import { parse } from 'yaml';
import type { YamlEdit } from '../../../src/core/base/types.js';
import { applyYamlEdits } from '../../../src/core/yaml/yamlEdit.js';
import { workspaceOf } from '../helpers.js';
import {
  addColumn,
  addItem,
  moveItem,
  newItem,
  removeColumn,
  removeItem,
  reviewAction,
  setDecision,
  setField,
  setStep,
  tickName,
} from '../../../webview/intents.js';

const CHARTER = `# Charter of the web team. Reviewed every quarter.
kind: Charter
id: web   # referred to by the retros
team: Web
purpose:
  # Agreed at the offsite.
  statement: Fast pages   # the short version
goals:
  # The big one first.
  - id: G1
    title: Faster builds   # measured in CI
    owner: ana
  # Stretch goal.
  - id: G2
    title: Docs
commitment:
  by: [ana]   # bo joins in January
members:
  - name: ana   # lead
  - name: bo
feedback:
  norms:
    - Be kind   # our first norm
`;

const RETRO = `# Retro after the launch.
kind: Retrospective
team: web
date: 2026-11-30
format: custom
previousActions:
  - id: A-1   # the flaky test
    status: carried
items:
  # What we talked about.
  went-well: [Launch]
actions: []   # none yet
`;

function commentLines(text: string): string[] {
  return text.split('\n').flatMap((line) => {
    const at = line.indexOf('#');
    return at < 0 ? [] : [line.slice(at)];
  });
}

/** Apply an intent's edit: every comment stays but those on the lines the edit removes (`gone`). */
function apply(text: string, edit: YamlEdit | undefined, gone: readonly string[] = []): { text: string; data: Record<string, any> } {
  assert.ok(edit, 'the intent gives an edit');
  const after = applyYamlEdits(text, [edit]);
  for (const comment of commentLines(text)) {
    if (gone.includes(comment)) assert.ok(!after.includes(comment), `comment removed with its line: ${comment}\n${after}`);
    else assert.ok(after.includes(comment), `comment kept: ${comment}\n${after}`);
  }
  return { text: after, data: parse(after) };
}

describe('form intents on commented files', () => {
  it('set a field, and clear it', () => {
    assert.equal(apply(CHARTER, setField(['purpose', 'why'], 'Customers wait')).data.purpose.why, 'Customers wait');
    assert.equal(apply(CHARTER, setField(['goals', 0, 'title'], 'Faster CI')).data.goals[0].title, 'Faster CI');
    assert.equal(apply(CHARTER, setField(['goals', 0, 'title'], null)).data.goals[0].title, null);
  });

  it('add, remove and move list items', () => {
    const added = apply(CHARTER, addItem(['goals'], newItem('goals', parse(CHARTER).goals))).data.goals;
    assert.deepEqual(
      added.map((g: { id: string }) => g.id),
      ['G1', 'G2', 'G3'],
    );
    assert.deepEqual(apply(CHARTER, addItem(['members'], newItem('members', []))).data.members.length, 3);
    assert.deepEqual(apply(CHARTER, removeItem(['members'], 1)).data.members, [{ name: 'ana' }]);
    assert.deepEqual(
      apply(CHARTER, moveItem(['goals'], 2, 1, -1)).data.goals.map((g: { id: string }) => g.id),
      ['G2', 'G1'],
    );
    assert.deepEqual(apply(CHARTER, addItem(['feedback', 'norms'], 'Say it early')).data.feedback.norms, ['Be kind', 'Say it early']);
  });

  it('tick and untick a member in a flow list', () => {
    const ticked = apply(CHARTER, tickName(['commitment', 'by'], ['ana'], 'bo', true));
    assert.deepEqual(ticked.data.commitment.by, ['ana', 'bo']);
    assert.match(ticked.text, /by: \[ana, bo\]/, 'the list keeps its flow style');
    assert.deepEqual(apply(ticked.text, tickName(['commitment', 'by'], ['ana', 'bo'], 'ana', false)).data.commitment.by, ['bo']);
  });

  it('review an open action (appended), change a review (set in place)', () => {
    const data = parse(RETRO);
    assert.deepEqual(apply(RETRO, reviewAction(data.previousActions, 'A-2', 'status', 'done')).data.previousActions, [
      { id: 'A-1', status: 'carried' },
      { id: 'A-2', status: 'done' },
    ]);
    assert.deepEqual(apply(RETRO, reviewAction(data.previousActions, 'A-1', 'status', 'done')).data.previousActions, [{ id: 'A-1', status: 'done' }]);
    assert.equal(apply(RETRO, reviewAction(data.previousActions, 'A-1', 'note', 'Merged')).data.previousActions[0].note, 'Merged');
  });

  it('add an action to an empty flow list, add and remove a column', () => {
    assert.deepEqual(apply(RETRO, addItem(['actions'], newItem('actions', [], 'A-2'))).data.actions, [{ id: 'A-2', title: '<what the team will do>' }]);
    const column = addColumn(parse(RETRO).items, 'to-try');
    assert.ok(column.ok);
    const withColumn = apply(RETRO, column.edit);
    assert.deepEqual(Object.keys(withColumn.data.items), ['went-well', 'to-try']);
    assert.deepEqual(Object.keys(apply(withColumn.text, removeColumn('to-try')).data.items), ['went-well']);
  });

  it('a deferral: the until date and the note are each one edit on the listed entry; nothing is listed by a date or a note alone', () => {
    const data = parse(RETRO);
    const deferred = apply(RETRO, reviewAction(data.previousActions, 'A-1', 'status', 'deferred'));
    const dated = apply(deferred.text, reviewAction(deferred.data.previousActions, 'A-1', 'until', '2027-01-10'));
    const noted = apply(dated.text, reviewAction(dated.data.previousActions, 'A-1', 'note', 'After the code freeze'));
    assert.deepEqual(noted.data.previousActions, [{ id: 'A-1', status: 'deferred', until: '2027-01-10', note: 'After the code freeze' }]);
    assert.match(noted.text, /- id: A-1 {3}# the flaky test\n {4}status: deferred\n {4}until: 2027-01-10\n {4}note: After the code freeze\n/);
    assert.equal(reviewAction(data.previousActions, 'A-2', 'until', '2027-01-10'), undefined);
    assert.equal(reviewAction(data.previousActions, 'A-2', 'note', 'Later'), undefined);
  });

  describe('the format of issue 22: action step, who decided, proposed goals, scope', () => {
    const retro = `# Retro after the incident.
kind: Retrospective
team: web
date: 2026-12-14
actions:
  - id: A-8   # the canary
    title: Automate canary analysis
    owner: ana   # volunteered
  - id: A-9
    title: Rotate the facilitator
    step: 6   # we count steps
decisions:   # in the meeting
  - Adopt trunk-based development   # after the vote
  - text: Drop the Friday train   # for good
    by: bo   # he asked
`;

    it('picking a step writes it after the other fields of the action; another step replaces it in place; "(none)" removes the line', () => {
      const picked = apply(retro, setStep(['actions', 0, 'step'], undefined, 'decisions'));
      assert.equal(picked.text, retro.replace('    owner: ana   # volunteered\n', '    owner: ana   # volunteered\n    step: decisions\n'));
      const changed = apply(picked.text, setStep(['actions', 0, 'step'], 'decisions', 'recognition'));
      assert.equal(changed.text, retro.replace('    owner: ana   # volunteered\n', '    owner: ana   # volunteered\n    step: recognition\n'));
      assert.equal(apply(changed.text, setStep(['actions', 0, 'step'], 'recognition', null)).text, retro);
    });

    it('a file that names steps by number keeps numbers, and the comment beside it', () => {
      assert.equal(apply(retro, setStep(['actions', 1, 'step'], 6, 'growth')).text, retro.replace('step: 6   # we count steps', 'step: 3   # we count steps'));
      const removed = apply(retro, setStep(['actions', 1, 'step'], 6, null), ['# we count steps']);
      assert.equal(removed.text, retro.replace('    step: 6   # we count steps\n', ''));
    });

    it('who decided: plain text becomes { text, by }, the comment on the decision kept; changing it changes only by', () => {
      const named = apply(retro, setDecision(parse(retro).decisions, 0, 'by', 'team', 'Adopt trunk-based development'));
      assert.equal(
        named.text,
        retro.replace('  - Adopt trunk-based development   # after the vote\n', '  - text: Adopt trunk-based development # after the vote\n    by: team\n'),
      );
      const renamed = apply(named.text, setDecision(named.data.decisions, 0, 'by', 'ana', 'Adopt trunk-based development'));
      assert.equal(renamed.text, named.text.replace('    by: team\n', '    by: ana\n'));
      const retexted = apply(renamed.text, setDecision(renamed.data.decisions, 0, 'text', 'Adopt trunk-based development now', 'ana'));
      assert.deepEqual(retexted.data.decisions[0], { text: 'Adopt trunk-based development now', by: 'ana' });
    });

    it('clearing who decided removes the by line only: the decision stays { text }, with its comment', () => {
      const cleared = apply(retro, setDecision(parse(retro).decisions, 1, 'by', null, 'Drop the Friday train'), ['# he asked']);
      assert.equal(cleared.text, retro.replace('    by: bo   # he asked\n', ''));
      assert.deepEqual(cleared.data.decisions, ['Adopt trunk-based development', { text: 'Drop the Friday train' }]);
    });

    it('the text of a plain decision is written as plain text', () => {
      const typed = apply(retro, setDecision(parse(retro).decisions, 0, 'text', 'Adopt trunk', ''));
      assert.equal(typed.text, retro.replace('  - Adopt trunk-based development   # after the vote', '  - Adopt trunk   # after the vote'));
    });

    it('a goal can be set to proposed', () => {
      assert.equal(
        apply(CHARTER, setField(['goals', 1, 'status'], 'proposed')).text,
        CHARTER.replace('    title: Docs\n', '    title: Docs\n    status: proposed\n'),
      );
    });

    it('scope: the first item makes the scope; items are added, moved and removed like other lists of texts', () => {
      const first = apply(CHARTER, addItem(['scope', 'in'], newItem('text', undefined)));
      assert.deepEqual(first.data.scope, { in: [''] });
      const typed = apply(first.text, setField(['scope', 'in', 0], 'Deploy pipeline'));
      const second = apply(typed.text, addItem(['scope', 'in'], newItem('text', typed.data.scope.in)));
      const both = apply(second.text, setField(['scope', 'in', 1], 'Rollback tooling'));
      const out = apply(both.text, addItem(['scope', 'out'], 'Application code'));
      assert.equal(out.text, `${CHARTER}scope:\n  in:\n    - Deploy pipeline\n    - Rollback tooling\n  out:\n    - Application code\n`);
      const moved = apply(out.text, moveItem(['scope', 'in'], 2, 1, -1));
      assert.deepEqual(moved.data.scope.in, ['Rollback tooling', 'Deploy pipeline']);
      const removed = apply(moved.text, removeItem(['scope', 'in'], 0));
      assert.equal(removed.text, `${CHARTER}scope:\n  in:\n    - Deploy pipeline\n  out:\n    - Application code\n`);
    });

    it('scope written by hand keeps its comments and its flow style', () => {
      const charter = `${CHARTER}scope:   # agreed with the other teams\n  in: [Deploy pipeline]   # ours\n  out:\n    - Application code   # theirs\n`;
      const added = apply(charter, addItem(['scope', 'in'], ''));
      assert.match(added.text, /in: \[Deploy pipeline, ""\] {3}# ours\n/);
      const named = apply(added.text, setField(['scope', 'in', 1], 'Rollback tooling'));
      assert.match(named.text, /in: \[Deploy pipeline, Rollback tooling\] {3}# ours\n/);
      assert.equal(
        apply(charter, removeItem(['scope', 'out'], 0), ['# theirs']).text,
        charter.replace('  out:\n    - Application code   # theirs\n', '  out: []\n'),
      );
    });
  });

  it('items added in the form and left as they are pass no check: the findings say they are placeholders', () => {
    let retro = RETRO.replace('actions: []   # none yet', 'wins: []\nactions: []   # none yet');
    retro = apply(retro, addItem(['wins'], newItem('wins', []))).text;
    retro = apply(retro, addItem(['actions'], newItem('actions', [], 'A-2'))).text;
    let charter = `${CHARTER}decisions:\n  framework: consent\n  rights: []\n`;
    charter = apply(charter, addItem(['decisions', 'rights'], newItem('rights', []))).text;
    const workspace = workspaceOf({ 'web.charter.yaml': charter, 'retros/2026-11-30.retro.yaml': retro });
    const about = (file: string, rule: string) =>
      workspace
        .lintFile(file)!
        .findings.filter((f) => f.rule === rule)
        .map((f) => f.message);
    assert.match(about('retros/2026-11-30.retro.yaml', 'retro-no-wins').join(), /only placeholders .*<what went well>/);
    assert.match(about('retros/2026-11-30.retro.yaml', 'retro-no-actions').join(), /only placeholders .*<what the team will do>/);
    assert.match(about('web.charter.yaml', 'decision-rights-missing').join(), /only placeholders .*<what is decided>/);
  });
});
