/** Team insights on hand-built histories: every statistic, and the edge cases a dashboard meets. */
import { strict as assert } from 'node:assert';
import { parseConfig } from '../../../src/core/engine/config';
import { RULES } from '../../../src/core/rules';
import { computeInsights, teamInsights, allTeamInsights, type TeamInsights } from '../../../src/core/insights/insights';
import { emptyTally, stepScores } from '../../../src/core/engine/score';
import { Team } from '../../../src/core/format/team';
import { teamScore } from '../../../src/core/insights/teamScore';
import { TeamFile } from '../../../src/core/format/teamFile';
import type { Workspace } from '../../../src/core/engine/workspace';
import { TODAY, charterYaml, retroYaml, workspaceOf, type ActionSpec, type ReviewSpec } from '../helpers';

const CHARTER = '.team/platform.charter.yaml';
const retroPath = (date: string) => `.team/retros/${date}.retro.yaml`;

interface RetroSpec {
  facilitator?: string;
  /** Each win: the names credited (an empty list: a win without `who`). */
  wins?: string[][];
  reviews?: ReviewSpec[];
  actions?: ActionSpec[];
}

function retro(date: string, spec: RetroSpec = {}, team = 'platform'): string {
  let text = retroYaml(team, date, { reviews: spec.reviews, actions: spec.actions });
  if (spec.facilitator) text += `facilitator: ${spec.facilitator}\n`;
  if (spec.wins) {
    text += 'wins:\n';
    spec.wins.forEach((who, i) => (text += `  - text: Win ${i + 1}\n${who.length ? `    who: [${who.join(', ')}]\n` : ''}`));
  }
  return text;
}

function insightsOf(workspace: Workspace, team = 'platform'): TeamInsights {
  const insights = teamInsights(workspace, team);
  assert.ok(insights, `team ${team} has insights`);
  return insights;
}

/** The team's score as `teamcharter score` shows it, without the team id. */
function teamTotal(workspace: Workspace, team = 'platform') {
  const { team: _id, ...score } = teamScore(workspace, team)!;
  return score;
}

