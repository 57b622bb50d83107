/**
 * The form as data: which sections, fields and lists a charter or a retro
 * shows, with their paths, labels, pickers and current values. The rendering
 * code turns this tree into elements and nothing else; everything here is pure
 * and tested (placement of findings, labels of buttons, picker options, ids).
 */
import type { FormContext, YamlPath } from '../src/shared/protocol.js';
import { CADENCES, COLUMNS, GOAL_STATUSES, isRetroFormat, RETRO_FORMATS, REVIEW_STATUSES, STEP_NAMES_CHARTER } from './constants.js';
import { newItem, type ListKind } from './intents.js';
import { domId, pathKey } from './paths.js';
import { reviewRows, type ReviewRow } from './reviewList.js';
import { displayList, displayText, type Validation } from './values.js';

export interface Choice {
  value: string;
  label: string;
  /** A value in the file that is not one of the choices (shown so it is not lost). */
  unknown?: boolean;
}

export type Widget =
  | { kind: 'text'; multiline?: boolean }
  | { kind: 'date' }
  /** Free text with suggestions (a datalist). */
  | { kind: 'suggest'; suggestions: string[] }
  | { kind: 'select'; options: Choice[] }
  /** Several of the choices (drawn as one checkbox per choice, so the choice is visible at a glance). */
  | { kind: 'multi'; options: Choice[] }
  /** One checkbox per choice: who agreed, who attended. */
  | { kind: 'checks'; options: Choice[] };

/** How a field's new value becomes an edit (see intents.ts). */
export type FieldWrite = { kind: 'set' } | { kind: 'ticks' } | { kind: 'review'; actionId: string; field: 'status' | 'note' };

export interface FieldNode {
  type: 'field';
  /** Where the value lives; null for a review row whose action is not listed yet. */
  path: YamlPath | null;
  /** DOM id of the control. */
  id: string;
  /** Key for echo tracking (FieldSync). */
  key: string;
  /** Visible label, e.g. "Owner". */
  label: string;
  /** Accessible name, e.g. "Owner of goal G2". */
  name: string;
  widget: Widget;
  value: string | string[];
  validation?: Validation;
  /** The schema requires it: it is never written empty. */
  required?: boolean;
  write: FieldWrite;
  /** The field cannot be used yet, and why (e.g. a review note before a status). */
  disabledReason?: string;
  placeholder?: string;
}

export interface ItemNode {
  type: 'item';
  path: YamlPath;
  id: string;
  index: number;
  /** e.g. "goal G2", used in button labels: "Remove goal G2". */
  label: string;
  /** A list of texts: the item is one field, with its buttons beside it. */
  inline: boolean;
  children: FormNode[];
}

export interface ListNode {
  type: 'list';
  path: YamlPath;
  id: string;
  label: string;
  /** e.g. "goal": "Add goal". */
  noun: string;
  items: ItemNode[];
  /** The value a new item starts with, and the field of it to focus once it exists. */
  add: { value: unknown; focus?: string };
  /** A custom retro column can be removed as a whole. */
  removableColumn?: string;
  note?: string;
}

export interface GroupNode {
  type: 'group';
  path: YamlPath;
  id: string;
  label: string;
  children: FormNode[];
}

export interface ReviewRowNode {
  row: ReviewRow;
  /** DOM id of the row (its path's id once listed). */
  id: string;
  /** Anchor key of the row when listed. */
  anchor: string | null;
  status: FieldNode;
  note: FieldNode;
}

export interface ReviewNode {
  type: 'review';
  path: YamlPath;
  id: string;
  rows: ReviewRowNode[];
}

export interface ColumnsNode {
  type: 'columns';
  path: YamlPath;
  id: string;
  lists: ListNode[];
  /** Offer an "add column" field (custom format, or no format). */
  canAddColumn: boolean;
}

export type FormNode = FieldNode | ItemNode | ListNode | GroupNode | ReviewNode | ColumnsNode;

