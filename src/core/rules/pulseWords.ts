/** What the pulse rules' pages and messages share: how a step is named, and how a pulse is taken. */
import type { PulseStep } from '../format/pulse';
import { STEP_TITLES } from '../engine/score';

/** "step 6 (A feedback-driven environment)" */
export function stepName(step: PulseStep): string {
  return `step ${step} (${STEP_TITLES[step]})`;
}

/** What a rating means, for the rules' pages. */
export const RATING_MEANS =
  'Each person answers, for a step, "how true is this of our team?" from 1 (not at all) to 5 (completely). The retro keeps only how many gave each answer, so the mean (1 to 5) and its percentage ((mean − 1) / 4 × 100) say how the team feels, and nobody can be traced.';

/** How to collect answers without names, for the rules' pages. */
export const COLLECTING =
  'Keep it anonymous: the facilitator reads each step and collects the answers by a show of fingers (1 to 5, everyone at once), an anonymous poll, or folded paper slips, and writes only the counts into `pulse`, never who gave which. With fewer than four people present, skip it: the counts would say who answered what.';
