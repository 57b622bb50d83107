/**
 * How text-vague and measure-not-measurable read a text: its words are the
 * runs of letters, split at anything else and compared without case; a digit
 * anywhere names a quantity. Then the rules through a workspace: the options
 * `words` and `allow` from a config, and each finding at the step of its field.
 */
import { strict as assert } from 'node:assert';
import { ConfigError, parseConfig } from '../../../src/core/engine/config';
import { Workspace } from '../../../src/core/engine/workspace';
import type { Tally } from '../../../src/core/engine/score';
import { TeamFile } from '../../../src/core/format/teamFile';
import { RULES, RULES_BY_ID } from '../../../src/core/rules';
import { hasChangeWord, hasDigit, hasQuantity, isVague, vagueness, wordsOf } from '../../../src/core/rules/words';
import { TODAY } from '../helpers';

describe('the words of a text', () => {
  it('are the runs of letters, lower case, split at anything that is not a letter', () => {
    assert.deepStrictEqual(wordsOf('Best-in-class delivery!'), ['best', 'in', 'class', 'delivery']);
    assert.deepStrictEqual(wordsOf('  IMPROVE\tquality\n'), ['improve', 'quality']);
    assert.deepStrictEqual(wordsOf('Q3: 2x faster_builds/CI'), ['q', 'x', 'faster', 'builds', 'ci']);
    assert.deepStrictEqual(wordsOf('Qualité über alles — Качество'), ['qualité', 'über', 'alles', 'качество']);
    assert.deepStrictEqual(wordsOf('— 🚀 42 …'), []);
  });

  it('a digit is any decimal digit, in any script', () => {
    assert.ok(hasDigit('Rollback in under 5 minutes'));
    assert.ok(hasDigit('Quality2'));
    assert.ok(hasDigit('٣ releases'));
    assert.ok(!hasDigit('Two releases a week'));
  });
});

describe('vague texts', () => {
  it('are the ones whose every word is a small or a generic word, whatever the case and punctuation', () => {
    for (const text of ['Deliver value to our customers', 'Improve quality', 'Be transparent', 'Take on more responsibility', 'Celebrate wins']) {
      assert.ok(isVague(text), text);
    }
    for (const text of ['IMPROVE QUALITY!', 'best-in-class', 'Respectful, honest & open', '  grow  ', 'win-win']) assert.ok(isVague(text), text);
  });

  it('are not when one word is the team’s own', () => {
    for (const text of ['Make every deploy boring', 'Rollback in under 5 minutes', 'Team lead', 'Demo every sprint', 'Improve checkout quality']) {
      assert.ok(!isVague(text), text);
    }
    // A word is matched whole: "teamwork" and "improvements" are not on the lists.
    assert.ok(!isVague('Teamwork'));
    assert.ok(!isVague('Improvements'));
  });

  it('are never so with a digit, even when the words are all stock', () => {
    assert.ok(!isVague('Improve quality by 5'));
    assert.ok(!isVague('Deliver value in Q3'));
    assert.ok(!isVague('Grow2'));
  });

  it('need a word: a text of none is not vague', () => {
    for (const text of ['', '   ', '—', '🚀 → ✅', '...']) assert.ok(!isVague(text), JSON.stringify(text));
  });

  it('take extra generic words, each read as its words and without case', () => {
    const vague = vagueness(['North-Star', 'SYNERGIES']);
    assert.ok(vague('Our north star'));
    assert.ok(vague('north-STAR synergies'));
    assert.ok(!vague('Our north star metric'));
    // The built-in test is unchanged.
    assert.ok(!isVague('Our north star'));
  });
});

