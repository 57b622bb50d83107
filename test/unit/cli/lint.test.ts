import { strict as assert } from 'node:assert';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../../../src/core/rules';
import { CHARTER_WITH_ERROR, buildCli, cli, copyOfAcme, tempWorkspace } from './cliRun';

const TODAY = '2026-11-30';

describe('teamcharter lint (end to end)', function () {
  before(buildCli);

  it('lints the example team by folder with exit 0 and an ESLint-like stylish report', () => {
    const dir = copyOfAcme();
    const result = cli(dir, 'lint', '--today', TODAY);
    assert.equal(result.code, 0, result.stderr);
    const lines = result.stdout.split('\n');
    assert.ok(lines.includes('.team/checkout.charter.yaml'), 'files are headings');
    assert.match(result.stdout, /^ {2}47:5 +warning +goal G4 .* goal-no-measure$/m);
    assert.match(result.stdout, /^ {2}87:3 +warning +step 5 \(Empowered decisions\) scores 100% .* pulse-gap$/m);
    // The two gaps of examples/acme/EXPECTED-GAPS.md, and nothing else.
    assert.match(result.stdout, /✖ 2 problems \(0 errors, 2 warnings, 0 info\) in 2 files of 5\n$/);
  });

  it('json: one array, exactly the fields of docs/cli.md, ordered by file, line, column', () => {
    const dir = copyOfAcme();
    const result = cli(dir, 'lint', '.', '--format', 'json', '--today', TODAY);
    assert.equal(result.code, 0, result.stderr);
    const rows = JSON.parse(result.stdout) as Record<string, unknown>[];
    assert.equal(rows.length, 2);
    for (const row of rows) {
      assert.deepEqual(Object.keys(row), ['file', 'rule', 'step', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn']);
      assert.equal(typeof row.line, 'number');
    }
    const keys = rows.map((r) => [r.file as string, r.line as number, r.column as number] as const);
    const sorted = [...keys].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1] || a[2] - b[2]));
    assert.deepEqual(keys, sorted);
    assert.deepEqual(rows[0], {
      file: '.team/checkout.charter.yaml',
      rule: 'goal-no-measure',
      step: 2,
      severity: 'warning',
      message: rows[0].message,
      line: 47,
      column: 5,
      endLine: 47,
      endColumn: 11,
    });
  });

  it('json paths are as given: a folder argument prefixes the files found under it', () => {
    const dir = copyOfAcme();
    const result = cli(path.dirname(dir), 'lint', path.basename(dir), '--format', 'json', '--today', TODAY);
    const rows = JSON.parse(result.stdout) as { file: string }[];
    assert.ok(
      rows.every((r) => r.file.startsWith(`${path.basename(dir)}/.team/`)),
      rows.map((r) => r.file).join(),
    );
  });

  it('a single retro file is linted with its team around it (no false retro-unknown-team)', () => {
    const dir = copyOfAcme();
    const result = cli(dir, 'lint', '.team/retros/2026-11-24-pre-peak.retro.yaml', '--format', 'json', '--today', TODAY);
    const rows = JSON.parse(result.stdout) as { file: string; rule: string }[];
    assert.deepEqual([...new Set(rows.map((r) => r.file))], ['.team/retros/2026-11-24-pre-peak.retro.yaml']);
    assert.deepEqual(
      rows.map((r) => r.rule),
      ['pulse-gap'],
    );
  });

  it('sarif: SARIF 2.1.0 with every rule, its help text and step, and results with regions', () => {
    const dir = copyOfAcme();
    const result = cli(dir, 'lint', '--format', 'sarif', '--today', TODAY);
    const log = JSON.parse(result.stdout);
    assert.equal(log.version, '2.1.0');
    assert.equal(log.runs.length, 1);
    const rules = log.runs[0].tool.driver.rules;
    assert.deepEqual(
      rules.map((r: { id: string }) => r.id),
      RULES.map((r) => r.id),
    );
    for (const rule of rules) {
      assert.ok(rule.help.text.length > 40, `${rule.id} has help text`);
      const steps = ['step-1', 'step-2', 'step-3', 'step-4', 'step-5', 'step-6', 'step-7'];
      const step = RULES.find((r) => r.id === rule.id)!.step;
      if (step === 'rated') {
        // The pulse rules serve the step the team rated: each result carries it, the rule lists all seven.
        assert.equal(rule.properties.step, undefined);
        assert.deepEqual(rule.properties.tags, ['pulse', ...steps]);
      } else if (step === 'field') {
        // text-vague serves the step of the field it reads.
        assert.equal(rule.properties.step, undefined);
        assert.deepEqual(rule.properties.tags, steps);
      } else assert.equal(typeof rule.properties.step, 'number', rule.id);
    }
    const first = log.runs[0].results[0];
    assert.equal(first.ruleId, 'goal-no-measure');
    assert.equal(first.level, 'warning');
    assert.equal(rules[first.ruleIndex].id, 'goal-no-measure');
    assert.deepEqual(first.locations[0].physicalLocation.region, { startLine: 47, startColumn: 5, endLine: 47, endColumn: 11 });
    assert.equal(first.locations[0].physicalLocation.artifactLocation.uri, '.team/checkout.charter.yaml');
    // An info finding is a SARIF note.
    const config = path.join(dir, 'quiet.yaml');
    writeFileSync(config, 'rules:\n  goal-no-measure: info\n');
    const quiet = JSON.parse(cli(dir, 'lint', '--format', 'sarif', '--config', config, '--today', TODAY).stdout);
    assert.equal(quiet.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'goal-no-measure').level, 'note');
  });

  it('github: workflow commands with file, line and col, escaped', () => {
    const dir = tempWorkspace({ '.team/web.charter.yaml': CHARTER_WITH_ERROR });
    const result = cli(dir, 'lint', '--format', 'github', '--today', TODAY);
    assert.equal(result.code, 1);
    const lines = result.stdout.trim().split('\n');
    assert.ok(lines.length > 3);
    for (const line of lines)
      assert.match(
        line,
        /^::(error|warning|notice) file=\.team\/web\.charter\.yaml,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=teamcharter\([a-z-]+\)::[^\n]+$/,
      );
    assert.ok(
      lines.some((l) => l.startsWith('::error file=.team/web.charter.yaml,line=6,col=16,')),
      'goal-unknown-priority at P9',
    );
  });

  it('exit 1 when an error-severity finding exists, 0 otherwise', () => {
    assert.equal(cli(tempWorkspace({ '.team/web.charter.yaml': CHARTER_WITH_ERROR }), 'lint', '--today', TODAY).code, 1);
  });

  it('--max-warnings: exit 1 only when warnings exceed N', () => {
    const dir = copyOfAcme();
    assert.equal(cli(dir, 'lint', '--max-warnings', '2', '--today', TODAY).code, 0);
    const over = cli(dir, 'lint', '--max-warnings', '1', '--today', TODAY);
    assert.equal(over.code, 1);
    assert.match(over.stderr, /2 warnings, more than --max-warnings 1/);
  });

  it('--max-warnings -1 is no limit, written either way; another negative number is a usage error', () => {
    const dir = copyOfAcme();
    assert.equal(cli(dir, 'lint', '--max-warnings', '0', '--today', TODAY).code, 1, 'the example has warnings');
    assert.equal(cli(dir, 'lint', '--max-warnings', '-1', '--today', TODAY).code, 0);
    assert.equal(cli(dir, 'lint', '--max-warnings=-1', '--today', TODAY).code, 0);
    const wrong = cli(dir, 'lint', '--max-warnings', '-2', '--today', TODAY);
    assert.equal(wrong.code, 2);
    assert.match(wrong.stderr, /--max-warnings must be a whole number, or -1 for no limit, got "-2"/);
  });

  it('--today changes time-based findings', () => {
    const dir = copyOfAcme();
    const now = JSON.parse(cli(dir, 'lint', '--format', 'json', '--today', TODAY).stdout) as { rule: string }[];
    const later = JSON.parse(cli(dir, 'lint', '--format', 'json', '--today', '2026-12-31').stdout) as { rule: string }[];
    // A month on, with no retro since: goal G3's date has passed, the retro is late, and A-6's deferral has run out.
    for (const rule of ['goal-overdue', 'retro-overdue', 'action-carried-too-long']) {
      assert.ok(!now.some((r) => r.rule === rule), `${rule} not yet`);
      assert.ok(
        later.some((r) => r.rule === rule),
        `${rule} later`,
      );
    }
  });

  it('--config replaces the discovered config', () => {
    const dir = copyOfAcme();
    const config = path.join(dir, 'strict.yaml');
    writeFileSync(config, 'rules:\n  goal-no-measure: error\n  pulse-gap: off\n');
    const result = cli(dir, 'lint', '--config', config, '--format', 'json', '--today', TODAY);
    assert.equal(result.code, 1);
    const rows = JSON.parse(result.stdout) as { rule: string; severity: string }[];
    assert.equal(rows.find((r) => r.rule === 'goal-no-measure')?.severity, 'error');
    assert.ok(!rows.some((r) => r.rule === 'pulse-gap'));
  });

  describe('usage, IO and config errors: exit 2 with one line on stderr and no stack trace', () => {
    const cases: [string, string[], Record<string, string>, RegExp][] = [
      ['a missing path', ['lint', 'nope'], {}, /^teamcharter: no such file or folder: nope$/],
      [
        'a file named as a folder (trailing /)',
        ['lint', '.team/web.charter.yaml/'],
        {},
        /^teamcharter: cannot read \.team\/web\.charter\.yaml\/: \.team\/web\.charter\.yaml is a file, not a folder$/,
      ],
      [
        'a path through a file',
        ['lint', '.team/web.charter.yaml/x.retro.yaml'],
        {},
        /^teamcharter: cannot read \.team\/web\.charter\.yaml\/x\.retro\.yaml: \.team\/web\.charter\.yaml is a file, not a folder$/,
      ],
      ['an unknown format', ['lint', '--format', 'xml'], {}, /--format must be one of stylish, json, sarif, github, junit, gitlab, got "xml"$/m],
      [
        'a mistyped format',
        ['lint', '--format', 'jsn'],
        {},
        /--format must be one of stylish, json, sarif, github, junit, gitlab, got "jsn"; did you mean json\?$/m,
      ],
      ['a bad --today', ['lint', '--today', '2026-02-30'], {}, /--today must be a date/],
      ['a bad --max-warnings', ['lint', '--max-warnings', 'many'], {}, /--max-warnings must be a whole number/],
      ['an unknown option', ['lint', '--fix'], {}, /unknown option '--fix'/],
      ['an unknown command', ['frobnicate'], {}, /unknown command "frobnicate"/],
      ['a missing --config file', ['lint', '--config', 'none.yaml'], {}, /config file not found: none\.yaml/],
      [
        'a config with an unknown rule',
        ['lint'],
        { '.team/teamcharter.config.yaml': 'rules:\n  goal-no-ownr: off\n' },
        /\.team\/teamcharter\.config\.yaml:2:3: unknown rule "goal-no-ownr"; did you mean "goal-no-owner"\?/,
      ],
      [
        'a config with a bad severity',
        ['lint'],
        { '.team/teamcharter.config.yaml': 'rules:\n  goal-no-owner: loud\n' },
        /teamcharter\.config\.yaml:2:18: .*off, info, warning, error/,
      ],
      ['a config that is not YAML', ['lint'], { '.team/teamcharter.config.yaml': 'rules: [a\n' }, /teamcharter\.config\.yaml:\d+:\d+: not valid YAML/],
    ];
    for (const [name, args, files, pattern] of cases) {
      it(name, () => {
        const dir = tempWorkspace({ '.team/web.charter.yaml': CHARTER_WITH_ERROR, ...files });
        const result = cli(dir, ...args);
        assert.equal(result.code, 2, result.stdout + result.stderr);
        const lines = result.stderr.trim().split('\n');
        assert.equal(lines.length, 1, result.stderr);
        assert.match(lines[0], pattern);
        assert.doesNotMatch(result.stderr, /\n\s+at /);
      });
    }
  });

  it('a binary file and an invalid YAML file are findings, not crashes', () => {
    const dir = tempWorkspace({ '.team/bad.charter.yaml': 'kind: Charter\nid: [oops\n' });
    writeFileSync(path.join(dir, '.team/bin.retro.yaml'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]));
    const result = cli(dir, 'lint', '--format', 'json', '--today', TODAY);
    assert.equal(result.code, 1);
    const rows = JSON.parse(result.stdout) as { file: string; rule: string }[];
    assert.deepEqual(
      rows.map((r) => `${r.file} ${r.rule}`),
      ['.team/bad.charter.yaml yaml-syntax', '.team/bin.retro.yaml yaml-syntax'],
    );
    assert.equal(result.stderr, '');
  });
});
