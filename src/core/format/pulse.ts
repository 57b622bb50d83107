/**
 * The team pulse (docs/format.md "The pulse", docs/rules.md "The pulse"): how many people rated
 * each step 1 to 5, never who. Pure statistics on plain values, for the schema,
 * the rules, scores, insights, the report and the form; it imports only the
 * format's vocabulary, so the webview may bundle it.
 *
 * Rounding: a mean has two decimals, a percentage one (as scores do, and from
 * the exact mean). Every
 * comparison (declines, gaps) uses the rounded values, so what a finding says
 * is what a person can check from the numbers shown.
 *
 * The pulse never counts in a score: it stands beside it.
 */
import type { Step } from '../base/types';
import { PULSE_KEYS, type PulseKey } from './vocabulary';

export { PULSE_KEYS, type PulseKey };

/** A step of the checklist, 1..7. */
export type PulseStep = Exclude<Step, 0>;

/** How many people rated a step 1, 2, 3, 4 and 5. */
export type PulseCounts = readonly [number, number, number, number, number];

/** One step's rating in one pulse. */
export interface StepPulse {
  step: PulseStep;
  key: PulseKey;
  counts: PulseCounts;
  /** 1..5, two decimals. */
  mean: number;
  /** (mean − 1) / 4 × 100, 0..100, one decimal: comparable with a score. */
  percent: number;
  /** How many people rated this step: the sum of its counts. */
  responses: number;
}

/** A retro's pulse as plain values. */
export interface RetroPulse {
  /** `responses` as written (how many people answered), when it is a whole number. */
  responses: number | undefined;
  /** The steps rated, in step order; a step whose counts are all 0, or not a valid list, is not rated. */
  steps: StepPulse[];
}

/** A retro's pulse with the retro's date: what the history statistics take, oldest first. */
export interface DatedPulse {
  date: string;
  pulse: RetroPulse;
}

/** One step's rating at one retro: what `score` and the views show beside the step's score. */
export interface PulseReading {
  step: PulseStep;
  mean: number;
  percent: number;
  responses: number;
  /** The date of the retro that recorded it. */
  date: string;
}

/** The pulse key of a step (1 → goals … 7 → recognition). */
export function pulseKey(step: PulseStep): PulseKey {
  return PULSE_KEYS[step - 1];
}

