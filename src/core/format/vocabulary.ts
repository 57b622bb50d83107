/**
 * The fixed words of the file format: enum values, columns, patterns and what
 * a real date is. Pure data with no dependencies, so the zod schemas, the
 * engine and the form webview all use this one copy.
 */

export const RETRO_FORMATS = ['start-stop-continue', '4ls', 'mad-sad-glad', 'sailboat', 'went-well-improve', 'custom'] as const;
export type RetroFormat = (typeof RETRO_FORMATS)[number];
/** proposed: an idea, not yet committed to (the goal rules skip it, and it gives nobody a line of sight). */
export const GOAL_STATUSES = ['proposed', 'not-started', 'on-track', 'at-risk', 'off-track', 'done'] as const;
/** What a retro says of an open action. done and dropped close it; the others keep it open. */
export const REVIEW_STATUSES = ['done', 'in-progress', 'carried', 'blocked', 'deferred', 'dropped'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
/** Statuses that close an action. */
export const CLOSING_STATUSES: readonly ReviewStatus[] = ['done', 'dropped'];
/** Statuses that need a reason in the entry's note (review-no-reason). */
export const STATUSES_WITH_REASON: readonly ReviewStatus[] = ['dropped', 'blocked', 'deferred'];
/** A charter change entry's status; absent means in-progress. */
export const CHANGE_STATUSES = ['planned', 'in-progress', 'done'] as const;
/**
 * Who a win credits or a right is decided by when it is everyone: not one person.
 * Compared trimmed and without case.
 */
export const COLLECTIVE_NAMES: readonly string[] = ['team', 'the team', 'whole team', 'the whole team', 'everyone', 'all'];

export const SLUG_PATTERN = /^[a-z0-9-]+$/;
export const CADENCE_PATTERN = /^(weekly|biweekly|monthly|quarterly|every [1-9][0-9]* (days?|weeks?))$/;
export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** YYYY-MM-DD naming a day that exists (no 2026-02-30). Hot: called for every date of every file. */
export function isRealDate(value: string): boolean {
  if (value.length !== 10 || !ISO_DATE_PATTERN.test(value)) return false;
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]);
}

/**
 * The keys of a retro's `pulse`, one per step in the checklist's order: the key
 * of step N is PULSE_KEYS[N - 1] (docs/format.md "The pulse").
 */
export const PULSE_KEYS = ['goals', 'accountability', 'growth', 'change', 'decisions', 'feedback', 'recognition'] as const;
export type PulseKey = (typeof PULSE_KEYS)[number];

export const CADENCES = ['weekly', 'biweekly', 'monthly', 'quarterly'] as const;

export const COLUMNS: Record<RetroFormat, readonly string[]> = {
  'start-stop-continue': ['start', 'stop', 'continue'],
  '4ls': ['liked', 'learned', 'lacked', 'longed-for'],
  'mad-sad-glad': ['mad', 'sad', 'glad'],
  sailboat: ['wind', 'anchors', 'rocks', 'island'],
  'went-well-improve': ['went-well', 'improve'],
  custom: [],
};
