/** The pulse rules beside the scores: each finding names the step rated, and no pulse ever moves a score. */
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { loadWorkspace } from '../../../src/cli/files';
import { DEFAULT_CONFIG, parseConfig, type Config } from '../../../src/core/engine/config';
import { teamInsights } from '../../../src/core/insights/insights';
import { stepScores } from '../../../src/core/engine/score';
import { TeamFile } from '../../../src/core/format/teamFile';
import { teamScore } from '../../../src/core/insights/teamScore';
import type { Workspace } from '../../../src/core/engine/workspace';
import { RULE_FIXTURES, TODAY, allFindings } from '../helpers';
import { RULES } from '../../../src/core/rules';

const EXAMPLE = path.resolve(__dirname, '..', '..', '..', 'examples', 'acme');
const PULSE_FOLDERS = ['pulse-low/fires', 'pulse-gap/fires', 'pulse-declining/fires', 'pulse-low/passes'].map((f) => path.join(RULE_FIXTURES, f));

/** Every score the workspace shows: each team's, and each file's own (an older retro's history included). */
function allScores(workspace: Workspace): unknown {
  const files = [...workspace.lintAll().values()].map((r) => [r.file, stepScores(r.tally), stepScores(r.teamTally)]).sort();
  // The pulse shown beside a team's step scores goes with the pulses, and so do the levels it confirms
  // (docs/rules.md "Levels"): everything else must stay.
  const teams = [...workspace.allTeams()].map((t) => {
    const { level: _level, ...score } = teamScore(workspace, t.id)!;
    return { ...score, steps: score.steps.map(({ pulse: _pulse, level: _stepLevel, holding: _holding, ...rest }) => rest) };
  });
  return { files, teams };
}

/** The text without its `pulse:` block (the block and its indented lines). */
function withoutPulse(text: string): string {
  return text.replace(/^pulse:.*\n(?:[ \t]+.*\n|\n)*/m, '');
}

/** The rules that report the step the team rated: pulse-missing and pulse-not-acted are step 6 rules, and count. */
const RATED = new Set(RULES.filter((rule) => rule.step === 'rated').map((rule) => rule.id));

/** The folder's own config, with the step 6 rules that read whether there is a pulse, and what it says, turned off. */
function withoutPulseCheckingRules(folder: string): Config {
  const file = path.join(folder, '.team', 'teamcharter.config.yaml');
  const config = existsSync(file) ? parseConfig(file, readFileSync(file, 'utf8'), RULES) : DEFAULT_CONFIG;
  const off = { severity: 'off' as const, options: {} };
  return { ...config, rules: { ...config.rules, 'pulse-missing': off, 'pulse-not-acted': off } };
}

describe('pulse rules and scores', () => {
  for (const folder of [...PULSE_FOLDERS, EXAMPLE]) {
    it(`removing every pulse changes no score but those of pulse-missing and pulse-not-acted (${path.relative(path.resolve(RULE_FIXTURES, '..', '..', '..'), folder)})`, () => {
      const { workspace } = loadWorkspace([folder], { today: TODAY });
      const config = withoutPulseCheckingRules(folder);
      workspace.reconfigure({ configFor: () => config });
      const before = allScores(workspace);
      let removed = 0;
      for (const file of [...workspace.allFiles()]) {
        const text = withoutPulse(file.text);
        if (text === file.text) continue;
        removed++;
        workspace.update(TeamFile.fromText(file.path, text));
      }
      assert.ok(removed > 0, 'the folder has pulses to remove');
      assert.ok(
        allFindings(workspace.lintAll()).every((f) => !RATED.has(f.rule)),
        'no pulse finding is left',
      );
      assert.deepStrictEqual(allScores(workspace), before);
    });
  }

  it('each pulse finding carries the step the team rated, on that step key under pulse', () => {
    const findings = allFindings(loadWorkspace([path.join(RULE_FIXTURES, 'pulse-low', 'fires')], { today: TODAY }).workspace.lintAll()).filter((f) =>
      RATED.has(f.rule),
    );
    // The fixture allows a gap of 80 points (its config): the low ratings are pulse-low's, each on the step's latest rating.
    assert.deepStrictEqual(findings.map((f) => [f.rule, f.step, f.path]).sort(), [
      ['pulse-low', 3, ['pulse', 'growth']],
      ['pulse-low', 7, ['pulse', 'recognition']],
    ]);
  });

  it('pulse-gap compares with the team score and follows the option points', () => {
    const folder = path.join(RULE_FIXTURES, 'pulse-gap', 'fires');
    const gaps = (points?: number) => {
      const { workspace } = loadWorkspace([folder], { today: TODAY });
      if (points !== undefined)
        workspace.reconfigure({ configFor: () => parseConfig('teamcharter.config.yaml', `rules:\n  pulse-gap: { points: ${points} }\n`, RULES) });
      return allFindings(workspace.lintAll())
        .filter((f) => f.rule === 'pulse-gap')
        .map((f) => f.message);
    };
    assert.deepStrictEqual(gaps(), [
      'step 5 (Empowered decisions) scores 100% in the files, but the team rates it 3 out of 5 (50%, 3 people): 50 points apart; ask the team what the files say that does not happen',
    ]);
    assert.deepStrictEqual(gaps(50), [], 'exactly 50 points is not more than 50');
  });
});