/** The step a pulse key rates, or undefined when the key is not one of the seven. */
export function stepOfPulseKey(key: string): PulseStep | undefined {
  const index = (PULSE_KEYS as readonly string[]).indexOf(key);
  return index < 0 ? undefined : ((index + 1) as PulseStep);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/**
 * What is wrong with a step's count list, in words ("it has 4 counts"), or
 * undefined when it is five non-negative whole numbers. Empty (null) is not
 * rated, not wrong: callers treat it as absent.
 */
export function countsProblem(value: unknown): string | undefined {
  if (!Array.isArray(value)) return 'it is not a list';
  if (value.length !== 5) return `it has ${value.length} ${value.length === 1 ? 'count' : 'counts'}`;
  const bad = value.find((count) => !isCount(count));
  if (bad === undefined) return undefined;
  const shown =
    typeof bad === 'string'
      ? `"${bad.length > 20 ? `${bad.slice(0, 20)}…` : bad}"`
      : bad === null
        ? 'an empty value'
        : typeof bad === 'object'
          ? 'a list or map'
          : String(bad);
  return `${shown} is not a whole number of 0 or more`;
}

export function isPulseCounts(value: unknown): value is PulseCounts {
  return countsProblem(value) === undefined;
}

/** The number of ratings in a count list. */
export function ratingCount(counts: PulseCounts): number {
  return counts[0] + counts[1] + counts[2] + counts[3] + counts[4];
}

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

function exactMean(counts: PulseCounts): number | undefined {
  const total = ratingCount(counts);
  return total === 0 ? undefined : (counts[0] + 2 * counts[1] + 3 * counts[2] + 4 * counts[3] + 5 * counts[4]) / total;
}

/** Σ(rating × count) / Σ count, two decimals; undefined when nobody rated the step. */
export function pulseMean(counts: PulseCounts): number | undefined {
  const mean = exactMean(counts);
  return mean === undefined ? undefined : round(mean, 2);
}

/** A mean (1..5) as a percentage (0..100, one decimal): (mean − 1) / 4 × 100. */
export function pulsePercent(mean: number): number {
  return round(((mean - 1) / 4) * 100, 1);
}

/** A step's rating from its count list, or undefined when the list is not valid or nobody rated. */
export function stepPulse(step: PulseStep, value: unknown): StepPulse | undefined {
  if (!isPulseCounts(value)) return undefined;
  const counts = [value[0], value[1], value[2], value[3], value[4]] as const;
  const mean = exactMean(counts);
  if (mean === undefined) return undefined;
  // The percentage from the exact mean, so that 2.67 (8 / 3) is 41.7%, not 41.8%.
  return { step, key: pulseKey(step), counts, mean: round(mean, 2), percent: pulsePercent(mean), responses: ratingCount(counts) };
}

/**
 * A retro's pulse from the value of its `pulse` field, as plain values; undefined
 * when it rates no step. Lists that are not valid are left out (the `schema`
 * rule reports them), so this never throws on what a person wrote.
 */
export function readPulse(value: unknown): RetroPulse | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const fields = value as Record<string, unknown>;
  const steps: StepPulse[] = [];
  for (const key of PULSE_KEYS) {
    const rated = stepPulse(stepOfPulseKey(key)!, fields[key]);
    if (rated) steps.push(rated);
  }
  if (steps.length === 0) return undefined;
  return { responses: isCount(fields.responses) ? fields.responses : undefined, steps };
}

/**
 * The step keys whose counts add up to more than `responses` said answered,
 * with their sum (a `schema` error, docs/format.md "The pulse"). None when `responses`
 * is not given.
 */
export function countsOverResponses(value: unknown): { key: PulseKey; sum: number; responses: number }[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
  const fields = value as Record<string, unknown>;
  const responses = fields.responses;
  if (!isCount(responses)) return [];
  const over: { key: PulseKey; sum: number; responses: number }[] = [];
  for (const key of PULSE_KEYS) {
    const counts = fields[key];
    if (!isPulseCounts(counts)) continue;
    const sum = ratingCount(counts);
    if (sum > responses) over.push({ key, sum, responses });
  }
  return over;
}

/** A step's rating in one pulse as the views and findings show it, with its date. */
export function reading(rating: StepPulse, date: string): PulseReading {
  return { step: rating.step, mean: rating.mean, percent: rating.percent, responses: rating.responses, date };
}

/** Every rating of one step, oldest first (retros that did not rate it are skipped). */
export function pulseSeries(history: readonly DatedPulse[], step: PulseStep): PulseReading[] {
  const out: PulseReading[] = [];
  for (const { date, pulse } of history) {
    const rating = pulse.steps.find((s) => s.step === step);
    if (rating) out.push(reading(rating, date));
  }
  return out;
}

/** Per step, its latest rating (what `score` shows beside the step's score); a step never rated is absent. */
export function latestPulse(history: readonly DatedPulse[]): Partial<Record<PulseStep, PulseReading>> {
  const out: Partial<Record<PulseStep, PulseReading>> = {};
  for (const { date, pulse } of history) for (const rating of pulse.steps) out[rating.step] = reading(rating, date);
  return out;
}

/** The steps no pulse of the history rates, in order. */
export function stepsNeverRated(history: readonly DatedPulse[]): PulseStep[] {
  const rated = new Set<PulseStep>();
  for (const { pulse } of history) for (const rating of pulse.steps) rated.add(rating.step);
  return ([1, 2, 3, 4, 5, 6, 7] as const).filter((step) => !rated.has(step));
}

