/**
 * The engine's history phase (rules with checkHistory, such as step-declining)
 * and opt-in rules (default severity off): what they read, that they cannot
 * feed back into themselves, and how config, docs and SARIF present them.
 */
import { strict as assert } from 'node:assert';
import * as z from 'zod/mini';
import { formatSarif } from '../../../src/cli/format/sarif';
import { ConfigError, describedConfigSchema, parseConfig, type Config } from '../../../src/core/engine/config';
import { defineRule, type RetroScores, type Rule } from '../../../src/core/engine/rule';
import { ruleDocPage, ruleTable } from '../../../src/core/rules/ruleDocs';
import { RULES, RULES_BY_ID } from '../../../src/core/rules';
import stepDeclining from '../../../src/core/rules/step-declining';
import { addTally, emptyTally, stepScores } from '../../../src/core/engine/score';
import { TeamFile } from '../../../src/core/format/teamFile';
import { Workspace } from '../../../src/core/engine/workspace';
import { TODAY } from '../helpers';

/** recentRetros 1: the team's score at each retro is that retro's own, so the scripted numbers below are the replayed ones. */
const CONFIG_ON: Config = { rules: { 'step-declining': { severity: 'warning', options: {} } }, root: '.team', recentRetros: 1 };

/**
 * Synthetic file rules with scores we choose: a retro's `x2: [passed, failed]`
 * and `x6: [passed, failed]` become that many passed and failed checks of steps
 * 2 and 6. Findings point at the key, so a suppression comment can reach them.
 */
function scripted(step: 2 | 6): Rule {
  const key = `x${step}`;
  return defineRule({
    id: `scripted-${step}`,
    step,
    severity: 'warning',
    on: ['R'],
    kinds: ['retro'],
    docs: { summary: '', rationale: '', howToFix: '', example: '' },
    checkFile({ data, report, pass }) {
      const [passed, failed] = (data[key] as number[] | undefined) ?? [0, 0];
      if (passed) pass(passed);
      for (let i = 0; i < failed; i++) report({ path: [key], message: `scripted failure ${i + 1}` });
    },
  });
}

function retroText(date: string, x2: [number, number], x6: [number, number], extra = ''): string {
  return `kind: Retrospective\nteam: platform\ndate: ${date}\nx2: [${x2.join(', ')}]\nx6: [${x6.join(', ')}]\n${extra}`;
}

const DATES = ['2026-11-09', '2026-11-16', '2026-11-23', '2026-11-30'];
const path = (date: string) => `.team/retros/${date}.retro.yaml`;

/** Step 2 falls 100 → 75 → 50 → 25; step 6 goes 75 → 66.7 → 60 → 60: flat at the end, not declining. */
function scriptedWorkspace(options: { config?: Config; rules?: Rule[] } = {}): Workspace {
  const workspace = new Workspace({
    today: TODAY,
    rules: options.rules ?? [scripted(2), scripted(6), stepDeclining],
    configFor: () => options.config ?? CONFIG_ON,
  });
  const x2: [number, number][] = [
    [4, 0],
    [3, 1],
    [2, 2],
    [1, 3],
  ];
  const x6: [number, number][] = [
    [3, 1],
    [2, 1],
    [3, 2],
    [3, 2],
  ];
  DATES.forEach((date, i) => workspace.update(TeamFile.fromText(path(date), retroText(date, x2[i], x6[i]))));
  return workspace;
}

function declining(workspace: Workspace): string[] {
  return [...workspace.lintAll().values()].flatMap((r) =>
    r.findings.filter((f) => f.rule === 'step-declining').map((f) => `${r.file}:${f.range.line} ${f.severity} ${f.message}`),
  );
}

