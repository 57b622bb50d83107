/** Cross-file behaviour through the Workspace API: the action timeline, ordering, teams, edits. */
import { strict as assert } from 'node:assert';
import { TeamFile } from '../../../src/core/format/teamFile';
import { charterYaml, lineOf, lineRules, ofRule, retroYaml, workspaceOf } from '../helpers';

const CHARTER = '.team/platform.charter.yaml';
const R1 = '.team/retros/2026-11-02.retro.yaml';
const R2 = '.team/retros/2026-11-16.retro.yaml';
const R3 = '.team/retros/2026-11-30.retro.yaml';
const FUTURE = '2026-12-14';

function findings(workspace: ReturnType<typeof workspaceOf>, path: string, rule: string): string[] {
  return lineRules(workspace.lintFile(path), rule);
}

describe('cross-file rules', () => {
  describe('the life of an action', () => {
    it('status carried keeps an action open and counts the retro', () => {
      const workspace = workspaceOf({
        [CHARTER]: charterYaml('platform'),
        [R1]: retroYaml('platform', '2026-11-02', { actions: [{ id: 'A-1', due: FUTURE }] }),
        [R2]: retroYaml('platform', '2026-11-16', { reviews: [{ id: 'A-1', status: 'carried' }] }),
      });
      const timeline = workspace.team('platform')!.timeline;
      assert.deepStrictEqual(
        timeline.open.map((a) => a.id),
        ['A-1'],
      );
      assert.equal(timeline.actions.get('A-1')!.retroCount, 2);
      assert.equal(timeline.actions.get('A-1')!.closedIn, undefined);
      assert.deepStrictEqual(findings(workspace, R2, 'previous-actions-not-reviewed'), []);

      // A third retro that forgets it: still open, so it must be reviewed there, and it has now been open for 3 retros.
      const r3 = retroYaml('platform', '2026-11-30', { reviews: [] });
      workspace.update(TeamFile.fromText(R3, r3));
      assert.deepStrictEqual(findings(workspace, R3, 'previous-actions-not-reviewed'), [`${lineOf(r3, 'previousActions')} previous-actions-not-reviewed`]);
      assert.equal(workspace.team('platform')!.timeline.actions.get('A-1')!.retroCount, 3);
      // Not listed in the latest retro: reported where it was created.
      assert.deepStrictEqual(findings(workspace, R1, 'action-carried-too-long'), ['6 action-carried-too-long']);
    });

    it('status done closes an action: no later review, no overdue, no carried-too-long', () => {
      const workspace = workspaceOf({
        [CHARTER]: charterYaml('platform'),
        [R1]: retroYaml('platform', '2026-11-02', { actions: [{ id: 'A-1', due: '2026-11-10' }] }),
        [R2]: retroYaml('platform', '2026-11-16', { reviews: [{ id: 'A-1', status: 'done' }] }),
        [R3]: retroYaml('platform', '2026-11-30', { reviews: [] }),
      });
      const record = workspace.team('platform')!.timeline.actions.get('A-1')!;
      assert.equal(record.closedAs, 'done');
      assert.equal(record.closedIn?.path, R2);
      assert.deepStrictEqual(workspace.team('platform')!.timeline.open, []);
      for (const path of [R1, R2, R3]) {
        const rules = workspace.lintFile(path)!.findings.map((f) => f.rule);
        for (const rule of ['previous-actions-not-reviewed', 'action-overdue', 'action-carried-too-long']) assert.ok(!rules.includes(rule), `${path}: ${rule}`);
      }
    });

    it('status dropped closes an action too; in-progress does not', () => {
      const workspace = workspaceOf({
        [CHARTER]: charterYaml('platform'),
        [R1]: retroYaml('platform', '2026-11-02', {
          actions: [
            { id: 'A-1', due: '2026-11-10' },
            { id: 'A-2', due: '2026-11-10' },
          ],
        }),
        [R2]: retroYaml('platform', '2026-11-16', {
          reviews: [
            { id: 'A-1', status: 'dropped' },
            { id: 'A-2', status: 'in-progress' },
          ],
        }),
      });
      const timeline = workspace.team('platform')!.timeline;
      assert.equal(timeline.actions.get('A-1')!.closedAs, 'dropped');
      assert.deepStrictEqual(
        timeline.open.map((a) => a.id),
        ['A-2'],
      );
      // A-2 is overdue and listed in the latest retro: reported there, on its id.
      const r2 = workspace.lintFile(R2)!;
      const overdue = ofRule(r2.findings, 'action-overdue');
      assert.equal(overdue.length, 1);
      assert.match(overdue[0].message, /A-2/);
    });

    it('an overdue action is reported in the latest retro that lists it, pointing back to where it was created', () => {
      const r1 = retroYaml('platform', '2026-11-02', {
        actions: [
          { id: 'A-1', due: '2026-11-10' },
          { id: 'A-2', due: FUTURE },
        ],
      });
      const r2 = retroYaml('platform', '2026-11-16', {
        reviews: [
          { id: 'A-2', status: 'carried' },
          { id: 'A-1', status: 'carried' },
        ],
        actions: [{ id: 'A-3', due: '2026-11-29' }],
      });
      const workspace = workspaceOf({ [CHARTER]: charterYaml('platform'), [R1]: r1, [R2]: r2 });
      const overdue = ofRule(workspace.lintFile(R2)!.findings, 'action-overdue');
      // A-3 came due after the team last met (2026-11-16): the next retro takes it up, it is not overdue yet.
      assert.deepStrictEqual(
        overdue.map((f) => f.range.line),
        [lineOf(r2, 'id: A-1')],
      );
      assert.match(overdue[0].message, /A-1.*2026-11-10.*20 days ago/);
      assert.equal(overdue[0].related?.[0].file, R1);
      assert.equal(overdue[0].related?.[0].range.line, lineOf(r1, 'due: 2026-11-10'));
      assert.deepStrictEqual(findings(workspace, R1, 'action-overdue'), [], 'nothing on the retro that created it');
      // Due today is not overdue; the day after, it is.
      assert.equal(
        ofRule(workspaceOf({ [CHARTER]: charterYaml('platform'), [R1]: r1, [R2]: r2 }, { today: '2026-11-29' }).lintFile(R2)!.findings, 'action-overdue')
          .length,
        1,
      );
    });

    it('an action open for maxRetros retros is carried too long (default 3)', () => {
      const r3 = retroYaml('platform', '2026-11-30', {
        reviews: [
          { id: 'A-1', status: 'carried' },
          { id: 'A-2', status: 'carried' },
        ],
      });
      const files = {
        [CHARTER]: charterYaml('platform'),
        [R1]: retroYaml('platform', '2026-11-02', { actions: [{ id: 'A-1', due: FUTURE }] }),
        [R2]: retroYaml('platform', '2026-11-16', { reviews: [{ id: 'A-1', status: 'carried' }], actions: [{ id: 'A-2', due: FUTURE }] }),
        [R3]: r3,
      };
      const workspace = workspaceOf(files);
      const carried = ofRule(workspace.lintFile(R3)!.findings, 'action-carried-too-long');
      assert.deepStrictEqual(
        carried.map((f) => f.range.line),
        [lineOf(r3, 'id: A-1')],
        'A-1 (3 retros) but not A-2 (2 retros)',
      );
      assert.match(carried[0].message, /3 retros/);
      // Two retros only: not yet.
      const { [R3]: _, ...twoRetros } = files;
      assert.equal(ofRule(workspaceOf(twoRetros).lintFile(R2)!.findings, 'action-carried-too-long').length, 0);
    });
  });

  it('orders retros by date, not by file name', () => {
    // "a-…" sorts first but is the later retro.
    const late = '.team/retros/a-wrap-up.retro.yaml';
    const early = '.team/retros/z-kickoff.retro.yaml';
    const workspace = workspaceOf({
      [CHARTER]: charterYaml('platform', { retrospectives: 'biweekly' }),
      [late]: retroYaml('platform', '2026-11-30', { reviews: [{ id: 'A-1', status: 'done' }], actions: [{ id: 'A-2', due: FUTURE }] }),
      [early]: retroYaml('platform', '2026-10-20', { actions: [{ id: 'A-1', due: '2026-10-30' }] }),
    });
    const timeline = workspace.team('platform')!.timeline;
    assert.deepStrictEqual(
      timeline.retros.map((r) => r.path),
      [early, late],
    );
    assert.equal(timeline.actions.get('A-1')!.createdIn.path, early);
    assert.deepStrictEqual(
      timeline.open.map((a) => a.id),
      ['A-2'],
    );
    const all = [...workspace.lintAll().values()].flatMap((r) => r.findings.map((f) => f.rule));
    for (const rule of ['previous-actions-not-reviewed', 'action-overdue', 'retro-overdue', 'duplicate-id']) assert.ok(!all.includes(rule), rule);
  });

  it('keeps two teams in one repo apart', () => {
    const webRetro = '.team/retros/2026-11-16-web.retro.yaml';
    const webText = retroYaml('web', '2026-11-16', {
      reviews: [{ id: 'A-1', status: 'done' }],
      actions: [{ id: 'A-2', owner: 'dana', due: FUTURE, goal: 'G1' }],
    });
    const workspace = workspaceOf({
      [CHARTER]: charterYaml('platform', { members: ['dana', 'sam'], goals: ['G1'] }),
      '.team/web.charter.yaml': charterYaml('web', { members: ['kim'], goals: ['G7'] }),
      [R1]: retroYaml('platform', '2026-11-02', { actions: [{ id: 'A-1', owner: 'dana', due: FUTURE, goal: 'G1' }] }),
      // The web team uses the same action id, closes "A-1" (its own) and has its own members and goals.
      ['.team/retros/2026-11-02-web.retro.yaml']: retroYaml('web', '2026-11-02', { actions: [{ id: 'A-1', owner: 'kim', due: FUTURE, goal: 'G7' }] }),
      [webRetro]: webText,
      [R2]: retroYaml('platform', '2026-11-16', { reviews: [] }),
    });
    assert.deepStrictEqual([...workspace.allTeams()].map((t) => t.id).sort(), ['platform', 'web']);
    assert.deepStrictEqual(
      workspace.team('platform')!.timeline.open.map((a) => a.id),
      ['A-1'],
      "web's review does not close platform's A-1",
    );
    assert.deepStrictEqual(findings(workspace, R2, 'previous-actions-not-reviewed'), ['5 previous-actions-not-reviewed']);
    const all = [...workspace.lintAll().values()].flatMap((r) => r.findings);
    assert.deepStrictEqual(ofRule(all, 'duplicate-id'), [], 'A-1 in two teams is not a duplicate');
    // dana and G1 belong to platform, not to web.
    assert.deepStrictEqual(findings(workspace, webRetro, 'owner-not-member'), [`${lineOf(webText, 'owner: dana')} owner-not-member`]);
    assert.deepStrictEqual(findings(workspace, webRetro, 'action-unknown-goal'), [`${lineOf(webText, 'goal: G1')} action-unknown-goal`]);
    assert.deepStrictEqual(findings(workspace, R1, 'owner-not-member'), []);
  });

  it('an edited retro updates the charter and the other retros (update, then lintTeams)', () => {
    const r1 = retroYaml('platform', '2026-11-02', { actions: [{ id: 'A-1', due: '2026-11-10' }] });
    const workspace = workspaceOf({ [CHARTER]: charterYaml('platform', { retrospectives: 'biweekly' }), [R1]: r1 });
    assert.deepStrictEqual(findings(workspace, CHARTER, 'retro-overdue'), ['9 retro-overdue'], '28 days since the last retro');
    assert.deepStrictEqual(findings(workspace, R1, 'action-overdue'), [], 'the team has not met since A-1 was due');

    // A new retro, held too early and without reviewing A-1.
    const touched = workspace.update(TeamFile.fromText(R2, retroYaml('platform', '2026-11-05', { actions: [{ id: 'A-2', due: FUTURE }] })));
    assert.deepStrictEqual(touched, ['platform']);
    let results = workspace.lintTeams(touched);
    assert.deepStrictEqual([...results.keys()].sort(), [CHARTER, R1, R2].sort());
    assert.deepStrictEqual(lineRules(results.get(CHARTER), 'retro-overdue'), ['9 retro-overdue'], '25 days');
    assert.deepStrictEqual(lineRules(results.get(R2), 'previous-actions-not-reviewed'), ['1 previous-actions-not-reviewed']);

    // The user edits it: the real date, after A-1 was due, and A-1 carried: now it is overdue, in R2.
    const carried = retroYaml('platform', '2026-11-25', { reviews: [{ id: 'A-1', status: 'carried' }], actions: [{ id: 'A-2', due: FUTURE }] });
    workspace.update(TeamFile.fromText(R2, carried));
    results = workspace.lintTeams(['platform']);
    assert.deepStrictEqual(lineRules(results.get(CHARTER), 'retro-overdue'), []);
    assert.deepStrictEqual(lineRules(results.get(R2), 'action-overdue'), [`${lineOf(carried, 'id: A-1')} action-overdue`]);

    // And then A-1 reviewed as done.
    workspace.update(
      TeamFile.fromText(R2, retroYaml('platform', '2026-11-25', { reviews: [{ id: 'A-1', status: 'done' }], actions: [{ id: 'A-2', due: FUTURE }] })),
    );
    results = workspace.lintTeams(['platform']);
    assert.deepStrictEqual(lineRules(results.get(CHARTER), 'retro-overdue'), []);
    assert.deepStrictEqual(lineRules(results.get(R2), 'action-overdue'), [], 'A-1 is done now');
    assert.deepStrictEqual(lineRules(results.get(R2), 'previous-actions-not-reviewed'), []);

    // Removing it brings the old findings back.
    assert.deepStrictEqual(workspace.remove(R2), ['platform']);
    assert.deepStrictEqual(findings(workspace, CHARTER, 'retro-overdue'), ['9 retro-overdue']);
    assert.deepStrictEqual(findings(workspace, R1, 'action-overdue'), []);
  });

  it('a changed charter id makes its retros retro-unknown-team, and skips the checks that need the charter', () => {
    const retro = retroYaml('platform', '2026-11-30', { actions: [{ id: 'A-1', owner: 'alex', due: FUTURE, goal: 'G9' }] });
    const workspace = workspaceOf({ [CHARTER]: charterYaml('platform', { goals: ['G1'] }), [R3]: retro });
    assert.deepStrictEqual(findings(workspace, R3, 'retro-unknown-team'), []);
    assert.deepStrictEqual(findings(workspace, R3, 'owner-not-member'), [`${lineOf(retro, 'owner: alex')} owner-not-member`]);
    assert.deepStrictEqual(findings(workspace, R3, 'action-unknown-goal'), [`${lineOf(retro, 'goal: G9')} action-unknown-goal`]);

    const touched = workspace.update(TeamFile.fromText(CHARTER, charterYaml('platform-team', { goals: ['G1'] })));
    assert.deepStrictEqual([...touched].sort(), ['platform', 'platform-team']);
    const results = workspace.lintTeams(touched);
    assert.deepStrictEqual(lineRules(results.get(R3), 'retro-unknown-team'), ['3 retro-unknown-team']);
    assert.deepStrictEqual(lineRules(results.get(R3), 'owner-not-member'), []);
    assert.deepStrictEqual(lineRules(results.get(R3), 'action-unknown-goal'), []);

    workspace.update(TeamFile.fromText(CHARTER, charterYaml('platform', { goals: ['G1'] })));
    assert.deepStrictEqual(findings(workspace, R3, 'retro-unknown-team'), []);
  });

  it('"today" is an input: reconfiguring it re-runs the date checks', () => {
    const workspace = workspaceOf(
      {
        [CHARTER]: charterYaml('platform', { retrospectives: 'weekly' }),
        [R3]: retroYaml('platform', '2026-11-30', { actions: [{ id: 'A-1', due: '2026-12-07' }] }),
      },
      { today: '2026-12-07' },
    );
    assert.deepStrictEqual(findings(workspace, R3, 'action-overdue'), []);
    assert.deepStrictEqual(findings(workspace, CHARTER, 'retro-overdue'), [], '7 days, within 1.5 × weekly');
    workspace.reconfigure({ today: '2026-12-11' });
    // A-1 is past its date, but the team has not met since: the next retro takes it up.
    assert.deepStrictEqual(findings(workspace, R3, 'action-overdue'), []);
    assert.deepStrictEqual(findings(workspace, CHARTER, 'retro-overdue'), ['9 retro-overdue'], '11 days > 10.5');
  });

  it('a retro whose date cannot be read takes no part in the timeline', () => {
    const undated = '.team/retros/2026-11-16.retro.yaml';
    const undatedText = retroYaml('platform', '2026-11-31', { reviews: [{ id: 'A-1', status: 'done' }], actions: [{ id: 'A-2', due: '2026-11-01' }] });
    const workspace = workspaceOf({
      [CHARTER]: charterYaml('platform', { retrospectives: 'biweekly' }),
      [R1]: retroYaml('platform', '2026-11-02', { actions: [{ id: 'A-1', due: FUTURE }] }),
      [undated]: undatedText,
      [R3]: retroYaml('platform', '2026-11-30', { reviews: [] }),
    });
    const timeline = workspace.team('platform')!.timeline;
    assert.deepStrictEqual(
      timeline.retros.map((r) => r.path),
      [R1, R3],
    );
    assert.ok(!timeline.actions.has('A-2'), 'its actions are not tracked');
    assert.deepStrictEqual(
      timeline.open.map((a) => a.id),
      ['A-1'],
      'its review does not close A-1',
    );
    // The date itself is a schema error on the undated retro; no timeline finding lands on it.
    assert.deepStrictEqual(findings(workspace, undated, 'schema'), [`${lineOf(undatedText, 'date:')} schema`]);
    for (const rule of ['previous-actions-not-reviewed', 'action-overdue', 'action-carried-too-long'])
      assert.deepStrictEqual(findings(workspace, undated, rule), [], rule);
    assert.deepStrictEqual(findings(workspace, R3, 'previous-actions-not-reviewed'), ['5 previous-actions-not-reviewed'], 'only A-1');
    // It is still a retro of the team: it knows its charter.
    assert.deepStrictEqual(findings(workspace, undated, 'retro-unknown-team'), []);
  });
});
