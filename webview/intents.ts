/**
 * What the user does in the form, as YAML edits on the document. Pure: every
 * function takes the data it needs and returns the edit (or why there is none).
 */
import { isOwnPlaceholder, NEW_ITEM_PLACEHOLDERS } from '../src/core/format/placeholders.js';
import { isPulseCounts, PULSE_KEYS, ratingCount, stepOfPulseKey, type PulseCounts, type PulseKey } from '../src/core/format/pulse.js';
import { nextActionId } from '../src/core/format/membersAndActions.js';
import type { YamlEdit, YamlPath } from '../src/shared/protocol.js';
import { countOf, displayText, obj } from './values.js';

/** Set a field; null clears it (an empty field). */
export function setField(path: YamlPath, value: string | null): YamlEdit {
  return { op: 'set', path, value };
}

/** Set a list of names or ids; an empty list clears the field. */
export function setList(path: YamlPath, list: readonly string[]): YamlEdit {
  return { op: 'set', path, value: list.length > 0 ? [...list] : null };
}

/**
 * Tick or untick one name of a list (commitment.by, attendees, supports…).
 * Ticking appends, so quick ticks add up. Unticking deletes that one entry when
 * the list shown is the document's own (`settled`: no edit of it still on its
 * way), which keeps the list's style and comments; otherwise it sets the whole
 * list as shown, which stays right whatever the document looks like by then.
 */
export function tickName(path: YamlPath, shown: readonly string[], name: string, on: boolean, settled = false): YamlEdit | undefined {
  if (on) return shown.includes(name) ? undefined : { op: 'append', path, value: name };
  const index = shown.indexOf(name);
  if (index < 0) return undefined;
  if (settled && shown.lastIndexOf(name) === index && shown.length > 1) return { op: 'delete', path: [...path, index] };
  return setList(
    path,
    shown.filter((n) => n !== name),
  );
}

export function addItem(listPath: YamlPath, value: unknown): YamlEdit {
  return { op: 'append', path: listPath, value };
}

export function removeItem(listPath: YamlPath, index: number): YamlEdit {
  return { op: 'delete', path: [...listPath, index] };
}

/** Move an item one place up (-1) or down (+1); undefined at either end of the list. */
export function moveItem(listPath: YamlPath, length: number, index: number, by: -1 | 1): YamlEdit | undefined {
  const to = index + by;
  if (index < 0 || index >= length || to < 0 || to >= length) return undefined;
  return { op: 'move', path: listPath, from: index, to };
}

function ids(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  return list
    .map((item) => (item && typeof item === 'object' && !Array.isArray(item) ? displayText((item as Record<string, unknown>).id) : ''))
    .filter((id) => id !== '');
}

