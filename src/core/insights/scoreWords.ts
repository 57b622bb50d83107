/**
 * A score in words, said once for every place that shows one: the CLI's
 * `score` table, Show Team Score, the status bar, the Teams view, the form's
 * checklist, and the reports (Markdown, and HTML both as a file and in the
 * dashboard). What a step is called, its score and its checks passed, what the
 * score leaves out (rules turned off, findings suppressed), and the team's
 * latest pulse beside a step, never in its score (docs/rules.md "Scores" and
 * "The pulse"). Plain values in, text out: the webview bundles this module too.
 */
import { describeReading } from '../format/pulse';
import { STEP_TITLES } from '../engine/score';
import type { StepPulseSummary } from './teamScore';
import { plural } from '../base/wording';
import type { Step } from '../base/types';
import { LEVEL_NAMES, type Level } from './levels';

type ChecklistStep = Exclude<Step, 0>;

/** What a team's score leaves out: the rules turned off for it and the findings comments suppressed. */
export interface LeftOut {
  off: readonly string[];
  suppressed: number;
}

/** A step's score with its checks and, where a retro rated the step, the team's latest pulse. */
export interface StepScoreShown {
  step: ChecklistStep;
  /** 0..100, or null where no check of the step applies. */
  score: number | null;
  passed: number;
  failed: number;
  pulse?: StepPulseSummary;
  /** The team's level for the step (null: no charter); absent where levels are not shown (a file's own score). */
  level?: Level | null;
  /** What holds the step at its level. */
  holding?: readonly string[];
}

/** A step's score beside the team's latest pulse, and whether `pulse-gap` flags the step. */
export interface StepBesidePulse {
  step: ChecklistStep;
  title: string;
  score: number | null;
  pulse?: StepPulseSummary;
  gap: boolean;
  /** The team's level for the step and what holds it, where levels are shown (null: no charter). */
  level?: Level | null;
  holding?: readonly string[];
}

/** A 0..100 score or rate as a whole percentage: "72%"; "n/a" where nothing applies. */
export function percent(value: number | null): string {
  return value === null ? 'n/a' : `${Math.round(value)}%`;
}

/** A score inside a sentence: "72%", or "no checks apply" where the step is n/a. */
export function scoreInWords(score: number | null): string {
  return score === null ? 'no checks apply' : percent(score);
}

/** A step as a table or a chart names it: "3. Growing future leaders". */
export function stepName(step: ChecklistStep): string {
  return `${step}. ${STEP_TITLES[step]}`;
}

/** A step as a sentence names it: "Step 3, Growing future leaders" (`title` where the caller was given it). */
export function stepLabel(step: ChecklistStep, title: string = STEP_TITLES[step]): string {
  return `Step ${step}, ${title}`;
}

/** How many of a step's checks passed, in a table: "28/29". */
export function checksPassed(s: { passed: number; failed: number }): string {
  return `${s.passed}/${s.passed + s.failed}`;
}

/** A step's latest pulse in a table column beside its score: "58.3% (3.33 out of 5, 3 people, 2026-11-16)", or a dash. */
export function pulseCell(pulse: StepPulseSummary | undefined): string {
  return pulse ? `${pulse.percent}% (${pulse.mean} out of 5, ${plural(pulse.responses, 'person', 'people')}, ${pulse.date})` : '—';
}

/** A step's latest pulse in a sentence: "3.33 out of 5 (58.3%, 3 people) on 2026-11-16". */
export function pulseOn(pulse: StepPulseSummary): string {
  return `${describeReading(pulse)} on ${pulse.date}`;
}

/** A level by name: not yet, written, practised, confirmed; "no charter" for a team without one. */
export function levelName(level: Level | null): string {
  return level === null ? 'no charter' : LEVEL_NAMES[level];
}

/** What holds a step at its level, in words: the rules' ids, too short a history, no pulse that confirms it; a dash when nothing does. */
export function holdingWords(holding: readonly string[]): string {
  if (holding.length === 0) return '—';
  return holding.map((what) => (what === 'history' ? 'fewer than 3 retros' : what === 'pulse' ? 'no recent pulse of 3.5 or more' : what)).join(', ');
}

/**
 * The step to work on next: the first of those at the team's lowest level
 * (docs/rules.md "Levels": the team's level is its lowest step's), with what
 * holds it; undefined with no levels or when every step is confirmed.
 */
export function nextStep<S extends StepScoreShown>(steps: readonly S[]): S | undefined {
  const levels = steps.map((s) => s.level).filter((level): level is Level => level !== undefined && level !== null);
  if (levels.length === 0) return undefined;
  const lowest = levels.reduce<number>((min, level) => Math.min(min, level), 3);
  return lowest === 3 ? undefined : steps.find((s) => s.level === lowest);
}

/** The step to work on next in a sentence: "Work on next: 3. Growing future leaders, not yet (held by member-no-growth)". */
export function nextStepSentence(steps: readonly StepScoreShown[]): string | undefined {
  const next = nextStep(steps);
  return next && `Work on next: ${stepName(next.step)}, ${levelName(next.level ?? null)} (held by ${holdingWords(next.holding ?? [])})`;
}

