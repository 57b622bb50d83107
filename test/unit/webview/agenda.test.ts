/**
 * The retro form's Agenda section (webview/agenda.ts, src/extension/formAgenda.ts):
 * which items it shows for the team's latest retro, which edit each makes, and that
 * an item leaves once its edit is in the file: the agenda worked out again from the
 * edited files, as the extension does after every change, on a team in the middle of
 * its retro (test/e2e/ui/agendaTeam.ts), with every comment of the file kept.
 */
import { strict as assert } from 'node:assert';
import { parse } from 'yaml';
import type { YamlEdit } from '../../../src/core/base/types.js';
import { DEFAULT_CONFIG } from '../../../src/core/engine/config.js';
import { PLACEHOLDER } from '../../../src/core/format/placeholders.js';
import { REVIEW_STATUSES } from '../../../src/core/format/vocabulary.js';
import { teamAgenda } from '../../../src/core/insights/agenda.js';
import { agendaSections } from '../../../src/core/report/agenda.js';
import { STEP_ACTION_FIX_TITLE } from '../../../src/core/rules/stepActionFix.js';
import { applyYamlEdits } from '../../../src/core/yaml/yamlEdit.js';
import { formAgenda } from '../../../src/extension/formAgenda.js';
import { parseToWebview, type FormAgenda } from '../../../src/shared/protocol.js';
import {
  AGENDA_BODY_ID,
  agendaId,
  agendaView,
  creditEdit,
  creditTargets,
  facilitatorEdit,
  focusAfter,
  newActionPath,
  pulseActionEdits,
  reviewEdits,
  reviewFieldsFor,
  startDraft,
  type ActionItem,
  type AgendaItem,
  type AgendaView,
  type CreditItem,
  type PulseItem,
} from '../../../webview/agenda.js';
import { MEETING_COMMENTS, meetingRetroPath, webTeam } from '../../e2e/ui/agendaTeam.js';
import { workspaceOf } from '../helpers.js';

const TODAY = '2026-11-30';
const MEETING = meetingRetroPath(TODAY);
const configFor = () => DEFAULT_CONFIG;

/** The agenda the extension sends with the meeting retro's state, from the team's files as they are. */
function agendaOf(files: Record<string, string>, path = MEETING): FormAgenda | undefined {
  const workspace = workspaceOf(files, { today: TODAY, configFor });
  return formAgenda(workspace, path, workspace.team('web'), configFor);
}

/** What the Agenda section shows for the files: the extension's agenda, then what the meeting retro has not handled. */
function shown(files: Record<string, string>): AgendaView {
  return agendaView(agendaOf(files)!, parse(files[MEETING]) as Record<string, unknown>);
}

function keys(view: AgendaView): string[] {
  return view.groups.flatMap((group) => group.items.map((item) => item.key));
}

function item<K extends AgendaItem['kind']>(view: AgendaView, key: string): Extract<AgendaItem, { kind: K }> {
  const found = view.groups.flatMap((group) => group.items).find((i) => i.key === key);
  assert.ok(found, `${key} is on the agenda`);
  return found as Extract<AgendaItem, { kind: K }>;
}

/** The team's files with the meeting retro edited. */
function edited(files: Record<string, string>, edits: readonly YamlEdit[]): Record<string, string> {
  return { ...files, [MEETING]: applyYamlEdits(files[MEETING], edits) };
}

function assertCommentsKept(text: string): void {
  for (const comment of MEETING_COMMENTS) assert.match(text, comment, 'every comment is kept');
}

