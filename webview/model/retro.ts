/** The retrospective form: the header, the open actions to review, wins, the format's columns, actions, growth, decisions, change, the pulse. */
import type { ReviewField } from '../../src/core/format/membersAndActions.js';
import { PULSE_KEYS, pulseKey, stepOfPulseKey, type PulseStep } from '../../src/core/format/pulse.js';
import { STATUSES_WITH_REASON, type ReviewStatus } from '../../src/core/format/vocabulary.js';
import { stepName } from '../../src/core/insights/scoreWords.js';
import type { FormContext, YamlPath } from '../../src/shared/protocol.js';
import { COLUMNS, isRetroFormat, RETRO_FORMATS, REVIEW_STATUSES } from '../constants.js';
import { domId, pathKey } from '../paths.js';
import { reviewRows, type ReviewRow } from '../reviewList.js';
import { displayList, displayText, obj, typeOverText, type Data } from '../values.js';
import { at, capitalize, field, idLabel, multiChoices, objectList, section, selectChoices, textList, unique, type FieldSpec } from './builders.js';
import { pulseNode } from './pulse.js';
import type { Choice, ColumnsNode, FieldNode, FormModel, ItemNode, ListNode, ReviewRowNode, Widget } from './nodes.js';

/** The columns a retro's items show: the format's, then any other key items has. */
export function retroColumns(format: unknown, items: unknown): { key: string; extra: boolean }[] {
  const keys = Object.keys(obj(items));
  const own = isRetroFormat(format) ? COLUMNS[format] : [];
  return [...own.map((key) => ({ key, extra: false })), ...keys.filter((k) => !own.includes(k)).map((key) => ({ key, extra: own.length > 0 }))];
}

/** A field of a review row: at the row's entry once listed, keyed by the action so it keeps its text when the row becomes listed. */
function reviewField(
  row: ReviewRow,
  rowId: string,
  field: ReviewField,
  spec: { label: string; name: string; widget: Widget; value: string; placeholder?: string },
): FieldNode {
  return {
    type: 'field',
    path: row.path ? [...row.path, field] : null,
    id: row.path ? domId([...row.path, field]) : `${rowId}-${field}`,
    key: `${row.key}:${field}`,
    ...spec,
    write: { kind: 'review', actionId: row.id, field },
  };
}

/** One row of the review list: a status picker and a note for an open action (listed under previousActions or not yet). */
function reviewRow(row: ReviewRow): ReviewRowNode {
  const label = row.id !== '' ? `action ${row.id}` : `entry #${row.index + 1}`;
  const rowId = row.path ? domId(row.path) : `review-${domId([row.key]).slice('field-'.length)}`;
  const status = reviewField(row, rowId, 'status', {
    label: 'Status',
    name: `Status of ${label}`,
    widget: { kind: 'select', options: selectChoices(REVIEW_STATUSES, row.status, 'not a status', '(not reviewed)') },
    value: row.status,
  });
  const noteText = typeOverText(row.note);
  const note = reviewField(row, rowId, 'note', {
    label: 'Note',
    name: `Note on ${label}`,
    widget: { kind: 'text' },
    value: noteText.text,
    placeholder: noteText.hint ?? (STATUSES_WITH_REASON.includes(row.status as ReviewStatus) ? 'Why, or what happened' : undefined),
  });
  if (!row.path) note.disabledReason = 'Choose a status first';
  // A deferral says when the team picks the action up again; a date already in the file stays in view whatever the status.
  const deferred = row.path !== null && (row.status === 'deferred' || row.until !== '');
  const untilText = typeOverText(row.until);
  const until = deferred
    ? {
        ...reviewField(row, rowId, 'until', {
          label: 'Deferred until',
          name: `${capitalize(label)} deferred until`,
          widget: { kind: 'date' },
          value: untilText.text,
          placeholder: untilText.hint,
        }),
        validation: 'date' as const,
      }
    : undefined;
  return { type: 'row', row, id: rowId, anchor: row.path ? pathKey(row.path) : null, status, until, note };
}