/** A step's row in a score table (the CLI's and the reports'): its name, level, score, checks passed, what holds it and latest pulse. */
export function stepRow(s: StepScoreShown): { name: string; level: string; score: string; checks: string; holding: string; pulse: string } {
  return {
    name: stepName(s.step),
    level: s.level === undefined ? '' : levelName(s.level),
    score: percent(s.score),
    checks: checksPassed(s),
    holding: holdingWords(s.holding ?? []),
    pulse: pulseCell(s.pulse),
  };
}

/** Under a step's name where its score stands apart: "28 of 29 checks pass · team pulse 3.33 out of 5 (58.3%, 3 people) on 2026-11-16". */
export function stepDetail(s: StepScoreShown): string {
  const checks = s.score === null ? 'no checks apply' : `${s.passed} of ${s.passed + s.failed} checks pass`;
  return s.pulse ? `${checks} · team pulse ${pulseOn(s.pulse)}` : checks;
}

/** A step beside the team's pulse, in a few words: "80% · pulse 3.2/5", with "· gap" when pulse-gap flags it. */
export function besideText(s: StepBesidePulse): string {
  return [s.level !== undefined && levelName(s.level), percent(s.score), s.pulse && `pulse ${s.pulse.mean}/5`, s.gap && 'gap'].filter(Boolean).join(' · ');
}

/** The same in full, for a tooltip and a screen reader: "Step 2, Accountability: 80%; team pulse 3.2 out of 5 (55%, 6 people) on 2026-11-30; …". */
export function besideWords(s: StepBesidePulse): string {
  const level = s.level === undefined ? '' : `${levelName(s.level)}${s.holding?.length ? ` (held by ${holdingWords(s.holding)})` : ''}, `;
  const parts = [`${stepLabel(s.step, s.title)}: ${level}${scoreInWords(s.score)}`];
  parts.push(s.pulse ? `team pulse ${pulseOn(s.pulse)}` : 'no pulse yet');
  if (s.gap) parts.push('pulse gap: the files look healthier than the team says');
  return parts.join('; ');
}

/**
 * What a team's score leaves out, in a few words for a status bar or a tree
 * item ("1 rule off, 2 findings suppressed"), '' when nothing is. Where there
 * is room, notCounted says it in full, naming the rules.
 */
export function leftOutOfScore(score: LeftOut): string {
  const parts: string[] = [];
  if (score.off.length > 0) parts.push(`${plural(score.off.length, 'rule')} off`);
  if (score.suppressed > 0) parts.push(`${plural(score.suppressed, 'finding')} suppressed`);
  return parts.join(', ');
}

/** The rules turned off and the findings suppressed, which a score does not count: said every time, even when none. */
export function notCounted(score: LeftOut): string {
  const off = score.off.length === 0 ? 'No rule is turned off' : `Turned off: ${score.off.join(', ')}`;
  const suppressed = score.suppressed === 0 ? 'no finding is suppressed' : `${plural(score.suppressed, 'finding')} suppressed by comments`;
  return `${off}; ${suppressed}. Neither counts in the score.`;
}

/** notCounted as the lines under a score table: "Rules turned off: none", "Findings suppressed by comments: 0". */
export function notCountedLines(score: LeftOut): string[] {
  return [`Rules turned off: ${score.off.length ? score.off.join(', ') : 'none'}`, `Findings suppressed by comments: ${score.suppressed}`];
}

/** A team's score in one sentence: "Team platform: 72% of the seven-step checklist, 3 open actions. No rule is turned off; …". */
export function teamScoreSentence(team: string, score: LeftOut & { overall: number | null; level?: Level | null }, openActions: number): string {
  const level = score.level === undefined ? '' : score.level === null ? 'no charter, ' : `level ${levelName(score.level)}, `;
  return `Team ${team}: ${level}${percent(score.overall)} of the seven-step checklist, ${plural(openActions, 'open action')}. ${notCounted(score)}`;
}

/** What a level means, said once above the reports' score table. */
export const LEVEL_SCOPE =
  "A step is written when its files say what the checklist asks, practised when the history shows it done (at least 3 retros), confirmed when the team's own recent pulse agrees; the team's level is its lowest step's.";

/** What a team's score is made of, said once above the reports' score table. */
export const SCORE_SCOPE =
  "The charter, the cross-file checks and the team's recent retros (older retros are history, below); each check weighs by its severity (error 3, warning 2, info 1), and the overall score is the mean of the applicable steps.";

/** What the history is, said once above the reports' history charts and table (docs/rules.md "History replay"). */
export const HISTORY_SCOPE =
  "The team's scores and level as they stood on each retro's date: the charter as it is now, the retros up to that one, dates counted to that day; the pulse rules and step-declining are left out. A problem shows from the retro where it began.";

/** The same under the CLI's score table, which shows no history. */
export const SCORE_NOTE =
  'Scores weigh each check by its severity (error 3, warning 2, info 1) and cover the charter, the cross-file checks and the recent retros.';

/** What the pulse is, said once above the reports' pulse tables and charts. */
export const PULSE_SCOPE =
  "The team pulse is the team's own anonymous rating of each step, 1 to 5, collected in a retro as counts only. It is shown as a percentage, (mean − 1) / 4 × 100, so it reads beside the score; it never counts in the score.";

/** The same under the CLI's score table, where a team recorded a pulse. */
export const PULSE_NOTE = "The team pulse is the team's own 1-5 rating of a step in its latest retro that rated it; it never counts in the score.";
