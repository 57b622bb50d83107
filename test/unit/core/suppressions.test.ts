/** Inline suppression comments: next line, this line, whole file; typos are reported; the quick fix writes one. */
import { strict as assert } from 'node:assert';
import { disableForLineEdit, parseSuppressions } from '../../../src/core/engine/suppressions';
import { charterYaml, lineOf, lineRules, workspaceOf } from '../helpers';

const PATH = '.team/platform.charter.yaml';

/** A charter where dana is fine and sam lacks growth; G1 lacks owner, measure and due. */
const BASE = [
  'kind: Charter',
  'version: 1',
  'id: platform',
  'team: Platform Team',
  'goals:',
  '  - id: G1',
  '    title: One-click rollback',
  '    supports: [P1]',
  'priorities:',
  '  - id: P1',
  '    title: Halve lead time',
  'members:',
  '  - name: dana',
  '    growth: { stretch: Run Q1 planning, coach: lee }',
  '  - name: sam',
  '',
].join('\n');

function lint(text: string, rule?: string): string[] {
  return lineRules(workspaceOf({ [PATH]: text }).lintFile(PATH), rule);
}

function insertBefore(text: string, needle: string, line: string): string {
  const lines = text.split('\n');
  const at = lineOf(text, needle) - 1;
  lines.splice(at, 0, line);
  return lines.join('\n');
}

function appendToLine(text: string, needle: string, suffix: string): string {
  const lines = text.split('\n');
  const at = lineOf(text, needle) - 1;
  lines[at] += suffix;
  return lines.join('\n');
}

const GOAL_RULES = ['goal-no-due', 'goal-no-measure', 'goal-no-owner'];

function goalFindings(text: string): string[] {
  return lint(text).filter((f) => GOAL_RULES.includes(f.split(' ')[1]));
}