export interface SectionNode {
  type: 'section';
  /** Stable key for collapsed state, e.g. "step-1". */
  key: string;
  step?: number;
  title: string;
  /** The checklist step's own title, e.g. "Goals aligned with purpose". */
  subtitle?: string;
  /** Paths whose findings show at the top of this section (they have no field of their own). */
  anchors: YamlPath[];
  children: FormNode[];
}

export interface FormModel {
  kind: 'charter' | 'retro';
  title: string;
  sections: SectionNode[];
}

type Data = Record<string, unknown>;

function obj(value: unknown): Data {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Data) : {};
}

function at(data: unknown, ...keys: (string | number)[]): unknown {
  let value: unknown = data;
  for (const key of keys) {
    if (typeof key === 'number') value = Array.isArray(value) ? value[key] : undefined;
    else value = obj(value)[key];
  }
  return value;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Options of a single-choice picker: "(none)", the choices, and the current value when it is not one of them. */
export function selectChoices(choices: readonly (string | Choice)[], current: string, unknownNote = 'not in the list', none = '(none)'): Choice[] {
  const list: Choice[] = choices.map((c) => (typeof c === 'string' ? { value: c, label: c } : c));
  const out: Choice[] = [{ value: '', label: none }, ...list];
  if (current !== '' && !list.some((c) => c.value === current)) out.push({ value: current, label: `${current} (${unknownNote})`, unknown: true });
  return out;
}

/** Options of a multiple-choice picker: the choices, then any current values that are not among them. */
export function multiChoices(choices: readonly (string | Choice)[], current: readonly string[], unknownNote = 'not in the list'): Choice[] {
  const list: Choice[] = choices.map((c) => (typeof c === 'string' ? { value: c, label: c } : c));
  const out = [...list];
  for (const value of current) {
    if (!out.some((c) => c.value === value)) out.push({ value, label: `${value} (${unknownNote})`, unknown: true });
  }
  return out;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values.filter((v) => v !== ''))];
}

interface FieldSpec {
  label: string;
  required?: boolean;
  widget?: Widget;
  validation?: Validation;
  placeholder?: string;
}

function field(path: YamlPath, owner: string | undefined, spec: FieldSpec, raw: unknown): FieldNode {
  const widget = spec.widget ?? { kind: 'text' };
  const list = widget.kind === 'multi' || widget.kind === 'checks';
  return {
    type: 'field',
    path,
    id: domId(path),
    key: pathKey(path),
    label: spec.label,
    name: owner ? `${spec.label} of ${owner}` : spec.label,
    widget,
    value: list ? displayList(raw) : displayText(raw),
    validation: spec.validation ?? (widget.kind === 'date' ? 'date' : undefined),
    required: spec.required,
    write: list ? { kind: 'ticks' } : { kind: 'set' },
    placeholder: spec.placeholder,
  };
}

/** A list of maps: each item a group of fields. */
function objectList(
  data: Data,
  path: YamlPath,
  opts: { label: string; noun: string; kind: ListKind; itemLabel: (item: Data, index: number) => string; fields: (item: Data, itemPath: YamlPath, label: string, index: number) => FormNode[]; focus: string; nextAction?: string },
): ListNode {
  const raw = at(data, ...path);
  const items: ItemNode[] = [];
  if (Array.isArray(raw)) {
    raw.forEach((value, index) => {
      const item = obj(value);
      const itemPath = [...path, index];
      const label = opts.itemLabel(item, index);
      items.push({ type: 'item', path: itemPath, id: domId(itemPath), index, label, inline: false, children: opts.fields(item, itemPath, label, index) });
    });
  }
  return { type: 'list', path, id: domId(path), label: opts.label, noun: opts.noun, items, add: { value: newItem(opts.kind, raw, opts.nextAction), focus: opts.focus } };
}