describe("the retro form's Agenda section: what the extension sends", () => {
  const files = webTeam(TODAY);
  const agenda = agendaOf(files)!;

  it("sends the agenda only with the team's latest retro, where the meeting runs", () => {
    assert.ok(agenda);
    assert.equal(agendaOf(files, '.team/web.charter.yaml'), undefined, 'not with the charter');
    assert.equal(agendaOf(files, '.team/retros/2026-11-16.retro.yaml'), undefined, 'not with an older retro');
  });

  it("is the core's agenda, in the core's words (the CLI's agenda and Prepare Retrospective say the same)", () => {
    const core = teamAgenda(workspaceOf(files, { today: TODAY, configFor }), 'web', configFor)!;
    const [actions, pulse, , uncredited, facilitator] = agendaSections(core);
    assert.deepEqual(agenda.headings, { actions: actions.heading, pulse: pulse.heading, uncredited: uncredited.heading, facilitator: facilitator.heading });
    assert.deepEqual(
      agenda.actions.map((a) => [a.id, a.text, a.overdue, a.decide]),
      core.actions.map((a, i) => [a.id, actions.items[i], a.overdue, a.decide]),
    );
    assert.deepEqual(
      agenda.actions.map((a) => a.id),
      ['A-1', 'A-3'],
    );
    assert.match(agenda.actions[0].text, /^A-1 "Lazy-load the product images" \(lee, due 2026-10-19\): open since 2026-10-05, in 5 retros; overdue/);
    assert.deepEqual(
      agenda.pulse.map((p) => [p.step, p.key, p.text]),
      [[5, 'decisions', pulse.items[0]]],
    );
    assert.deepEqual(agenda.uncredited, ['tom']);
    assert.equal(agenda.facilitator, 'tom');
    assert.equal(agenda.date, TODAY);
  });

  it("gives each pulse item the core's own fix: pulse-not-acted's action with step set and a placeholder title", () => {
    assert.deepEqual(agenda.pulse[0].fix, {
      title: STEP_ACTION_FIX_TITLE,
      edits: [{ op: 'append', path: ['actions'], value: { id: 'A-4', title: PLACEHOLDER.actionTitle, owner: PLACEHOLDER.owner, step: 'decisions' } }],
    });
  });

  it('passes the webview’s own check of a state', () => {
    const state = {
      version: 1,
      fileName: `${TODAY}.retro.yaml`,
      kind: 'retro',
      data: parse(files[MEETING]),
      problem: null,
      schemaErrors: [],
      findings: [],
      steps: [],
      overall: null,
      context: { members: [], goals: [], priorities: [], teams: [], openActions: [], nextActionId: 'A-4' },
      agenda,
    };
    assert.deepEqual(parseToWebview({ type: 'state', state }), { type: 'state', state });
    // Texts are as long as the team's files make them: a long title must not cost the form its state.
    const long = { ...agenda, actions: Array.from({ length: 600 }, (_, i) => ({ id: `A-${i}`, text: 'x'.repeat(20_000), overdue: false, decide: false })) };
    assert.ok(parseToWebview({ type: 'state', state: { ...state, agenda: long } }), 'many actions with long titles pass');
    const hostile = { ...agenda, pulse: [{ ...agenda.pulse[0], fix: { title: 'x', edits: [{ op: 'replaceAll', path: ['a'] }] } }] };
    assert.equal(parseToWebview({ type: 'state', state: { ...state, agenda: hostile } }), undefined, 'a fix that is not an edit is refused');
  });
});

