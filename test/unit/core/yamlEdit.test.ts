/** Round-trip edits: every edit is a small splice; comments, order and formatting elsewhere are untouched. */
import { strict as assert } from 'node:assert';
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { parseDocument } from 'yaml';
import { loadWorkspace } from '../../../src/cli/files';
import { PLACEHOLDER } from '../../../src/core/format/placeholders';
import { TeamFile } from '../../../src/core/format/teamFile';
import type { YamlEdit } from '../../../src/core/base/types';
import { YamlEditError, applyYamlEdits } from '../../../src/core/yaml/yamlEdit';
import { YamlFile } from '../../../src/core/yaml/yamlFile';
import { RULE_FIXTURES, TODAY, commentLines } from '../helpers';

const RICH = `# Team charter: Platform. Reviewed every quarter.
kind: Charter
version: 1
id: platform   # the slug retros use
team: Platform Team
updated: 2026-11-30

# Step 1
purpose:
  statement: Make every deploy boring.  # one sentence
  why:
priorities:
  # ordered by the VP's list
  - id: P1
    title: Halve lead time for changes
  # added in November
  - id: P2
    title: Fewer incidents
goals:
  - id: G1
    title: One-click rollback
    supports: [P1]
  - id: G2   # may be dropped
    title: Faster builds
commitment:
  agreed: 2026-11-30
  by: [dana, lee]   # sam is on leave
members:
  - name: dana
    role: Tech lead
  - name: sam
    growth: { stretch: Run Q1 planning, coach: lee }
accountability:
  checkIns: weekly
feedback:
  norms:
    - Disagree in the room, commit outside it
  # more norms after the offsite
recognition:
  practices:
    - Wins open every retrospective
`;