/** A list of texts: each item one field. */
function textList(data: Data, path: YamlPath, opts: { label: string; noun: string; of?: string }): ListNode {
  const raw = at(data, ...path);
  const items: ItemNode[] = [];
  if (Array.isArray(raw)) {
    raw.forEach((value, index) => {
      const itemPath = [...path, index];
      const label = `${opts.noun} ${index + 1}${opts.of ? ` of ${opts.of}` : ''}`;
      const f = field(itemPath, undefined, { label: capitalize(label) }, value);
      items.push({ type: 'item', path: itemPath, id: domId(itemPath), index, label, inline: true, children: [f] });
    });
  }
  return { type: 'list', path, id: domId(path), label: opts.label, noun: opts.noun, items, add: { value: newItem('text', raw) } };
}

const idLabel = (noun: string) => (item: Data, index: number) => {
  const id = displayText(item.id);
  return id !== '' ? `${noun} ${id}` : `${noun} #${index + 1}`;
};

function stepTitle(subtitles: Record<number, string> | undefined, step: number): string | undefined {
  return subtitles?.[step];
}

const CADENCE_WIDGET: Widget = { kind: 'suggest', suggestions: [...CADENCES, 'every 2 weeks', 'every 4 weeks'] };
const FRAMEWORKS = ['consent', 'consensus', 'advice', 'DACI', 'RACI', 'lead-decides'];

