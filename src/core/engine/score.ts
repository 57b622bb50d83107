/**
 * Scores per step: the weighted share of a step's applicable checks that
 * passed (docs/rules.md "Scores"). A check weighs by its rule's severity as
 * configured: error 3, warning 2, info 1. A rule that fires N times counts N
 * failed checks. A step with no applicable check is n/a (null), not 100%.
 */
import { STEPS, type Severity, type Step } from '../base/types';

export const SEVERITY_WEIGHTS: Readonly<Record<Severity, number>> = { error: 3, warning: 2, info: 1 };

export interface StepTally {
  /** How many checks passed and failed. */
  passed: number;
  failed: number;
  /** The same, each check weighed by its severity: what the score is made of. */
  passedWeight: number;
  failedWeight: number;
}

export type Tally = Record<Exclude<Step, 0>, StepTally>;

export interface StepScore {
  step: Exclude<Step, 0>;
  passed: number;
  failed: number;
  /** 0..100 (one decimal), or null when no check applies. */
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

function zero(): StepTally {
  return { passed: 0, failed: 0, passedWeight: 0, failedWeight: 0 };
}

export function emptyTally(): Tally {
  // A literal: the engine makes two per file it assembles.
  return { 1: zero(), 2: zero(), 3: zero(), 4: zero(), 5: zero(), 6: zero(), 7: zero() };
}

/** Count `count` checks of one step that passed or failed, each of `severity`. */
export function tallyCheck(tally: Tally, step: Exclude<Step, 0>, outcome: 'passed' | 'failed', severity: Severity, count = 1): void {
  const into = tally[step];
  into[outcome] += count;
  into[outcome === 'passed' ? 'passedWeight' : 'failedWeight'] += count * SEVERITY_WEIGHTS[severity];
}

export function addTally(into: Tally, from: Tally): Tally {
  for (const step of STEPS) {
    into[step].passed += from[step].passed;
    into[step].failed += from[step].failed;
    into[step].passedWeight += from[step].passedWeight;
    into[step].failedWeight += from[step].failedWeight;
  }
  return into;
}

export function stepScores(tally: Tally): StepScore[] {
  return STEPS.map((step) => {
    const { passed, failed, passedWeight, failedWeight } = tally[step];
    const total = passedWeight + failedWeight;
    return { step, passed, failed, score: total === 0 ? null : Math.round((passedWeight / total) * 1000) / 10 };
  });
}

/** The overall score: the mean of the applicable steps' scores (each step weighs the same); null when none apply. */
export function overallScore(tally: Tally): number | null {
  return meanOfSteps(stepScores(tally));
}

export function meanOfSteps(steps: readonly StepScore[]): number | null {
  const scores = steps.map((s) => s.score).filter((s): s is number => s !== null);
  if (scores.length === 0) return null;
  return Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10) / 10;
}
