/**
 * The fixed vocabulary of the file format that the form offers in its pickers.
 * These mirror src/core/schemas.ts; they are copied rather than imported because
 * that module builds the zod schemas when it loads, which the webview does not
 * need. A unit test checks that both stay the same.
 */

export const GOAL_STATUSES = ['not-started', 'on-track', 'at-risk', 'off-track', 'done'] as const;
export const REVIEW_STATUSES = ['done', 'in-progress', 'carried', 'dropped'] as const;
export const RETRO_FORMATS = ['start-stop-continue', '4ls', 'mad-sad-glad', 'sailboat', 'went-well-improve', 'custom'] as const;
export const CADENCES = ['weekly', 'biweekly', 'monthly', 'quarterly'] as const;

export type RetroFormat = (typeof RETRO_FORMATS)[number];

export const COLUMNS: Record<RetroFormat, readonly string[]> = {
  'start-stop-continue': ['start', 'stop', 'continue'],
  '4ls': ['liked', 'learned', 'lacked', 'longed-for'],
  'mad-sad-glad': ['mad', 'sad', 'glad'],
  sailboat: ['wind', 'anchors', 'rocks', 'island'],
  'went-well-improve': ['went-well', 'improve'],
  custom: [],
};

export const CADENCE_PATTERN = /^(weekly|biweekly|monthly|quarterly|every [1-9][0-9]* (days?|weeks?))$/;
export const SLUG_PATTERN = /^[a-z0-9-]+$/;
const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** YYYY-MM-DD naming a day that exists (the same test as the schema's). */
export function isRealDate(value: string): boolean {
  if (value.length !== 10 || !ISO_DATE_PATTERN.test(value)) return false;
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]);
}

export function isRetroFormat(value: unknown): value is RetroFormat {
  return typeof value === 'string' && (RETRO_FORMATS as readonly string[]).includes(value);
}

/** Labels the checklist uses for the two kinds of files. */
export const STEP_NAMES_CHARTER: Record<number, string> = {
  1: 'Purpose and priorities',
  2: 'Accountability',
  3: 'Members',
  4: 'Change',
  5: 'Decision rights',
  6: 'Feedback',
  7: 'Recognition',
};
