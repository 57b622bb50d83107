/**
 * The agenda of a team's next retro (docs/cli.md "agenda"), on the fixture in
 * test/fixtures/agenda (its comments say what each part puts on the agenda).
 * The expected lists are written from the fixture, by hand; the focus is held
 * to the team's score (`holding` as in `score`), worked out by teamScore.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { loadWorkspace } from '../../../src/cli/files';
import { DEFAULT_CONFIG, parseConfig, type Config } from '../../../src/core/engine/config';
import { agendaJson, teamAgenda, type Agenda } from '../../../src/core/insights/agenda';
import { teamScore } from '../../../src/core/insights/teamScore';
import { RULES } from '../../../src/core/rules';
import { FIXTURES, TODAY, charterYaml, listFiles, workspaceOf } from '../helpers';

const FOLDER = path.join(FIXTURES, 'agenda');

/** The fixture's files by path, to build workspaces with other configs. */
const TEXTS: Record<string, string> = Object.fromEntries(
  listFiles(FOLDER)
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => [file, readFileSync(path.join(FOLDER, file), 'utf8')]),
);

/** The fixture's agenda as the CLI loads it. */
function fixtureAgenda(today = TODAY): Agenda {
  const { workspace, configFor } = loadWorkspace([FOLDER], { today });
  return teamAgenda(workspace, 'platform', configFor)!;
}

/** The fixture's agenda under a config written as YAML. */
function agendaWith(configYaml: string, files: Record<string, string> = TEXTS): Agenda {
  const config = parseConfig('teamcharter.config.yaml', configYaml, RULES);
  const configFor = () => config;
  return teamAgenda(workspaceOf(files, { configFor }), 'platform', configFor)!;
}

/** A small team of its own, default config. */
function agendaOf(files: Record<string, string>, team = 'web', today = TODAY): Agenda | undefined {
  const configFor = (): Config => DEFAULT_CONFIG;
  return teamAgenda(workspaceOf(files, { today, configFor }), team, configFor);
}

const ACTIONS = [
  // Carried since 2026-09-21: the next retro is its sixth, past the limit of 3.
  { id: 'A-1', title: 'Write the first runbooks', owner: 'dana', due: '2026-12-31', since: '2026-09-21', retros: 5, overdue: false, decide: true },
  // Blocked since, and due 2026-11-10.
  { id: 'A-2', title: 'Move the staging database', owner: 'sam', due: '2026-11-10', since: '2026-10-19', retros: 3, overdue: true, decide: true },
  // Listed without a status in the latest retro: open in 2, the next retro is the third.
  { id: 'A-6', title: 'Alert on slow deploys', owner: 'lee', due: '2026-12-10', since: '2026-11-02', retros: 2, overdue: false, decide: true },
  // Deferred until 2026-12-15: neither overdue nor to decide, though its due date passed.
  { id: 'A-3', title: 'Upgrade the ingress controller', owner: 'sam', due: '2026-11-05', since: '2026-11-02', retros: 2, overdue: false, decide: false },
  // Deferred until 2026-11-20, which has passed.
  { id: 'A-4', title: 'Clean up the feature flags', owner: 'dana', due: '2026-11-10', since: '2026-11-02', retros: 2, overdue: true, decide: true },
  // No owner, no due date: due by a retro not held yet.
  { id: 'A-5', title: 'Measure deploy time per service', owner: null, due: null, since: '2026-11-16', retros: 1, overdue: false, decide: false },
];

const PULSE = [
  { step: 3, key: 'growth', why: ['declining'], mean: 4.2 },
  { step: 5, key: 'decisions', why: ['low', 'declining'], mean: 2.5 },
  { step: 7, key: 'recognition', why: ['low', 'gap'], mean: 2 },
];

const CHANGES = [
  { title: 'Move builds to the new CI', leaderCommitments: ['The lead migrates the first service', 'Pairing on every migration'] },
  { title: 'Weekly demos', leaderCommitments: [] },
  { title: null, leaderCommitments: ['Lead runs the first one'] },
];

const GOALS = [
  { id: 'G1', why: 'overdue', due: '2026-11-01' },
  { id: 'G2', why: 'due-soon', due: '2026-12-20' },
  { id: 'G3', why: 'no-activity', due: null },
  { id: 'G7', why: 'due-soon', due: '2026-12-30' },
  { id: 'G9', why: 'due-soon', due: '2026-11-30' },
];