/** `text` with `from` (which must occur exactly once) replaced by `to`. */
function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  assert.ok(at >= 0 && text.indexOf(from, at + 1) < 0, `"${from}" occurs exactly once`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

function assertCommentsKept(before: string, after: string): void {
  const remaining = commentLines(after);
  for (const line of commentLines(before)) assert.ok(remaining.includes(line), `comment line kept: ${line}`);
}

function assertParses(text: string): void {
  assert.deepStrictEqual(new YamlFile(text).problems, [], 'the result is valid YAML');
}

describe('yamlEdit', () => {
  it('parsing and re-serialising with no edits gives the file back unchanged', () => {
    assert.equal(applyYamlEdits(RICH, []), RICH);
    assert.ok(commentLines(RICH).length >= 5, 'the sample is richly commented');
  });

  const cases: { name: string; edit: YamlEdit; expected: () => string }[] = [
    {
      name: 'set an existing scalar (keeps the trailing comment)',
      edit: { op: 'set', path: ['purpose', 'statement'], value: 'Make every deploy dull.' },
      expected: () => replaceOnce(RICH, 'statement: Make every deploy boring.  # one sentence', 'statement: Make every deploy dull.  # one sentence'),
    },
    {
      name: 'set a new key in an existing map',
      edit: { op: 'set', path: ['accountability', 'tracking'], value: 'https://example.org/board' },
      expected: () => replaceOnce(RICH, '  checkIns: weekly\n', '  checkIns: weekly\n  tracking: https://example.org/board\n'),
    },
    {
      name: 'set a new nested key, creating its parent map at the end',
      edit: { op: 'set', path: ['decisions', 'framework'], value: 'consent' },
      expected: () => `${RICH}decisions:\n  framework: consent\n`,
    },
    {
      name: 'set a new key in a list item',
      edit: { op: 'set', path: ['goals', 0, 'owner'], value: 'dana' },
      expected: () => replaceOnce(RICH, '    supports: [P1]\n', '    supports: [P1]\n    owner: dana\n'),
    },
    {
      name: 'set into an empty value',
      edit: { op: 'set', path: ['purpose', 'why'], value: 'Deploy pain costs our customers features.' },
      expected: () => replaceOnce(RICH, '  why:\n', '  why: Deploy pain costs our customers features.\n'),
    },
    {
      name: 'set a map into a missing key of a list item, as a block',
      edit: { op: 'set', path: ['members', 0, 'growth'], value: { aspiration: 'Engineering manager', coach: 'lee' } },
      expected: () => replaceOnce(RICH, '    role: Tech lead\n', '    role: Tech lead\n    growth:\n      aspiration: Engineering manager\n      coach: lee\n'),
    },
    {
      name: 'set a value that needs quotes',
      edit: { op: 'set', path: ['team'], value: 'Platform: build & deploy' },
      expected: () => replaceOnce(RICH, 'team: Platform Team', 'team: "Platform: build & deploy"'),
    },
    {
      name: 'append to a flow list (keeps the comment after it)',
      edit: { op: 'append', path: ['commitment', 'by'], value: 'sam' },
      expected: () => replaceOnce(RICH, 'by: [dana, lee]   # sam', 'by: [dana, lee, sam]   # sam'),
    },
    {
      name: 'append to a block list, before the comment that follows it',
      edit: { op: 'append', path: ['feedback', 'norms'], value: 'Bad news travels first' },
      expected: () =>
        replaceOnce(RICH, '    - Disagree in the room, commit outside it\n', '    - Disagree in the room, commit outside it\n    - Bad news travels first\n'),
    },
    {
      name: 'append a map to a block list',
      edit: { op: 'append', path: ['priorities'], value: { id: 'P3', title: 'Lower cloud costs' } },
      expected: () => replaceOnce(RICH, '    title: Fewer incidents\n', '    title: Fewer incidents\n  - id: P3\n    title: Lower cloud costs\n'),
    },
    {
      name: 'append creating a list',
      edit: { op: 'append', path: ['recognition', 'milestones'], value: 'Last service on one-click rollback' },
      expected: () => `${RICH}  milestones:\n    - Last service on one-click rollback\n`,
    },
    {
      name: 'delete a list item (with its trailing comment)',
      edit: { op: 'delete', path: ['goals', 1] },
      expected: () => replaceOnce(RICH, '  - id: G2   # may be dropped\n    title: Faster builds\n', ''),
    },
    {
      name: 'delete an item of a flow list',
      edit: { op: 'delete', path: ['commitment', 'by', 1] },
      expected: () => replaceOnce(RICH, 'by: [dana, lee]', 'by: [dana]'),
    },
    {
      name: 'delete a key',
      edit: { op: 'delete', path: ['members', 0, 'role'] },
      expected: () => replaceOnce(RICH, '    role: Tech lead\n', ''),
    },
    {
      name: 'delete the last item of a block list leaves an empty list',
      edit: { op: 'delete', path: ['feedback', 'norms', 0] },
      expected: () => replaceOnce(RICH, '  norms:\n    - Disagree in the room, commit outside it\n', '  norms: []\n'),
    },
    {
      name: 'move a list item up (its comment travels with it; the list heading stays)',
      edit: { op: 'move', path: ['priorities'], from: 1, to: 0 },
      expected: () =>
        replaceOnce(
          RICH,
          '  - id: P1\n    title: Halve lead time for changes\n  # added in November\n  - id: P2\n    title: Fewer incidents\n',
          '  # added in November\n  - id: P2\n    title: Fewer incidents\n  - id: P1\n    title: Halve lead time for changes\n',
        ),
    },
    {
      name: 'move a list item down',
      edit: { op: 'move', path: ['goals'], from: 0, to: 1 },
      expected: () =>
        replaceOnce(
          RICH,
          '  - id: G1\n    title: One-click rollback\n    supports: [P1]\n  - id: G2   # may be dropped\n    title: Faster builds\n',
          '  - id: G2   # may be dropped\n    title: Faster builds\n  - id: G1\n    title: One-click rollback\n    supports: [P1]\n',
        ),
    },
    {
      name: 'set in a flow map (only the value changes: the spacing inside the braces stays)',
      edit: { op: 'set', path: ['members', 1, 'growth', 'coach'], value: 'dana' },
      expected: () => replaceOnce(RICH, '{ stretch: Run Q1 planning, coach: lee }', '{ stretch: Run Q1 planning, coach: dana }'),
    },
    {
      name: 'set an item of a flow list',
      edit: { op: 'set', path: ['goals', 0, 'supports', 0], value: 'P2' },
      expected: () => replaceOnce(RICH, 'supports: [P1]', 'supports: [P2]'),
    },
  ];

  for (const { name, edit, expected } of cases) {
    it(name, () => {
      const after = applyYamlEdits(RICH, [edit]);
      assert.equal(after, expected());
      assertParses(after);
      assertCommentsKept(RICH, after);
    });
  }

  it('applies several edits in order', () => {
    const after = applyYamlEdits(RICH, [
      { op: 'set', path: ['purpose', 'why'], value: 'Deploy pain costs features.' },
      { op: 'append', path: ['commitment', 'by'], value: 'sam' },
      { op: 'delete', path: ['goals', 1] },
    ]);
    let expected = replaceOnce(RICH, '  why:\n', '  why: Deploy pain costs features.\n');
    expected = replaceOnce(expected, 'by: [dana, lee]', 'by: [dana, lee, sam]');
    expected = replaceOnce(expected, '  - id: G2   # may be dropped\n    title: Faster builds\n', '');
    assert.equal(after, expected);
  });

  it('keeps the comment after a key when a value is set or a list is created under it', () => {
    const text =
      'kind: Charter\nid: platform\naccountability:\n  checkIns: weekly\npurpose:   # step 1\nmembers:\n  - name: sam\n    growth:  # agreed in the 1:1\nrecognition:\n  practices:  # none yet\n';
    assert.equal(
      applyYamlEdits(text, [{ op: 'set', path: ['purpose', 'why'], value: 'Deploy pain costs features.' }]),
      replaceOnce(text, 'purpose:   # step 1\n', 'purpose: # step 1\n  why: Deploy pain costs features.\n'),
    );
    assert.equal(
      applyYamlEdits(text, [{ op: 'set', path: ['members', 0, 'growth'], value: { stretch: 'Run Q1 planning' } }]),
      replaceOnce(text, '    growth:  # agreed in the 1:1\n', '    growth: # agreed in the 1:1\n      stretch: Run Q1 planning\n'),
    );
    assert.equal(
      applyYamlEdits(text, [{ op: 'append', path: ['recognition', 'practices'], value: 'Wins open every retrospective' }]),
      replaceOnce(text, '  practices:  # none yet\n', '  practices: # none yet\n    - Wins open every retrospective\n'),
    );
    // The value goes right after the colon; the spacing the user put before the comment stays.
    assert.equal(applyYamlEdits('why:  # say it once\n', [{ op: 'set', path: ['why'], value: 'Because' }]), 'why: Because  # say it once\n');
  });

  it('keeps the indentation style of the file (lists not indented under their key)', () => {
    const text = 'kind: Charter\nid: platform\nfeedback:\n    norms:\n    - Be kind\n';
    assert.equal(applyYamlEdits(text, [{ op: 'append', path: ['feedback', 'norms'], value: 'Be clear' }]), `${text}    - Be clear\n`);
    const flat = 'kind: Charter\nid: platform\nnorms:\n- Be kind\n';
    assert.equal(
      applyYamlEdits(flat, [{ op: 'set', path: ['recognition', 'practices'], value: ['Wins first'] }]),
      `${flat}recognition:\n  practices:\n  - Wins first\n`,
    );
  });

  it('refuses edits it cannot make, with a YamlEditError, and never on a broken file', () => {
    assert.throws(() => applyYamlEdits('a: [1\n', [{ op: 'set', path: ['a'], value: 1 }]), YamlEditError);
    assert.throws(() => applyYamlEdits(RICH, [{ op: 'append', path: ['team'], value: 'x' }]), YamlEditError);
    assert.throws(() => applyYamlEdits(RICH, [{ op: 'delete', path: ['nothing', 'here'] }]), YamlEditError);
    assert.throws(() => applyYamlEdits(RICH, [{ op: 'move', path: ['priorities'], from: 0, to: 5 }]), YamlEditError);
  });

  describe("applying a rule's quick fix keeps the file valid; a placeholder it writes is reported until a person types over it", () => {
    /** Quick fixes that must be there for every finding. */
    const MUST_HAVE_FIXES = [
      'purpose-why-missing',
      'goal-no-owner',
      'commitment-missing',
      'previous-actions-not-reviewed',
      'member-no-growth',
      'feedback-cadence-missing',
    ];
    /** What a person types over each kind of placeholder. */
    const typed = (placeholder: string) =>
      placeholder === PLACEHOLDER.date ? '2027-01-15' : placeholder === PLACEHOLDER.cadence ? 'weekly' : 'Written by the team';
    const ANGLE = /<[^<>\n"]+>/g;

    for (const rule of readdirSync(RULE_FIXTURES).sort()) {
      for (const name of readdirSync(path.join(RULE_FIXTURES, rule)).filter((n) => n.startsWith('fires'))) {
        const folder = path.join(RULE_FIXTURES, rule, name);
        const load = () => loadWorkspace([folder], { today: TODAY }).workspace;
        const findings = [...load().lintAll().values()].flatMap((r) => r.findings).filter((f) => f.rule === rule);
        const fixable = findings.filter((f) => f.fixes?.length);
        if (MUST_HAVE_FIXES.includes(rule)) {
          it(`${rule}/${name}: every finding that is not about a placeholder offers a fix`, () => {
            assert.ok(findings.length > 0);
            assert.deepStrictEqual(
              findings.filter((f) => !f.fixes?.length && !/placeholder/.test(f.message)).map((f) => f.message),
              [],
            );
          });
        }
        for (const finding of fixable) {
          const fix = finding.fixes![0];
          it(`${rule}/${name}: ${path.basename(finding.file)}:${finding.range.line} "${fix.title}"`, () => {
            const workspace = load();
            const before = workspace.lintFile(finding.file)!.findings;
            const text = workspace.get(finding.file)!.text;
            const after = applyYamlEdits(text, fix.edits);
            assert.notEqual(after, text);
            assertParses(after);
            assertCommentsKept(text, after);
            workspace.update(TeamFile.fromText(finding.file, after));
            const now = workspace.lintFile(finding.file)!.findings;
            const newSchema = now.filter((f) => f.rule === 'schema' && !before.some((b) => b.rule === 'schema' && b.message === f.message));
            assert.deepStrictEqual(
              newSchema.map((f) => f.message),
              [],
              'a placeholder is never a schema error',
            );
            assert.ok(!now.some((f) => f.rule === rule && f.message === finding.message), `still there: ${finding.message}`);
            // What the fix inserted: the text between what stayed the same before and after it.
            let start = 0;
            while (start < text.length && text[start] === after[start]) start++;
            let end = 0;
            while (end < text.length - start && text[text.length - 1 - end] === after[after.length - 1 - end]) end++;
            const inserted = after.slice(start, after.length - end);
            const written = [...new Set(inserted.match(ANGLE) ?? [])];
            if (fix.placeholder !== undefined) {
              assert.ok(written.includes(fix.placeholder), `the tab stop ${fix.placeholder} is in the inserted text`);
              // The placeholder stands where the finding was: the same rule now says it is a placeholder.
              const said = now.filter((f) => f.rule === rule && /placeholder/.test(f.message));
              assert.equal(
                said.length,
                before.filter((f) => f.rule === rule && /placeholder/.test(f.message)).length + 1,
                'one more finding about a placeholder',
              );
            } else {
              assert.deepStrictEqual(written, [], 'a fix without a tab stop writes no placeholder');
              assert.equal(now.filter((f) => f.rule === rule).length, before.filter((f) => f.rule === rule).length - 1, 'exactly one finding fewer');
            }
            // Typed over, the placeholders are words: the finding goes, and no placeholder finding of the rule is left of it.
            let done = inserted;
            for (const placeholder of written) done = done.split(placeholder).join(typed(placeholder));
            workspace.update(TeamFile.fromText(finding.file, after.slice(0, start) + done + after.slice(after.length - end)));
            const typedOver = workspace.lintFile(finding.file)!.findings.filter((f) => f.rule === rule);
            assert.ok(!typedOver.some((f) => f.message === finding.message), `still there: ${finding.message}`);
            const placeholders = (list: typeof before) => list.filter((f) => f.rule === rule && /placeholder/.test(f.message)).length;
            assert.equal(placeholders(typedOver), placeholders(before), 'no placeholder finding left once typed over');
          });
        }
      }
    }
  });
});

/**
 * Issue 20: edits that used to corrupt a file or change its data without a word.
 * Each must give valid YAML, exactly the data asked for, and keep every comment
 * outside the node it changes.
 */
describe('yamlEdit: edits that used to corrupt files', () => {
  function edited(text: string, edit: YamlEdit, data: unknown): string {
    const after = applyYamlEdits(text, [edit]);
    const doc = parseDocument(after, { merge: true });
    assert.deepEqual(
      doc.errors.map((e) => e.message),
      [],
      `parses:\n${after}`,
    );
    assert.deepStrictEqual(doc.toJS(), data, `the data asked for:\n${after}`);
    assertCommentsKept(text.replace(/\r\n/g, '\n'), after.replace(/\r\n/g, '\n'));
    return after;
  }

  it('a list item whose first key is empty keeps its dash when the key is filled (the form: clear a goal id, type a new one)', () => {
    const text = 'goals: # the goals\n  - id:\n    title: x # first\n  - id: G2\n    title: y\n';
    const after = edited(
      text,
      { op: 'set', path: ['goals', 0, 'id'], value: 'G3' },
      {
        goals: [
          { id: 'G3', title: 'x' },
          { id: 'G2', title: 'y' },
        ],
      },
    );
    assert.equal(after, text.replace('  - id:\n', '  - id: G3\n'));
    // With a single item the list stays a list.
    edited('goals:\n  - id:\n    title: x\n', { op: 'set', path: ['goals', 0, 'id'], value: 'G3' }, { goals: [{ id: 'G3', title: 'x' }] });
    // An empty value with a comment after it: the value goes before the comment.
    edited('goals:\n  - id: # fill in\n    title: x\n', { op: 'set', path: ['goals', 0, 'id'], value: 'G3' }, { goals: [{ id: 'G3', title: 'x' }] });
  });

  it('the first key of a list item becomes a list or a map, or is deleted, and the item stays an item', () => {
    edited(
      'wins:\n  - who: sam # credit\n    what: Shipped\n',
      { op: 'set', path: ['wins', 0, 'who'], value: ['sam', 'lee'] },
      { wins: [{ who: ['sam', 'lee'], what: 'Shipped' }] },
    );
    edited(
      'members:\n  - growth:\n    name: sam\n  - name: lee\n',
      { op: 'set', path: ['members', 0, 'growth'], value: { aspiration: 'Lead', coach: 'dana' } },
      { members: [{ growth: { aspiration: 'Lead', coach: 'dana' }, name: 'sam' }, { name: 'lee' }] },
    );
    edited('goals:\n  - id: G1\n    title: x\n', { op: 'delete', path: ['goals', 0, 'id'] }, { goals: [{ title: 'x' }] });
    edited('goals:\n  - id: G1\n    # about the title\n    title: x\n', { op: 'delete', path: ['goals', 0, 'id'] }, { goals: [{ title: 'x' }] });
    edited('goals:\n  - id: G1\n', { op: 'delete', path: ['goals', 0, 'id'] }, { goals: [{}] });
  });

  it('a block scalar replaced keeps the line break after it', () => {
    edited(
      'purpose:\n  statement: >\n    Make\n  why: Because.\n',
      { op: 'set', path: ['purpose', 'statement'], value: 'X' },
      { purpose: { statement: 'X', why: 'Because.' } },
    );
    edited('norms:\n  - >\n    one\n  - two\n', { op: 'set', path: ['norms', 0], value: 'X' }, { norms: ['X', 'two'] });
    edited('a: |\n  x\nb: 1\n', { op: 'set', path: ['a'], value: null }, { a: null, b: 1 });
  });

  it('a list item that is a map, set to a number, is still an item', () => {
    edited('a:\n  - id: 1\n    t: 2\n  - id: 3\n', { op: 'set', path: ['a', 1], value: 7 }, { a: [{ id: 1, t: 2 }, 7] });
    edited('a:\n  - 1\n  - 2\n', { op: 'append', path: ['a'], value: 3 }, { a: [1, 2, 3] });
  });

  it('anchors stay where they are written, and an alias keeps referring to its anchor', () => {
    const after = edited(
      'goals: [{id: &g G1, title: t}]\nother: *g\n',
      { op: 'set', path: ['goals', 0, 'title'], value: 'T2' },
      { goals: [{ id: 'G1', title: 'T2' }], other: 'G1' },
    );
    assert.match(after, /&g G1/);
    // The value in the anchor's place changes, and the alias refers to that place (as with yaml's Document API).
    assert.equal(edited('a: &x 1\nb: *x\n', { op: 'set', path: ['a'], value: null }, { a: null, b: null }), 'a: &x\nb: *x\n');
    // An alias is itself replaced: what it referred to stays.
    edited('a: &x 1\nb: *x\n', { op: 'set', path: ['b'], value: 2 }, { a: 1, b: 2 });
    // Deleting what an alias refers to is refused, and says why.
    assert.throws(
      () => applyYamlEdits('a: &x 1\nb: *x\n', [{ op: 'delete', path: ['a'] }]),
      (error: Error) => error instanceof YamlEditError && /alias/.test(error.message),
    );
    assert.throws(
      () => applyYamlEdits('l:\n  - &x 1\n  - *x\n', [{ op: 'move', path: ['l'], from: 0, to: 1 }]),
      (error: Error) => error instanceof YamlEditError && /alias/.test(error.message),
    );
  });

  it('CRLF files: a comment after a key is kept, moved items carry no CR in their values, every line ends in CRLF', () => {
    const map = edited('g: # note\r\n  x: 1\r\n', { op: 'set', path: ['g'], value: { y: 2 } }, { g: { y: 2 } });
    assert.equal(map, 'g: # note\r\n  y: 2\r\n');
    const moved = edited('a:\r\n  - x\r\n  - y', { op: 'move', path: ['a'], from: 0, to: 1 }, { a: ['y', 'x'] });
    assert.equal(moved, 'a:\r\n  - y\r\n  - x');
  });
});
