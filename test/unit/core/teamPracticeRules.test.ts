/**
 * The rules that read how a team practises across its retros (ownership,
 * growth, decisions, the pulse, copied retros, recurring actions,
 * recognition): how many checks each counts for scores on its fixtures (one
 * per team once its history and size conditions hold, none before;
 * retro-copied per recent retro with one before it; action-recurring per
 * action of the recent retros), and the "Add an action for this step" fix.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseConfig, DEFAULT_CONFIG, type Config } from '../../../src/core/engine/config';
import { Workspace } from '../../../src/core/engine/workspace';
import { scored } from '../../../src/core/engine/rule';
import { TeamFile } from '../../../src/core/format/teamFile';
import { RULES, RULES_BY_ID } from '../../../src/core/rules';
import { STEP_ACTION_FIX_TITLE } from '../../../src/core/rules/stepActionFix';
import { applyYamlEdits } from '../../../src/core/yaml/yamlEdit';
import { HEALTHY, RULE_FIXTURES, TODAY, listFiles } from '../helpers';

/** A fixture folder's team files and config, as a workspace with its config, or with one rule turned off. */
function fixtureWorkspace(folder: string, off?: string, texts: Record<string, string> = {}): Workspace {
  const configPath = path.join(folder, '.team', 'teamcharter.config.yaml');
  let config: Config = existsSync(configPath) ? parseConfig(configPath, readFileSync(configPath, 'utf8'), RULES) : DEFAULT_CONFIG;
  if (off) config = { ...config, rules: { ...config.rules, [off]: { severity: 'off', options: {} } } };
  const workspace = new Workspace({ today: TODAY, rules: RULES, configFor: () => config });
  for (const file of listFiles(folder).filter((f) => /\.(charter|retro)\.yaml$/.test(f))) {
    workspace.update(TeamFile.fromText(file, texts[file] ?? readFileSync(path.join(folder, file), 'utf8')));
  }
  return workspace;
}

/** Every check of a step in the teams' scores (passed and failed). */
function checksAtStep(workspace: Workspace, step: number): number {
  let total = 0;
  for (const result of workspace.lintAll().values()) {
    const tally = result.teamTally[step as 1];
    total += tally.passed + tally.failed;
  }
  return total;
}

/** How many checks a rule counts on a fixture: the step's checks with it on, less those with it off. */
function checksOf(ruleId: string, folder: string): number {
  const rule = RULES_BY_ID.get(ruleId)!;
  assert.ok(scored(rule));
  const full = path.isAbsolute(folder) ? folder : path.join(RULE_FIXTURES, ruleId, folder);
  return checksAtStep(fixtureWorkspace(full), rule.step) - checksAtStep(fixtureWorkspace(full, ruleId), rule.step);
}

const EXPECTED_CHECKS: Record<string, Record<string, number>> = {
  'ownership-concentrated': {
    fires: 1,
    'fires-not-member': 1,
    'fires-option': 1,
    passes: 1,
    'passes-option': 1,
    'passes-two-members': 0,
    'passes-few-items': 0,
  },
  'growth-not-practised': { fires: 1, 'fires-option': 1, passes: 1, 'passes-young': 0 },
  'decisions-by-one': { fires: 1, 'fires-option': 1, passes: 1, 'passes-few': 0, 'passes-young': 0 },
  'decisions-not-recorded': { fires: 1, 'fires-option': 1, passes: 1, 'passes-young': 0 },
  'pulse-missing': { fires: 1, 'fires-option': 1, passes: 1, 'passes-young': 0 },
  // One per team once some step of a recent pulse is low or has a gap.
  'pulse-not-acted': { fires: 1, 'fires-gap': 1, 'fires-option': 1, 'fires-earlier-pulse': 1, passes: 1 },
  // One per recent retro (2) that has a retro before it.
  'retro-copied': { fires: 2, 'fires-option': 1, passes: 2, 'passes-placeholders': 1 },
  // One per action created in the recent retros (placeholder titles included).
  'action-recurring': { fires: 2, 'fires-recent-retros': 1, passes: 4 },
  'recognition-never-individual': { fires: 1, 'fires-option': 1, passes: 1, 'passes-young': 0, 'passes-few-wins': 0 },
};