/** The next id after the highest `<prefix><n>` in the list: G1, G2… → G3. */
export function nextId(prefix: string, list: unknown): string {
  let max = 0;
  const pattern = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\d+)$`);
  for (const id of ids(list)) {
    const match = pattern.exec(id);
    if (match) max = Math.max(max, Number(match[1]));
  }
  return `${prefix}${max + 1}`;
}

/** What a new item of each list starts as: the least that names it. */
export type ListKind = 'priorities' | 'goals' | 'members' | 'change' | 'rights' | 'wins' | 'actions' | 'growth' | 'text';

/**
 * A new item: its id where the list has ids, and the project's angle-bracket
 * placeholders (core/placeholders.ts) for what names it, so that an item left
 * as it was added is reported as a placeholder and passes no check. A list of
 * plain text starts with an empty item: blank is missing too.
 */
export function newItem(kind: ListKind, list: unknown, nextAction = 'A-1'): unknown {
  switch (kind) {
    case 'priorities':
      return { id: nextId('P', list), ...NEW_ITEM_PLACEHOLDERS.priorities };
    case 'goals':
      return { id: nextId('G', list), ...NEW_ITEM_PLACEHOLDERS.goals };
    case 'actions':
      // The team's next id (from the extension), moved past any id this retro already uses.
      return { id: nextActionId(ids(list), nextAction), ...NEW_ITEM_PLACEHOLDERS.actions };
    case 'text':
      return '';
    default:
      return { ...NEW_ITEM_PLACEHOLDERS[kind] };
  }
}

/**
 * A retro action's `step` from its picker: `value` is a pulse key, or null for
 * "none", which removes the key (an absent step and an empty one mean the same,
 * and the key says nothing). `current` is the value in the file: a file that
 * names steps by number (`step: 5`) gets numbers, any other gets the key.
 */
export function setStep(path: YamlPath, current: unknown, value: string | null): YamlEdit {
  if (value === null) return { op: 'delete', path };
  const step = stepOfPulseKey(value);
  return { op: 'set', path, value: typeof current === 'number' && step !== undefined ? step : value };
}

/** The two fields of a retro decision: what was decided, and who took it. */
export type DecisionPart = 'text' | 'by';

/**
 * Edit one part of the retro decision `index` (docs/format.md: plain text, or
 * `{ text, by }`). A decision in plain text stays plain text until someone says
 * who took it; then it becomes `{ text, by }`. Clearing who took it removes
 * `by` and nothing else: the decision stays `{ text }` (which the rules read as
 * they read plain text), so the edit takes away only the line that was cleared,
 * and the comments on the decision stay. `other` is the item's other field as
 * the form shows it (its text may not have come back from the extension yet),
 * so that a change of shape carries both. Undefined when there is nothing to do.
 */
export function setDecision(decisions: unknown, index: number, part: DecisionPart, value: string | null, other?: string): YamlEdit | undefined {
  if (!Array.isArray(decisions) || index >= decisions.length) return undefined;
  const item: unknown = decisions[index];
  const path: YamlPath = ['decisions', index];
  const isMap = item !== null && typeof item === 'object' && !Array.isArray(item);
  if (isMap) {
    if (part === 'text') return setField([...path, 'text'], value);
    if (value !== null) return setField([...path, 'by'], value);
    return 'by' in item ? { op: 'delete', path: [...path, 'by'] } : undefined;
  }
  if (part === 'text') {
    // Who took it is typed already, on its way: the text goes with it.
    return other ? { op: 'set', path, value: { text: value ?? '', by: other } } : setField(path, value);
  }
  if (value === null) return undefined;
  // The text as shown, unless it shows empty only because the file holds one of the project's placeholders.
  const written = displayText(item);
  const text = other !== undefined && (other !== '' || !isOwnPlaceholder(written)) ? other : written;
  return { op: 'set', path, value: { text, by: value } };
}

/** Reviewing an open action is the core's edit: the Teams view's Mark Done writes the same one. */
export { reviewAction } from '../src/core/format/membersAndActions.js';

export type ColumnResult = { ok: true; edit: YamlEdit } | { ok: false; message: string };

/** Add a column to a custom retro's items. */
export function addColumn(items: unknown, name: string): ColumnResult {
  const key = name.trim();
  if (key === '') return { ok: false, message: 'Name the column first' };
  const existing = Object.keys(obj(items));
  if (existing.includes(key)) return { ok: false, message: `There is already a column "${key}"` };
  return { ok: true, edit: { op: 'set', path: ['items', key], value: [] } };
}

export function removeColumn(key: string): YamlEdit {
  return { op: 'delete', path: ['items', key] };
}

/** A count the form will not write, and why: the field keeps its text with this note ("Not saved yet: …"). */
export interface HeldBack {
  note: string;
}

/** A count's text as a number; empty (or not a count: its own field says so) is 0. */
function typedCount(text: string | undefined): number {
  return (text !== undefined ? countOf(text) : undefined) ?? 0;
}

/** Ratings over `responses` would be a schema error, and a file with schema errors is read-only in the form. */
function overResponses(pulse: Record<string, unknown>, key: PulseKey, counts: PulseCounts): HeldBack | undefined {
  const responses = pulse.responses;
  const sum = ratingCount(counts);
  if (typeof responses !== 'number' || sum <= responses) return undefined;
  return { note: `Not saved yet: that makes ${sum} ratings of step ${stepOfPulseKey(key)}, more than the ${responses} responses` };
}

/**
 * How many people gave step `key` the rating `index + 1` (null: the field was
 * emptied, which is 0). A list in the file changes at that one count; a step
 * not rated yet gets its list, from the five counts as typed (`typed`, so that
 * quick counts in a new list add up), and the `pulse` block comes with the first
 * count that is not 0. Undefined when nothing changes.
 */
export function setPulseCount(
  pulse: unknown,
  key: PulseKey,
  index: number,
  value: string | null,
  typed: readonly (string | undefined)[],
): YamlEdit | HeldBack | undefined {
  const fields = obj(pulse);
  const count = value === null ? 0 : Number(value);
  const list = fields[key];
  if (isPulseCounts(list)) {
    const counts = list.map((c, i) => (i === index ? count : c)) as unknown as PulseCounts;
    if (list[index] === count) return undefined;
    return overResponses(fields, key, counts) ?? { op: 'set', path: ['pulse', key, index], value: count };
  }
  const counts = [0, 1, 2, 3, 4].map((i) => (i === index ? count : typedCount(typed[i]))) as unknown as PulseCounts;
  if (ratingCount(counts) === 0) return undefined;
  return overResponses(fields, key, counts) ?? { op: 'set', path: ['pulse', key], value: [...counts] };
}

/** `responses` (null clears it); never fewer than the people who rated a step. */
export function setResponses(pulse: unknown, value: string | null): YamlEdit | HeldBack | undefined {
  const fields = obj(pulse);
  if (value === null) return fields.responses === undefined ? undefined : setField(['pulse', 'responses'], null);
  const responses = Number(value);
  for (const key of PULSE_KEYS) {
    const list = fields[key];
    if (isPulseCounts(list) && ratingCount(list) > responses)
      return { note: `Not saved yet: ${ratingCount(list)} people rated step ${stepOfPulseKey(key)}, more than ${responses}` };
  }
  return { op: 'set', path: ['pulse', 'responses'], value: responses };
}