describe("the retro form's Agenda section: which items show", () => {
  const files = webTeam(TODAY);

  it('lists every item of the four lists the meeting acts on, in the agenda’s order', () => {
    const view = shown(files);
    assert.deepEqual(
      view.groups.map((g) => g.kind),
      ['action', 'pulse', 'credit', 'facilitator'],
    );
    assert.deepEqual(keys(view), ['action:A-1', 'action:A-3', 'pulse:decisions', 'credit:tom', 'facilitator:tom']);
    assert.equal(view.remaining, 5);
  });

  const agenda: FormAgenda = {
    date: TODAY,
    headings: { actions: 'Open actions', pulse: 'Pulse', uncredited: 'Uncredited', facilitator: 'Facilitator' },
    actions: [
      { id: 'A-1', text: 'A-1', overdue: true, decide: true },
      { id: 'A-5', text: 'A-5', overdue: false, decide: false },
      { id: 'A-6', text: 'A-6', overdue: false, decide: false },
    ],
    pulse: [
      { step: 3, key: 'growth', text: 'growth' },
      { step: 5, key: 'decisions', text: 'decisions' },
      { step: 7, key: 'recognition', text: 'recognition' },
    ],
    uncredited: ['amy', 'tom', 'Zoe'],
    facilitator: 'tom',
  };

  it('leaves out an open action this retro reviews (any status), or created here; keeps one listed without a status', () => {
    for (const status of REVIEW_STATUSES) {
      const view = agendaView(agenda, { previousActions: [{ id: 'A-1', status }, { id: 'A-6' }], actions: [{ id: 'A-5', title: 'New here' }] });
      assert.deepEqual(
        keys(view).filter((k) => k.startsWith('action:')),
        ['action:A-6'],
        status,
      );
    }
    // A note typed in Previous actions before a status is where the review starts from; a placeholder is not.
    const view = agendaView(agenda, { previousActions: [{ id: 'A-6', note: 'Half done', until: '<YYYY-MM-DD>' }] });
    const a6 = item<'action'>(view, 'action:A-6');
    assert.deepEqual(startDraft(a6), { status: '', until: '', note: 'Half done' });
  });

  it('leaves out a pulse step once an action of this retro aims at it, by key or by number; placeholders and all', () => {
    const view = agendaView(agenda, {
      actions: [
        { id: 'A-7', title: PLACEHOLDER.actionTitle, step: 'decisions' },
        { id: 'A-8', title: 'Thank people by name', step: 7 },
        { id: 'A-9', title: 'Not a step', step: 'growthh' },
      ],
    });
    assert.deepEqual(
      keys(view).filter((k) => k.startsWith('pulse:')),
      ['pulse:growth'],
    );
  });

  it('leaves out a member a win of this retro credits, by name or as the team they attended with', () => {
    const view = agendaView(agenda, {
      attendees: ['Zoe', 'lee'],
      wins: [
        { text: 'Shipped', who: ['tom', '<name>'] },
        { text: 'Sale week', who: ['team'] },
      ],
    });
    // amy did not attend: a win of the whole team does not credit her.
    assert.deepEqual(
      keys(view).filter((k) => k.startsWith('credit:')),
      ['credit:amy'],
    );
  });

  it('leaves out the facilitator once the retro names one (anyone); a placeholder names nobody', () => {
    assert.ok(!keys(agendaView(agenda, { facilitator: 'dana' })).includes('facilitator:tom'));
    assert.ok(keys(agendaView(agenda, { facilitator: PLACEHOLDER.facilitator })).includes('facilitator:tom'));
    assert.ok(!keys(agendaView({ ...agenda, facilitator: null }, {})).some((k) => k.startsWith('facilitator:')));
  });

  it('shows no list that has nothing left, and nothing at all once all is handled', () => {
    const view = agendaView(agenda, {
      facilitator: 'tom',
      attendees: ['amy', 'tom', 'Zoe'],
      wins: [{ text: 'All of us', who: ['everyone'] }],
      previousActions: [
        { id: 'A-1', status: 'done' },
        { id: 'A-5', status: 'dropped', note: 'No longer needed' },
        { id: 'A-6', status: 'deferred', until: '2027-01-10', note: 'After the freeze' },
      ],
      actions: [
        { id: 'A-7', step: 'growth' },
        { id: 'A-8', step: 'decisions' },
        { id: 'A-9', step: 'recognition' },
      ],
    });
    assert.deepEqual(view, { groups: [], remaining: 0 });
  });
});