describe('measures', () => {
  it('name a quantity with a digit or a number word, matched as a whole word', () => {
    for (const text of [
      'Rollback under 5 minutes',
      'No more manual deploys',
      'Twice as many demos',
      'HALF the pages',
      'Every alert has a runbook',
      'none left',
    ]) {
      assert.ok(hasQuantity(text), text);
    }
    for (const text of ['Quality improved', 'Faster builds', 'Nothing breaks', 'Tenfold uptime', 'Alone on call']) assert.ok(!hasQuantity(text), text);
  });

  it('have a word of change when they say which way things move', () => {
    for (const text of ['Faster builds', 'Uptime INCREASED', 'fewer pages', 'cost-reduced']) assert.ok(hasChangeWord(text), text);
    for (const text of ['Batch job deleted', 'Build time under 8 minutes', 'Fastest in the company']) assert.ok(!hasChangeWord(text), text);
  });
});

describe('text-vague in a workspace', () => {
  const CHARTER = `kind: Charter
version: 1
id: payments
team: Payments
purpose:
  statement: Deliver value to our customers
  why: Our north star
goals:
  - id: G1
    title: Improve quality
    measure: Quality improved
members:
  - name: dana
    growth:
      aspiration: Grow
      stretch: Run Q1 planning
change:
  - title: New CI
    why: Continuous improvement
    leaderCommitments: [Be a great example, The lead migrates the first service]
feedback:
  norms: [Be transparent, "  be   TRANSPARENT ", Demo every sprint]
recognition:
  practices: [Celebrate wins]
  milestones: [Last service on one-click rollback]
`;
  const PATH = '.team/payments.charter.yaml';

  function lint(config: string) {
    const rules = [RULES_BY_ID.get('text-vague')!];
    const parsed = parseConfig('.team/teamcharter.config.yaml', config, rules);
    const workspace = new Workspace({ today: TODAY, rules, configFor: () => parsed });
    workspace.update(TeamFile.fromText(PATH, CHARTER));
    return workspace.lintFile(PATH)!;
  }

  /** [passed, failed] per step 1..7. */
  const counts = (tally: Tally) => ([1, 2, 3, 4, 5, 6, 7] as const).map((step) => [tally[step].passed, tally[step].failed]);

  it('reports each vague field at the step of that field, and counts one check per field in that step', () => {
    const result = lint('');
    assert.deepStrictEqual(
      result.findings.map((f) => [f.range.line, f.step]),
      [
        [6, 1],
        [10, 1],
        [15, 3],
        [19, 4],
        [20, 4],
        [22, 6],
        [22, 6],
        [24, 7],
      ],
    );
    assert.deepStrictEqual(counts(result.tally), [
      // statement ✗, why ✓ ("north" and "star" are no stock words), G1's title ✗
      [1, 2],
      [0, 0],
      // aspiration ✗, stretch ✓
      [1, 1],
      // why ✗, the two leader commitments ✗ ✓
      [1, 2],
      [0, 0],
      // the norms ✗ ✗ ✓
      [1, 2],
      // the practice ✗, the milestone ✓
      [1, 1],
    ]);
  });

  it('takes more stock words from `words`, and exempts the texts of `allow` compared as people write them', () => {
    const result = lint('rules:\n  text-vague:\n    words: [North-Star]\n    allow: ["Be Transparent", "deliver value to OUR customers"]\n');
    assert.deepStrictEqual(
      result.findings.map((f) => [f.range.line, f.message.split(',')[0]]),
      [
        [7, "the purpose's why"],
        [10, 'the title of goal G1'],
        [15, "dana's aspiration"],
        [19, 'the why of change "New CI"'],
        [20, 'a leader commitment of change "New CI"'],
        [24, 'the recognition practice'],
      ],
    );
  });

  it('an option of the wrong kind is a config error that names the rule and the option', () => {
    for (const config of ['rules:\n  text-vague: { words: synergy }\n', 'rules:\n  text-vague: { allow: [1, 2] }\n']) {
      assert.throws(
        () => parseConfig('teamcharter.config.yaml', config, RULES),
        (error: unknown) =>
          error instanceof ConfigError && /text-vague/.test(error.detail) && /(words|allow)/.test(error.detail) && /list of texts/.test(error.detail),
        config,
      );
    }
  });
});
