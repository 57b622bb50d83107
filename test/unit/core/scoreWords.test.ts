/** A score in words: what a user reads in the CLI's table, the status bar, the Teams view, Show Team Score, the form and the reports. */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { teamInsights } from '../../../src/core/insights/insights';
import { renderHtml, renderMarkdown } from '../../../src/core/report';
import {
  besideText,
  besideWords,
  checksPassed,
  leftOutOfScore,
  notCounted,
  notCountedLines,
  percent,
  pulseCell,
  pulseOn,
  scoreInWords,
  stepDetail,
  stepLabel,
  stepName,
  stepRow,
  teamScoreSentence,
} from '../../../src/core/insights/scoreWords';
import { FIXTURES, workspaceOf } from '../helpers';

const PULSE = { mean: 3.33, percent: 58.3, responses: 3, date: '2026-11-16' };
const ONE_PERSON = { mean: 4, percent: 75, responses: 1, date: '2026-11-02' };

describe('scoreWords: a step', () => {
  it('a score is a whole percentage, and n/a where no check applies; in a sentence, "no checks apply"', () => {
    assert.deepEqual([percent(87.5), percent(99.6), percent(100), percent(0), percent(null)], ['88%', '100%', '100%', '0%', 'n/a']);
    assert.deepEqual([scoreInWords(72.4), scoreInWords(0), scoreInWords(null)], ['72%', '0%', 'no checks apply']);
  });

  it('a step is "3. Growing future leaders" in a table and "Step 3, Growing future leaders" in a sentence', () => {
    assert.equal(stepName(3), '3. Growing future leaders');
    assert.equal(stepLabel(6), 'Step 6, A feedback-driven environment');
    assert.equal(stepLabel(2, 'Accountability'), 'Step 2, Accountability', 'a title given (the form is sent its titles) is the one said');
  });

  it('a row of a score table: name, level, what holds it, score, checks passed, and the latest pulse or a dash', () => {
    assert.deepEqual(stepRow({ step: 1, score: 98.6, passed: 28, failed: 1, pulse: PULSE, level: 1, holding: ['commitment-stale', 'history'] }), {
      name: '1. Goals aligned with purpose',
      level: 'written',
      score: '99%',
      checks: '28/29',
      holding: 'commitment-stale, fewer than 3 retros',
      pulse: '58.3% (3.33 out of 5, 3 people, 2026-11-16)',
    });
    assert.deepEqual(stepRow({ step: 4, score: null, passed: 0, failed: 0, level: 3, holding: [] }), {
      name: '4. Leading by example through change',
      level: 'confirmed',
      score: 'n/a',
      checks: '0/0',
      holding: '—',
      pulse: '—',
    });
    // A file's own score has no level: the column is empty.
    assert.equal(stepRow({ step: 2, score: 50, passed: 1, failed: 1 }).level, '');
    assert.equal(stepRow({ step: 2, score: null, passed: 0, failed: 0, level: null, holding: [] }).level, 'no charter');
    assert.equal(checksPassed({ passed: 0, failed: 2 }), '0/2');
    assert.equal(pulseCell(ONE_PERSON), '75% (4 out of 5, 1 person, 2026-11-02)');
  });

  it("the pulse in a sentence reads as a rating first, then the retro's date", () => {
    assert.equal(pulseOn(PULSE), '3.33 out of 5 (58.3%, 3 people) on 2026-11-16');
    assert.equal(pulseOn(ONE_PERSON), '4 out of 5 (75%, 1 person) on 2026-11-02');
  });

  it('Show Team Score says how many checks pass, and the pulse after them', () => {
    assert.equal(stepDetail({ step: 5, score: 0, passed: 0, failed: 2 }), '0 of 2 checks pass');
    assert.equal(
      stepDetail({ step: 1, score: 98.6, passed: 28, failed: 1, pulse: PULSE }),
      '28 of 29 checks pass · team pulse 3.33 out of 5 (58.3%, 3 people) on 2026-11-16',
    );
    assert.equal(stepDetail({ step: 4, score: null, passed: 0, failed: 0 }), 'no checks apply');
  });

  it('beside the pulse: a few words in the Teams view, in full for its tooltip and a screen reader', () => {
    const gap = {
      step: 2 as const,
      title: 'Accountability and transparency',
      score: 80,
      pulse: { mean: 3.2, percent: 55, responses: 6, date: '2026-11-30' },
      gap: true,
    };
    assert.equal(besideText(gap), '80% · pulse 3.2/5 · gap');
    assert.equal(
      besideWords(gap),
      'Step 2, Accountability and transparency: 80%; team pulse 3.2 out of 5 (55%, 6 people) on 2026-11-30; pulse gap: the files look healthier than the team says',
    );
    const unrated = { step: 4 as const, title: 'Leading by example through change', score: null, gap: false };
    assert.equal(besideText(unrated), 'n/a');
    assert.equal(besideWords(unrated), 'Step 4, Leading by example through change: no checks apply; no pulse yet');
    // With the team's level for the step: the level first, and what holds it.
    const held = { ...gap, level: 1 as const, holding: ['goal-overdue'] };
    assert.equal(besideText(held), 'written · 80% · pulse 3.2/5 · gap');
    assert.match(besideWords(held), /^Step 2, Accountability and transparency: written \(held by goal-overdue\), 80%; team pulse/);
  });
});

