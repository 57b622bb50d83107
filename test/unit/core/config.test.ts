/** teamcharter.config.yaml: parsing and its errors, which config applies, severities and options. */
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { loadWorkspace } from '../../../src/cli/files';
import { ConfigError, DEFAULT_CONFIG, parseConfig, withOverrides, type Config } from '../../../src/core/engine/config';
import { stepScores } from '../../../src/core/engine/score';
import { teamScore } from '../../../src/core/insights/teamScore';
import { TODAY, allFindings, charterYaml, ofRule, retroYaml, tempTree, workspaceOf } from '../helpers';
import { RULES } from '../../../src/core/rules';

const CONFIG = '.team/teamcharter.config.yaml';

function configError(text: string | Uint8Array): ConfigError {
  try {
    parseConfig(CONFIG, text, RULES);
  } catch (error) {
    assert.ok(error instanceof ConfigError, `a ConfigError, not ${String(error)}`);
    assert.equal(error.file, CONFIG, 'names the config file');
    assert.ok(error.message.startsWith(`${CONFIG}`), error.message);
    if (error.range) assert.ok(error.message.startsWith(`${CONFIG}:${error.range.line}:${error.range.column}: `), error.message);
    return error;
  }
  assert.fail('the config was accepted');
}

describe('config', () => {
  describe('parseConfig', () => {
    it('reads severities, options and root', () => {
      const config = parseConfig(
        CONFIG,
        'rules:\n  member-no-growth: off\n  retro-no-wins: info\n  action-carried-too-long: { severity: error, maxRetros: 2 }\n  action-overdue: { severity: warning }\nroot: teams\n',
        RULES,
      );
      assert.deepStrictEqual(config, {
        path: CONFIG,
        files: [CONFIG],
        root: 'teams',
        rootFolder: '.team',
        recentRetros: 2,
        ignores: [],
        rules: {
          'member-no-growth': { severity: 'off', options: {} },
          'retro-no-wins': { severity: 'info', options: {} },
          'action-carried-too-long': { severity: 'error', options: { maxRetros: 2 } },
          'action-overdue': { severity: 'warning', options: {} },
        },
      });
    });

    it('an option without a severity keeps the default severity', () => {
      const config = parseConfig(CONFIG, 'rules:\n  action-carried-too-long:\n    maxRetros: 4\n', RULES);
      assert.deepStrictEqual(config.rules['action-carried-too-long'], { severity: undefined, options: { maxRetros: 4 } });
    });

    it('an empty config, or one of only comments, is the default', () => {
      for (const text of ['', '# all defaults for now\n']) {
        const config = parseConfig(CONFIG, text, RULES);
        assert.deepStrictEqual(config.rules, {});
        assert.equal(config.root, '.team');
        assert.equal(config.recentRetros, 2);
      }
    });

    it('takes a $schema key for editors and ignores it; any other unknown key is still an error', () => {
      const config = parseConfig(CONFIG, '$schema: ./node_modules/teamcharter/schemas/config.schema.json\nrecentRetros: 3\n', RULES);
      assert.equal(config.recentRetros, 3);
      assert.throws(() => parseConfig(CONFIG, '$schemas: x\n', RULES), /unknown field "\$schemas"/);
    });

    it('reads recentRetros, a whole number of 1 or more', () => {
      assert.equal(parseConfig(CONFIG, 'recentRetros: 4\n', RULES).recentRetros, 4);
      for (const bad of ['0', '-1', '1.5', 'two']) {
        assert.throws(
          () => parseConfig(CONFIG, `root: .team\nrecentRetros: ${bad}\n`, RULES),
          (error: ConfigError) => error.range?.line === 2 && /^recentRetros: expected/.test(error.detail),
          bad,
        );
      }
    });

    it('unknown rule: says where, and suggests the closest rule id', () => {
      const error = configError('rules:\n  retro-no-actions: warning\n  member-no-growht: off\n');
      assert.equal(error.file, CONFIG);
      assert.equal(error.range?.line, 3);
      assert.equal(error.range?.column, 3);
      assert.match(error.detail, /unknown rule "member-no-growht"/);
      assert.match(error.detail, /did you mean "member-no-growth"\?/);
      assert.ok(error.message.startsWith(`${CONFIG}:3:3: `), error.message);
    });

    it('an unknown rule far from every id gets no suggestion', () => {
      const error = configError('rules:\n  spelling: error\n');
      assert.match(error.detail, /unknown rule "spelling"$/);
    });

    it('bad severity: names the rule, the allowed values and what was found', () => {
      const error = configError('rules:\n  member-no-growth: warn\n');
      assert.equal(error.range?.line, 2);
      assert.equal(error.range?.column, 21, 'at the value');
      assert.match(error.detail, /member-no-growth/);
      assert.match(error.detail, /off, info, warning, error/);
      assert.match(error.detail, /found "warn"/);
    });

    it('bad option name: lists the options the rule has, or says it takes none', () => {
      const misspelt = configError('rules:\n  action-carried-too-long: { severity: error, maxRetro: 2 }\n');
      assert.equal(misspelt.range?.line, 2);
      assert.match(misspelt.detail, /no option "maxRetro" \(it has: maxRetros\)/);
      const none = configError('rules:\n  member-no-growth:\n    severity: info\n    maxRetros: 2\n');
      assert.equal(none.range?.line, 4);
      assert.match(none.detail, /member-no-growth" has no option "maxRetros" \(it takes none\)/);
    });

    it('bad option value: must be a whole number of 1 or more', () => {
      for (const [value, found] of [
        ['0', '0'],
        ['2.5', '2.5'],
        ['two', '"two"'],
        ['-1', '-1'],
      ]) {
        const error = configError(`rules:\n  action-carried-too-long:\n    maxRetros: ${value}\n`);
        assert.equal(error.range?.line, 3, value);
        assert.match(error.detail, /maxRetros/);
        assert.match(error.detail, /whole number of 1 or more/);
        assert.ok(error.detail.endsWith(`found ${found}`), error.detail);
      }
    });

    it('numbers that are no count say what is wrong with them as written, where they are written', () => {
      const cases: [string, string][] = [
        ['1e400', '1e400 is too large (the most is 9007199254740991)'],
        ['1e300', '1e300 is too large (the most is 9007199254740991)'],
        ['.inf', 'infinity (.inf) is not allowed'],
        ['+.Inf', 'infinity (+.Inf) is not allowed'],
        ['.nan', '.nan is not a number'],
        ['-.inf', 'found -.inf'],
      ];
      for (const [value, problem] of cases) {
        const recent = configError(`root: .team\nrecentRetros: ${value}  # how many\n`);
        assert.deepStrictEqual([recent.range?.line, recent.range?.column, recent.range?.endColumn], [2, 15, 15 + value.length], value);
        assert.equal(recent.detail, `recentRetros: expected a whole number of 1 or more${problem.startsWith('found') ? ', ' : '; '}${problem}`);
        const option = configError(`rules:\n  action-carried-too-long:\n    maxRetros: ${value}\n`);
        assert.deepStrictEqual([option.range?.line, option.range?.column], [3, 16], value);
        assert.equal(
          option.detail,
          `option "maxRetros" of rule "action-carried-too-long" must be a whole number of 1 or more${problem.startsWith('found') ? ', ' : '; '}${problem}`,
        );
      }
      // An empty recentRetros is the default; an empty option is not a number.
      assert.equal(parseConfig(CONFIG, 'recentRetros:\n', RULES).recentRetros, 2);
      assert.match(configError('rules:\n  action-carried-too-long:\n    maxRetros:\n').detail, /found an empty value$/);
    });

    it('options take their own kinds: a rating from 1 to 5, points from 0 to 100, each said in words where it is wrong', () => {
      assert.deepStrictEqual(parseConfig(CONFIG, 'rules:\n  pulse-low: { threshold: 2.5 }\n  pulse-gap: { points: 0 }\n', RULES).rules, {
        'pulse-low': { severity: undefined, options: { threshold: 2.5 } },
        'pulse-gap': { severity: undefined, options: { points: 0 } },
      });
      for (const [option, value, words] of [
        ['threshold', '5.5', 'a number from 1 to 5, found 5.5'],
        ['threshold', '0.5', 'a number from 1 to 5, found 0.5'],
        ['threshold', '.inf', 'a number from 1 to 5, found .inf'],
        ['threshold', '[3]', 'a number from 1 to 5, found a list'],
      ]) {
        const error = configError(`rules:\n  pulse-low:\n    ${option}: ${value}\n`);
        assert.equal(error.range?.line, 3, value);
        assert.equal(error.detail, `option "${option}" of rule "pulse-low" must be ${words}`);
      }
      assert.equal(
        configError('rules:\n  pulse-gap: { points: 101 }\n').detail,
        'option "points" of rule "pulse-gap" must be a number from 0 to 100, found 101',
      );
    });

    it('unknown top-level key: points at the key', () => {
      const error = configError('rules:\n  member-no-growth: off\nroots: teams\n');
      assert.equal(error.range?.line, 3);
      assert.equal(error.range?.column, 1);
      assert.match(error.detail, /unknown field "roots"/);
    });

    it('invalid YAML: the parser error with its line', () => {
      const error = configError('rules:\n  member-no-growth: off\n retro-no-wins: info\n');
      assert.equal(error.range?.line, 3);
      assert.match(error.detail, /^not valid YAML: /);
    });

    it('a config that is not a map, or not UTF-8, is an error too', () => {
      assert.match(configError('- member-no-growth\n').detail, /expected a map of fields, found a list/);
      const binary = configError(new Uint8Array([0x72, 0x75, 0x6c, 0x65, 0x73, 0x3a, 0xff, 0xfe]));
      assert.equal(binary.range, undefined);
      assert.match(binary.detail, /UTF-8/);
    });

    it('withOverrides sets severities on top and ignores unknown rules and values', () => {
      const base = parseConfig(CONFIG, 'rules:\n  action-carried-too-long: { maxRetros: 2 }\n', RULES);
      const config = withOverrides(
        base,
        { 'action-carried-too-long': 'error', 'member-no-growth': { severity: 'off' }, 'no-such-rule': 'error', 'retro-no-wins': 'loud' },
        RULES,
      );
      assert.deepStrictEqual(config.rules, {
        'action-carried-too-long': { severity: 'error', options: { maxRetros: 2 } },
        'member-no-growth': { severity: 'off', options: {} },
      });
      assert.equal(withOverrides(base, undefined, RULES), base);
    });
  });

  describe('which config applies', () => {
    const member = (id: string) => charterYaml(id, { members: ['dana'] });

    it('the nearest config walking up from the file wins, without merging', () => {
      const { root, cleanup } = tempTree({
        'teamcharter.config.yaml': 'rules:\n  member-no-growth: off\n  tracking-missing: off\n',
        'platform/.team/platform.charter.yaml': member('platform'),
        'web/.team/teamcharter.config.yaml': 'rules:\n  member-no-growth: error\n',
        'web/.team/web.charter.yaml': member('web'),
      });
      try {
        const findings = allFindings(loadWorkspace([root], { today: TODAY }).workspace.lintAll());
        const of = (team: string, rule: string) => ofRule(findings, rule).filter((f) => f.file.includes(`/${team}/`));
        assert.deepStrictEqual(of('platform', 'member-no-growth'), [], 'off in the repo config');
        assert.deepStrictEqual(of('platform', 'tracking-missing'), []);
        assert.deepStrictEqual(
          of('web', 'member-no-growth').map((f) => f.severity),
          ['error'],
          'the web config is nearer',
        );
        assert.deepStrictEqual(
          of('web', 'tracking-missing').map((f) => f.severity),
          ['info'],
          'the repo config does not apply under web',
        );
      } finally {
        cleanup();
      }
    });

    it('--config replaces the discovered config', () => {
      const { root, cleanup } = tempTree({
        '.team/teamcharter.config.yaml': 'rules:\n  member-no-growth: off\n',
        '.team/platform.charter.yaml': member('platform'),
        'ci.config.yaml': 'rules:\n  member-no-growth: info\n',
      });
      try {
        const findings = allFindings(
          loadWorkspace([path.join(root, '.team')], { today: TODAY, config: path.join(root, 'ci.config.yaml') }).workspace.lintAll(),
        );
        assert.deepStrictEqual(
          ofRule(findings, 'member-no-growth').map((f) => f.severity),
          ['info'],
        );
      } finally {
        cleanup();
      }
    });

    it('a broken config found on the way up is a ConfigError naming the file and line', () => {
      const { root, cleanup } = tempTree({
        '.team/teamcharter.config.yaml': 'rules:\n  member-no-growth: of\n',
        '.team/platform.charter.yaml': member('platform'),
      });
      try {
        assert.throws(
          () => loadWorkspace([path.join(root, '.team')], { today: TODAY }).workspace.lintAll(),
          (error: unknown) =>
            error instanceof ConfigError && error.file.endsWith('.team/teamcharter.config.yaml') && error.range?.line === 2 && /found "of"/.test(error.detail),
        );
      } finally {
        cleanup();
      }
    });
  });

  describe('severities and options in the engine', () => {
    const charter = charterYaml('platform', {
      members: [],
      extra: ['members:', '  - name: dana', '    growth:', '      stretch: Run Q1 planning', '      coach: lee', '  - name: sam'].join('\n'),
    });
    const configOf = (text: string) => {
      const config = parseConfig(CONFIG, text, RULES);
      return () => config;
    };

    it('a severity override changes the finding severity', () => {
      const workspace = workspaceOf(
        { '.team/platform.charter.yaml': charter },
        { configFor: configOf('rules:\n  member-no-growth: error\n  no-stretch: { severity: error }\n') },
      );
      const findings = workspace.lintFile('.team/platform.charter.yaml')!.findings;
      assert.deepStrictEqual(
        ofRule(findings, 'member-no-growth').map((f) => f.severity),
        ['error'],
      );
      // An explicit severity also applies to rules that fire with their own per-finding severity.
      const withTypo = workspaceOf(
        { '.team/platform.charter.yaml': `${charter}# teamcharter-disable-line no-strech\n` },
        { configFor: configOf('rules:\n  schema: info\n') },
      );
      assert.deepStrictEqual(
        ofRule(withTypo.lintFile('.team/platform.charter.yaml')!.findings, 'schema').map((f) => f.severity),
        ['info'],
      );
    });

    it("'off' removes the findings and the rule's checks from the scores", () => {
      const defaults = workspaceOf({ '.team/platform.charter.yaml': charter }).lintFile('.team/platform.charter.yaml')!;
      assert.equal(ofRule(defaults.findings, 'member-no-growth').length, 1);
      // Step 3: member-no-growth (warning) passes for dana and fails for sam; no-stretch and no-coaching (info) pass;
      // text-vague (dana's stretch) and coach-self (dana's coach) pass (warnings): 8 of 10.
      assert.deepStrictEqual(defaults.tally[3], { passed: 5, failed: 1, passedWeight: 8, failedWeight: 2 });
      assert.equal(stepScores(defaults.tally)[2].score, 80);

      const off = workspaceOf({ '.team/platform.charter.yaml': charter }, { configFor: configOf('rules:\n  member-no-growth: off\n') }).lintFile(
        '.team/platform.charter.yaml',
      )!;
      assert.deepStrictEqual(ofRule(off.findings, 'member-no-growth'), []);
      assert.deepStrictEqual(off.tally[3], { passed: 4, failed: 0, passedWeight: 6, failedWeight: 0 });
      assert.equal(stepScores(off.tally)[2].score, 100);
    });

    it('the team score names the rules turned off, and counts the findings suppressed by comments', () => {
      const path = '.team/platform.charter.yaml';
      const suppressed = charter.replace('  - name: sam', '  # teamcharter-disable-next-line member-no-growth\n  - name: sam');
      const workspace = workspaceOf({ [path]: suppressed }, { configFor: configOf('rules:\n  no-coaching: off\n  goal-no-due: info\n') });
      const score = teamScore(workspace, 'platform')!;
      assert.deepStrictEqual(score.off, ['no-coaching'], 'turned off by the config; step-declining, off by default, is not listed');
      assert.equal(score.suppressed, 1);
      // Neither counts: member-no-growth passes for dana, no-stretch, text-vague and coach-self pass.
      assert.deepStrictEqual([score.steps[2].passed, score.steps[2].failed, score.steps[2].score], [4, 0, 100]);
    });

    it("'off' for a cross-file rule removes its findings and checks too", () => {
      const files = {
        '.team/platform.charter.yaml': charterYaml('platform'),
        '.team/retros/2026-11-02.retro.yaml': retroYaml('platform', '2026-11-02', { actions: [{ id: 'A-1', due: '2026-12-14' }] }),
        '.team/retros/2026-11-16.retro.yaml': retroYaml('platform', '2026-11-16', { reviews: [] }),
      };
      const on = workspaceOf(files).lintFile('.team/retros/2026-11-16.retro.yaml')!;
      assert.equal(ofRule(on.findings, 'previous-actions-not-reviewed').length, 1);
      const off = workspaceOf(files, { configFor: configOf('rules:\n  previous-actions-not-reviewed: off\n') }).lintFile('.team/retros/2026-11-16.retro.yaml')!;
      assert.deepStrictEqual(ofRule(off.findings, 'previous-actions-not-reviewed'), []);
      assert.equal(off.tally[6].failed, on.tally[6].failed - 1);
    });

    it('maxRetros decides when an action has been carried too long', () => {
      const files = {
        '.team/platform.charter.yaml': charterYaml('platform'),
        '.team/retros/2026-11-02.retro.yaml': retroYaml('platform', '2026-11-02', { actions: [{ id: 'A-1', due: '2026-12-14' }] }),
        '.team/retros/2026-11-16.retro.yaml': retroYaml('platform', '2026-11-16', { reviews: [{ id: 'A-1', status: 'carried' }] }),
        '.team/retros/2026-11-30.retro.yaml': retroYaml('platform', '2026-11-30', { reviews: [{ id: 'A-1', status: 'carried' }] }),
      };
      const count = (config?: Config) =>
        ofRule(allFindings(workspaceOf(files, { configFor: config ? () => config : undefined }).lintAll()), 'action-carried-too-long').length;
      assert.equal(count(), 1, 'default 3: open for 3 retros');
      assert.equal(count(DEFAULT_CONFIG), 1);
      assert.equal(count(parseConfig(CONFIG, 'rules:\n  action-carried-too-long: { maxRetros: 4 }\n', RULES)), 0);
      assert.equal(count(parseConfig(CONFIG, 'rules:\n  action-carried-too-long: { maxRetros: 2 }\n', RULES)), 1);
      // With 2, it already fires after the second retro.
      const { ['.team/retros/2026-11-30.retro.yaml']: _, ...two } = files;
      const config = parseConfig(CONFIG, 'rules:\n  action-carried-too-long: { maxRetros: 2 }\n', RULES);
      const found = ofRule(allFindings(workspaceOf(two, { configFor: () => config }).lintAll()), 'action-carried-too-long');
      assert.deepStrictEqual(
        found.map((f) => f.file),
        ['.team/retros/2026-11-16.retro.yaml'],
      );
      assert.match(found[0].message, /limit is 2/);
    });
  });
});