describe('suppression comments', () => {
  it('without comments, the base charter has the findings the tests suppress', () => {
    assert.deepStrictEqual(lint(BASE, 'member-no-growth'), ['15 member-no-growth']);
    assert.deepStrictEqual(goalFindings(BASE), ['6 goal-no-due', '6 goal-no-measure', '6 goal-no-owner']);
  });

  it('disable-next-line with one rule suppresses that rule on the next line only', () => {
    const text = insertBefore(BASE, '- name: sam', '  # teamcharter-disable-next-line member-no-growth -- sam joins in January');
    assert.deepStrictEqual(lint(text, 'member-no-growth'), []);
    // Above the goal, it suppresses only the rule it names.
    const goal = insertBefore(BASE, '- id: G1', '  # teamcharter-disable-next-line goal-no-due');
    assert.deepStrictEqual(goalFindings(goal), ['7 goal-no-measure', '7 goal-no-owner']);
  });

  it('disable-next-line with two rules', () => {
    const text = insertBefore(BASE, '- id: G1', '  # teamcharter-disable-next-line goal-no-due, goal-no-measure');
    assert.deepStrictEqual(goalFindings(text), ['7 goal-no-owner']);
  });

  it('disable-next-line with no rule suppresses all rules on that line and no other', () => {
    const text = insertBefore(BASE, '- id: G1', '  # teamcharter-disable-next-line');
    assert.deepStrictEqual(goalFindings(text), []);
    assert.deepStrictEqual(lint(text, 'member-no-growth'), ['16 member-no-growth']);
  });

  it('disable-line at the end of the line', () => {
    const text = appendToLine(BASE, '- name: sam', '  # teamcharter-disable-line member-no-growth');
    assert.deepStrictEqual(lint(text, 'member-no-growth'), []);
    const other = appendToLine(BASE, '- name: sam', '  # teamcharter-disable-line goal-no-owner');
    assert.deepStrictEqual(lint(other, 'member-no-growth'), ['15 member-no-growth'], 'another rule named: not suppressed');
  });

  it('disable for the whole file, for one rule or all', () => {
    const one = `# teamcharter-disable member-no-growth -- growth paths are kept in the HR tool\n${BASE}`;
    assert.deepStrictEqual(lint(one, 'member-no-growth'), []);
    assert.equal(goalFindings(one).length, 3, 'other rules still apply');
    const all = `${BASE}# teamcharter-disable\n`;
    assert.deepStrictEqual(lint(all), []);
  });

  it('an unknown rule id is a schema warning at the id, with a suggestion, and suppresses nothing', () => {
    const text = insertBefore(BASE, '- name: sam', '  # teamcharter-disable-next-line member-no-grwth');
    const result = workspaceOf({ [PATH]: text }).lintFile(PATH)!;
    const schema = result.findings.filter((f) => f.rule === 'schema');
    assert.equal(schema.length, 1);
    assert.equal(schema[0].severity, 'warning');
    assert.deepStrictEqual(schema[0].range, { line: 15, column: 35, endLine: 15, endColumn: 50 });
    assert.match(schema[0].message, /unknown rule "member-no-grwth"/);
    assert.match(schema[0].message, /did you mean "member-no-growth"/);
    assert.deepStrictEqual(lineRules(result, 'member-no-growth'), ['16 member-no-growth']);
  });

  it('parses the comment forms into lines and rule sets', () => {
    const comments = parseSuppressions(
      'a: 1 # teamcharter-disable-line x, y -- why\n# teamcharter-disable-next-line\n# teamcharter-disable z\nb: "#teamcharter-disabled"\n',
    );
    assert.deepStrictEqual(
      comments.map((c) => [c.kind, c.line, c.rules === 'all' ? 'all' : [...c.rules]]),
      [
        ['line', 1, ['x', 'y']],
        ['line', 3, 'all'],
        ['file', 3, ['z']],
      ],
    );
  });

  describe('disableForLineEdit (the "disable for this line" quick fix)', () => {
    function apply(text: string, edit: ReturnType<typeof disableForLineEdit>): string {
      const lines = text.split('\n');
      const line = lines[edit.line - 1];
      lines[edit.line - 1] = line.slice(0, edit.column - 1) + edit.insert + line.slice(edit.endColumn - 1);
      return lines.join('\n');
    }

    it('inserts an indented comment above the line, which then suppresses the finding', () => {
      const edit = disableForLineEdit(BASE, 15, 'member-no-growth');
      const text = apply(BASE, edit);
      assert.equal(text.split('\n')[14], '  # teamcharter-disable-next-line member-no-growth');
      assert.equal(text.split('\n')[15], '  - name: sam');
      assert.deepStrictEqual(lint(text, 'member-no-growth'), []);
      assert.deepStrictEqual(lint(text, 'schema'), []);
    });

    it('extends an existing disable-next-line comment instead of adding a second one', () => {
      const first = apply(BASE, disableForLineEdit(BASE, 6, 'goal-no-due'));
      const second = apply(first, disableForLineEdit(first, 7, 'goal-no-owner'));
      assert.equal(second.split('\n')[5], '  # teamcharter-disable-next-line goal-no-due, goal-no-owner');
      assert.equal(second.split('\n').length, BASE.split('\n').length + 1);
      assert.deepStrictEqual(goalFindings(second), ['7 goal-no-measure']);
    });

    it('keeps the reason of an existing comment', () => {
      const withReason = insertBefore(BASE, '- id: G1', '  # teamcharter-disable-next-line goal-no-due -- set at the offsite');
      const text = apply(withReason, disableForLineEdit(withReason, 7, 'goal-no-owner'));
      assert.equal(text.split('\n')[5], '  # teamcharter-disable-next-line goal-no-due, goal-no-owner -- set at the offsite');
      assert.deepStrictEqual(goalFindings(text), ['7 goal-no-measure']);
    });

    it('works on the first line of a file', () => {
      const charter = charterYaml('platform');
      const text = apply(charter, disableForLineEdit(charter, 1, 'purpose-missing'));
      assert.ok(text.startsWith('# teamcharter-disable-next-line purpose-missing\nkind: Charter\n'));
      assert.deepStrictEqual(lint(text, 'purpose-missing'), []);
    });
  });
});
