/** The charter form: a header, then one section per step of the checklist. */
import { written } from '../../src/core/format/placeholders.js';
import type { FormContext, YamlPath } from '../../src/shared/protocol.js';
import { CADENCES, GOAL_STATUSES, STEP_NAMES_CHARTER } from '../constants.js';
import { domId } from '../paths.js';
import { displayList, displayText, obj, type Data } from '../values.js';
import { at, field, idLabel, multiChoices, objectList, section, selectChoices, textList, unique, type FieldSpec } from './builders.js';
import type { Choice, FormModel, Widget } from './nodes.js';

const CADENCE_WIDGET: Widget = { kind: 'suggest', suggestions: [...CADENCES, 'every 2 weeks', 'every 4 weeks'] };
const FRAMEWORKS = ['consent', 'consensus', 'advice', 'DACI', 'RACI', 'lead-decides'];

export function charterModel(data: Data, context: FormContext, subtitles?: Record<number, string>): FormModel {
  const memberList = at(data, 'members');
  // A member whose name is still a placeholder is nobody to pick yet.
  const names = Array.isArray(memberList) ? unique(memberList.map((m) => written(obj(m).name) ?? '')) : unique(context.members);
  const prioritiesRaw = at(data, 'priorities');
  const priorities: Choice[] = Array.isArray(prioritiesRaw)
    ? prioritiesRaw
        .map((p) => ({ id: displayText(obj(p).id), title: displayText(obj(p).title) }))
        .filter((p) => p.id !== '')
        .map((p) => ({ value: p.id, label: p.title ? `${p.id} — ${p.title}` : p.id }))
    : context.priorities.map((p) => ({ value: p.id, label: p.title ? `${p.id} — ${p.title}` : p.id }));
  const f = (path: YamlPath, spec: FieldSpec, owner?: string) => field(path, owner, spec, at(data, ...path));
  const step = (n: number, anchors: YamlPath[], children: Parameters<typeof section>[2]) =>
    section({ key: `step-${n}`, step: n, title: STEP_NAMES_CHARTER[n], anchors }, subtitles, children);

  const header = section({ key: 'header', title: 'Charter', anchors: [[]] }, subtitles, [
    f(['team'], { label: 'Team name' }),
    f(['id'], { label: 'Team id', validation: 'slug', required: true, placeholder: 'lowercase-id' }),
    f(['updated'], { label: 'Updated', widget: { kind: 'date' } }),
  ]);

  const goals = objectList(data, ['goals'], {
    label: 'Goals',
    noun: 'goal',
    kind: 'goals',
    itemLabel: idLabel('goal'),
    focus: 'title',
    fields: (item, p, label) => [
      field([...p, 'id'], label, { label: 'Id' }, item.id),
      field([...p, 'title'], label, { label: 'Title' }, item.title),
      field(
        [...p, 'supports'],
        label,
        { label: 'Supports priorities', widget: { kind: 'multi', options: multiChoices(priorities, displayList(item.supports), 'not a priority') } },
        item.supports,
      ),
      field(
        [...p, 'owner'],
        label,
        { label: 'Owner', widget: { kind: 'select', options: selectChoices(names, displayText(item.owner), 'not a member') } },
        item.owner,
      ),
      field([...p, 'measure'], label, { label: 'Measure', placeholder: 'How will the team know it is done?' }, item.measure),
      field([...p, 'due'], label, { label: 'Due', widget: { kind: 'date' } }, item.due),
      field(
        [...p, 'status'],
        label,
        { label: 'Status', widget: { kind: 'select', options: selectChoices(GOAL_STATUSES, displayText(item.status), 'not a status') } },
        item.status,
      ),
    ],
  });

  const step1 = step(
    1,
    [['purpose']],
    [
      f(['purpose', 'statement'], {
        label: 'Purpose statement',
        widget: { kind: 'text', multiline: true },
        placeholder: 'Why the team exists, in one sentence',
      }),
      f(['purpose', 'why'], { label: 'Why it matters', widget: { kind: 'text', multiline: true } }),
      {
        type: 'group',
        path: ['scope'],
        id: domId(['scope']),
        label: 'Scope',
        children: [
          textList(data, ['scope', 'in'], { label: 'In scope: what the team owns', noun: 'in-scope item' }),
          textList(data, ['scope', 'out'], { label: 'Out of scope: what it does not', noun: 'out-of-scope item' }),
        ],
      },
      objectList(data, ['priorities'], {
        label: 'Priorities',
        noun: 'priority',
        kind: 'priorities',
        itemLabel: idLabel('priority'),
        focus: 'title',
        fields: (item, p, label) => [field([...p, 'id'], label, { label: 'Id' }, item.id), field([...p, 'title'], label, { label: 'Title' }, item.title)],
      }),
      goals,
      {
        type: 'group',
        path: ['commitment'],
        id: domId(['commitment']),
        label: 'Commitment',
        children: [
          f(['commitment', 'agreed'], { label: 'Agreed on', widget: { kind: 'date' } }),
          f(['commitment', 'by'], {
            label: 'Agreed by',
            widget: { kind: 'checks', options: multiChoices(names, displayList(at(data, 'commitment', 'by')), 'not a member') },
          }),
        ],
      },
    ],
  );

  const step2 = step(
    2,
    [['accountability']],
    [
      f(['accountability', 'checkIns'], { label: 'Progress check-ins', widget: CADENCE_WIDGET, validation: 'cadence', placeholder: 'weekly' }),
      f(['accountability', 'progressReview'], { label: 'Progress review', widget: CADENCE_WIDGET, validation: 'cadence', placeholder: 'biweekly' }),
      f(['accountability', 'tracking'], { label: 'Tracking', placeholder: 'Where progress is visible, e.g. a board URL' }),
    ],
  );

  const step3 = step(
    3,
    [],
    [
      objectList(data, ['members'], {
        label: 'Members',
        noun: 'member',
        kind: 'members',
        itemLabel: (item, index) => {
          const name = displayText(item.name);
          return name !== '' ? `member ${name}` : `member #${index + 1}`;
        },
        focus: 'name',
        fields: (item, p, label) => {
          const growth = obj(item.growth);
          const self = displayText(item.name);
          return [
            field([...p, 'name'], label, { label: 'Name' }, item.name),
            field([...p, 'role'], label, { label: 'Role' }, item.role),
            {
              type: 'group',
              path: [...p, 'growth'],
              id: domId([...p, 'growth']),
              label: 'Growth',
              children: [
                field([...p, 'growth', 'aspiration'], label, { label: 'Aspiration' }, growth.aspiration),
                field([...p, 'growth', 'stretch'], label, { label: 'Stretch', placeholder: 'Stretch work under way' }, growth.stretch),
                field(
                  [...p, 'growth', 'coach'],
                  label,
                  { label: 'Coach', widget: { kind: 'suggest', suggestions: names.filter((n) => n !== self) } },
                  growth.coach,
                ),
              ],
            },
          ];
        },
      }),
    ],
  );

  const step4 = step(
    4,
    [],
    [
      objectList(data, ['change'], {
        label: 'Change under way',
        noun: 'change',
        kind: 'change',
        itemLabel: (_item, index) => `change ${index + 1}`,
        focus: 'title',
        fields: (item, p, label) => [
          field([...p, 'title'], label, { label: 'Title' }, item.title),
          field([...p, 'why'], label, { label: 'Why', widget: { kind: 'text', multiline: true } }, item.why),
          textList(data, [...p, 'leaderCommitments'], { label: 'Leader commitments', noun: 'leader commitment', of: label }),
          field([...p, 'communication'], label, { label: 'Communication', widget: { kind: 'text', multiline: true } }, item.communication),
        ],
      }),
    ],
  );

  const step5 = step(
    5,
    [['decisions']],
    [
      f(['decisions', 'framework'], { label: 'Framework', widget: { kind: 'suggest', suggestions: FRAMEWORKS } }),
      objectList(data, ['decisions', 'rights'], {
        label: 'Decision rights',
        noun: 'decision right',
        kind: 'rights',
        itemLabel: (_item, index) => `decision right ${index + 1}`,
        focus: 'area',
        fields: (item, p, label) => [
          field([...p, 'area'], label, { label: 'Area' }, item.area),
          field([...p, 'decidedBy'], label, { label: 'Decided by', widget: { kind: 'suggest', suggestions: unique(['team', ...names]) } }, item.decidedBy),
          field(
            [...p, 'consulted'],
            label,
            { label: 'Consulted', widget: { kind: 'multi', options: multiChoices(names, displayList(item.consulted), 'not a member') } },
            item.consulted,
          ),
        ],
      }),
    ],
  );

  const step6 = step(
    6,
    [['feedback']],
    [
      f(['feedback', 'retrospectives'], { label: 'Retrospectives', widget: CADENCE_WIDGET, validation: 'cadence', placeholder: 'biweekly' }),
      f(['feedback', 'oneOnOnes'], { label: 'One-on-ones', widget: CADENCE_WIDGET, validation: 'cadence', placeholder: 'weekly' }),
      textList(data, ['feedback', 'norms'], { label: 'Norms', noun: 'norm' }),
    ],
  );

  const step7 = step(
    7,
    [['recognition']],
    [
      textList(data, ['recognition', 'practices'], { label: 'Practices', noun: 'practice' }),
      textList(data, ['recognition', 'milestones'], { label: 'Milestones', noun: 'milestone' }),
    ],
  );

  const team = displayText(data.team) || displayText(data.id);
  return { kind: 'charter', title: team ? `Charter: ${team}` : 'Charter', sections: [header, step1, step2, step3, step4, step5, step6, step7] };
}
