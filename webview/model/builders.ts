/**
 * Building blocks of the charter and retro forms: a section, a field, a list of
 * maps, a list of texts, and the choices of a picker. Pure: each takes the data
 * it shows and returns nodes.
 */
import type { YamlPath } from '../../src/shared/protocol.js';
import { newItem, type ListKind } from '../intents.js';
import { domId, pathKey } from '../paths.js';
import { isOwnPlaceholder } from '../../src/core/format/placeholders.js';
import { displayList, displayText, obj, typeOverText, type Data, type Validation } from '../values.js';
import type { Choice, FieldNode, FormNode, ItemNode, ListNode, SectionNode, Widget } from './nodes.js';

export function at(data: unknown, ...keys: (string | number)[]): unknown {
  let value: unknown = data;
  for (const key of keys) {
    if (typeof key === 'number') value = Array.isArray(value) ? value[key] : undefined;
    else value = obj(value)[key];
  }
  return value;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function unique(values: readonly string[]): string[] {
  return [...new Set(values.filter((v) => v !== ''))];
}

/** Options of a single-choice picker: "(none)", the choices, and the current value when it is not one of them. */
export function selectChoices(choices: readonly (string | Choice)[], current: string, unknownNote = 'not in the list', none = '(none)'): Choice[] {
  const list: Choice[] = choices.map((c) => (typeof c === 'string' ? { value: c, label: c } : c));
  const out: Choice[] = [{ value: '', label: none }, ...list];
  if (current !== '' && !list.some((c) => c.value === current))
    out.push({ value: current, label: `${current} (${isOwnPlaceholder(current) ? 'to fill in' : unknownNote})`, unknown: true });
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

/** A section of the form. Its subtitle is the checklist step's own title, when it belongs to a step. */
export function section(
  spec: { key: string; title: string; step?: number; anchors?: YamlPath[] },
  subtitles: Record<number, string> | undefined,
  children: FormNode[],
): SectionNode {
  return {
    type: 'section',
    key: spec.key,
    step: spec.step,
    title: spec.title,
    subtitle: spec.step !== undefined ? subtitles?.[spec.step] : undefined,
    anchors: spec.anchors ?? [],
    children,
  };
}

export interface FieldSpec {
  label: string;
  required?: boolean;
  widget?: Widget;
  validation?: Validation;
  placeholder?: string;
}

/** A field at `path` showing `raw`; `owner` names what it belongs to in its accessible name ("Owner of goal G2"). */
export function field(path: YamlPath, owner: string | undefined, spec: FieldSpec, raw: unknown): FieldNode {
  const widget = spec.widget ?? { kind: 'text' };
  const list = widget.kind === 'multi' || widget.kind === 'checks';
  const typed = list || widget.kind === 'select' ? undefined : typeOverText(raw);
  return {
    type: 'field',
    path,
    id: domId(path),
    key: pathKey(path),
    label: spec.label,
    name: owner ? `${spec.label} of ${owner}` : spec.label,
    widget,
    value: list ? displayList(raw) : (typed?.text ?? displayText(raw)),
    validation: spec.validation ?? (widget.kind === 'date' ? 'date' : undefined),
    required: spec.required,
    write: list ? { kind: 'ticks' } : { kind: 'set' },
    placeholder: typed?.hint ?? spec.placeholder,
  };
}

/** A list of maps: each item a group of fields. */
export function objectList(
  data: Data,
  path: YamlPath,
  opts: {
    label: string;
    noun: string;
    kind: ListKind;
    itemLabel: (item: Data, index: number) => string;
    fields: (item: Data, itemPath: YamlPath, label: string, index: number) => FormNode[];
    focus: string;
    nextAction?: string;
  },
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
  return {
    type: 'list',
    path,
    id: domId(path),
    label: opts.label,
    noun: opts.noun,
    items,
    add: { value: newItem(opts.kind, raw, opts.nextAction), focus: opts.focus },
  };
}

/** A list of texts: each item one field. */
export function textList(data: Data, path: YamlPath, opts: { label: string; noun: string; of?: string }): ListNode {
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

/** "goal G2", or "goal #3" for an item without an id. */
export const idLabel = (noun: string) => (item: Data, index: number) => {
  const id = displayText(item.id);
  return id !== '' ? `${noun} ${id}` : `${noun} #${index + 1}`;
};