describe('the pulse in scores and insights', () => {
  const insightsOfFolder = (folder: string, config?: string) => {
    const { workspace } = loadWorkspace([path.join(RULE_FIXTURES, folder)], { today: TODAY });
    if (config) workspace.reconfigure({ configFor: () => parseConfig('teamcharter.config.yaml', config, RULES) });
    return teamInsights(workspace, 'platform')!;
  };

  it("the team score shows each step's latest pulse (mean, percent, responses, date), only where one rated it", () => {
    const { workspace } = loadWorkspace([path.join(RULE_FIXTURES, 'pulse-low', 'fires')], { today: TODAY });
    const steps = teamScore(workspace, 'platform')!.steps;
    assert.deepStrictEqual(
      steps.map((s) => s.pulse ?? null),
      [
        { mean: 4, percent: 75, responses: 3, date: '2026-11-16' },
        null,
        { mean: 2, percent: 25, responses: 4, date: '2026-11-30' },
        null,
        null,
        // The 2026-11-30 rating, not the older one of 2026-10-19.
        { mean: 4, percent: 75, responses: 4, date: '2026-11-30' },
        { mean: 2, percent: 25, responses: 3, date: '2026-11-16' },
      ],
    );
  });

  it('insights: the pulse retro by retro, the steps never rated, and the gaps and declines the rules report', () => {
    const low = insightsOfFolder('pulse-low/fires');
    assert.deepStrictEqual(
      low.pulse.history.map((p) => [p.date, p.responses, p.steps.map((s) => `${s.step}:${s.mean}`)]),
      [
        ['2026-10-19', 3, ['6:2']],
        ['2026-11-16', 3, ['1:4', '7:2']],
        ['2026-11-30', 4, ['3:2', '6:4']],
      ],
    );
    assert.deepStrictEqual(low.pulse.neverRated, [2, 4, 5]);
    // pulse-low's fixture widens the gap past reach; with the default gap, the
    // two low ratings are gaps beside full scores.
    assert.deepStrictEqual(low.pulse.gaps, []);
    const gap = insightsOfFolder('pulse-low/passes-gap');
    assert.deepStrictEqual(
      gap.pulse.gaps.map((g) => [g.step, g.score, g.pulse.percent, g.points]),
      [
        [3, 100, 25, 75],
        [7, 100, 25, 75],
      ],
    );
    assert.deepStrictEqual(low.pulse.declines, []);
    const declining = insightsOfFolder('pulse-declining/fires');
    assert.deepStrictEqual(
      declining.pulse.declines.map((d) => [d.step, d.readings.map((r) => r.mean)]),
      [[6, [4.6, 4.2, 4, 3.8]]],
    );
    // With the rules turned off, the history stays and nothing is called out.
    const off = insightsOfFolder('pulse-low/passes-gap', 'rules:\n  pulse-gap: off\n  pulse-declining: off\n');
    assert.deepStrictEqual([off.pulse.gaps, off.pulse.history.length], [[], 3]);
  });
});