describe('scoreWords: what a score leaves out', () => {
  it('in a few words: how many rules are off and findings suppressed, or nothing when none are', () => {
    assert.equal(leftOutOfScore({ off: [], suppressed: 0 }), '');
    assert.equal(leftOutOfScore({ off: ['member-no-growth'], suppressed: 1 }), '1 rule off, 1 finding suppressed');
    assert.equal(leftOutOfScore({ off: ['a', 'b'], suppressed: 0 }), '2 rules off');
    assert.equal(leftOutOfScore({ off: [], suppressed: 3 }), '3 findings suppressed');
  });

  it('in full: the rules named, said even when none, and that neither counts', () => {
    assert.equal(notCounted({ off: [], suppressed: 0 }), 'No rule is turned off; no finding is suppressed. Neither counts in the score.');
    assert.equal(
      notCounted({ off: ['goal-no-measure', 'member-no-growth'], suppressed: 1 }),
      'Turned off: goal-no-measure, member-no-growth; 1 finding suppressed by comments. Neither counts in the score.',
    );
    assert.equal(notCounted({ off: [], suppressed: 2 }), 'No rule is turned off; 2 findings suppressed by comments. Neither counts in the score.');
  });

  it("as the lines under the CLI's table", () => {
    assert.deepEqual(notCountedLines({ off: [], suppressed: 0 }), ['Rules turned off: none', 'Findings suppressed by comments: 0']);
    assert.deepEqual(notCountedLines({ off: ['goal-no-measure', 'member-no-growth'], suppressed: 2 }), [
      'Rules turned off: goal-no-measure, member-no-growth',
      'Findings suppressed by comments: 2',
    ]);
  });

  it("a team's score in one sentence: the status bar's tooltip, the Teams view's and Show Team Score's title", () => {
    assert.equal(
      teamScoreSentence('platform', { overall: 72.2, off: [], suppressed: 0 }, 3),
      'Team platform: 72% of the seven-step checklist, 3 open actions. No rule is turned off; no finding is suppressed. Neither counts in the score.',
    );
    assert.equal(
      teamScoreSentence('platform', { overall: 72.2, level: 0, off: [], suppressed: 0 }, 3),
      'Team platform: level not yet, 72% of the seven-step checklist, 3 open actions. No rule is turned off; no finding is suppressed. Neither counts in the score.',
    );
    assert.equal(
      teamScoreSentence('web', { overall: null, off: ['member-no-growth'], suppressed: 1 }, 1),
      'Team web: n/a of the seven-step checklist, 1 open action. Turned off: member-no-growth; 1 finding suppressed by comments. Neither counts in the score.',
    );
  });
});

describe("scoreWords: the reports' score tables", () => {
  const folder = path.join(FIXTURES, 'report', 'workspace');
  const files: Record<string, string> = {};
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile())
      files[path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')] = readFileSync(
        path.join(entry.parentPath, entry.name),
        'utf8',
      );
  }
  const insights = teamInsights(workspaceOf(files), 'platform')!;

  it("each row of the Markdown and HTML score tables is the step's row, its level and the pulse included", () => {
    const md = renderMarkdown(insights);
    const html = renderHtml(insights);
    assert.ok(
      insights.scores.steps.some((s) => s.pulse) && insights.scores.steps.some((s) => !s.pulse),
      'the fixture has steps with a pulse and steps without',
    );
    for (const s of insights.scores.steps) {
      const row = stepRow(s);
      assert.ok(md.includes(`| ${row.name} | ${row.level} | ${row.holding} | ${row.score} | ${row.checks} | ${row.pulse} |`), `Markdown row of step ${s.step}`);
      assert.ok(
        html.includes(
          `${row.name}</td><td>${row.level}</td><td>${row.holding}</td><td class="num">${row.score}</td><td class="num">${row.checks}</td><td>${row.pulse}</td>`,
        ),
        `HTML row of step ${s.step}`,
      );
    }
    assert.ok(md.includes(notCounted(insights.scores)));
  });
});
