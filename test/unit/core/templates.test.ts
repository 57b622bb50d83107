/** Templates for new files: valid from the first keystroke, with the format's columns and the open actions. */
import { strict as assert } from 'node:assert';
import { obj, entries } from '../../../src/core/access';
import { RETRO_FORMATS } from '../../../src/core/schemas';
import { TeamFile } from '../../../src/core/teamFile';
import { nextActionId } from '../../../src/core/teamFacts';
import { charterTemplate, retroTemplate } from '../../../src/core/templates';
import type { Finding } from '../../../src/core/types';
import { FORMAT_COLUMNS, charterYaml, retroYaml, workspaceOf } from '../helpers';

const STRUCTURAL = ['yaml-syntax', 'schema'];

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

  it('the charter template quotes a team name that YAML would misread, and keeps names on one line', () => {
    for (const team of ['Platform: build & deploy', '#1 Team', 'Platform\nTeam']) {
      const text = charterTemplate({ id: 'platform', team, today: '2026-11-30' });
      const file = TeamFile.fromText('.team/platform.charter.yaml', text);
      assert.deepStrictEqual(file.fatal, [], JSON.stringify(team));
      assert.equal(file.data?.team, team);
      assert.equal(file.data?.kind, 'Charter');
    }
  });

  for (const format of RETRO_FORMATS) {
    it(`the ${format} retro template parses cleanly and has the format's columns`, () => {
      const path = '.team/retros/2026-11-30.retro.yaml';
      const text = retroTemplate({ team: 'platform', date: '2026-11-30', format, carried: [], attendees: ['dana', 'sam'], nextActionId: 'A-1' });
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

  it('carries the open actions into previousActions with status carried', () => {
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
    const text = retroTemplate({ team: 'platform', date: '2026-11-30', format: 'sailboat', carried: timeline.open, nextActionId: nextActionId(timeline.actions.keys()) });
    const path = '.team/retros/2026-11-30.retro.yaml';
    const file = TeamFile.fromText(path, text);
    assert.deepStrictEqual(file.fatal, []);
    assert.deepStrictEqual(
      entries(file.data!.previousActions).map(([review]) => [review.id, review.status]),
      [
        ['A-2', 'carried'],
        ['A-3', 'carried'],
        ['A-4', 'carried'],
      ],
    );
    assert.match(text, /the next free id is A-5/);
    assert.match(text, /- id: A-2 {2}# Cache #deps: in CI, quickly, sam, due 2026-12-14\n/, 'what the action was, as a comment');

    // Saved as the next retro, it reviews every open action: nothing left unreviewed, and they stay open.
    workspace.update(file);
    const result = workspace.lintFile(path)!;
    assert.deepStrictEqual(structural(result.findings), []);
    assert.deepStrictEqual(result.findings.filter((f) => f.rule === 'previous-actions-not-reviewed'), []);
    assert.deepStrictEqual(workspace.team('platform')!.timeline.open.map((a) => a.id), ['A-2', 'A-3', 'A-4']);
  });

  it('nextActionId follows the highest A-<n>', () => {
    assert.equal(nextActionId([]), 'A-1');
    assert.equal(nextActionId(['A-2', 'A-10', 'A-9', 'X-99', 'A-x']), 'A-11');
  });
});