export function charterModel(data: Data, context: FormContext, subtitles?: Record<number, string>): FormModel {
  const memberList = at(data, 'members');
  const names = Array.isArray(memberList) ? unique(memberList.map((m) => displayText(obj(m).name))) : unique(context.members);
  const prioritiesRaw = at(data, 'priorities');
  const priorities: Choice[] = Array.isArray(prioritiesRaw)
    ? prioritiesRaw
        .map((p) => ({ id: displayText(obj(p).id), title: displayText(obj(p).title) }))
        .filter((p) => p.id !== '')
        .map((p) => ({ value: p.id, label: p.title ? `${p.id} — ${p.title}` : p.id }))
    : context.priorities.map((p) => ({ value: p.id, label: p.title ? `${p.id} — ${p.title}` : p.id }));
  const f = (path: YamlPath, spec: FieldSpec, owner?: string) => field(path, owner, spec, at(data, ...path));

  const header: SectionNode = {
    type: 'section',
    key: 'header',
    title: 'Charter',
    anchors: [[]],
    children: [
      f(['team'], { label: 'Team name' }),
      f(['id'], { label: 'Team id', validation: 'slug', required: true, placeholder: 'lowercase-id' }),
      f(['updated'], { label: 'Updated', widget: { kind: 'date' } }),
    ],
  };

  const goals = objectList(data, ['goals'], {
    label: 'Goals',
    noun: 'goal',
    kind: 'goals',
    itemLabel: idLabel('goal'),
    focus: 'title',
    fields: (item, p, label) => [
      field([...p, 'id'], label, { label: 'Id' }, item.id),
      field([...p, 'title'], label, { label: 'Title' }, item.title),
      field([...p, 'supports'], label, { label: 'Supports priorities', widget: { kind: 'multi', options: multiChoices(priorities, displayList(item.supports), 'not a priority') } }, item.supports),
      field([...p, 'owner'], label, { label: 'Owner', widget: { kind: 'select', options: selectChoices(names, displayText(item.owner), 'not a member') } }, item.owner),
      field([...p, 'measure'], label, { label: 'Measure', placeholder: 'How will the team know it is done?' }, item.measure),
      field([...p, 'due'], label, { label: 'Due', widget: { kind: 'date' } }, item.due),
      field([...p, 'status'], label, { label: 'Status', widget: { kind: 'select', options: selectChoices(GOAL_STATUSES, displayText(item.status), 'not a status') } }, item.status),
    ],
  });

  const step1: SectionNode = {
    type: 'section',
    key: 'step-1',
    step: 1,
    title: STEP_NAMES_CHARTER[1],
    subtitle: stepTitle(subtitles, 1),
    anchors: [['purpose']],
    children: [
      f(['purpose', 'statement'], { label: 'Purpose statement', widget: { kind: 'text', multiline: true }, placeholder: 'Why the team exists, in one sentence' }),
      f(['purpose', 'why'], { label: 'Why it matters', widget: { kind: 'text', multiline: true } }),
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
          f(['commitment', 'by'], { label: 'Agreed by', widget: { kind: 'checks', options: multiChoices(names, displayList(at(data, 'commitment', 'by')), 'not a member') } }),
        ],
      },
    ],
  };

  const step2: SectionNode = {
    type: 'section',
    key: 'step-2',
    step: 2,
    title: STEP_NAMES_CHARTER[2],
    subtitle: stepTitle(subtitles, 2),
    anchors: [['accountability']],
    children: [
      f(['accountability', 'checkIns'], { label: 'One-on-one check-ins', widget: CADENCE_WIDGET, validation: 'cadence', placeholder: 'weekly' }),
      f(['accountability', 'progressReview'], { label: 'Progress review', widget: CADENCE_WIDGET, validation: 'cadence', placeholder: 'biweekly' }),
      f(['accountability', 'tracking'], { label: 'Tracking', placeholder: 'Where progress is visible, e.g. a board URL' }),
    ],
  };

  const step3: SectionNode = {
    type: 'section',
    key: 'step-3',
    step: 3,
    title: STEP_NAMES_CHARTER[3],
    subtitle: stepTitle(subtitles, 3),
    anchors: [],
    children: [
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
                field([...p, 'growth', 'coach'], label, { label: 'Coach', widget: { kind: 'suggest', suggestions: names.filter((n) => n !== self) } }, growth.coach),
              ],
            },
          ];
        },
      }),
    ],
  };

  const step4: SectionNode = {
    type: 'section',
    key: 'step-4',
    step: 4,
    title: STEP_NAMES_CHARTER[4],
    subtitle: stepTitle(subtitles, 4),
    anchors: [],
    children: [
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
  };

  const step5: SectionNode = {
    type: 'section',
    key: 'step-5',
    step: 5,
    title: STEP_NAMES_CHARTER[5],
    subtitle: stepTitle(subtitles, 5),
    anchors: [['decisions']],
    children: [
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
          field([...p, 'consulted'], label, { label: 'Consulted', widget: { kind: 'multi', options: multiChoices(names, displayList(item.consulted), 'not a member') } }, item.consulted),
        ],
      }),
    ],
  };

  const step6: SectionNode = {
    type: 'section',
    key: 'step-6',
    step: 6,
    title: STEP_NAMES_CHARTER[6],
    subtitle: stepTitle(subtitles, 6),
    anchors: [['feedback']],
    children: [
      f(['feedback', 'retrospectives'], { label: 'Retrospectives', widget: CADENCE_WIDGET, validation: 'cadence', placeholder: 'biweekly' }),
      f(['feedback', 'oneOnOnes'], { label: 'One-on-ones', widget: CADENCE_WIDGET, validation: 'cadence', placeholder: 'weekly' }),
      textList(data, ['feedback', 'norms'], { label: 'Norms', noun: 'norm' }),
    ],
  };

  const step7: SectionNode = {
    type: 'section',
    key: 'step-7',
    step: 7,
    title: STEP_NAMES_CHARTER[7],
    subtitle: stepTitle(subtitles, 7),
    anchors: [['recognition']],
    children: [textList(data, ['recognition', 'practices'], { label: 'Practices', noun: 'practice' }), textList(data, ['recognition', 'milestones'], { label: 'Milestones', noun: 'milestone' })],
  };

  const team = displayText(data.team) || displayText(data.id);
  return { kind: 'charter', title: team ? `Charter: ${team}` : 'Charter', sections: [header, step1, step2, step3, step4, step5, step6, step7] };
}