/** A step whose checklist score stands more than some points above what the team says. */
export interface PulseGap {
  step: PulseStep;
  /** The step's checklist score, 0..100. */
  score: number;
  /** The step's rating in the pulse compared with. */
  pulse: PulseReading;
  /** score − pulse percentage, one decimal. */
  points: number;
}

/** The gap `pulse-gap` reports by default: more than this many points. */
export const DEFAULT_GAP_POINTS = 40;

/** The mean below which `pulse-low` calls a step's rating low, by default (its option `threshold`). */
export const DEFAULT_LOW_THRESHOLD = 3;

/**
 * Whether a step's rating is low: its mean below `threshold`. The one test of
 * `pulse-low`, which `pulse-not-acted` applies too.
 */
export function isLowRating(rating: Pick<StepPulse, 'mean'>, threshold = DEFAULT_LOW_THRESHOLD): boolean {
  return rating.mean < threshold;
}

/**
 * How many points a step's score stands above its rating's percentage (one
 * decimal), when that is more than `points`; undefined when it is not, or when
 * the step is n/a (score null). The one test of `pulse-gap`, which
 * `pulse-not-acted` applies too.
 */
export function gapPoints(score: number | null, rating: Pick<StepPulse, 'percent'>, points = DEFAULT_GAP_POINTS): number | undefined {
  if (score === null) return undefined;
  const gap = round(score - rating.percent, 1);
  return gap > points ? gap : undefined;
}

/** A step's latest rating in a history of pulses, and the pulse that gave it. */
export interface LatestRating<T extends DatedPulse = DatedPulse> {
  step: PulseStep;
  rating: StepPulse;
  pulse: T;
}

/** Per step, the latest pulse of the history (oldest first) that rates it, in step order; a step never rated is absent. */
export function latestRatings<T extends DatedPulse>(history: readonly T[]): LatestRating<T>[] {
  const latest = new Map<PulseStep, LatestRating<T>>();
  for (const pulse of history) for (const rating of pulse.pulse.steps) latest.set(rating.step, { step: rating.step, rating, pulse });
  return [...latest.values()].sort((a, b) => a.step - b.step);
}

/** A step whose pulse mean fell at each of its last ratings. */
export interface PulseDecline<T extends DatedPulse = DatedPulse> {
  step: PulseStep;
  /** The falls + 1 pulses that rate the step, oldest first, each mean strictly below the one before. */
  pulses: T[];
  readings: PulseReading[];
}

/** How many falls in a row make a decline, by default (`pulse-declining`). */
export const DEFAULT_FALLS = 3;

/**
 * The steps whose mean fell in each of the last `falls` pulses that rate them
 * (compared with the pulse before each: `falls` + 1 ratings, strictly
 * decreasing), in step order. A step rated fewer times has no trend yet.
 */
export function pulseDeclines<T extends DatedPulse>(history: readonly T[], falls = DEFAULT_FALLS): PulseDecline<T>[] {
  const out: PulseDecline<T>[] = [];
  for (const step of [1, 2, 3, 4, 5, 6, 7] as const) {
    const rated = history.filter((entry) => entry.pulse.steps.some((s) => s.step === step));
    const last = rated.slice(-(falls + 1));
    if (last.length < falls + 1) continue;
    const readings = pulseSeries(last, step);
    if (readings.every((r, i) => i === 0 || r.mean < readings[i - 1].mean)) out.push({ step, pulses: last, readings });
  }
  return out;
}

/** "3.2 out of 5 (55%, 6 people)": a rating in words, as every view writes it. */
export function describeReading(reading: Pick<PulseReading, 'mean' | 'percent' | 'responses'>): string {
  return `${reading.mean} out of 5 (${reading.percent}%, ${reading.responses} ${reading.responses === 1 ? 'person' : 'people'})`;
}