describe('the agenda of a team (docs/cli.md "agenda")', () => {
  const agenda = fixtureAgenda();
  const json = agendaJson(agenda);

  it('names the team, today and the latest retro', () => {
    assert.deepEqual([json.team, json.date, json.lastRetro], ['platform', TODAY, '2026-11-16']);
    assert.equal(agenda.name, 'Platform Team');
  });

  it('lists every open action oldest first (by the retro that created it, then in file order), with since, retros, overdue and decide', () => {
    assert.deepEqual(json.actions, ACTIONS);
  });

  it('lists the steps whose latest recent pulse is low, has a gap or is declining, in step order, the reasons in that order', () => {
    // Step 1 was rated low in 2026-10-19, no longer one of the 2 recent retros; step 6's 4.0 says nothing.
    assert.deepEqual(json.pulse, PULSE);
  });

  it('takes the focus from the lowest level, at most three steps in step order, with holding as score has it', () => {
    const score = teamScore(loadWorkspace([FOLDER], { today: TODAY }).workspace, 'platform')!;
    const lowest = score.steps.filter((s) => s.level === score.level);
    assert.ok(lowest.length > 3, 'the fixture has more than three steps at its lowest level');
    assert.deepEqual(
      json.focus,
      lowest.slice(0, 3).map((s) => ({ step: s.step, level: s.level, holding: s.holding })),
    );
    assert.deepEqual(
      json.focus.map((s) => [s.step, s.level]),
      [
        [1, 0],
        [2, 0],
        [3, 0],
      ],
    );
    assert.ok(json.focus[2].holding.includes('member-no-growth'), 'no member has a growth path');
  });

  it('names the members recognition-unbalanced reports, by name in code-unit order', () => {
    // tom and Zoe attended 5 of 6 and were never credited; amy only by a win of the whole team; uma attended once.
    assert.deepEqual(json.uncredited, ['Zoe', 'tom']);
  });

  it('suggests the member who has gone longest without facilitating: those who never did first, by name in code-unit order', () => {
    // tom, Zoe, amy and uma never facilitated; "Zoe" comes first by code unit ("amy" would by locale).
    assert.equal(json.facilitator, 'Zoe');
  });

  it('lists the changes not done with their leaders’ commitments (placeholders left out), in the charter’s order', () => {
    assert.deepEqual(json.changes, CHANGES);
  });

  it('lists the goals overdue, due within 30 days or without activity, with the first reason that holds', () => {
    // G1 and G2 have no activity either; G4 is done, G5 proposed, G6 and G8 far off with linked actions.
    assert.deepEqual(json.goals, GOALS);
  });

  it('prints exactly the documented JSON shape', () => {
    assert.deepEqual(JSON.parse(JSON.stringify(json)), {
      team: 'platform',
      date: TODAY,
      lastRetro: '2026-11-16',
      actions: ACTIONS,
      pulse: PULSE,
      focus: json.focus,
      uncredited: ['Zoe', 'tom'],
      facilitator: 'Zoe',
      changes: CHANGES,
      goals: GOALS,
    });
    assert.deepEqual(Object.keys(json), ['team', 'date', 'lastRetro', 'actions', 'pulse', 'focus', 'uncredited', 'facilitator', 'changes', 'goals']);
    assert.deepEqual(Object.keys(json.focus[0]), ['step', 'level', 'holding']);
  });

  it('counts to the date it is given', () => {
    const later = agendaJson(fixtureAgenda('2026-12-11'));
    const flags = Object.fromEntries(later.actions.map((a) => [a.id, [a.overdue, a.decide]]));
    // A-6 came due on 2026-12-10; A-3 is still deferred (until 2026-12-15); A-5 has no date to pass.
    assert.deepEqual(flags, {
      'A-1': [false, true],
      'A-2': [true, true],
      'A-6': [true, true],
      'A-3': [false, false],
      'A-4': [true, true],
      'A-5': [false, false],
    });
    assert.deepEqual(
      later.goals.map((g) => [g.id, g.why]),
      [
        ['G1', 'overdue'],
        ['G2', 'due-soon'],
        ['G3', 'no-activity'],
        ['G7', 'due-soon'],
        ['G8', 'due-soon'],
        ['G9', 'overdue'],
      ],
    );
  });

  describe("the rules' settings for the team", () => {
    it('a rule turned off adds nothing: pulse-low, pulse-declining, recognition-unbalanced, goal-no-activity, action-carried-too-long', () => {
      const off = agendaWith(
        'rules:\n  pulse-low: off\n  pulse-declining: off\n  recognition-unbalanced: off\n  goal-no-activity: off\n  action-carried-too-long: off\n',
      );
      assert.deepEqual(
        off.pulse.map((p) => [p.step, p.why]),
        [[7, ['gap']]],
      );
      assert.deepEqual(off.uncredited, []);
      assert.deepEqual(
        off.goals.map((g) => g.id),
        ['G1', 'G2', 'G7', 'G9'],
      );
      assert.deepEqual(
        off.actions.filter((a) => a.decide).map((a) => a.id),
        ['A-2', 'A-4'],
        'only the overdue ones',
      );
    });

    it("their options: pulse-low's threshold, recognition-unbalanced's lastRetros, action-carried-too-long's maxRetros", () => {
      const other = agendaWith(
        'rules:\n  pulse-low: { threshold: 2.2 }\n  recognition-unbalanced: { lastRetros: 2 }\n  action-carried-too-long: { maxRetros: 7 }\n',
      );
      assert.deepEqual(
        other.pulse.map((p) => [p.step, p.why]),
        [
          [3, ['declining']],
          [5, ['declining']],
          [7, ['low', 'gap']],
        ],
      );
      // lee was credited only in the first retro, outside the last 2; uma attended 1 of those 2, half of them.
      assert.deepEqual(other.uncredited, ['Zoe', 'lee', 'tom', 'uma']);
      assert.deepEqual(
        other.actions.filter((a) => a.decide).map((a) => a.id),
        ['A-2', 'A-4'],
      );
      assert.deepEqual(
        agendaWith('rules:\n  action-carried-too-long: { maxRetros: 6 }\n')
          .actions.filter((a) => a.decide)
          .map((a) => a.id),
        ['A-1', 'A-2', 'A-4'],
        'A-1 is open in 5: the next retro is its sixth',
      );
    });

    it("recentRetros: a pulse older than the team's recent retros is history", () => {
      assert.deepEqual(
        agendaWith('recentRetros: 1\n').pulse.map((p) => p.step),
        [3, 5],
        "step 7's latest rating is from 2026-11-02",
      );
      // Step 1's 1.5 (12.5%) is then recent, and far below the 67.5% its files score (pulse-gap's message says so).
      assert.deepEqual(
        agendaWith('recentRetros: 4\n').pulse.map((p) => [p.step, p.why]),
        [
          [1, ['low', 'gap']],
          [3, ['declining']],
          [5, ['low', 'declining']],
          [7, ['low', 'gap']],
        ],
      );
    });
  });

  describe('the facilitator', () => {
    const retro = (date: string, facilitator: string, name = date) =>
      [`.team/retros/${name}.retro.yaml`, `kind: Retrospective\nversion: 1\nteam: web\ndate: ${date}\nfacilitator: ${facilitator}\n`] as const;

    it('when everyone has facilitated: whose last time is longest ago', () => {
      const files = Object.fromEntries([retro('2026-10-01', 'al'), retro('2026-10-15', 'bo'), retro('2026-10-29', 'cy'), retro('2026-11-12', 'al')]);
      assert.equal(agendaOf({ '.team/web.charter.yaml': charterYaml('web', { members: ['al', 'bo', 'cy'] }), ...files })!.facilitator, 'bo');
    });

    it('two last times on the same date: by name, in code-unit order', () => {
      // "Cy" before "bo" (by locale, "bo" would come first); bo held the earlier file of that date.
      const files = Object.fromEntries([retro('2026-10-01', 'bo', '2026-10-01-a'), retro('2026-10-01', 'Cy', '2026-10-01-b'), retro('2026-10-15', 'al')]);
      assert.equal(agendaOf({ '.team/web.charter.yaml': charterYaml('web', { members: ['al', 'bo', 'Cy'] }), ...files })!.facilitator, 'Cy');
    });

    it('null without members, and without a charter', () => {
      const files = Object.fromEntries([retro('2026-10-01', 'al')]);
      assert.equal(agendaOf({ '.team/web.charter.yaml': charterYaml('web', { members: [] }), ...files })!.facilitator, null);
      assert.equal(agendaOf(files)!.facilitator, null);
    });
  });

  it('with no retro: no last retro, no actions, nobody uncredited; every member is yet to facilitate', () => {
    const none = agendaOf({ '.team/web.charter.yaml': charterYaml('web', { members: ['sam', 'dana'] }) })!;
    assert.equal(none.lastRetro, null);
    assert.deepEqual([none.actions, none.uncredited, none.pulse], [[], [], []]);
    assert.equal(none.facilitator, 'dana');
  });

  it('actions of two retros on one date: the retro first by file name, then in file order', () => {
    const retro = (name: string, ids: string[]) => [
      `.team/retros/${name}.retro.yaml`,
      `kind: Retrospective\nversion: 1\nteam: web\ndate: 2026-11-02\nactions:\n${ids.map((id) => `  - id: ${id}\n    title: Do ${id}\n    owner: sam\n`).join('')}`,
    ];
    const files = Object.fromEntries([retro('2026-11-02-b', ['A-1', 'A-2']), retro('2026-11-02-a', ['A-9', 'A-3'])]);
    assert.deepEqual(
      agendaOf({ '.team/web.charter.yaml': charterYaml('web'), ...files })!.actions.map((a) => a.id),
      ['A-9', 'A-3', 'A-1', 'A-2'],
    );
  });

  it('a team without a charter: no focus, no facilitator, no changes, no goals', () => {
    const agenda = agendaOf({ '.team/retros/2026-11-02.retro.yaml': 'kind: Retrospective\nversion: 1\nteam: web\ndate: 2026-11-02\n' })!;
    assert.deepEqual([agenda.focus, agenda.changes, agenda.goals, agenda.facilitator, agenda.name], [[], [], [], null, null]);
    assert.equal(agenda.lastRetro, '2026-11-02');
  });

  it('no such team: undefined', () => {
    assert.equal(agendaOf({ '.team/web.charter.yaml': charterYaml('web') }, 'api'), undefined);
  });
});