describe("the retro form's Agenda section: the edit of each item", () => {
  const action = (id: string, note = '', until = ''): ActionItem => ({
    kind: 'action',
    key: `action:${id}`,
    id,
    text: id,
    overdue: false,
    decide: false,
    until,
    note,
  });

  it('a status that needs nothing else is recorded at once: appended when the retro does not list the action, set when it does', () => {
    for (const status of ['done', 'in-progress', 'carried']) {
      assert.deepEqual(reviewFieldsFor(status), { until: false, note: false });
      assert.deepEqual(reviewEdits({}, 'A-1', { status, until: '', note: '' }), {
        ok: true,
        edits: [{ op: 'append', path: ['previousActions'], value: { id: 'A-1', status } }],
      });
      assert.deepEqual(reviewEdits({ previousActions: [{ id: 'A-0', status: 'done' }, { id: 'A-1' }] }, 'A-1', { status, until: '', note: 'ignored' }), {
        ok: true,
        edits: [{ op: 'set', path: ['previousActions', 1, 'status'], value: status }],
      });
    }
  });

  it('dropped and blocked need a note, deferred a note and a real date: not recorded without them', () => {
    for (const status of ['dropped', 'blocked']) {
      assert.deepEqual(reviewFieldsFor(status), { until: false, note: true });
      assert.deepEqual(reviewEdits({}, 'A-1', { status, until: '', note: '  ' }), {
        ok: false,
        problems: [{ field: 'note', message: `Say why it is ${status}` }],
      });
      assert.deepEqual(reviewEdits({ previousActions: [{ id: 'A-1' }] }, 'A-1', { status, until: '', note: ' The vendor left ' }), {
        ok: true,
        edits: [
          { op: 'set', path: ['previousActions', 0, 'status'], value: status },
          { op: 'set', path: ['previousActions', 0, 'note'], value: 'The vendor left' },
        ],
      });
    }
    assert.deepEqual(reviewFieldsFor('deferred'), { until: true, note: true });
    assert.deepEqual(reviewEdits({}, 'A-1', { status: 'deferred', until: '', note: '' }), {
      ok: false,
      problems: [
        { field: 'until', message: 'Say until when (YYYY-MM-DD)' },
        { field: 'note', message: 'Say why it is deferred' },
      ],
    });
    assert.deepEqual(reviewEdits({}, 'A-1', { status: 'deferred', until: '2027-02-30', note: 'x' }), {
      ok: false,
      problems: [{ field: 'until', message: 'Not a date: write it as YYYY-MM-DD' }],
    });
    assert.deepEqual(reviewEdits({}, 'A-1', { status: 'deferred', until: '2027-01-10', note: 'After the freeze' }), {
      ok: true,
      edits: [{ op: 'append', path: ['previousActions'], value: { id: 'A-1', status: 'deferred', until: '2027-01-10', note: 'After the freeze' } }],
    });
    assert.deepEqual(reviewEdits({}, 'A-1', { status: '', until: '', note: '' }), {
      ok: false,
      problems: [{ field: 'status', message: 'Pick a status first' }],
    });
    assert.equal(startDraft(action('A-1', 'kept')).note, 'kept');
  });

  it("adds the core's action for a pulse step, its id moved past any id the retro uses by now", () => {
    const fix = {
      title: STEP_ACTION_FIX_TITLE,
      edits: [{ op: 'append', path: ['actions'], value: { id: 'A-4', title: '<t>', step: 'decisions' } }],
    } as PulseItem['fix'];
    const pulse: PulseItem = { kind: 'pulse', key: 'pulse:decisions', step: 5, pulseKey: 'decisions', text: '', fix };
    assert.deepEqual(pulseActionEdits(pulse, {}), fix!.edits);
    assert.deepEqual(pulseActionEdits(pulse, { actions: [{ id: 'A-4' }, { id: 'A-6' }] }), [
      { op: 'append', path: ['actions'], value: { id: 'A-7', title: '<t>', step: 'decisions' } },
    ]);
    assert.deepEqual(newActionPath({ actions: [{ id: 'A-4' }, { id: 'A-6' }] }), ['actions', 2]);
    assert.equal(pulseActionEdits({ ...pulse, fix: undefined }, {}), undefined);
  });

  it('credits a member in a new win (a placeholder text to type over) or in one of the retro’s wins', () => {
    const data = { wins: [{ text: 'Shipped', who: ['dana'] }, { text: PLACEHOLDER.winText }, { text: 'Alone', who: 'lee' }, { text: 'Empty', who: '' }] };
    assert.deepEqual(creditEdit(data, 'tom', 'new'), { op: 'append', path: ['wins'], value: { text: PLACEHOLDER.winText, who: ['tom'] } });
    assert.deepEqual(creditEdit(data, 'tom', '0'), { op: 'append', path: ['wins', 0, 'who'], value: 'tom' });
    assert.deepEqual(creditEdit(data, 'tom', '1'), { op: 'append', path: ['wins', 1, 'who'], value: 'tom' });
    assert.deepEqual(creditEdit(data, 'tom', '2'), { op: 'set', path: ['wins', 2, 'who'], value: ['lee', 'tom'] });
    assert.deepEqual(creditEdit(data, 'tom', '3'), { op: 'set', path: ['wins', 3, 'who'], value: ['tom'] });
    assert.equal(creditEdit(data, 'tom', '4'), undefined);
    assert.equal(creditEdit(data, 'tom', 'x'), undefined);
    assert.deepEqual(creditTargets(data), [
      { value: 'new', label: 'A new win' },
      { value: '0', label: 'Win 1: Shipped' },
      { value: '1', label: 'Win 2' },
      { value: '2', label: 'Win 3: Alone' },
      { value: '3', label: 'Win 4: Empty' },
    ]);
  });

  it('sets the facilitator', () => {
    assert.deepEqual(facilitatorEdit('tom'), { op: 'set', path: ['facilitator'], value: 'tom' });
  });

  it('moves the focus on to the next item once one is handled, else the one before, else the section', () => {
    const view = shown(webTeam(TODAY));
    const first = (i: AgendaItem) => agendaId(i.key, 'go');
    assert.deepEqual(focusAfter(view, 'pulse:decisions', first), [
      first(item(view, 'credit:tom')),
      first(item(view, 'facilitator:tom')),
      first(item(view, 'action:A-3')),
      first(item(view, 'action:A-1')),
      AGENDA_BODY_ID,
    ]);
    assert.equal(agendaId('credit:Zoë & co', 'do'), 'agenda-credit_3a_Zo_eb__20__26__20_co--do', 'any name makes a selector-safe id');
  });
});