describe('history rules', () => {
  it('step-declining is off by default: registered, documented, and silent without a config', () => {
    assert.equal(RULES_BY_ID.get('step-declining')?.severity, 'off');
    assert.deepStrictEqual(declining(scriptedWorkspace({ config: { rules: {}, root: '.team', recentRetros: 2 } })), []);
  });

  it('an opt-in history rule is not even run while it is off', () => {
    let runs = 0;
    const probe = defineRule({
      id: 'probe',
      step: 6,
      severity: 'off',
      on: ['X'],
      docs: { summary: '', rationale: '', howToFix: '', example: '' },
      checkHistory: () => void runs++,
    });
    const workspace = scriptedWorkspace({ rules: [scripted(2), probe], config: { rules: {}, root: '.team', recentRetros: 2 } });
    workspace.lintAll();
    assert.equal(runs, 0);
    workspace.reconfigure({ configFor: () => ({ rules: { probe: { severity: 'info', options: {} } }, root: '.team', recentRetros: 2 }) });
    workspace.lintAll();
    assert.equal(runs, 1, 'once per team state, however many files are linted');
  });

  it('turned on, reports each declining step on the latest retro at its date, naming the step and the scores', () => {
    assert.deepStrictEqual(declining(scriptedWorkspace()), [
      `${path('2026-11-30')}:3 warning step 2 (Accountability and transparency) fell in each of the last 3 retros: 100% → 75% → 50% → 25% (2026-11-09, 2026-11-16, 2026-11-23, 2026-11-30)`,
    ]);
  });

  it('reads each retro’s replayed scores: the team’s score in a workspace of the retros up to that one, on its date', () => {
    let seen: RetroScores[] = [];
    const spy = defineRule({
      id: 'spy',
      step: 6,
      severity: 'info',
      on: ['X'],
      docs: { summary: '', rationale: '', howToFix: '', example: '' },
      checkHistory: ({ retros }) => void (seen = [...retros]),
    });
    // Two recent retros: a point's team score is made of that retro and the one before it.
    const twoRecent: Config = { ...CONFIG_ON, recentRetros: 2 };
    const withSpy = scriptedWorkspace({ rules: [scripted(2), scripted(6), spy], config: twoRecent });
    withSpy.lintAll();
    assert.deepStrictEqual(
      seen.map((r) => [r.date, r.retro.path]),
      DATES.map((d) => [d, path(d)]),
    );
    for (const point of seen) {
      const then = scriptedWorkspace({ rules: [scripted(2), scripted(6)], config: twoRecent });
      then.reconfigure({ today: point.date });
      for (const date of DATES) if (date > point.date) then.remove(path(date));
      const tally = emptyTally();
      for (const result of then.lintAll().values()) addTally(tally, result.teamTally);
      assert.deepStrictEqual(point.steps, stepScores(tally), point.date);
    }
    // Step 2 as the team stood: 4/4, then 7/8 (two retros), 5/8, 3/8.
    assert.deepStrictEqual(
      seen.map((r) => r.steps[1].score),
      [100, 87.5, 62.5, 37.5],
    );
  });

  it('cannot feed back: its own findings count in the results, never in the scores it reads', () => {
    const workspace = scriptedWorkspace();
    const latest = workspace.lintFile(path('2026-11-30'))!;
    // The latest retro's step 6 in its result: the scripted 3 passed, 2 failed, plus step-declining's
    // own checks (step 6 passed, step 2 failed) = 4 passed, 3 failed: 57.1%, below the 60% before it.
    assert.deepStrictEqual([latest.tally[6].passed, latest.tally[6].failed], [4, 3]);
    // Had it read its own output, step 6 (75 → 66.7 → 60 → 57.1) would decline too. It does not,
    // and linting again (or after an unrelated edit) gives the same answer.
    const once = declining(workspace);
    assert.equal(once.length, 1);
    assert.deepStrictEqual(declining(workspace), once);
    workspace.update(TeamFile.fromText('.team/platform.charter.yaml', 'kind: Charter\nid: platform\n'));
    assert.deepStrictEqual(declining(workspace), once);
  });

  it('follows edits: fixing the latest retro ends the decline', () => {
    const workspace = scriptedWorkspace();
    assert.equal(declining(workspace).length, 1);
    workspace.update(TeamFile.fromText(path('2026-11-30'), retroText('2026-11-30', [4, 0], [3, 2])));
    assert.deepStrictEqual(declining(workspace), []);
  });

  it('scores it reads leave out suppressed findings, as every score does', () => {
    const workspace = scriptedWorkspace();
    // Suppressing the latest retro's scripted step-2 failures lifts its step 2 to 100%: no decline.
    workspace.update(TeamFile.fromText(path('2026-11-30'), retroText('2026-11-30', [1, 3], [3, 2], '# teamcharter-disable scripted-2\n')));
    assert.deepStrictEqual(declining(workspace), []);
  });

  it('a step that is n/a in one of the last four retros, or fewer than four retros: no trend', () => {
    const workspace = scriptedWorkspace();
    workspace.update(TeamFile.fromText(path('2026-11-16'), retroText('2026-11-16', [0, 0], [2, 1])));
    assert.deepStrictEqual(declining(workspace), []);
    const three = scriptedWorkspace();
    three.remove(path('2026-11-09'));
    assert.deepStrictEqual(declining(three), []);
  });

  it('only the last four count, and a tie is not a fall', () => {
    const workspace = scriptedWorkspace();
    // An older retro in front changes nothing.
    workspace.update(TeamFile.fromText(path('2026-11-02'), retroText('2026-11-02', [0, 4], [0, 1])));
    assert.equal(declining(workspace).length, 1);
    workspace.update(TeamFile.fromText(path('2026-11-23'), retroText('2026-11-23', [3, 1], [3, 2])));
    assert.deepStrictEqual(declining(workspace), [], '100 → 75 → 75 → 25');
  });

  it('a config severity applies to it like to any rule', () => {
    const info: Config = { rules: { 'step-declining': { severity: 'info', options: {} } }, root: '.team', recentRetros: 2 };
    assert.match(declining(scriptedWorkspace({ config: info }))[0], / info step 2 /);
  });
});