/** The steps an action may improve: its pulse key as the value, the step's number and name as the label ("5. Empowered decisions"). */
const STEP_CHOICES: Choice[] = PULSE_KEYS.map((key) => ({ value: key, label: stepName(stepOfPulseKey(key)!) }));

/**
 * The step an action improves, picked by name. The file may name it by key or
 * by number (`step: 5`): both show as the same choice, and "(none)" removes the key.
 */
function stepField(path: YamlPath, owner: string, raw: unknown): FieldNode {
  const number = typeof raw === 'number' && Number.isInteger(raw) && raw >= 1 && raw <= 7 ? raw : undefined;
  const value = number !== undefined ? pulseKey(number as PulseStep) : displayText(raw);
  return {
    ...field(path, owner, { label: 'Step', widget: { kind: 'select', options: selectChoices(STEP_CHOICES, value, 'not a step') } }, value),
    write: { kind: 'step' },
  };
}

/**
 * The decisions the team took: each what was decided and who took it. A decision
 * is plain text or { text, by }; its text field reads either (and keeps its id
 * and key when the shape changes, so what is typed in it stays), and both
 * fields write through setDecision (intents.ts), which changes the shape.
 */
function decisionList(data: Data, names: readonly string[]): ListNode {
  const list = textList(data, ['decisions'], { label: 'Decisions the team took', noun: 'decision' });
  const raw = at(data, 'decisions');
  const items = list.items.map((item): ItemNode => {
    const value: unknown = Array.isArray(raw) ? raw[item.index] : undefined;
    const map = value !== null && typeof value === 'object' && !Array.isArray(value) ? obj(value) : undefined;
    const textKey = pathKey([...item.path, 'text']);
    const byKey = pathKey([...item.path, 'by']);
    const title = capitalize(item.label);
    const text: FieldNode = {
      ...field(map ? [...item.path, 'text'] : item.path, undefined, { label: 'Decision' }, map ? map.text : value),
      id: domId([...item.path, 'text']),
      key: textKey,
      name: title,
      write: { kind: 'decision', index: item.index, part: 'text', sibling: byKey },
    };
    const by: FieldNode = {
      ...field(
        [...item.path, 'by'],
        undefined,
        {
          label: 'Who decided',
          widget: { kind: 'suggest', suggestions: unique(['team', ...names]) },
          placeholder: "team, a member's name or a role",
        },
        map?.by,
      ),
      name: `Who decided ${item.label}`,
      write: { kind: 'decision', index: item.index, part: 'by', sibling: textKey },
    };
    return { ...item, inline: false, children: [text, by] };
  });
  return { ...list, items, add: { ...list.add, focus: 'text' } };
}

