/**
 * The vocabulary of the file format the form offers in its pickers: the core's
 * own (src/core/format/vocabulary.ts, pure data, no zod), plus the form's own labels.
 */

export {
  CADENCE_PATTERN,
  CADENCES,
  COLUMNS,
  GOAL_STATUSES,
  isRealDate,
  RETRO_FORMATS,
  REVIEW_STATUSES,
  SLUG_PATTERN,
  type RetroFormat,
} from '../src/core/format/vocabulary.js';
import { RETRO_FORMATS, type RetroFormat } from '../src/core/format/vocabulary.js';

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
