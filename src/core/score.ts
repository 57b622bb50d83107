/**
 * Scores per step: the share of a step's applicable checks that passed.
 * A rule that fires N times counts N failed checks. A step with no applicable
 * check is n/a (null), not 100%.
 */
import { STEPS, type Step } from './types';

export type Tally = Record<Exclude<Step, 0>, { passed: number; failed: number }>;

export interface StepScore {
  step: Exclude<Step, 0>;
  passed: number;
  failed: number;
  /** 0..100, or null when no check applies. */
  score: number | null;
}

export const STEP_TITLES: Record<Exclude<Step, 0>, string> = {
  1: 'Goals aligned with purpose',
  2: 'Accountability and transparency',
  3: 'Growing future leaders',
  4: 'Leading by example through change',
  5: 'Empowered decisions',
  6: 'A feedback-driven environment',
  7: 'Celebrating successes',
};

export function emptyTally(): Tally {
  return { 1: { passed: 0, failed: 0 }, 2: { passed: 0, failed: 0 }, 3: { passed: 0, failed: 0 }, 4: { passed: 0, failed: 0 }, 5: { passed: 0, failed: 0 }, 6: { passed: 0, failed: 0 }, 7: { passed: 0, failed: 0 } };
}

export function addTally(into: Tally, from: Tally): Tally {
  for (const step of STEPS) {
    into[step].passed += from[step].passed;
    into[step].failed += from[step].failed;
  }
  return into;
}

export function stepScores(tally: Tally): StepScore[] {
  return STEPS.map((step) => {
    const { passed, failed } = tally[step];
    const total = passed + failed;
    return { step, passed, failed, score: total === 0 ? null : Math.round((passed / total) * 1000) / 10 };
  });
}

/** The overall score: the mean of the applicable steps' scores (each step weighs the same); null when none apply. */
export function overallScore(tally: Tally): number | null {
  const scores = stepScores(tally)
    .map((s) => s.score)
    .filter((s): s is number => s !== null);
  if (scores.length === 0) return null;
  return Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10) / 10;
}