export function retroModel(data: Data, context: FormContext, subtitles?: Record<number, string>): FormModel {
  const names = unique(context.members);
  const f = (path: YamlPath, spec: FieldSpec) => field(path, undefined, spec, at(data, ...path));
  const member = (value: unknown) => ({ kind: 'select', options: selectChoices(names, displayText(value), 'not a member') }) as Widget;
  const goals: Choice[] = context.goals.map((g) => ({ value: g.id, label: g.title ? `${g.id} — ${g.title}` : g.id }));
  const format = data.format;

  const header = section({ key: 'header', title: 'Retrospective', anchors: [[]] }, subtitles, [
    f(['team'], {
      label: 'Team',
      required: true,
      widget: {
        kind: 'select',
        options: selectChoices(unique(context.teams), displayText(data.team), 'no charter has this id').filter(
          (o) => o.value !== '' || displayText(data.team) === '',
        ),
      },
    }),
    f(['date'], { label: 'Date', required: true, widget: { kind: 'date' } }),
    f(['format'], { label: 'Format', widget: { kind: 'select', options: selectChoices(RETRO_FORMATS, displayText(format), 'not a format') } }),
    f(['facilitator'], { label: 'Facilitator', widget: member(data.facilitator) }),
    f(['attendees'], { label: 'Attendees', widget: { kind: 'checks', options: multiChoices(names, displayList(data.attendees), 'not a member') } }),
  ]);

  const columns = retroColumns(format, data.items);
  const formatName = displayText(format);
  const columnsNode: ColumnsNode = {
    type: 'columns',
    path: ['items'],
    id: domId(['items']),
    canAddColumn: !isRetroFormat(format) || format === 'custom',
    lists: columns.map(({ key, extra }) => ({
      ...textList(data, ['items', key], { label: capitalize(key), noun: `${key} item` }),
      removableColumn: extra || !isRetroFormat(format) || format === 'custom' ? key : undefined,
      note: extra ? `not a column of ${formatName}` : undefined,
    })),
  };

  const sections = [
    header,
    section({ key: 'previous', title: 'Previous actions', step: 6 }, subtitles, [
      { type: 'review', path: ['previousActions'], id: domId(['previousActions']), rows: reviewRows(context.openActions, data.previousActions).map(reviewRow) },
    ]),
    section({ key: 'wins', title: 'Wins', step: 7 }, subtitles, [
      objectList(data, ['wins'], {
        label: 'Wins',
        noun: 'win',
        kind: 'wins',
        itemLabel: (_item, index) => `win ${index + 1}`,
        focus: 'text',
        fields: (item, p, label) => [
          field([...p, 'text'], label, { label: 'Win' }, item.text),
          field(
            [...p, 'who'],
            label,
            { label: 'Who to credit', widget: { kind: 'multi', options: multiChoices(names, displayList(item.who), 'not a member') } },
            item.who,
          ),
        ],
      }),
    ]),
    section({ key: 'items', title: 'Discussion' }, subtitles, [columnsNode]),
    section({ key: 'actions', title: 'Actions', step: 2 }, subtitles, [
      objectList(data, ['actions'], {
        label: 'Actions',
        noun: 'action',
        kind: 'actions',
        nextAction: context.nextActionId,
        itemLabel: idLabel('action'),
        focus: 'title',
        fields: (item, p, label) => [
          field([...p, 'id'], label, { label: 'Id' }, item.id),
          field([...p, 'title'], label, { label: 'Title' }, item.title),
          field([...p, 'owner'], label, { label: 'Owner', widget: member(item.owner) }, item.owner),
          field([...p, 'due'], label, { label: 'Due', widget: { kind: 'date' } }, item.due),
          field(
            [...p, 'goal'],
            label,
            { label: 'Goal', widget: { kind: 'select', options: selectChoices(goals, displayText(item.goal), 'not a goal of the charter') } },
            item.goal,
          ),
          stepField([...p, 'step'], label, item.step),
        ],
      }),
    ]),
    section({ key: 'growth', title: 'Growth', step: 3 }, subtitles, [
      objectList(data, ['growth'], {
        label: 'Growth',
        noun: 'growth note',
        kind: 'growth',
        itemLabel: (_item, index) => `growth note ${index + 1}`,
        focus: 'note',
        fields: (item, p, label) => [
          field([...p, 'who'], label, { label: 'Who', widget: member(item.who) }, item.who),
          field([...p, 'note'], label, { label: 'Note' }, item.note),
        ],
      }),
    ]),
    section({ key: 'decisions', title: 'Decisions', step: 5 }, subtitles, [decisionList(data, names)]),
    section({ key: 'change', title: 'Change', step: 4 }, subtitles, [
      textList(data, ['change'], { label: 'Change, and how leaders showed the way', noun: 'change' }),
    ]),
    section({ key: 'pulse', title: 'Pulse' }, subtitles, [pulseNode(data, subtitles)]),
  ];
  const date = displayText(data.date);
  return { kind: 'retro', title: date ? `Retrospective ${date}` : 'Retrospective', sections };
}
