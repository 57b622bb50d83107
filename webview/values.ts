/**
 * Between the file's values and the text in a control: what a field shows for
 * a value, and what value a field's text writes (or why it cannot yet).
 */
import { isOwnPlaceholder } from '../src/core/format/placeholders.js';
import { CADENCE_PATTERN, isRealDate, SLUG_PATTERN } from './constants.js';

/** What a text field shows for a value read from the file. */
export function displayText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return '';
}

/**
 * What a field one types in shows for a value: one of the project's own
 * placeholders (what templates, quick fixes and new items write for a person
 * to replace) shows as the field's greyed hint with the field itself empty, so
 * that typing replaces it rather than adding to it. Anything else, angle
 * brackets or not, is the user's own text and shows as it is.
 */
export function typeOverText(value: unknown): { text: string; hint?: string } {
  const text = displayText(value);
  return isOwnPlaceholder(text) ? { text: '', hint: text.trim() } : { text };
}

/** The strings of a list of names or ids (other entries are not something a picker can show). */
export function displayList(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const out: string[] = [];
  for (const item of value) {
    const text = displayText(item);
    if (text !== '') out.push(text);
  }
  return out;
}

export type Validation = 'date' | 'cadence' | 'slug' | 'count';

/** A count of people (a pulse's `responses`, a rating's count): a whole number, 0 or more. */
const COUNT_PATTERN = /^\d{1,6}$/;

/** The count a text says (spaces around it allowed), or undefined when it is not one. */
/** A YAML mapping as the form reads it. */
export type Data = Record<string, unknown>;

/** `value` when it is a mapping, else an empty one: the form reads what it can and shows the rest as empty. */
export function obj(value: unknown): Data {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Data) : {};
}

export function countOf(text: string): number | undefined {
  const trimmed = text.trim();
  return COUNT_PATTERN.test(trimmed) ? Number(trimmed) : undefined;
}

export type Parsed = { ok: true; value: string | null } | { ok: false; message: string };

/**
 * The value to write for a field's text. An empty field writes null (the key
 * stays, empty, which counts as missing). Text a field cannot hold is not
 * written: a wrong date or cadence, or an empty required field (a charter's id,
 * a retro's team and date) would be a schema error, and a file with schema
 * errors is read-only in the form: the user could not even finish typing.
 */
export function parseFieldText(text: string, validation?: Validation, required = false): Parsed {
  if (text === '') return required ? { ok: false, message: 'Not saved yet: this field is required' } : { ok: true, value: null };
  switch (validation) {
    case 'date':
      return isRealDate(text) ? { ok: true, value: text } : { ok: false, message: 'Not saved yet: a date as YYYY-MM-DD' };
    case 'cadence':
      return CADENCE_PATTERN.test(text)
        ? { ok: true, value: text }
        : { ok: false, message: 'Not saved yet: weekly, biweekly, monthly, quarterly, "every N days" or "every N weeks"' };
    case 'slug':
      return SLUG_PATTERN.test(text) ? { ok: true, value: text } : { ok: false, message: 'Not saved yet: lowercase letters, digits and -' };
    case 'count':
      return countOf(text) !== undefined ? { ok: true, value: text.trim() } : { ok: false, message: 'Not saved yet: a whole number of 0 or more' };
    default:
      return { ok: true, value: text };
  }
}

/** Turn a list of names on or off for one name, keeping the order and anything else in it. */
export function toggleName(list: readonly string[], name: string, on: boolean): string[] {
  if (on) return list.includes(name) ? [...list] : [...list, name];
  return list.filter((n) => n !== name);
}

/** Rows for a text area: enough for its text (about 60 characters a line), between 2 and 12. */
export function textRows(text: string, perLine = 60): number {
  const rows = text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / perLine)), 0);
  return Math.min(12, Math.max(2, rows));
}