describe('opt-in rules (default severity off)', () => {
  it('config: a severity turns one on; a map without a severity is an error that says how to turn it on', () => {
    assert.deepStrictEqual(parseConfig('c.yaml', 'rules:\n  step-declining: warning\n', RULES).rules['step-declining'], { severity: 'warning', options: {} });
    assert.deepStrictEqual(parseConfig('c.yaml', 'rules:\n  step-declining: { severity: error }\n', RULES).rules['step-declining'], {
      severity: 'error',
      options: {},
    });
    assert.throws(
      () => parseConfig('c.yaml', 'rules:\n  step-declining: {}\n', RULES),
      (error: unknown) =>
        error instanceof ConfigError &&
        error.message === 'c.yaml:2:3: rule "step-declining" is off by default; give it a severity (info, warning or error) to turn it on',
    );
  });

  it('the config JSON Schema asks for a severity in the map form of an opt-in rule only', () => {
    const schema = describedConfigSchema(RULES);
    assert.equal(z.safeParse(schema, { rules: { 'step-declining': {} } }).success, false);
    assert.equal(z.safeParse(schema, { rules: { 'step-declining': { severity: 'info' } } }).success, true);
    assert.equal(z.safeParse(schema, { rules: { 'action-carried-too-long': { maxRetros: 2 } } }).success, true);
  });

  it('docs: "Default severity: off", how to turn it on, and the README table says off', () => {
    const page = ruleDocPage(stepDeclining);
    assert.match(page, /^- \*\*Default severity:\*\* off /m);
    assert.match(page, /## Turning it on\n[\s\S]*rules:\n {2}step-declining: warning\n/);
    assert.doesNotMatch(page, /## Turning it off/);
    assert.match(ruleTable(RULES), /^\| \[step-declining\]\(docs\/rules\/step-declining\.md\) \| 6 \| off \| X \|/m);
    assert.match(ruleDocPage(RULES_BY_ID.get('retro-no-wins')!), /## Turning it off/);
  });

  it('SARIF lists it as disabled by default, the others with their level', () => {
    const rules = JSON.parse(formatSarif([], '0.0.0')).runs[0].tool.driver.rules as { id: string; defaultConfiguration: unknown }[];
    const byId = new Map(rules.map((r) => [r.id, r.defaultConfiguration]));
    assert.deepStrictEqual(byId.get('step-declining'), { enabled: false });
    assert.deepStrictEqual(byId.get('retro-no-wins'), { level: 'warning' });
    assert.deepStrictEqual(byId.get('goal-no-activity'), { level: 'note' });
  });
});
