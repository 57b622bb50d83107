/**
 * Placeholders count as missing (docs/rules.md "Placeholders"): text left for a
 * person to replace is not written. One predicate for the rules, the schemas
 * and the insights, and the placeholder texts every writer of this project
 * uses (templates, quick fixes, the form's new items). Pure and without
 * dependencies, so the form webview bundles it too.
 */

/** The usual fillers, compared trimmed and without case. */
export const FILLERS: readonly string[] = [
  'tbd',
  'tba',
  'tbc',
  'todo',
  'to do',
  'fixme',
  'xxx',
  'n/a',
  'na',
  'none',
  '-',
  '--',
  '?',
  '...',
  '…',
  'placeholder',
];

/**
 * What earlier versions of this project's quick fixes wrote for a person to
 * type over, before they wrote angle brackets: a file filled by an old Fix All
 * is not taken for written. Only sentences that cannot be a team's own words
 * are here; values such as "weekly" or "consent" are real choices.
 */
const FORMER_PLACEHOLDERS: readonly string[] = [
  'why this team exists, in one sentence',
  'why this purpose matters',
  'how the team will know this is done',
  'where they want to grow',
  'stretch work under way',
  'why this change is worth it',
  'what the lead will do first',
  'how and how often the change is communicated',
  'area of decisions',
  'a norm for giving feedback',
  'what the team will do',
  'what went well',
  'https://',
  'name',
];

const FOLDED = new Set([...FILLERS, ...FORMER_PLACEHOLDERS]);

/**
 * Length and first character (folded) of every filler and former placeholder:
 * text that matches none is not one, and is not copied and lowered to find out
 * (ids, names and owners are short, and are read on every keystroke).
 */
const SHAPES = new Set([...FOLDED].map((text) => shape(text.length, text.charCodeAt(0))));

function shape(length: number, first: number): number {
  // ASCII letters fold to lower case; no filler starts with another letter that has a case.
  return length * 0x10000 + (first >= 65 && first <= 90 ? first + 32 : first);
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 160;
}

/** Text that is blank, a filler, or wholly in angle brackets. It runs on every field a rule reads: no copy unless it may be a filler. */
export function isPlaceholderText(text: string): boolean {
  let start = 0;
  let end = text.length - 1;
  while (start <= end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end))) end--;
  if (start > end) return true;
  if (end > start && text.charCodeAt(start) === 60 /* < */ && text.charCodeAt(end) === 62 /* > */) return true;
  return SHAPES.has(shape(end - start + 1, text.charCodeAt(start))) && FOLDED.has(text.slice(start, end + 1).toLowerCase());
}

/**
 * A value that says nothing yet: absent, empty, placeholder text, a list whose
 * every item is a placeholder, or a map whose every value is (an item's `id`
 * aside: it names the item, the rest says what it is).
 */
export function isPlaceholder(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return isPlaceholderText(value);
  if (Array.isArray(value)) return value.every(isPlaceholder);
  if (typeof value === 'object') {
    for (const key in value) if (key !== 'id' && !isPlaceholder((value as Record<string, unknown>)[key])) return false;
    return true;
  }
  return false;
}

/** How much of a value is written: nothing at all, only placeholders, or something real. */
export type Presence = 'missing' | 'placeholder' | 'given';

/** Missing: absent, null, blank, an empty list or map. Placeholder: present but nothing real (isPlaceholder). */
export function presence(value: unknown): Presence {
  if (value === undefined || value === null) return 'missing';
  if (typeof value === 'string') {
    if (value.trim() === '') return 'missing';
  } else if (Array.isArray(value)) {
    if (value.length === 0) return 'missing';
  } else if (typeof value === 'object' && Object.keys(value).length === 0) return 'missing';
  return isPlaceholder(value) ? 'placeholder' : 'given';
}

/** Text (or a number) that is written, not a placeholder; else undefined. Names, ids and owners go through this. */
export function written(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && !isPlaceholderText(value) ? value : undefined;
}

