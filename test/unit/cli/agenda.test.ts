/** `teamcharter agenda` end to end: its two formats, --today, and its exit codes (docs/cli.md "agenda"). */
import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { buildCli, cli, REPO, tempWorkspace } from './cliRun';

const FIXTURE = path.join(REPO, 'test/fixtures/agenda');

/** A copy of the agenda fixture (test/fixtures/agenda), to run the CLI in. */
function copyOfFixture(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'teamcharter-agenda-'));
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

interface AgendaJson {
  team: string;
  date: string;
  lastRetro: string | null;
  actions: { id: string; overdue: boolean; decide: boolean }[];
  pulse: { step: number; why: string[] }[];
  focus: { step: number; level: number; holding: string[] }[];
  uncredited: string[];
  facilitator: string | null;
  changes: { title: string | null }[];
  goals: { id: string; why: string; due: string | null }[];
}

describe('teamcharter agenda (end to end)', function () {
  before(buildCli);

  it('json: one object, the lists of the fixture, its focus as score shows the team', () => {
    const dir = copyOfFixture();
    const result = cli(dir, 'agenda', '--team', 'platform', '--format', 'json', '--today', '2026-11-30');
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stderr, '');
    const agenda = JSON.parse(result.stdout) as AgendaJson;
    assert.deepEqual(Object.keys(agenda), ['team', 'date', 'lastRetro', 'actions', 'pulse', 'focus', 'uncredited', 'facilitator', 'changes', 'goals']);
    assert.deepEqual([agenda.team, agenda.date, agenda.lastRetro], ['platform', '2026-11-30', '2026-11-16']);
    assert.deepEqual(
      agenda.actions.map((a) => [a.id, a.overdue, a.decide]),
      [
        ['A-1', false, true],
        ['A-2', true, true],
        ['A-6', false, true],
        ['A-3', false, false],
        ['A-4', true, true],
        ['A-5', false, false],
      ],
    );
    assert.deepEqual(
      agenda.pulse.map((p) => [p.step, p.why]),
      [
        [3, ['declining']],
        [5, ['low', 'declining']],
        [7, ['low', 'gap']],
      ],
    );
    assert.deepEqual([agenda.uncredited, agenda.facilitator], [['Zoe', 'tom'], 'Zoe']);
    assert.deepEqual(
      agenda.goals.map((g) => `${g.id} ${g.why}`),
      ['G1 overdue', 'G2 due-soon', 'G3 no-activity', 'G7 due-soon', 'G9 due-soon'],
    );
    // "holding as in score": what `score --format json` says of the team's steps at its lowest level.
    const score = JSON.parse(cli(dir, 'score', '--format', 'json', '--today', '2026-11-30').stdout).teams[0];
    const lowest = score.steps.filter((s: { level: number }) => s.level === score.level).slice(0, 3);
    assert.deepEqual(
      agenda.focus,
      lowest.map((s: { step: number; level: number; holding: string[] }) => ({ step: s.step, level: s.level, holding: s.holding })),
    );
  });

  it('md (the default): a page that reads on its own, one line per item', () => {
    const result = cli(copyOfFixture(), 'agenda', '--team', 'platform', '--today', '2026-11-30');
    assert.equal(result.code, 0, result.stderr);
    const lines = result.stdout.split('\n');
    assert.equal(lines[0], '# Retro agenda: Platform Team (platform)');
    assert.equal(lines.filter((line) => line.startsWith('## ')).length, 7);
    assert.ok(
      lines.includes(
        '- A-4 "Clean up the feature flags" (dana, due 2026-11-10): open since 2026-11-02, in 2 retros; overdue; decide: finish, split, drop or escalate',
      ),
    );
    assert.ok(lines.includes('- Zoe'));
  });

  it('--today: what is overdue and due soon is counted to that date', () => {
    const agenda = JSON.parse(cli(copyOfFixture(), 'agenda', '--team', 'platform', '--format', 'json', '--today', '2026-12-11').stdout) as AgendaJson;
    assert.equal(agenda.date, '2026-12-11');
    assert.equal(agenda.actions.find((a) => a.id === 'A-6')!.overdue, true, 'due 2026-12-10');
    assert.deepEqual(
      agenda.goals.map((g) => `${g.id} ${g.why}`),
      ['G1 overdue', 'G2 due-soon', 'G3 no-activity', 'G7 due-soon', 'G8 due-soon', 'G9 overdue'],
    );
  });

  it('a team with a charter and no retro: no last retro, no actions, nobody uncredited', () => {
    const dir = tempWorkspace({ '.team/web.charter.yaml': 'kind: Charter\nversion: 1\nid: web\nteam: Web\nmembers:\n  - name: sam\n' });
    const agenda = JSON.parse(cli(dir, 'agenda', '--team', 'web', '--format', 'json').stdout) as AgendaJson;
    assert.deepEqual([agenda.lastRetro, agenda.actions, agenda.uncredited, agenda.facilitator], [null, [], [], 'sam']);
  });

  it('text from the files cannot drive the terminal: control characters are shown as escapes', () => {
    const dir = tempWorkspace({
      '.team/web.charter.yaml': 'kind: Charter\nversion: 1\nid: web\nteam: "We\\u001b[2Jb"\nmembers:\n  - name: "s\\u001bam"\n',
    });
    const result = cli(dir, 'agenda', '--team', 'web');
    assert.equal(result.code, 0, result.stderr);
    assert.doesNotMatch(result.stdout, /\u001b/);
    assert.match(result.stdout, /^# Retro agenda: We\\\\u001b\\\[2Jb \(web\)$/m);
  });

  describe('exit codes: 0 with an agenda, 2 with one line on stderr otherwise', () => {
    it('an unknown team names the teams found', () => {
      const result = cli(copyOfFixture(), 'agenda', '--team', 'platfrom', '--today', '2026-11-30');
      assert.deepEqual(result, { code: 2, stdout: '', stderr: 'teamcharter: no team "platfrom" in .; teams found: platform\n' });
    });

    it('usage errors: no --team, a bad date or format, an unknown option, a path that does not exist', () => {
      const dir = copyOfFixture();
      for (const args of [
        ['agenda'],
        ['agenda', '--team', 'platform', '--today', '30/11/2026'],
        ['agenda', '--team', 'platform', '--format', 'html'],
        ['agenda', '--team', 'platform', '--tody', '2026-11-30'],
        ['agenda', '--team', 'platform', 'nowhere'],
      ]) {
        const result = cli(dir, ...args);
        assert.equal(result.code, 2, args.join(' '));
        assert.equal(result.stdout, '', args.join(' '));
        assert.match(result.stderr, /^teamcharter: [^\n]+\n$/, args.join(' '));
        assert.doesNotMatch(result.stderr, /\n\s+at /, 'never a stack trace');
      }
      assert.equal(cli(dir, 'agenda', '--team', 'platform', '--tody', 'x').stderr, "teamcharter: unknown option '--tody' for agenda; did you mean --today?\n");
    });

    it('a broken config is a config error', () => {
      const dir = copyOfFixture();
      writeFileSync(path.join(dir, '.team/teamcharter.config.yaml'), 'rules:\n  pulse-low: { threshold: 9 }\n');
      const result = cli(dir, 'agenda', '--team', 'platform');
      assert.equal(result.code, 2);
      assert.match(result.stderr, /^teamcharter: config error: \.team\/teamcharter\.config\.yaml:[^\n]*pulse-low[^\n]*\n$/);
    });

    it('--help: its usage and what it does, exit 0', () => {
      const result = cli(tempWorkspace(), 'agenda', '--help');
      assert.equal(result.code, 0);
      assert.match(
        result.stdout.replace(/\n\s+\[/g, ' ['),
        /teamcharter agenda --team ID \[PATH\.\.\.\] \[-f\|--format md\|json\] \[--today YYYY-MM-DD\] \[-c\|--config FILE\] \[-o\|--output-file FILE\]/,
      );
      assert.match(result.stdout, /next retro should take up/);
    });
  });
});