describe('team insights', () => {
  it('an unknown team has none; a team with no files has zeros and nulls, not errors', () => {
    assert.equal(teamInsights(workspaceOf({}), 'ghost'), undefined);
    const empty = computeInsights(new Team('ghost'), () => undefined, TODAY);
    assert.deepStrictEqual(empty, {
      team: 'ghost',
      name: null,
      today: TODAY,
      charter: null,
      retros: [],
      undatedRetros: [],
      // No charter: no score and no level (a missing charter must not read better than a written one).
      scores: { overall: null, level: null, steps: stepScores(emptyTally()).map((step) => ({ ...step, level: null, holding: [] })), off: [], suppressed: 0 },
      history: [],
      actions: { created: 0, done: 0, dropped: 0, open: 0, followThrough: null, medianDaysToClose: null, overdue: [], stillOpen: [] },
      wins: [],
      facilitation: { perRetro: [], facilitators: [], longestRun: null },
      goals: [],
      pulse: { history: [], neverRated: [1, 2, 3, 4, 5, 6, 7], gaps: [], declines: [] },
    });
    assert.ok(
      empty.scores.steps.every((s) => s.score === null),
      'every step n/a',
    );
  });

  it('a charter with no retros: its scores, its goals, and empty histories', () => {
    const workspace = workspaceOf({ [CHARTER]: charterYaml('platform', { goals: ['G1', 'G2'] }) });
    const insights = insightsOf(workspace);
    assert.equal(insights.name, 'platform team');
    assert.equal(insights.charter, CHARTER);
    assert.deepStrictEqual(insights.retros, []);
    assert.deepStrictEqual(insights.history, []);
    assert.deepStrictEqual(insights.wins, []);
    assert.deepStrictEqual(insights.facilitation, { perRetro: [], facilitators: [], longestRun: null });
    assert.equal(insights.actions.created, 0);
    assert.equal(insights.actions.followThrough, null);
    assert.equal(insights.actions.medianDaysToClose, null);
    assert.deepStrictEqual(
      insights.goals.map((g) => [g.id, g.title, g.actions.open.length + g.actions.done.length + g.actions.dropped.length]),
      [
        ['G1', 'Goal G1', 0],
        ['G2', 'Goal G2', 0],
      ],
    );
    // The charter is the whole team: its findings are the team's score.
    assert.deepStrictEqual(insights.scores, teamTotal(workspace));
    const charterScores = stepScores(workspace.lintFile(CHARTER)!.tally);
    assert.deepStrictEqual(
      insights.scores.steps.map(({ level: _level, holding: _holding, ...score }) => score),
      charterScores,
    );
    // With no retro, no step is more than written: the history cannot show practice yet.
    for (const step of insights.scores.steps) {
      assert.ok(
        step.level === 0 ? step.holding.length > 0 && !step.holding.includes('history') : step.level === 1 && step.holding.includes('history'),
        JSON.stringify(step),
      );
    }
    assert.ok(
      insights.scores.steps.some((s) => s.failed > 0),
      'a bare charter fails checks',
    );
  });

  it('a single retro: one point, its own scores, its wins, its facilitator, its open and overdue actions', () => {
    const r1 = retroPath('2026-11-16');
    const workspace = workspaceOf({
      [CHARTER]: charterYaml('platform', { goals: ['G1'] }),
      [r1]: retro('2026-11-16', {
        facilitator: 'dana',
        wins: [['sam'], []],
        actions: [{ id: 'A-1', title: 'Write the runbook', owner: 'sam', due: '2026-11-20', goal: 'G1' }, { id: 'A-2', due: '2026-12-14' }, { id: 'A-3' }],
      }),
    });
    const insights = insightsOf(workspace);
    assert.deepStrictEqual(insights.retros, [{ date: '2026-11-16', file: r1 }]);
    assert.equal(insights.history.length, 1);
    // The point is the team as it stood on the retro's date: its score then, with today set to that date.
    workspace.reconfigure({ today: '2026-11-16' });
    const then = teamTotal(workspace);
    assert.deepStrictEqual(insights.history[0], { date: '2026-11-16', file: r1, overall: then.overall, level: then.level, steps: then.steps });
    workspace.reconfigure({ today: TODAY });
    // A-1 is past its date, but the team has not met since: no action-overdue finding (it is for the next
    // retro to take up), though the report lists it as overdue below. A-3 has no due date: due by the next retro.
    assert.deepStrictEqual(
      workspace.lintFile(r1)!.findings.filter((f) => f.rule === 'action-overdue' || f.rule === 'action-no-due'),
      [],
    );
    assert.deepStrictEqual(insights.wins, [{ date: '2026-11-16', file: r1, count: 2, credited: 1 }]);
    assert.deepStrictEqual(insights.facilitation, {
      perRetro: [{ date: '2026-11-16', file: r1, facilitator: 'dana' }],
      facilitators: [{ name: 'dana', retros: 1 }],
      longestRun: { facilitator: 'dana', length: 1, from: '2026-11-16', to: '2026-11-16' },
    });
    const { actions } = insights;
    assert.deepStrictEqual([actions.created, actions.done, actions.dropped, actions.open], [3, 0, 0, 3]);
    // Done among closed or overdue: 0 of A-1 (A-2 is not due yet, A-3 has no date).
    assert.equal(actions.followThrough, 0);
    assert.equal(actions.medianDaysToClose, null);
    assert.deepStrictEqual(actions.overdue, [
      {
        id: 'A-1',
        title: 'Write the runbook',
        owner: 'sam',
        due: '2026-11-20',
        goal: 'G1',
        status: 'open',
        createdOn: '2026-11-16',
        file: r1,
        closedOn: null,
        retrosOpen: 1,
        deferredUntil: null,
        daysOverdue: 10,
      },
    ]);
    assert.deepStrictEqual(
      actions.stillOpen.map((a) => [a.id, a.owner, a.due, a.retrosOpen]),
      [
        ['A-1', 'sam', '2026-11-20', 1],
        ['A-2', 'dana', '2026-12-14', 1],
        ['A-3', 'dana', null, 1],
      ],
    );
    assert.deepStrictEqual(
      insights.goals[0].actions.open.map((a) => a.id),
      ['A-1'],
    );
  });

  describe('several retros', () => {
    const dates = ['2026-10-19', '2026-11-02', '2026-11-16', '2026-11-30'];
    const build = () =>
      workspaceOf({
        [CHARTER]: charterYaml('platform', { goals: ['G1', 'G2', 'G3'] }),
        [retroPath(dates[0])]: retro(dates[0], {
          facilitator: 'lee',
          wins: [['dana'], ['sam']],
          actions: [
            { id: 'A-1', due: '2026-10-26', goal: 'G1' },
            { id: 'A-2', due: '2026-11-09', goal: 'G1' },
            { id: 'A-3', due: '2026-11-09', goal: 'G2' },
          ],
        }),
        [retroPath(dates[1])]: retro(dates[1], {
          facilitator: 'lee',
          wins: [[]],
          reviews: [
            { id: 'A-1', status: 'done' },
            { id: 'A-2', status: 'carried' },
            { id: 'A-3', status: 'in-progress' },
          ],
          actions: [{ id: 'A-4', due: '2026-11-20', goal: 'G1' }],
        }),
        [retroPath(dates[2])]: retro(dates[2], {
          facilitator: 'sam',
          reviews: [
            { id: 'A-2', status: 'done' },
            { id: 'A-3', status: 'dropped' },
            { id: 'A-4', status: 'carried' },
          ],
          actions: [{ id: 'A-5', due: '2026-11-23' }],
        }),
        [retroPath(dates[3])]: retro(dates[3], {
          facilitator: 'lee',
          wins: [['lee'], ['lee', 'sam'], []],
          reviews: [
            { id: 'A-4', status: 'carried' },
            { id: 'A-5', status: 'done' },
          ],
          actions: [{ id: 'A-6', due: '2027-01-15', goal: 'G1' }],
        }),
      });

    it("one point per retro, oldest first, each the team's score and levels as they stood on that retro's date", () => {
      const workspace = build();
      const insights = insightsOf(workspace);
      assert.deepStrictEqual(
        insights.history.map((p) => p.date),
        dates,
      );
      for (const point of insights.history) {
        // The same team built without the later retros, linted on the retro's date.
        const then = build();
        for (const date of dates) if (date > point.date) then.remove(retroPath(date));
        then.reconfigure({ today: point.date });
        const score = teamTotal(then);
        assert.deepStrictEqual([point.overall, point.level, point.steps], [score.overall, score.level, score.steps], point.date);
      }
      // The retro without wins at all fails retro-no-wins, and holds step 7 from that point on (it stays recent).
      assert.deepStrictEqual(
        insights.history.map((p) => p.steps[6].holding.includes('retro-no-wins')),
        [false, false, true, true],
      );
      assert.deepStrictEqual(insights.scores, teamTotal(workspace));
    });

    it('a problem shows from the retro where it began, not as a drop on the latest retro', () => {
      const charter = [
        'purpose:',
        '  statement: Keep the build and deploy tools fast and boring for the product teams',
        '  why: Every minute of waiting is paid by forty engineers',
        'accountability:',
        '  checkIns: weekly',
        '  tracking: The platform board',
        'goals:',
        '  - id: G1',
        '    title: Cut build time to 5 minutes',
        '    owner: dana',
        '    contributors: [sam]',
        '    measure: p50 build under 5 minutes',
        '    due: 2026-11-10',
      ].join('\n');
      const files = {
        [CHARTER]: charterYaml('platform', { extra: charter }),
        [retroPath(dates[0])]: retro(dates[0], { actions: [{ id: 'A-1', due: '2026-10-26', goal: 'G1' }] }),
        [retroPath(dates[1])]: retro(dates[1], { reviews: [{ id: 'A-1', status: 'carried' }] }),
        [retroPath(dates[2])]: retro(dates[2], { reviews: [{ id: 'A-1', status: 'done' }] }),
        [retroPath(dates[3])]: retro(dates[3]),
      };
      const { history } = insightsOf(workspaceOf(files));
      const step2 = history.map((p) => p.steps[1]);
      // A-1 was due on 2026-10-26 and still open when the team met on 2026-11-02: overdue at that retro, done at the next.
      assert.deepStrictEqual(
        step2.map((s) => s.holding.includes('action-overdue')),
        [false, true, false, false],
      );
      assert.ok(step2[1].score! < step2[0].score!, 'step 2 drops where the action became overdue');
      // G1 was due on 2026-11-10: overdue at the retros after that date, not before (today is each retro's date).
      assert.deepStrictEqual(
        step2.map((s) => s.holding.includes('goal-overdue')),
        [false, false, true, true],
      );
    });

    it("the score now leaves out the older retros' own content, which counted while they were recent", () => {
      const workspace = build();
      const insights = insightsOf(workspace);
      const older = retroPath(dates[1]);
      // 2026-11-02 credits nobody for its win: while it was one of the team's two latest retros, win-no-credit
      // held its step 7; now it is older, so it is not reported and does not count in the team's score.
      assert.ok(insights.history[1].steps[6].holding.includes('win-no-credit'));
      assert.deepStrictEqual(
        workspace.lintFile(older)!.findings.map((f) => f.rule),
        [],
      );
      assert.deepStrictEqual([workspace.lintFile(older)!.teamTally[7].passed, workspace.lintFile(older)!.teamTally[7].failed], [0, 0]);
      const step7 = insights.scores.steps[6];
      // The charter, the recent retros, and (cross-file checks only) the older ones.
      const counted = [CHARTER, ...dates.map(retroPath)].map((file) => workspace.lintFile(file)!.teamTally[7]);
      assert.deepStrictEqual([step7.passed, step7.failed], [counted.reduce((n, t) => n + t.passed, 0), counted.reduce((n, t) => n + t.failed, 0)]);
      assert.deepStrictEqual(
        counted.slice(3).map((t) => t.failed),
        [1, 1],
        'the recent retros count in full: 2026-11-16 has no wins, 2026-11-30 credits nobody for one',
      );
    });

    it('counts created, done, dropped and open actions; follow-through; median days to close', () => {
      const { actions } = insightsOf(build());
      assert.deepStrictEqual([actions.created, actions.done, actions.dropped, actions.open], [6, 3, 1, 2]);
      // Done among the closed (A-1, A-2, A-3, A-5) and the overdue (A-4); A-6 is not due yet: 3 of 5.
      assert.equal(actions.followThrough, 60);
      // Done: A-1 in 14 days, A-2 in 28, A-5 in 14. A dropped action (A-3) has no time to close.
      assert.equal(actions.medianDaysToClose, 14);
    });

    it('follow-through also counts an open action carried for as long as action-carried-too-long allows, due or not', () => {
      const files = {
        [CHARTER]: charterYaml('platform'),
        [retroPath('2026-10-19')]: retro('2026-10-19', {
          actions: [
            { id: 'A-1', due: '2027-06-01' },
            { id: 'A-2', due: '2027-06-01' },
          ],
        }),
        [retroPath('2026-11-02')]: retro('2026-11-02', { reviews: [{ id: 'A-2', status: 'done' }] }),
        [retroPath('2026-11-16')]: retro('2026-11-16'),
      };
      // A-1 is not due until 2027, but open for 3 retros: it counts, as carried too long. Done: A-2 of the two.
      assert.equal(insightsOf(workspaceOf(files)).actions.followThrough, 50);
      // With the rule off, nothing limits how long an action may be carried: A-1 does not count yet.
      const off = workspaceOf(files, { configFor: () => parseConfig('teamcharter.config.yaml', 'rules:\n  action-carried-too-long: off\n', RULES) });
      assert.equal(insightsOf(off).actions.followThrough, 100);
    });

    it('an open action past its due date is overdue, with its days and the retros it has been open for', () => {
      const { actions } = insightsOf(build());
      assert.deepStrictEqual(
        actions.overdue.map((a) => [a.id, a.due, a.daysOverdue, a.retrosOpen, a.createdOn]),
        [['A-4', '2026-11-20', 10, 3, '2026-11-02']],
      );
      assert.deepStrictEqual(
        actions.stillOpen.map((a) => [a.id, a.retrosOpen, a.status]),
        [
          ['A-4', 3, 'open'],
          ['A-6', 1, 'open'],
        ],
      );
    });

    it('wins per retro, counted and credited', () => {
      assert.deepStrictEqual(
        insightsOf(build()).wins.map((w) => [w.date, w.count, w.credited]),
        [
          ['2026-10-19', 2, 2],
          ['2026-11-02', 1, 0],
          ['2026-11-16', 0, 0],
          ['2026-11-30', 3, 2],
        ],
      );
    });

    it('facilitators per retro, the distinct ones with their counts, the longest run', () => {
      const { facilitation } = insightsOf(build());
      assert.deepStrictEqual(
        facilitation.perRetro.map((r) => r.facilitator),
        ['lee', 'lee', 'sam', 'lee'],
      );
      assert.deepStrictEqual(facilitation.facilitators, [
        { name: 'lee', retros: 3 },
        { name: 'sam', retros: 1 },
      ]);
      assert.deepStrictEqual(facilitation.longestRun, { facilitator: 'lee', length: 2, from: '2026-10-19', to: '2026-11-02' });
    });

    it('goals with their linked actions by status, in creation order', () => {
      const goals = insightsOf(build()).goals;
      const ids = (list: { id: string }[]) => list.map((a) => a.id);
      assert.deepStrictEqual(
        goals.map((g) => [g.id, ids(g.actions.open), ids(g.actions.done), ids(g.actions.dropped)]),
        [
          ['G1', ['A-4', 'A-6'], ['A-1', 'A-2'], []],
          ['G2', [], [], ['A-3']],
          ['G3', [], [], []],
        ],
      );
      assert.equal(goals[0].actions.done[0].closedOn, '2026-11-02');
    });

    it('is plain data: JSON gives back the same thing', () => {
      const insights = insightsOf(build());
      assert.deepStrictEqual(JSON.parse(JSON.stringify(insights)), insights);
    });

    it('follows edits: a retro that closes the overdue action empties the overdue list', () => {
      const workspace = build();
      assert.equal(insightsOf(workspace).actions.overdue.length, 1);
      workspace.update(
        TeamFile.fromText(
          retroPath('2026-11-30'),
          retro('2026-11-30', {
            facilitator: 'lee',
            reviews: [
              { id: 'A-4', status: 'done' },
              { id: 'A-5', status: 'done' },
            ],
          }),
        ),
      );
      const after = insightsOf(workspace);
      assert.deepStrictEqual(after.actions.overdue, []);
      assert.equal(after.actions.done, 4);
      assert.equal(after.actions.created, 5, 'A-6 went with the old version of the retro');
    });
  });

  it('an even number of closed actions: the median is the mean of the middle two', () => {
    const workspace = workspaceOf({
      [CHARTER]: charterYaml('platform'),
      [retroPath('2026-11-02')]: retro('2026-11-02', { actions: [{ id: 'A-1' }, { id: 'A-2' }] }),
      [retroPath('2026-11-09')]: retro('2026-11-09', {
        reviews: [
          { id: 'A-1', status: 'done' },
          { id: 'A-2', status: 'carried' },
        ],
      }),
      [retroPath('2026-11-30')]: retro('2026-11-30', { reviews: [{ id: 'A-2', status: 'done' }] }),
    });
    // 7 and 28 days.
    assert.equal(insightsOf(workspace).actions.medianDaysToClose, 17.5);
  });

  it('retros with unreadable dates are left out of every statistic, and listed', () => {
    const bad = '.team/retros/2026-11-31.retro.yaml';
    const missing = '.team/retros/undated.retro.yaml';
    const good = retroPath('2026-11-16');
    const workspace = workspaceOf({
      [CHARTER]: charterYaml('platform', { goals: ['G1'] }),
      [good]: retro('2026-11-16', { facilitator: 'sam', wins: [['sam']], actions: [{ id: 'A-1', due: '2026-12-14' }] }),
      [bad]: retro('2026-11-31', { facilitator: 'lee', wins: [['lee']], actions: [{ id: 'A-2', due: '2026-11-01', goal: 'G1' }] }),
      [missing]: 'kind: Retrospective\nversion: 1\nteam: platform\nfacilitator: lee\n',
    });
    const insights = insightsOf(workspace);
    assert.deepStrictEqual(insights.undatedRetros.sort(), [bad, missing].sort());
    assert.deepStrictEqual(insights.retros, [{ date: '2026-11-16', file: good }]);
    assert.deepStrictEqual(
      insights.history.map((p) => p.file),
      [good],
    );
    assert.deepStrictEqual(
      insights.wins.map((w) => w.file),
      [good],
    );
    assert.deepStrictEqual(insights.facilitation.facilitators, [{ name: 'sam', retros: 1 }]);
    assert.equal(insights.actions.created, 1, 'A-2 lives in an undated retro');
    assert.deepStrictEqual(insights.actions.overdue, []);
    assert.deepStrictEqual(insights.goals[0].actions, { open: [], done: [], dropped: [] });
    // The score now still counts every file of the team, as `teamcharter score` does.
    assert.deepStrictEqual(insights.scores, teamTotal(workspace));
  });

  it('a retro without a facilitator ends a run; the latest of equally long runs is the longest', () => {
    const facilitators = ['lee', 'lee', undefined, 'lee', 'sam', 'sam'];
    const files: Record<string, string> = { [CHARTER]: charterYaml('platform') };
    facilitators.forEach((who, i) => {
      const date = `2026-10-${String(10 + i).padStart(2, '0')}`;
      files[retroPath(date)] = retro(date, { facilitator: who });
    });
    const { facilitation } = insightsOf(workspaceOf(files));
    assert.deepStrictEqual(
      facilitation.perRetro.map((r) => r.facilitator),
      ['lee', 'lee', null, 'lee', 'sam', 'sam'],
    );
    assert.deepStrictEqual(facilitation.facilitators, [
      { name: 'lee', retros: 3 },
      { name: 'sam', retros: 2 },
    ]);
    assert.deepStrictEqual(facilitation.longestRun, { facilitator: 'sam', length: 2, from: '2026-10-14', to: '2026-10-15' });
  });

  it('a retro-only team (no charter): no name, no goals, the rest as usual', () => {
    const workspace = workspaceOf({ [retroPath('2026-11-16')]: retro('2026-11-16', { actions: [{ id: 'A-1', due: '2026-12-14' }] }) });
    const insights = insightsOf(workspace);
    assert.equal(insights.name, null);
    assert.equal(insights.charter, null);
    assert.deepStrictEqual(insights.goals, []);
    assert.equal(insights.actions.open, 1);
  });

  it('overdue is counted to the workspace today', () => {
    const files = { [CHARTER]: charterYaml('platform'), [retroPath('2026-11-16')]: retro('2026-11-16', { actions: [{ id: 'A-1', due: '2026-12-14' }] }) };
    assert.deepStrictEqual(insightsOf(workspaceOf(files)).actions.overdue, []);
    const later = insightsOf(workspaceOf(files, { today: '2027-01-01' }));
    assert.equal(later.today, '2027-01-01');
    assert.deepStrictEqual(
      later.actions.overdue.map((a) => [a.id, a.daysOverdue]),
      [['A-1', 18]],
    );
  });

  it("days to close run to the review's on date when it is given (and plausible), else to the closing retro", () => {
    const workspace = workspaceOf({
      [CHARTER]: charterYaml('platform', { goals: ['G1'] }),
      [retroPath('2026-11-02')]: retro('2026-11-02', {
        actions: [
          { id: 'A-1', goal: 'G1' },
          { id: 'A-2', goal: 'G1' },
          { id: 'A-3', goal: 'G1' },
        ],
      }),
      [retroPath('2026-11-30')]: [
        'kind: Retrospective',
        'version: 1',
        'team: platform',
        'date: 2026-11-30',
        'previousActions:',
        '  - id: A-1\n    status: done\n    on: 2026-11-05',
        '  - id: A-2\n    status: done\n    on: 2026-10-01',
        '  - id: A-3\n    status: done',
        '',
      ].join('\n'),
    });
    const { actions, goals } = insightsOf(workspace);
    // A-1 on its on date; A-2's on date is before the action existed, so the closing retro's date; A-3 has none.
    assert.deepStrictEqual(
      goals[0].actions.done.map((a) => [a.id, a.closedOn]),
      [
        ['A-1', '2026-11-05'],
        ['A-2', '2026-11-30'],
        ['A-3', '2026-11-30'],
      ],
    );
    // 3, 28 and 28 days.
    assert.equal(actions.medianDaysToClose, 28);
  });

  it('an action deferred until today or later is neither overdue nor counted against follow-through', () => {
    const workspace = workspaceOf({
      [CHARTER]: charterYaml('platform'),
      [retroPath('2026-11-02')]: retro('2026-11-02', {
        actions: [
          { id: 'A-1', due: '2026-11-10' },
          { id: 'A-2', due: '2026-11-10' },
        ],
      }),
      [retroPath('2026-11-30')]:
        'kind: Retrospective\nversion: 1\nteam: platform\ndate: 2026-11-30\npreviousActions:\n  - id: A-1\n    status: deferred\n    until: 2027-01-10\n    note: Code freeze\n  - id: A-2\n    status: done\n',
    });
    const { actions } = insightsOf(workspace);
    assert.deepStrictEqual(actions.overdue, []);
    assert.deepStrictEqual(
      actions.stillOpen.map((a) => [a.id, a.deferredUntil]),
      [['A-1', '2027-01-10']],
    );
    assert.equal(actions.followThrough, 100);
    const later = insightsOf(workspaceOf(Object.fromEntries([...workspace.allFiles()].map((f) => [f.path, f.text])), { today: '2027-01-11' }));
    assert.deepStrictEqual(
      later.actions.overdue.map((a) => a.id),
      ['A-1'],
      'the deferral ended',
    );
    assert.equal(later.actions.followThrough, 50);
  });

  it('allTeamInsights: every team, by id', () => {
    const workspace = workspaceOf({
      '.team/web.charter.yaml': charterYaml('web'),
      [CHARTER]: charterYaml('platform'),
      '.team/retros/2026-11-16-api.retro.yaml': retro('2026-11-16', {}, 'api'),
    });
    assert.deepStrictEqual(
      allTeamInsights(workspace).map((i) => i.team),
      ['api', 'platform', 'web'],
    );
  });
});