/**
 * The same test as a regular expression source (no flags: JSON Schema has none),
 * for the schemas of dates and cadences, which accept a placeholder so that a
 * file with one left in stays editable in the form. Former placeholders are
 * sentences and never stood in a date or a cadence, so they are not in it.
 */
export const PLACEHOLDER_PATTERN_SOURCE = `\\s*(?:<[\\s\\S]*>|${FILLERS.map(caseless).join('|')})?\\s*`;

function caseless(word: string): string {
  return [...word]
    .map((c) => (c.toLowerCase() !== c.toUpperCase() ? `[${c.toLowerCase()}${c.toUpperCase()}]` : /[\\^$.*+?()[\]{}|]/.test(c) ? `\\${c}` : c))
    .join('');
}

/** A placeholder as a finding quotes it: `"tbd"`, `[tbd, <who>]`, `{aspiration: tbd, …}`, at most 60 characters. */
export function quotePlaceholder(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value.trim()) : flow(value);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

function flow(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value)) return `[${value.map(flow).join(', ')}]`;
  if (value !== null && typeof value === 'object')
    return `{${Object.entries(value)
      .map(([k, v]) => `${k}: ${flow(v)}`)
      .join(', ')}}`;
  return String(value);
}

/**
 * The texts this project writes for a person to replace, one per thing asked
 * for, all in angle brackets. The quick fixes, `new charter`, `new retro` and
 * the form's new items take them from here.
 */
export const PLACEHOLDER = {
  name: '<name>',
  date: '<YYYY-MM-DD>',
  cadence: '<how often: weekly, biweekly, monthly, every N weeks>',
  purposeStatement: '<why the team exists, in one sentence>',
  purposeWhy: '<why this purpose matters>',
  priorityTitle: '<a priority of the organisation that the team serves>',
  priorityId: '<P1>',
  goalTitle: '<what the team wants to achieve>',
  owner: '<who owns it: a member>',
  measure: '<how the team will know it is done>',
  role: '<role>',
  aspiration: '<where they want to grow>',
  stretch: '<stretch work under way>',
  coach: '<who coaches them>',
  tracking: '<where progress is visible: a link to the board>',
  changeTitle: '<the change under way>',
  changeWhy: '<why this change is worth it>',
  leaderCommitment: '<what the leads will do themselves, first>',
  communication: '<how and how often the change is communicated>',
  framework: '<how the team decides: consent, consensus, advice, lead-decides>',
  area: '<what is decided>',
  decidedBy: '<who decides: team, a member or a role>',
  norm: '<a norm for giving feedback>',
  practice: '<how the team celebrates success>',
  facilitator: '<who facilitated>',
  winText: '<what went well>',
  actionTitle: '<what the team will do>',
  growthNote: '<what they learned or stretched>',
  reviewNote: '<why, or what happened>',
} as const;

/**
 * What a new item of each of the form's lists starts as, besides its id: a
 * placeholder for each field that says what it is. (A list of plain text, such
 * as norms, starts with an empty item: blank is missing too.)
 */
export const NEW_ITEM_PLACEHOLDERS = {
  priorities: { title: PLACEHOLDER.priorityTitle },
  goals: { title: PLACEHOLDER.goalTitle },
  members: { name: PLACEHOLDER.name },
  change: { title: PLACEHOLDER.changeTitle },
  rights: { area: PLACEHOLDER.area },
  wins: { text: PLACEHOLDER.winText },
  actions: { title: PLACEHOLDER.actionTitle },
  growth: { who: PLACEHOLDER.name, note: PLACEHOLDER.growthNote },
} as const;

const OWN: ReadonlySet<string> = new Set(Object.values(PLACEHOLDER));

/** One of the texts above (trimmed): a value this project wrote for a person to type over, which the form shows as a hint. */
export function isOwnPlaceholder(text: string): boolean {
  return OWN.has(text.trim());
}