/** The columns a retro's items show: the format's, then any other key items has. */
export function retroColumns(format: unknown, items: unknown): { key: string; extra: boolean }[] {
  const keys = Object.keys(obj(items));
  const own = isRetroFormat(format) ? COLUMNS[format] : [];
  return [...own.map((key) => ({ key, extra: false })), ...keys.filter((k) => !own.includes(k)).map((key) => ({ key, extra: own.length > 0 }))];
}

export function retroModel(data: Data, context: FormContext, subtitles?: Record<number, string>): FormModel {
  const names = unique(context.members);
  const f = (path: YamlPath, spec: FieldSpec) => field(path, undefined, spec, at(data, ...path));
  const member = (value: unknown) => ({ kind: 'select', options: selectChoices(names, displayText(value), 'not a member') }) as Widget;
  const goals: Choice[] = context.goals.map((g) => ({ value: g.id, label: g.title ? `${g.id} — ${g.title}` : g.id }));
  const format = data.format;

  const header: SectionNode = {
    type: 'section',
    key: 'header',
    title: 'Retrospective',
    anchors: [[]],
    children: [
      f(['team'], { label: 'Team', required: true, widget: { kind: 'select', options: selectChoices(unique(context.teams), displayText(data.team), 'no charter has this id').filter((o) => o.value !== '' || displayText(data.team) === '') } }),
      f(['date'], { label: 'Date', required: true, widget: { kind: 'date' } }),
      f(['format'], { label: 'Format', widget: { kind: 'select', options: selectChoices(RETRO_FORMATS, displayText(format), 'not a format') } }),
      f(['facilitator'], { label: 'Facilitator', widget: member(data.facilitator) }),
      f(['attendees'], { label: 'Attendees', widget: { kind: 'checks', options: multiChoices(names, displayList(data.attendees), 'not a member') } }),
    ],
  };

  const rows = reviewRows(context.openActions, data.previousActions).map((row): ReviewRowNode => {
    const label = row.id !== '' ? `action ${row.id}` : `entry #${row.index + 1}`;
    const rowId = row.path ? domId(row.path) : `review-${domId([row.key]).slice('field-'.length)}`;
    const status: FieldNode = {
      type: 'field',
      path: row.path ? [...row.path, 'status'] : null,
      id: row.path ? domId([...row.path, 'status']) : `${rowId}-status`,
      key: `${row.key}:status`,
      label: 'Status',
      name: `Status of ${label}`,
      widget: { kind: 'select', options: selectChoices(REVIEW_STATUSES, row.status, 'not a status', '(not reviewed)') },
      value: row.status,
      write: { kind: 'review', actionId: row.id, field: 'status' },
    };
    const note: FieldNode = {
      type: 'field',
      path: row.path ? [...row.path, 'note'] : null,
      id: row.path ? domId([...row.path, 'note']) : `${rowId}-note`,
      key: `${row.key}:note`,
      label: 'Note',
      name: `Note on ${label}`,
      widget: { kind: 'text' },
      value: row.note,
      write: { kind: 'review', actionId: row.id, field: 'note' },
      disabledReason: row.path ? undefined : 'Choose a status first',
    };
    return { row, id: rowId, anchor: row.path ? pathKey(row.path) : null, status, note };
  });

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

  const section = (key: string, title: string, step: number | undefined, children: FormNode[]): SectionNode => ({ type: 'section', key, step, title, subtitle: step !== undefined ? stepTitle(subtitles, step) : undefined, anchors: [], children });
  const sections: SectionNode[] = [
    header,
    section('previous', 'Previous actions', 6, [{ type: 'review', path: ['previousActions'], id: domId(['previousActions']), rows }]),
    section('wins', 'Wins', 7, [
      objectList(data, ['wins'], {
        label: 'Wins',
        noun: 'win',
        kind: 'wins',
        itemLabel: (_item, index) => `win ${index + 1}`,
        focus: 'text',
        fields: (item, p, label) => [
          field([...p, 'text'], label, { label: 'Win' }, item.text),
          field([...p, 'who'], label, { label: 'Who to credit', widget: { kind: 'multi', options: multiChoices(names, displayList(item.who), 'not a member') } }, item.who),
        ],
      }),
    ]),
    section('items', 'Discussion', undefined, [columnsNode]),
    section('actions', 'Actions', 2, [
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
          field([...p, 'goal'], label, { label: 'Goal', widget: { kind: 'select', options: selectChoices(goals, displayText(item.goal), 'not a goal of the charter') } }, item.goal),
        ],
      }),
    ]),
    section('growth', 'Growth', 3, [
      objectList(data, ['growth'], {
        label: 'Growth',
        noun: 'growth note',
        kind: 'growth',
        itemLabel: (_item, index) => `growth note ${index + 1}`,
        focus: 'note',
        fields: (item, p, label) => [field([...p, 'who'], label, { label: 'Who', widget: member(item.who) }, item.who), field([...p, 'note'], label, { label: 'Note' }, item.note)],
      }),
    ]),
    section('decisions', 'Decisions', 5, [textList(data, ['decisions'], { label: 'Decisions the team took', noun: 'decision' })]),
    section('change', 'Change', 4, [textList(data, ['change'], { label: 'Change, and how leaders showed the way', noun: 'change' })]),
  ];
  const date = displayText(data.date);
  return { kind: 'retro', title: date ? `Retrospective ${date}` : 'Retrospective', sections };
}

