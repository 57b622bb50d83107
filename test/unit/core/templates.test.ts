/** Templates for new files: valid from the first keystroke, with the format's columns and the open actions. */
import { strict as assert } from 'node:assert';
import { obj, entries } from '../../../src/core/base/dataReaders';
import { RETRO_FORMATS } from '../../../src/core/format/schemas';
import { TeamFile } from '../../../src/core/format/teamFile';
import { isPlaceholder } from '../../../src/core/format/placeholders';
import { teamScore } from '../../../src/core/insights/teamScore';
import { nextActionId } from '../../../src/core/format/membersAndActions';
import { readPulse } from '../../../src/core/format/pulse';
import { charterTemplate, retroTemplate } from '../../../src/core/format/templates';
import type { Finding } from '../../../src/core/base/types';
import { parseDocument } from 'yaml';
import { FORMAT_COLUMNS, charterYaml, retroYaml, workspaceOf } from '../helpers';

const STRUCTURAL = ['yaml-syntax', 'schema'];

/** The lines a range covers. */
function lineSpan(range: { line: number; endLine: number }): number[] {
  return Array.from({ length: range.endLine - range.line + 1 }, (_, i) => range.line + i);
}

function structural(findings: Finding[]): string[] {
  return findings.filter((f) => STRUCTURAL.includes(f.rule)).map((f) => `${f.range.line} ${f.rule}: ${f.message}`);
}

