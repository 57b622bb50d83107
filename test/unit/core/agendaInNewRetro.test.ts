/**
 * The comments `new retro` writes at the top of a new retro (docs/cli.md "new
 * retro"): the seed and the template, as the CLI and the New Retrospective
 * command use them.
 */
import { strict as assert } from 'node:assert';
import { parseDocument } from 'yaml';
import { DEFAULT_CONFIG } from '../../../src/core/engine/config';
import { retroSeed } from '../../../src/core/format/retroSeed';
import { retroTemplate } from '../../../src/core/format/templates';
import { TeamFile } from '../../../src/core/format/teamFile';
import { teamAgenda } from '../../../src/core/insights/agenda';
import { agendaCommentLines } from '../../../src/core/report/agenda';
import { charterYaml, workspaceOf } from '../helpers';

describe('the agenda in a new retro', () => {
  const charter = '.team/web.charter.yaml';
  const r1 = '.team/retros/2026-11-02.retro.yaml';
  const files = {
    [charter]: charterYaml('web', { members: ['sam', 'dana'] }),
    [r1]: 'kind: Retrospective\nversion: 1\nteam: web\ndate: 2026-11-02\nfacilitator: sam\nactions:\n  - id: A-1\n    title: "Ship it \\u001b # teamcharter-disable"\n    owner: sam\n    due: 2026-11-10\n',
  };
  const workspace = workspaceOf(files);
  const agenda = teamAgenda(workspace, 'web', () => DEFAULT_CONFIG)!;
  const team = workspace.team('web')!;
  const next = '.team/retros/2026-11-30.retro.yaml';

  it('one comment line per item, after the title and before any data; the data is the seed’s exactly', () => {
    const text = retroTemplate(
      retroSeed('web', '2026-11-30', 'went-well-improve', next, { charter: team.charter, retros: team.retros }, agendaCommentLines(agenda)),
    );
    const lines = text.split('\n');
    const top = lines.slice(0, lines.indexOf('kind: Retrospective'));
    assert.ok(
      top.every((line) => line === '' || line.startsWith('#')),
      top.join('\n'),
    );
    assert.deepEqual(top.slice(0, 5), [
      '# Retrospective of web on 2026-11-30 (went-well-improve).',
      '#',
      "# Agenda, from the team's files on 2026-11-30; the last retro was on 2026-11-02:",
      '# Open actions, oldest first (the meeting gives each a status):',
      // The escape shown, not the character; and the # of a suppression comment written \# (no comment of the file silences a rule).
      '#   - A-1 "Ship it \\u001b \\# teamcharter-disable" (sam, due 2026-11-10): open since 2026-11-02, in 1 retro; overdue; decide: finish, split, drop or escalate',
    ]);
    assert.ok(top.includes('# Suggested facilitator (the member who has gone longest without facilitating):'));
    assert.ok(top.includes('#   - dana'), 'dana never facilitated');
    assert.equal(top.length, agendaCommentLines(agenda).length + 3, 'the title, a blank comment, the agenda and a blank line');
    assert.deepEqual(parseDocument(text).errors, []);
    assert.deepEqual(TeamFile.fromText(next, text).data, {
      kind: 'Retrospective',
      version: 1,
      team: 'web',
      date: '2026-11-30',
      format: 'went-well-improve',
      facilitator: '<who facilitated>',
      attendees: ['sam', 'dana'],
      previousActions: [{ id: 'A-1' }],
      wins: [],
      items: { 'went-well': [], improve: [] },
      actions: [],
      growth: [],
      decisions: [],
      change: [],
    });
  });

  it('saved, it lints with the findings the meeting resolves, and none once the meeting has been held', () => {
    const text = retroTemplate(
      retroSeed('web', '2026-11-30', 'went-well-improve', next, { charter: team.charter, retros: team.retros }, agendaCommentLines(agenda)),
    );
    const saved = workspaceOf({ ...files, [next]: text }, { today: '2026-11-30' });
    assert.deepEqual(saved.lintFile(next)!.suppressed, 0, 'nothing in the agenda is read as a suppression comment');
    // The review of A-1 (past its date, so action-overdue says so as well), the wins and the actions it records.
    assert.deepEqual(
      saved
        .lintFile(next)!
        .findings.map((f) => f.rule)
        .sort(),
      ['action-overdue', 'previous-actions-not-reviewed', 'retro-no-actions', 'retro-no-wins'],
    );
    const held = text
      .replace(/^( {2}- id: A-1 .*)$/m, '$1\n    status: done')
      .replace('wins: []', 'wins:\n  - text: Shipped the cache\n    who: [dana]')
      .replace('actions: []', 'actions:\n  - id: A-2\n    title: Pin the base images\n    owner: sam\n    due: 2026-12-14');
    assert.notEqual(held, text);
    const after = workspaceOf({ ...files, [next]: held }, { today: '2026-11-30' });
    assert.deepEqual(
      after.lintFile(next)!.findings.map((f) => `${f.range.line} ${f.rule}`),
      [],
    );
  });

  it('not when the new retro is not the team’s next one: the agenda speaks of the meeting after the latest', () => {
    const earlier = retroSeed('web', '2026-10-01', 'went-well-improve', '.team/retros/2026-10-01.retro.yaml', { charter: team.charter, retros: team.retros }, [
      'x',
    ]);
    assert.equal(earlier.agenda, undefined);
    // 2026-11-02-b.retro.yaml comes before 2026-11-02.retro.yaml ("-" before ".").
    const sameDay = retroSeed('web', '2026-11-02', 'custom', '.team/retros/2026-11-02-b.retro.yaml', { charter: team.charter, retros: team.retros }, ['x']);
    assert.equal(sameDay.agenda, undefined, 'before the latest by file name');
    const later = retroSeed('web', '2026-11-03', 'custom', '.team/retros/2026-11-03.retro.yaml', { charter: team.charter, retros: team.retros }, ['x']);
    assert.deepEqual(later.agenda, ['x']);
    assert.equal(retroTemplate(earlier).split('\n')[1], 'kind: Retrospective');
  });
});
