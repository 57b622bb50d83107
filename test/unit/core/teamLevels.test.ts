/**
 * Levels on three teams written by hand (issue 22, first "Done when"): a team
 * that practises the seven steps, a team that fills every field with stock
 * phrases and copies its retros, and a team where one person decides, credit
 * goes to the same two people and the pulse says nobody is heard. A level
 * must follow what a team does, not how much it writes: filler added to the
 * struggling team raises no step.
 */
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { loadWorkspace } from '../../../src/cli/files';
import type { Workspace } from '../../../src/core/engine/workspace';
import { TeamFile } from '../../../src/core/format/teamFile';
import { LEVEL_NAMES, type Level } from '../../../src/core/insights/levels';
import { teamScore, type TeamScore } from '../../../src/core/insights/teamScore';
import { FIXTURES, allFindings } from '../helpers';

/** A few days after each team's latest retro. */
const TODAY = '2026-11-30';
const TEAMS = path.join(FIXTURES, 'teams');

/** The rules issue 22 adds: a team that practises the steps gets none of their findings. */
const NEW_RULES = [
  'text-vague',
  'measure-not-measurable',
  'ownership-concentrated',
  'growth-copied',
  'coach-self',
  'growth-not-practised',
  'decisions-by-one',
  'decisions-not-recorded',
  'pulse-missing',
  'pulse-not-acted',
  'retro-copied',
  'action-recurring',
  'recognition-never-individual',
];

function load(folder: string): Workspace {
  return loadWorkspace([path.join(TEAMS, folder)], { today: TODAY }).workspace;
}

function scoreOf(workspace: Workspace, id: string): TeamScore {
  const score = teamScore(workspace, id);
  assert.ok(score, `team ${id} is in the workspace`);
  return score;
}

/** Each step as "3 practised" or "5 not yet (decisions-centralised)", for messages that say what holds it. */
function shown(score: TeamScore): string[] {
  return score.steps.map((s) => `${s.step} ${s.level === null ? 'no charter' : LEVEL_NAMES[s.level]}${s.holding.length ? ` (${s.holding.join(', ')})` : ''}`);
}

function levelsOf(score: TeamScore): Level[] {
  return score.steps.map((s) => {
    assert.notEqual(s.level, null, `step ${s.step} has a level: the team has a charter`);
    return s.level as Level;
  });
}

/** The file of the workspace whose path ends with `name`. */
function fileNamed(workspace: Workspace, name: string): TeamFile {
  const found = [...workspace.allFiles()].filter((file) => file.path.split(path.sep).join('/').endsWith(name));
  assert.equal(found.length, 1, `one file ends with ${name}`);
  return found[0];
}

/** Replaces a file's text in memory (nothing on disk changes); `edit` must change it. */
function rewrite(workspace: Workspace, name: string, edit: (text: string) => string): void {
  const file = fileNamed(workspace, name);
  const text = edit(file.text);
  assert.notEqual(text, file.text, `the edit of ${name} changed nothing`);
  workspace.update(TeamFile.fromText(file.path, text));
}

describe('levels of three hand-written teams', () => {
  describe('healthy: Departures practises all seven steps', () => {
    it('is practised or confirmed on at least five steps', () => {
      const score = scoreOf(load('healthy'), 'departures');
      const practised = score.steps.filter((s) => s.level !== null && s.level >= 2);
      assert.ok(practised.length >= 5, `practised or confirmed on ${practised.length} steps: ${shown(score).join('; ')}`);
    });

    it('gives no finding from the rules issue 22 adds', () => {
      const findings = allFindings(load('healthy').lintAll()).filter((f) => NEW_RULES.includes(f.rule));
      assert.deepEqual(
        findings.map((f) => `${path.basename(f.file)}:${f.range.line} ${f.rule}: ${f.message}`),
        [],
      );
    });
  });

  describe('paperwork: Business Applications fills every field with stock phrases', () => {
    it('is at not yet on at least five steps and confirmed on none', () => {
      const score = scoreOf(load('paperwork'), 'bizapps');
      const levels = levelsOf(score);
      const notYet = levels.filter((level) => level === 0).length;
      assert.ok(notYet >= 5, `not yet on ${notYet} steps: ${shown(score).join('; ')}`);
      assert.ok(!levels.includes(3), `confirmed on a step: ${shown(score).join('; ')}`);
    });
  });

  describe('struggling: in Warehouse Systems one person decides', () => {
    it('is at not yet on step 5', () => {
      const score = scoreOf(load('struggling'), 'wms');
      assert.equal(score.steps[4].level, 0, shown(score)[4]);
    });

    it('filler alone raises no step: growth in stock words, wins credited to the team, a rotating facilitator name, no pulse', () => {
      const workspace = load('struggling');
      const before = scoreOf(workspace, 'wms');

      // The juniors get a growth path made of stock words, the same for each.
      rewrite(workspace, 'wms.charter.yaml', (text) =>
        text.replace(
          /^( {4}role: (?:Engineer|Junior engineer|Junior engineer \(QA automation\))\n)/gm,
          '$1    growth:\n      aspiration: Grow\n      stretch: Take on more responsibility\n      coach: Bogdan\n',
        ),
      );
      // Bogdan still runs every meeting and takes every decision; only the files say otherwise.
      const facilitators = ['Bogdan', 'Carla', 'Yusuf', 'Mia', 'Olek', 'Carla'];
      ['2026-07-30', '2026-08-27', '2026-09-10', '2026-10-01', '2026-10-29', '2026-11-26'].forEach((date, index) =>
        rewrite(workspace, `retros/${date}.retro.yaml`, (text) => {
          let edited = text.replace(/^( {4}who: ).*$/gm, '$1[team]');
          if (index > 0) edited = edited.replace(/^facilitator: .*$/m, `facilitator: ${facilitators[index]}`);
          // The pulse is the last block of a retro: it goes, with the ratings nobody liked.
          return edited.replace(/^pulse:\n(?: {2}.*\n)*/m, '');
        }),
      );

      const after = scoreOf(workspace, 'wms');
      assert.ok(
        after.steps.every((s) => s.pulse === undefined),
        'the pulse is gone',
      );
      const charter = fileNamed(workspace, 'wms.charter.yaml').text;
      assert.equal(charter.match(/aspiration: Grow\n/g)?.length, 3, 'the three juniors have the stock growth path');
      const raised = levelsOf(after)
        .map((level, index) => ({ step: index + 1, from: levelsOf(before)[index], to: level }))
        .filter(({ from, to }) => to > from);
      assert.deepEqual(
        raised.map(
          ({ step, from, to }) => `step ${step}: ${LEVEL_NAMES[from]} -> ${LEVEL_NAMES[to]} (${shown(after)[step - 1]}; was ${shown(before)[step - 1]})`,
        ),
        [],
      );
    });
  });
});