describe("the retro form's Agenda section: a handled item leaves, as the meeting goes", () => {
  it('reviews A-1 as done, A-3 as deferred, adds the action for the low step, credits tom, sets the facilitator: each leaves, comments kept', () => {
    let files = webTeam(TODAY);
    const data = () => parse(files[MEETING]) as Record<string, unknown>;
    const handle = (edits: readonly YamlEdit[], leaves: string) => {
      const before = keys(shown(files));
      assert.ok(before.includes(leaves), `${leaves} is on the agenda before`);
      files = edited(files, edits);
      assertCommentsKept(files[MEETING]);
      assert.deepEqual(
        keys(shown(files)),
        before.filter((k) => k !== leaves),
        `only ${leaves} leaves`,
      );
    };

    const a1 = reviewEdits(data(), 'A-1', { status: 'done', until: '', note: '' });
    assert.ok(a1.ok);
    handle(a1.edits, 'action:A-1');
    // Done closes it: the core's agenda drops it too.
    assert.deepEqual(
      agendaOf(files)!.actions.map((a) => a.id),
      ['A-3'],
    );

    const a3 = reviewEdits(data(), 'A-3', { status: 'deferred', until: '2027-01-11', note: 'The vendor answers in January' });
    assert.ok(a3.ok);
    handle(a3.edits, 'action:A-3');

    const pulse = item<'pulse'>(shown(files), 'pulse:decisions');
    handle(pulseActionEdits(pulse, data())!, 'pulse:decisions');

    const tom = item<'credit'>(shown(files), 'credit:tom') as CreditItem;
    handle([creditEdit(data(), tom.name, 'new')!], 'credit:tom');
    // recognition-unbalanced no longer reports tom: the core's agenda drops him too.
    assert.deepEqual(agendaOf(files)!.uncredited, []);

    handle([facilitatorEdit('tom')], 'facilitator:tom');
    assert.deepEqual(shown(files), { groups: [], remaining: 0 });

    assert.deepEqual(parse(files[MEETING]).previousActions, [
      { id: 'A-1', status: 'done' },
      { id: 'A-3', status: 'deferred', until: '2027-01-11', note: 'The vendor answers in January' },
    ]);
    assert.deepEqual(parse(files[MEETING]).actions, [{ id: 'A-4', title: PLACEHOLDER.actionTitle, owner: PLACEHOLDER.owner, step: 'decisions' }]);
    assert.deepEqual(parse(files[MEETING]).wins, [{ text: PLACEHOLDER.winText, who: ['tom'] }]);
    assert.equal(parse(files[MEETING]).facilitator, 'tom');
    assert.match(files[MEETING], /^ {2}- id: A-1 {3}# carried since the first retro\n {4}status: done\n/m);
  });
});
