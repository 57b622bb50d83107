/**
 * Retros of one team on the same date are ordered by file name everywhere
 * (docs/rules.md "The order of a team's retros"): in the timeline the rules read, in insights, in the Teams view's
 * order and for a new retro, whatever folders they sit in and however the
 * paths are written, so that findings never contradict each other.
 */
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { teamInsights } from '../../../src/core/insights/insights';
import { retroSeed } from '../../../src/core/format/retroSeed';
import { compareRetros, retrosBefore, retrosNewestFirst } from '../../../src/core/format/team';
import { buildCli, cliWithin, tempWorkspace } from '../cli/cliRun';
import { TODAY, charterYaml, retroYaml, workspaceOf } from '../helpers';

// By path, "archive/…-b" comes before "retros/…-a"; by file name, "-a" comes first.
const A = '.team/retros/2026-11-16-a.retro.yaml';
const B = '.team/archive/2026-11-16-b.retro.yaml';
const FILES = {
  '.team/platform.charter.yaml': charterYaml('platform'),
  [A]: retroYaml('platform', '2026-11-16', { actions: [{ id: 'A-1', due: '2026-11-20' }] }),
  [B]: retroYaml('platform', '2026-11-16', { reviews: [{ id: 'A-1', status: 'done' }], actions: [{ id: 'A-2', due: '2026-12-20' }] }),
  '.team/retros/2026-11-30.retro.yaml': retroYaml('platform', '2026-11-30', { reviews: [{ id: 'A-2', status: 'in-progress' }] }),
};

describe('retros on the same date', () => {
  it('the timeline orders them by file name, not by path', () => {
    const team = workspaceOf(FILES).team('platform')!;
    assert.deepEqual(
      team.timeline.retros.map((r) => r.path),
      [A, B, '.team/retros/2026-11-30.retro.yaml'],
    );
    const a1 = team.timeline.actions.get('A-1')!;
    assert.equal(a1.closedIn?.path, B, 'the second retro of the day closed what the first one created');
    assert.deepEqual(
      team.timeline.open.map((a) => a.id),
      ['A-2'],
    );
  });

  it('the rules agree: no finding says A-1 is still open', () => {
    const findings = [...workspaceOf(FILES).lintAll().values()].flatMap((r) => r.findings);
    for (const rule of ['action-overdue', 'previous-actions-not-reviewed', 'action-carried-too-long']) {
      assert.deepEqual(
        findings.filter((f) => f.rule === rule && f.message.includes('A-1')),
        [],
        rule,
      );
    }
  });

  it('insights list them in the same order as the timeline', () => {
    const insights = teamInsights(workspaceOf(FILES), 'platform')!;
    assert.deepEqual(
      insights.history.map((p) => p.file),
      [A, B, '.team/retros/2026-11-30.retro.yaml'],
    );
    assert.deepEqual(
      insights.facilitation.perRetro.map((p) => p.file),
      [A, B, '.team/retros/2026-11-30.retro.yaml'],
    );
    assert.equal(insights.actions.done, 1);
  });

  it('the Teams view lists them newest first, the reverse of the timeline, undated last', () => {
    const workspace = workspaceOf({ ...FILES, '.team/retros/undated.retro.yaml': 'kind: Retrospective\nteam: platform\ndate: soon\n' });
    const team = workspace.team('platform')!;
    assert.deepEqual(
      retrosNewestFirst(team.retros).map((r) => r.path),
      ['.team/retros/2026-11-30.retro.yaml', B, A, '.team/retros/undated.retro.yaml'],
    );
  });

  it('a new retro on the same date carries over what the earlier ones by file name left open', () => {
    const team = workspaceOf(FILES).team('platform')!;
    // The new file is named <date>.retro.yaml: after "2026-11-16-a…" and "2026-11-16-b…".
    assert.deepEqual(
      retrosBefore(team.retros, '2026-11-16', '.team/retros/2026-11-16.retro.yaml').map((r) => r.path),
      [A, B],
    );
    assert.deepEqual(
      retrosBefore(team.retros, '2026-11-16', A).map((r) => r.path),
      [],
    );
    assert.deepEqual(
      retrosBefore(team.retros, '2026-11-16', B).map((r) => r.path),
      [A],
    );
    assert.ok(compareRetros({ date: '2026-11-16', path: 'z/x-a.retro.yaml' }, { date: '2026-11-16', path: 'a/x-b.retro.yaml' }) < 0);
  });

  it('the seed of that new retro (CLI, command and form alike) lists what they left open', () => {
    const team = workspaceOf(FILES).team('platform')!;
    const seed = retroSeed('platform', '2026-11-16', 'start-stop-continue', '.team/retros/2026-11-16.retro.yaml', {
      charter: team.charter,
      retros: team.retros,
    });
    assert.deepEqual(
      seed.toReview.map((a) => a.id),
      ['A-2'],
      'A-1 was closed by B; A-2 is open',
    );
    assert.equal(seed.nextActionId, 'A-3');
    // Named to sort before both, it sees neither.
    const first = retroSeed('platform', '2026-11-16', 'start-stop-continue', '.team/retros/2026-11-16-0.retro.yaml', {
      charter: team.charter,
      retros: team.retros,
    });
    assert.deepEqual(first.toReview, []);
  });

  describe('end to end', function () {
    before(buildCli);

    it('linting the folder and linting one file by its absolute path give the same findings for it', () => {
      // Here the folder run sees A first by path too; named by its absolute path, A came after ".team/…" by path.
      const a = '.team/early/2026-11-16-a.retro.yaml';
      const b = '.team/retros/2026-11-16-b.retro.yaml';
      const moved: Record<string, string> = Object.fromEntries(Object.entries(FILES).map(([file, text]) => [file === A ? a : file === B ? b : file, text]));
      const dir = tempWorkspace(moved);
      const run = (...args: string[]) => {
        const result = cliWithin(20_000, dir, 'lint', ...args, '--format', 'json', '--today', TODAY);
        return (JSON.parse(result.stdout) as { file: string; rule: string; line: number; message: string }[]).map((r) => ({
          ...r,
          file: path.resolve(dir, r.file),
        }));
      };
      for (const file of [a, b]) {
        const absolute = path.join(dir, file);
        const fromFolder = run('.').filter((r) => r.file === absolute);
        assert.ok(!fromFolder.some((r) => r.rule === 'action-overdue'), JSON.stringify(fromFolder));
        assert.deepEqual(run(absolute), fromFolder, file);
      }
    });
  });
});
