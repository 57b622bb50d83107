import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse, parseDocument } from 'yaml';
import { FORMAT_COLUMNS } from '../helpers';
import { buildCli, cli, copyOfAcme, tempWorkspace } from './cliRun';

describe('teamcharter new (end to end)', function () {
  before(buildCli);

  it('new charter writes .team/<id>.charter.yaml from the template, which lints without schema errors', () => {
    const dir = tempWorkspace();
    const result = cli(dir, 'new', 'charter', '--id', 'payments', '--team', 'Payments: Core');
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout, 'Created .team/payments.charter.yaml\n');
    const data = parse(readFileSync(path.join(dir, '.team/payments.charter.yaml'), 'utf8'));
    assert.equal(data.id, 'payments');
    assert.equal(data.team, 'Payments: Core');
    const lint = JSON.parse(cli(dir, 'lint', '--format', 'json').stdout) as { rule: string; message: string }[];
    assert.ok(lint.length > 0, 'a blank charter has gaps to fill');
    assert.ok(!lint.some((r) => r.rule === 'schema' || r.rule === 'yaml-syntax'), JSON.stringify(lint));
    assert.ok(lint.filter((r) => /placeholder/.test(r.message)).length >= 15, 'the placeholders are what is left to write');
    // Nothing written yet, so no step of the checklist is met.
    const score = JSON.parse(cli(dir, 'score', '--format', 'json').stdout) as { teams: { steps: { step: number; score: number | null }[] }[] };
    assert.deepEqual(
      score.teams[0].steps.filter((s) => s.score === 100).map((s) => s.step),
      [],
    );
  });

  it('new never overwrites: exit 2, says so, and the file is unchanged', () => {
    const dir = tempWorkspace({ '.team/payments.charter.yaml': '# mine\nkind: Charter\nid: payments\n' });
    const result = cli(dir, 'new', 'charter', '--id', 'payments', '--team', 'Payments');
    assert.equal(result.code, 2);
    assert.match(result.stderr, /^teamcharter: \.team\/payments\.charter\.yaml already exists; not overwriting it/);
    assert.equal(readFileSync(path.join(dir, '.team/payments.charter.yaml'), 'utf8'), '# mine\nkind: Charter\nid: payments\n');
    const retroDir = copyOfAcme();
    const before = readFileSync(path.join(retroDir, '.team/retros/2026-11-10.retro.yaml'), 'utf8');
    const retro = cli(retroDir, 'new', 'retro', '--team', 'checkout', '--date', '2026-11-10');
    assert.equal(retro.code, 2);
    assert.equal(readFileSync(path.join(retroDir, '.team/retros/2026-11-10.retro.yaml'), 'utf8'), before);
  });

  it("new retro lists the team's open actions with no status, for the meeting to review, and has the format's columns", () => {
    const dir = copyOfAcme();
    const result = cli(dir, 'new', 'retro', '--team', 'checkout', '--date', '2026-12-08', '--format', 'sailboat');
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^Listed 5 open actions to review \(no status yet\): A-6, A-11, A-12, A-13, A-14$/m);
    const file = path.join(dir, '.team/retros/2026-12-08.retro.yaml');
    const data = parse(readFileSync(file, 'utf8'));
    assert.equal(data.team, 'checkout');
    assert.equal(data.date, '2026-12-08');
    assert.deepEqual(Object.keys(data.items), ['wind', 'anchors', 'rocks', 'island']);
    const listed = data.previousActions as Record<string, unknown>[];
    assert.deepEqual(
      listed,
      [{ id: 'A-6' }, { id: 'A-11' }, { id: 'A-12' }, { id: 'A-13' }, { id: 'A-14' }],
      'the open actions, ids only: A-6 is deferred, not closed',
    );
    // Listed is not reviewed: until the meeting gives each a status, previous-actions-not-reviewed says so.
    const lint = JSON.parse(cli(dir, 'lint', '--format', 'json', '--today', '2026-12-08').stdout) as { file: string; rule: string }[];
    assert.equal(lint.filter((r) => r.file.endsWith('2026-12-08.retro.yaml') && r.rule === 'previous-actions-not-reviewed').length, 5);
    assert.ok(!lint.some((r) => r.rule === 'schema'));
  });

  describe('new retro writes the agenda at the top, as comments (docs/cli.md "new retro")', () => {
    const CHARTER = 'kind: Charter\nversion: 1\nid: web\nteam: Web\nmembers:\n  - name: sam\n  - name: dana\n';
    const RETRO = [
      'kind: Retrospective',
      'version: 1',
      'team: web',
      'date: 2026-11-02',
      'facilitator: sam',
      'attendees: [sam, dana]',
      'wins:',
      '  - text: Shipped the cache',
      '    who: [sam]',
      'actions:',
      '  - id: A-1',
      '    title: Pin the base images',
      '    owner: sam',
      '    due: 2099-12-20',
      '  - id: A-2',
      '    title: Alert on slow deploys',
      '    owner: dana',
      '    due: 2099-12-21',
      '',
    ].join('\n');

    it('one comment line per item before the data; the file parses, and lints with what the meeting resolves only', () => {
      const dir = tempWorkspace({ '.team/web.charter.yaml': CHARTER, '.team/retros/2026-11-02.retro.yaml': RETRO });
      const result = cli(dir, 'new', 'retro', '--team', 'web', '--date', '2026-11-16');
      assert.equal(result.code, 0, result.stderr);
      const text = readFileSync(path.join(dir, '.team/retros/2026-11-16.retro.yaml'), 'utf8');
      const lines = text.split('\n');
      const top = lines.slice(0, lines.indexOf('kind: Retrospective'));
      assert.ok(
        top.every((line) => line === '' || line.startsWith('#')),
        text,
      );
      // The agenda is worked out for the day it is written (the local date): only what no date changes is checked here.
      assert.match(top[2], /^# Agenda, from the team's files on \d{4}-\d{2}-\d{2}; the last retro was on 2026-11-02:$/);
      assert.deepEqual(
        top.filter((line) => line.startsWith('#   - A-')).map((line) => line.split(' ')[4]),
        ['A-1', 'A-2'],
      );
      assert.ok(top.includes('#   - dana'), 'dana has not facilitated yet: the suggested facilitator');
      assert.deepEqual(parse(text).previousActions, [{ id: 'A-1' }, { id: 'A-2' }]);
      // Before the meeting: the two actions to review, and the wins and actions it is to record (retro-no-wins and
      // retro-no-actions fire on any retro without them, docs/rules.md).
      const lint = JSON.parse(cli(dir, 'lint', '--format', 'json', '--today', '2026-11-16', '.team/retros/2026-11-16.retro.yaml').stdout) as {
        rule: string;
        line: number;
      }[];
      assert.deepEqual(
        lint.map((f) => `${f.line} ${f.rule}`),
        [
          `${lines.indexOf('  - id: A-1  # Pin the base images, sam, due 2099-12-20') + 1} previous-actions-not-reviewed`,
          `${lines.indexOf('  - id: A-2  # Alert on slow deploys, dana, due 2099-12-21') + 1} previous-actions-not-reviewed`,
          `${lines.indexOf('wins: []') + 1} retro-no-wins`,
          `${lines.indexOf('actions: []') + 1} retro-no-actions`,
        ],
      );
    });

    it('the agenda of the example team: its open actions oldest first, and the same lists as `agenda` prints', () => {
      const dir = copyOfAcme();
      // What `teamcharter agenda` prints today, before the new retro is there.
      const md = cli(dir, 'agenda', '--team', 'checkout').stdout.split('\n');
      assert.equal(cli(dir, 'new', 'retro', '--team', 'checkout', '--date', '2026-12-08').code, 0);
      const text = readFileSync(path.join(dir, '.team/retros/2026-12-08.retro.yaml'), 'utf8');
      const comments = text.slice(0, text.indexOf('\nkind: Retrospective')).split('\n');
      assert.deepEqual(
        comments.filter((line) => line.startsWith('#   - A-')).map((line) => line.split(' ')[4]),
        ['A-6', 'A-11', 'A-12', 'A-13', 'A-14'],
      );
      // The same items, in the same words.
      const items = md.filter((line) => line.startsWith('- ')).map((line) => line.slice(2).replace(/\\/g, ''));
      assert.deepEqual(
        comments.filter((line) => line.startsWith('#   - ')).map((line) => line.slice(6)),
        items,
      );
    });
  });

  it('every retro format gives its own columns', () => {
    const dir = tempWorkspace();
    for (const [format, columns] of Object.entries(FORMAT_COLUMNS)) {
      const out = path.join(dir, format);
      assert.equal(cli(dir, 'new', 'retro', '--team', 'web', '--date', '2026-11-30', '--format', format, '--dir', out).code, 0);
      const data = parse(readFileSync(path.join(out, '2026-11-30.retro.yaml'), 'utf8'));
      assert.deepEqual(Object.keys(data.items ?? {}), columns, format);
      assert.equal(data.format, format);
    }
  });

  it('usage errors: bad id, bad date, bad format, missing options', () => {
    const dir = tempWorkspace();
    for (const args of [
      ['new', 'charter', '--id', 'Bad Id', '--team', 'X'],
      ['new', 'charter', '--team', 'X'],
      ['new', 'charter', '--id', 'x'],
      ['new', 'retro', '--team', 'x', '--date', '30/11/2026'],
      ['new', 'retro', '--team', 'x', '--format', 'starfish'],
      ['new', 'retro'],
      ['new', 'thing'],
    ]) {
      const result = cli(dir, ...args);
      assert.equal(result.code, 2, args.join(' '));
      assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
    }
    assert.ok(!existsSync(path.join(dir, '.team')), 'nothing written on a usage error');
  });

  describe('never writes a raw control character (issue 20)', () => {
    // What an editor or a terminal may act on; NUL cannot be passed as an argument (the core test has it).
    const CONTROLS = ['\r', '\u001b', '\u0085', '\u2028', '\u2029', '\t', '\u000b', '\u000c', '\u007f', '\u202e'];
    const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
    const escape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

    /** The file parses without errors and holds no control character but \n; its data. */
    function readClean(file: string): Record<string, unknown> {
      const text = readFileSync(file, 'utf8');
      assert.deepEqual(
        parseDocument(text).errors.map((e) => e.message),
        [],
        file,
      );
      assert.equal(RAW.exec(text)?.[0], undefined, `a raw control character in ${file}:\n${text}`);
      return parse(text);
    }

    it('new charter --team: the name is the data exactly as given, and the comment shows it escaped', () => {
      const dir = tempWorkspace();
      CONTROLS.forEach((c, i) => {
        const team = `Pay${c}ments`;
        assert.equal(cli(dir, 'new', 'charter', '--id', `t${i}`, '--team', team).code, 0, escape(c));
        const file = path.join(dir, `.team/t${i}.charter.yaml`);
        assert.equal(readClean(file).team, team, escape(c));
        assert.match(readFileSync(file, 'utf8'), new RegExp(`^# Team charter for Pay\\${escape(c)}ments\\. `), escape(c));
      });
    });

    it("new retro: open action titles from earlier retros are one escaped comment line each, and the members' names are the data as written", () => {
      const members = CONTROLS.map((c, i) => `  - name: "m${i}${escape(c)}"`).join('\n');
      const actions = CONTROLS.map((c, i) => `  - id: A-${i + 1}\n    title: "Fix ${escape(c)} it"\n    owner: "o${escape(c)}"`).join('\n');
      const dir = tempWorkspace({
        '.team/web.charter.yaml': `kind: Charter\nversion: 1\nid: web\nteam: Web\nmembers:\n${members}\n`,
        '.team/retros/2026-11-02.retro.yaml': `kind: Retrospective\nversion: 1\nteam: web\ndate: 2026-11-02\nactions:\n${actions}\n`,
      });
      const result = cli(dir, 'new', 'retro', '--team', 'web', '--date', '2026-11-30');
      assert.equal(result.code, 0, result.stderr);
      const file = path.join(dir, '.team/retros/2026-11-30.retro.yaml');
      const data = readClean(file);
      assert.deepEqual(
        data.attendees,
        CONTROLS.map((c, i) => `m${i}${c}`),
      );
      assert.deepEqual(
        data.previousActions,
        CONTROLS.map((_, i) => ({ id: `A-${i + 1}` })),
      );
      const listed = readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => line.startsWith('  - id: '));
      assert.deepEqual(
        listed,
        CONTROLS.map((c, i) => `  - id: A-${i + 1}  # Fix ${escape(c)} it, o${escape(c)}`),
      );
    });
  });

  it('the root folder comes from the config', () => {
    const dir = tempWorkspace({ 'teamcharter.config.yaml': 'root: team-docs\n' });
    assert.equal(cli(dir, 'new', 'charter', '--id', 'web', '--team', 'Web').code, 0);
    assert.ok(existsSync(path.join(dir, 'team-docs/web.charter.yaml')));
  });
});