describe('templates', () => {
  it('the charter template parses with no yaml-syntax or schema finding', () => {
    const path = '.team/platform.charter.yaml';
    const text = charterTemplate({ id: 'platform', team: 'Platform Team', today: '2026-11-30' });
    const file = TeamFile.fromText(path, text);
    assert.equal(file.kind, 'charter');
    assert.equal(file.teamId, 'platform');
    assert.equal(file.data?.updated, '2026-11-30');
    const findings = workspaceOf({ [path]: text }).lintFile(path)!.findings;
    assert.deepStrictEqual(structural(findings), []);
    // It is a starting point: the checklist shows what is still to fill in.
    assert.ok(findings.some((f) => f.rule === 'purpose-missing'));
  });

  it('a fresh charter asks for everything the team writes: a placeholder finding for each, and 100% on no step', () => {
    const path = '.team/platform.charter.yaml';
    const text = charterTemplate({ id: 'platform', team: 'Platform Team', today: '2026-11-30' });
    const workspace = workspaceOf({ [path]: text });
    const findings = workspace.lintFile(path)!.findings;
    const score = teamScore(workspace, 'platform')!;
    assert.deepStrictEqual(
      score.steps.filter((s) => s.score === 100).map((s) => s.step),
      [],
      `steps at 100%: ${score.steps.map((s) => `${s.step} ${s.score}`).join(', ')}`,
    );
    assert.ok(
      score.steps.filter((s) => s.score !== null).every((s) => s.score === 0),
      'nothing written, nothing passes',
    );
    // Every line that holds a placeholder carries a finding that says so, except the fields no rule reads.
    const unread = /^\s*(title|role|progressReview):|supports:/;
    const lines = text.split('\n');
    const placeholderLines = lines.flatMap((line, i) => (/<[^>]*>/.test(line) && !line.trimStart().startsWith('#') && !unread.test(line) ? [i + 1] : []));
    assert.ok(placeholderLines.length >= 15, `${placeholderLines.length} placeholder lines`);
    const said = new Set(findings.filter((f) => /placeholder/.test(f.message)).flatMap((f) => lineSpan(f.range)));
    assert.deepStrictEqual(
      placeholderLines.filter((line) => !said.has(line)).map((line) => `${line}: ${lines[line - 1]}`),
      [],
    );
  });

  it('every value the charter template leaves for the team is an angle-bracket placeholder, and nothing else is filled in', () => {
    const data = TeamFile.fromText('.team/p.charter.yaml', charterTemplate({ id: 'platform', team: 'Platform Team', today: '2026-11-30' })).data!;
    const written: string[] = [];
    const walk = (value: unknown, path: string) => {
      if (typeof value === 'string') {
        if (!/^<.+>$/.test(value)) written.push(`${path}: ${value}`);
      } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`));
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k);
    };
    const { kind: _k, version: _v, id: _i, team: _t, updated: _u, ...rest } = data;
    walk(rest, '');
    // Ids that name items, and the one status a new goal has.
    assert.deepStrictEqual(written, ['priorities[0].id: P1', 'goals[0].id: G1', 'goals[0].status: not-started']);
    assert.ok(isPlaceholder(data.purpose));
  });

  it('the charter template quotes a team name that YAML would misread, and keeps names on one line', () => {
    for (const team of ['Platform: build & deploy', '#1 Team', 'Platform\nTeam']) {
      const text = charterTemplate({ id: 'platform', team, today: '2026-11-30' });
      const file = TeamFile.fromText('.team/platform.charter.yaml', text);
      assert.deepStrictEqual(file.fatal, [], JSON.stringify(team));
      assert.equal(file.data?.team, team);
      assert.equal(file.data?.kind, 'Charter');
    }
  });

  it('a new retro shows the pulse commented out: the shape with all seven steps, nothing written until a person uncomments it', () => {
    const path = '.team/retros/2026-11-30.retro.yaml';
    const text = retroTemplate({ team: 'platform', date: '2026-11-30', format: 'sailboat', toReview: [], attendees: ['dana', 'sam'], nextActionId: 'A-1' });
    const file = TeamFile.fromText(path, text);
    assert.equal(file.data?.pulse, undefined, 'no pulse in the data');
    const block = text.split('\n').filter((line) => /^#\s+(pulse|responses|goals|accountability|growth|change|decisions|feedback|recognition):/.test(line));
    assert.deepStrictEqual(
      block.map((line) => line.replace(/^#\s+/, '').split(':')[0]),
      ['pulse', 'responses', 'goals', 'accountability', 'growth', 'change', 'decisions', 'feedback', 'recognition'],
    );
    const charter = charterYaml('platform');
    const findingsOf = (retro: string) => workspaceOf({ '.team/platform.charter.yaml': charter, [path]: retro }).lintFile(path)!.findings;
    assert.deepStrictEqual(
      findingsOf(text).filter((f) => f.rule.startsWith('pulse') || f.path?.[0] === 'pulse'),
      [],
    );
    // Uncommented as it stands: valid, and every step at zeros is not rated.
    const uncommented = text.replace(/^# (pulse:|  \S)/gm, '$1');
    assert.equal(readPulse(TeamFile.fromText(path, uncommented).data?.pulse), undefined);
    assert.deepStrictEqual(
      findingsOf(uncommented).filter((f) => f.rule === 'schema'),
      [],
    );
    // Filled in by the facilitator: a rated step.
    const filled = uncommented.replace('responses: 0', 'responses: 4').replace('feedback: [0, 0, 0, 0, 0]', 'feedback: [0, 1, 1, 2, 0]');
    assert.deepStrictEqual(
      readPulse(TeamFile.fromText(path, filled).data?.pulse)?.steps.map((s) => [s.key, s.mean]),
      [['feedback', 3.25]],
    );
  });

  for (const format of RETRO_FORMATS) {
    it(`the ${format} retro template parses cleanly and has the format's columns`, () => {
      const path = '.team/retros/2026-11-30.retro.yaml';
      const text = retroTemplate({ team: 'platform', date: '2026-11-30', format, toReview: [], attendees: ['dana', 'sam'], nextActionId: 'A-1' });
      const workspace = workspaceOf({ '.team/platform.charter.yaml': charterYaml('platform'), [path]: text });
      assert.deepStrictEqual(structural(workspace.lintFile(path)!.findings), []);
      const data = TeamFile.fromText(path, text).data!;
      assert.equal(data.format, format);
      assert.equal(data.team, 'platform');
      assert.equal(data.date, '2026-11-30');
      assert.deepStrictEqual(data.attendees, ['dana', 'sam']);
      const expected = FORMAT_COLUMNS[format];
      assert.deepStrictEqual(Object.keys(obj(data.items) ?? {}), expected);
      assert.deepStrictEqual(data.previousActions, []);
    });
  }

  it('lists the open actions under previousActions with no status: the meeting reviews them', () => {
    const r1 = '.team/retros/2026-11-02.retro.yaml';
    const r2 = '.team/retros/2026-11-16.retro.yaml';
    const workspace = workspaceOf({
      '.team/platform.charter.yaml': charterYaml('platform'),
      [r1]: retroYaml('platform', '2026-11-02', {
        actions: [
          { id: 'A-1', title: 'Write the rollback runbook', due: '2026-11-10' },
          { id: 'A-2', title: 'Cache #deps: in CI, quickly', owner: 'sam', due: '2026-12-14' },
          { id: 'A-3', title: 'Pin the base image' },
        ],
      }),
      [r2]: retroYaml('platform', '2026-11-16', {
        reviews: [
          { id: 'A-1', status: 'done' },
          { id: 'A-2', status: 'in-progress' },
          { id: 'A-3', status: 'carried' },
        ],
        actions: [{ id: 'A-4', due: '2026-12-14' }],
      }),
    });
    const timeline = workspace.team('platform')!.timeline;
    const text = retroTemplate({
      team: 'platform',
      date: '2026-11-30',
      format: 'sailboat',
      toReview: timeline.open,
      nextActionId: nextActionId(timeline.actions.keys()),
    });
    const path = '.team/retros/2026-11-30.retro.yaml';
    const file = TeamFile.fromText(path, text);
    assert.deepStrictEqual(file.fatal, []);
    assert.deepStrictEqual(
      entries(file.data!.previousActions).map(([review]) => [review.id, review.status]),
      [
        ['A-2', undefined],
        ['A-3', undefined],
        ['A-4', undefined],
      ],
    );
    assert.match(text, /the next free id is A-5/);
    assert.match(text, /- id: A-2 {2}# Cache #deps: in CI, quickly, sam, due 2026-12-14\n/, 'what the action was, as a comment');

    // Saved as the next retro, it lists every open action for review: each is still to review, and they stay open.
    workspace.update(file);
    const result = workspace.lintFile(path)!;
    assert.deepStrictEqual(structural(result.findings), []);
    const unreviewed = result.findings.filter((f) => f.rule === 'previous-actions-not-reviewed');
    assert.deepStrictEqual(
      unreviewed.map((f) => f.range.line),
      ['A-2', 'A-3', 'A-4'].map((id) => text.split('\n').findIndex((l) => l.startsWith(`  - id: ${id}`)) + 1),
    );
    assert.ok(unreviewed.every((f) => /no status/.test(f.message)));
    assert.deepStrictEqual(
      workspace.team('platform')!.timeline.open.map((a) => a.id),
      ['A-2', 'A-3', 'A-4'],
    );
  });

  describe('a new file holds no raw control character (issue 20)', () => {
    // Each kind an editor or a terminal may act on: CR, ESC, NEL, the line and paragraph separators, tab, NUL, VT, FF, DEL, a bidi override.
    const CONTROLS = ['\r', '\u001b', '\u0085', '\u2028', '\u2029', '\t', '\u0000', '\u000b', '\u000c', '\u007f', '\u202e'];
    const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
    const escape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

    function assertClean(text: string, what: string) {
      assert.deepStrictEqual(
        parseDocument(text).errors.map((e) => e.message),
        [],
        what,
      );
      assert.equal(RAW.exec(text)?.[0], undefined, `${what}: a raw control character in\n${text}`);
    }

    for (const c of CONTROLS) {
      it(`${escape(c)}: the charter keeps the team name as given, and its comment shows it escaped`, () => {
        const team = `Plat${c}form "ops" \\ ${c}`;
        const text = charterTemplate({ id: 'platform', team, today: '2026-11-30' });
        assertClean(text, JSON.stringify(team));
        assert.equal(TeamFile.fromText('.team/platform.charter.yaml', text).data?.team, team);
        assert.equal(text.split('\n')[0], `# Team charter for Plat${escape(c)}form "ops" \\ ${escape(c)}. Fill in each section with the team, typing over`);
      });

      it(`${escape(c)}: a new retro lists an open action whose title, owner and due hold it on one comment line, and keeps the attendees as given`, () => {
        const esc = escape(c);
        const r1 = '.team/retros/2026-11-02.retro.yaml';
        const workspace = workspaceOf({
          '.team/platform.charter.yaml': charterYaml('platform'),
          [r1]: `kind: Retrospective\nversion: 1\nteam: platform\ndate: 2026-11-02\nactions:\n  - id: "A-1${esc}"\n    title: "Fix${esc}it"\n    owner: "s${esc}m"\n    due: "2026-12${esc}"\n`,
        });
        const timeline = workspace.team('platform')!.timeline;
        assert.equal(timeline.open[0]?.title, `Fix${c}it`, 'the title read holds the raw character');
        const attendees = [`da${c}na`, 'sam'];
        const text = retroTemplate({ team: 'platform', date: '2026-11-30', format: 'sailboat', toReview: timeline.open, attendees });
        assertClean(text, JSON.stringify(c));
        const data = TeamFile.fromText('.team/retros/2026-11-30.retro.yaml', text).data!;
        assert.deepStrictEqual(data.attendees, attendees);
        assert.deepStrictEqual(data.previousActions, [{ id: `A-1${c}` }]);
        const line = text.split('\n').find((l) => l.startsWith('  - id: '));
        assert.equal(line, `  - id: "A-1${esc}"  # Fix${esc}it, s${esc}m, due 2026-12${esc}`);
      });
    }
  });

  it('nextActionId follows the highest A-<n>', () => {
    assert.equal(nextActionId([]), 'A-1');
    assert.equal(nextActionId(['A-2', 'A-10', 'A-9', 'X-99', 'A-x']), 'A-11');
  });
});
