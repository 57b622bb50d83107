/**
 * How far a team has got with each step (docs/rules.md "Levels"): a step climbs
 * only when everything below it holds, as a scorecard does. A percentage
 * counts checks, so filler can raise it; a level needs the history to show
 * the practice, and the team's own pulse to confirm it.
 */
import { daysBetween } from '../format/dates';
import type { PulseReading, PulseStep } from '../format/pulse';
import { STEPS, type Finding } from '../base/types';

export type Level = 0 | 1 | 2 | 3;

/** A level's name, as every front end shows it. */
export const LEVEL_NAMES: Record<Level, string> = { 0: 'not yet', 1: 'written', 2: 'practised', 3: 'confirmed' };

/** Rules that read the history (dates, follow-through, how work, credit and decisions spread): a finding holds a step at written. */
export const PRACTISED_RULES: ReadonlySet<string> = new Set([
  'commitment-stale',
  'goal-no-activity',
  'goal-overdue',
  'action-overdue',
  'ownership-concentrated',
  'facilitator-not-rotating',
  'growth-not-practised',
  'change-not-reviewed',
  'decisions-by-one',
  'decisions-not-recorded',
  'previous-actions-not-reviewed',
  'action-carried-too-long',
  'retro-overdue',
  'step-declining',
  'pulse-missing',
  'pulse-not-acted',
  'retro-copied',
  'action-recurring',
  'recognition-unbalanced',
  'recognition-never-individual',
]);

/** The team's own view: a finding holds a step at practised. */
export const CONFIRMED_RULES: ReadonlySet<string> = new Set(['pulse-low', 'pulse-gap', 'pulse-declining']);

/** A team's history is a practice only from this many dated retros. */
export const MIN_RETROS_FOR_PRACTICE = 3;
/** A pulse confirms a step when it is at most this old, given by at least this many people and this mean. */
export const CONFIRMING_PULSE = { maxDays: 120, minResponses: 3, minMean: 3.5 } as const;

export interface StepLevel {
  step: PulseStep;
  level: Level;
  /**
   * What holds the step at its level: the rule ids of the findings that do, plus
   * `history` (too few dated retros to show practice) or `pulse` (no recent
   * pulse confirms it); empty at confirmed.
   */
  holding: string[];
}

export interface TeamLevels {
  /** The lowest of the seven. */
  level: Level;
  steps: StepLevel[];
}

export interface LevelInputs {
  /** The findings that make up the team's score, and the pulse findings: what a team's files say now (suppressed ones are not among them). */
  findings: readonly Finding[];
  /** How many dated retros the team has. */
  datedRetros: number;
  /** Per step, the team's latest pulse that rates it. */
  latestPulse: Partial<Record<PulseStep, PulseReading>>;
  /** How many members the charter lists. */
  members: number;
  today: string;
}

/** The levels of a team's steps, and the team's. */
export function teamLevels(input: LevelInputs): TeamLevels {
  const steps = STEPS.map((step) => stepLevel(step, input));
  return { level: steps.reduce<Level>((lowest, s) => (s.level < lowest ? s.level : lowest), 3), steps };
}

function stepLevel(step: PulseStep, input: LevelInputs): StepLevel {
  const ofStep = input.findings.filter((finding) => finding.step === step);
  const written = ruleIds(ofStep.filter((f) => !PRACTISED_RULES.has(f.rule) && !CONFIRMED_RULES.has(f.rule)));
  if (written.length > 0) return { step, level: 0, holding: written };
  const practised = ruleIds(ofStep.filter((f) => PRACTISED_RULES.has(f.rule)));
  if (input.datedRetros < MIN_RETROS_FOR_PRACTICE) practised.push('history');
  if (practised.length > 0) return { step, level: 1, holding: practised };
  const confirmed = ruleIds(ofStep.filter((f) => CONFIRMED_RULES.has(f.rule)));
  if (!pulseConfirms(input.latestPulse[step], input)) confirmed.push('pulse');
  if (confirmed.length > 0) return { step, level: 2, holding: confirmed };
  return { step, level: 3, holding: [] };
}

/** Whether the step's latest pulse is recent, given by enough people (at least half the members) and high enough to confirm it. */
function pulseConfirms(reading: PulseReading | undefined, input: LevelInputs): boolean {
  if (!reading) return false;
  const { maxDays, minResponses, minMean } = CONFIRMING_PULSE;
  const age = daysBetween(reading.date, input.today);
  return age >= 0 && age <= maxDays && reading.responses >= minResponses && reading.responses * 2 >= input.members && reading.mean >= minMean;
}

function ruleIds(findings: readonly Finding[]): string[] {
  return [...new Set(findings.map((f) => f.rule))].sort();
}