describe('team practice rules', () => {
  describe('checks counted for scores', () => {
    for (const [ruleId, folders] of Object.entries(EXPECTED_CHECKS)) {
      for (const [folder, checks] of Object.entries(folders)) {
        it(`${ruleId}/${folder}: ${checks} ${checks === 1 ? 'check' : 'checks'}`, () => assert.equal(checksOf(ruleId, folder), checks));
      }
    }

    it('pulse-not-acted counts nothing for a team whose recent pulse calls no step a problem (the healthy team)', () => {
      assert.equal(checksOf('pulse-not-acted', HEALTHY), 0);
    });
  });

  describe('pulse-not-acted: "Add an action for this step"', () => {
    const folder = path.join(RULE_FIXTURES, 'pulse-not-acted', 'fires-gap');
    const latest = '.team/retros/2026-11-30.retro.yaml';
    const findingsOf = (workspace: Workspace) =>
      [...workspace.lintAll().values()].flatMap((result) =>
        result.findings.filter((f) => f.rule === 'pulse-not-acted').map((f) => ({ ...f, file: result.file })),
      );

    it('appends an action with the step, the next free id and a placeholder title to the latest retro', () => {
      const [finding] = findingsOf(fixtureWorkspace(folder));
      assert.equal(finding.file, latest);
      assert.equal(finding.fixes?.length, 1);
      const fix = finding.fixes![0];
      assert.equal(fix.title, STEP_ACTION_FIX_TITLE);
      assert.deepStrictEqual(fix.edits, [
        { op: 'append', path: ['actions'], value: { id: 'A-1', title: '<what the team will do>', owner: '<who owns it: a member>', step: 'decisions' } },
      ]);
      assert.equal(fix.placeholder, '<what the team will do>');
    });

    it('keeps the finding while the title is a placeholder, and drops it once the action is written', () => {
      const text = readFileSync(path.join(folder, latest), 'utf8');
      const [finding] = findingsOf(fixtureWorkspace(folder));
      const fixed = applyYamlEdits(text, finding.fixes![0].edits);
      assert.match(fixed, /step: decisions/);
      const drafted = findingsOf(fixtureWorkspace(folder, undefined, { [latest]: fixed }));
      assert.equal(drafted.length, 1, "a placeholder title is nobody's plan");
      assert.match(drafted[0].message, /action A-1 \(step: decisions\) is still a placeholder/);
      assert.equal(drafted[0].fixes, undefined, 'a person types over the placeholder');
      const written = fixed.replace('<what the team will do>', 'Hand vendor calls to the team, with hana advising').replace('<who owns it: a member>', 'hana');
      assert.deepStrictEqual(findingsOf(fixtureWorkspace(folder, undefined, { [latest]: written })), []);
    });

    it('offers no fix when the pulse is not in the latest retro (the fix edits the latest retro)', () => {
      const [finding] = findingsOf(fixtureWorkspace(path.join(RULE_FIXTURES, 'pulse-not-acted', 'fires-earlier-pulse')));
      assert.equal(finding.file, '.team/retros/2026-11-16.retro.yaml');
      assert.equal(finding.fixes, undefined);
    });

    it('names every step left without an action, with a fix for each', () => {
      const text = readFileSync(path.join(folder, latest), 'utf8').replace(
        '  decisions: [0, 1, 2, 1, 0]',
        '  decisions: [0, 1, 2, 1, 0]\n  growth: [1, 2, 1, 0, 0]',
      );
      const [finding] = findingsOf(fixtureWorkspace(folder, undefined, { [latest]: text }));
      assert.match(finding.message, /step 3 .* step 5 /);
      assert.deepStrictEqual(
        finding.fixes?.map((fix) => (fix.edits[0] as { value: { step: string } }).value.step),
        ['growth', 'decisions'],
      );
    });
  });
});
