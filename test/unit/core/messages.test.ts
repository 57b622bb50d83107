import { strict as assert } from 'node:assert';
import { ConfigError, parseConfig } from '../../../src/core/engine/config';
import { applyYamlEdits, detectStyle } from '../../../src/core/yaml/yamlEdit';
import { workspaceOf } from '../helpers';
import { RULES } from '../../../src/core/rules';

function findingsOf(path: string, text: string) {
  return workspaceOf({ [path]: text }).lintFile(path)!.findings;
}

describe("messages say what and where in the user's terms", () => {
  it('a date field with the wrong type asks for a date', () => {
    const findings = findingsOf('r.retro.yaml', 'kind: Retrospective\nteam: web\ndate: 2026\n').filter((f) => f.rule === 'schema');
    assert.deepEqual(
      findings.map((f) => [f.range.line, f.message]),
      [[3, 'date: expected a date as YYYY-MM-DD, found the number 2026']],
    );
  });

  it("an action's step and a retro decision: what is allowed, and what each wrong value is told", () => {
    const retro = (rest: string) => `kind: Retrospective\nteam: web\ndate: 2026-11-30\n${rest}`;
    const schema = (rest: string) =>
      findingsOf('r.retro.yaml', retro(rest))
        .filter((f) => f.rule === 'schema')
        .map((f) => [f.range.line, f.message]);
    for (const step of ['decisions', '5', '1', '7']) assert.deepEqual(schema(`actions:\n  - id: A-1\n    title: x\n    step: ${step}\n`), [], step);
    const expected = 'expected a step: one of goals, accountability, growth, change, decisions, feedback, recognition, or its number from 1 to 7';
    for (const [step, found] of [
      ['9', 'the number 9'],
      ['0', 'the number 0'],
      ['2.5', 'the number 2.5'],
      ['speed', '"speed"'],
    ]) {
      assert.deepEqual(schema(`actions:\n  - id: A-1\n    title: x\n    step: ${step}\n`), [[7, `actions[0].step: ${expected}, found ${found}`]], step);
    }
    assert.deepEqual(schema('decisions:\n  - Adopt trunk-based development\n  - text: Drop the release train\n    by: team\n'), []);
    assert.deepEqual(schema('decisions:\n  - [a]\n'), [
      [5, 'decisions[0]: expected the decision as text, or a map with text and by (who took it), found a list'],
    ]);
    assert.deepEqual(schema('decisions:\n  - text: [a]\n'), [[5, 'decisions[0].text: expected text, found a list']]);
    // A charter's scope, and a goal that is only proposed, are part of the format.
    const charter =
      'kind: Charter\nid: web\nscope:\n  in: [Deploy pipeline]\n  out: [Application code]\ngoals:\n  - id: G1\n    title: Canary deploys\n    status: proposed\n';
    assert.deepEqual(
      findingsOf('c.charter.yaml', charter).filter((f) => f.rule === 'schema'),
      [],
    );
  });

  it('two documents in one file get a message about "---", not the parser\'s advice', () => {
    const [finding] = findingsOf('c.charter.yaml', 'kind: Charter\nid: web\n---\nkind: Charter\n');
    assert.equal(finding.rule, 'yaml-syntax');
    assert.match(finding.message, /remove the second "---"/);
    assert.doesNotMatch(finding.message, /parseAllDocuments/);
  });

  it('an unclosed quote is reported inside the file, not past its end', () => {
    const text = 'kind: Charter\nid: "web\n';
    const [finding] = findingsOf('c.charter.yaml', text);
    assert.equal(finding.rule, 'yaml-syntax');
    assert.ok(finding.range.line <= text.split('\n').length - 1, `line ${finding.range.line}`);
  });

  it('a bad severity inside a rule map points at the severity and lists the choices', () => {
    assert.throws(
      () => parseConfig('c.yaml', 'rules:\n  action-carried-too-long: { severity: loud, maxRetros: 2 }\n', RULES),
      (error: ConfigError) =>
        error.range?.line === 2 && error.range.column === 40 && /expected one of "off", "info", "warning", "error", found "loud"/.test(error.detail),
    );
  });

  it('rules given as a list says a map is expected', () => {
    assert.throws(
      () => parseConfig('c.yaml', 'rules: [a]\n', RULES),
      (error: ConfigError) => error.detail === 'rules: expected a map, found a list',
    );
  });
});

describe("round-trip edits follow the file's own style", () => {
  it('CRLF files get CRLF lines', () => {
    const after = applyYamlEdits('a: 1\r\nb:\r\n  c: 2\r\n', [{ op: 'set', path: ['b', 'd'], value: { x: 1 } }]);
    assert.equal(after, 'a: 1\r\nb:\r\n  c: 2\r\n  d:\r\n    x: 1\r\n');
  });

  it('the indent unit is the smallest indentation, list dashes included', () => {
    assert.equal(detectStyle('goals:\n  - id: G1\n    title: x\n').indent, 2);
    assert.equal(detectStyle('goals:\n    - id: G1\n      title: x\nx:\n    y: 1\n').indent, 4);
    assert.equal(detectStyle('members:\n- name: a\n  role: b\n').indentSeq, false);
  });
});

describe('form edits on a file changed underneath', () => {
  it('apply to the node at the path in the current text, wherever it moved', () => {
    const original = 'kind: Charter\nid: web\ngoals:\n  - id: G1\n    title: One\n  - id: G2\n    title: Two\n';
    // Someone added lines above the goals in a text editor after the form's state was sent.
    const changed = original.replace('id: web\n', 'id: web\n# a comment added in the text editor\npurpose:\n  statement: Ship it\n');
    const after = applyYamlEdits(changed, [{ op: 'set', path: ['goals', 1, 'title'], value: 'Second' }]);
    assert.equal(after, changed.replace('title: Two', 'title: Second'));
  });

  it('clearing a field leaves the key with no value and keeps its comment', () => {
    const after = applyYamlEdits('purpose:\n  why: Because # agreed in March\n', [{ op: 'set', path: ['purpose', 'why'], value: null }]);
    assert.equal(after, 'purpose:\n  why: # agreed in March\n');
  });
});