export function formModel(kind: 'charter' | 'retro', data: Data, context: FormContext, subtitles?: Record<number, string>): FormModel {
  return kind === 'charter' ? charterModel(data, context, subtitles) : retroModel(data, context, subtitles);
}

/** Where a finding can be shown: the element id, and the section it is in. */
export interface Anchor {
  id: string;
  section: string;
  /** The element takes keyboard focus itself (a field) rather than being a container. */
  field: boolean;
}

/** Every path of the form that has an element, keyed by pathKey. */
export function anchorsOf(model: FormModel): Map<string, Anchor> {
  const anchors = new Map<string, Anchor>();
  const add = (path: YamlPath, id: string, section: string, isField: boolean) => {
    const key = pathKey(path);
    if (!anchors.has(key)) anchors.set(key, { id, section, field: isField });
  };
  const walk = (node: FormNode, section: string) => {
    switch (node.type) {
      case 'field':
        if (node.path) add(node.path, node.id, section, true);
        return;
      case 'item':
        if (!node.inline) add(node.path, node.id, section, false);
        for (const child of node.children) walk(child, section);
        return;
      case 'list':
        add(node.path, node.id, section, false);
        for (const item of node.items) walk(item, section);
        return;
      case 'group':
        add(node.path, node.id, section, false);
        for (const child of node.children) walk(child, section);
        return;
      case 'review':
        add(node.path, node.id, section, false);
        for (const row of node.rows) {
          if (row.row.path) add(row.row.path, row.id, section, false);
          walk(row.status, section);
          walk(row.note, section);
        }
        return;
      case 'columns':
        add(node.path, node.id, section, false);
        for (const list of node.lists) walk(list, section);
        return;
    }
  };
  for (const section of model.sections) {
    for (const path of section.anchors) add(path, domId(path), section.key, false);
    for (const child of section.children) walk(child, section.key);
  }
  return anchors;
}

/** Every field of the model, in form order. */
export function fieldsOf(model: FormModel): FieldNode[] {
  const out: FieldNode[] = [];
  const walk = (node: FormNode) => {
    switch (node.type) {
      case 'field':
        out.push(node);
        return;
      case 'item':
      case 'group':
        node.children.forEach(walk);
        return;
      case 'list':
        node.items.forEach(walk);
        return;
      case 'review':
        for (const row of node.rows) out.push(row.status, row.note);
        return;
      case 'columns':
        node.lists.forEach(walk);
        return;
    }
  };
  for (const section of model.sections) section.children.forEach(walk);
  return out;
}
