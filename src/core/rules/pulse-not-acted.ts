import type { Data } from '../base/dataReaders';
import type { Fix } from '../base/types';
import { defineRule } from '../engine/rule';
import { describeReading, gapPoints, isLowRating, latestRatings, pulseKey, stepOfPulseKey, type PulseStep } from '../format/pulse';
import { written } from '../format/placeholders';
import { retroActions, type TimelinePulse } from '../format/team';
import type { TeamFile } from '../format/teamFile';
import { label } from './labels';
import pulseGap from './pulse-gap';
import pulseLow from './pulse-low';
import { stepName } from './pulseWords';
import { STEP_ACTION_FIX_TITLE, stepActionFix } from './stepActionFix';

/** The step an action says it improves (`step`: a pulse key or 1-7), when it says one that exists. */
function actionStep(action: Data): PulseStep | undefined {
  const step = action.step;
  if (typeof step === 'number') return Number.isInteger(step) && step >= 1 && step <= 7 ? (step as PulseStep) : undefined;
  return typeof step === 'string' ? stepOfPulseKey(step.trim()) : undefined;
}

/** An action that aims at a step: its name, and whether its title is written (a placeholder is nobody's plan yet). */
interface SteppedAction {
  step: PulseStep;
  written: boolean;
  name: string;
}

/** A retro's actions that aim at a step, by their index under `actions`. */
function steppedActions(retro: TeamFile): ReadonlyMap<number, SteppedAction> {
  const out = new Map<number, SteppedAction>();
  for (const [action, index] of retroActions(retro)) {
    const step = actionStep(action);
    if (step !== undefined) out.set(index, { step, written: written(action.title) !== undefined, name: label('action', action, index) });
  }
  return out;
}

/** One step the team's pulse calls a problem, and what it says. */
interface Concern {
  step: PulseStep;
  pulse: TimelinePulse;
  /** In words, for the message. */
  said: string;
}

export default defineRule({
  id: 'pulse-not-acted',
  step: 6,
  severity: 'warning',
  on: ['X'],
  docs: {
    summary:
      "Some steps that the team's pulse calls a problem have no action aimed at them. A step is a problem when its latest rating, taken in one of the team's latest retros (as many as the config's `recentRetros`), is low or far below the step's files score, as `pulse-low` and `pulse-gap` judge it, with their options, whether those rules are on or not. It has an action when one with that `step` was created at that pulse's retro or later, or one created before is still open; an action whose title is still a placeholder is named as one, and does not count. One finding, on the `pulse` key of the latest of those pulses, naming the steps.",
    rationale:
      'Asking the team how a step works for it is half the feedback loop; the other half is doing something about the answer. A low rating that no action follows tells people their answer went nowhere, and the next pulse will be less honest or not given at all. An action marked with the step it is meant to improve shows the team it was heard, and lets the next pulse say whether it helped.',
    howToFix:
      'In the retro that took the pulse (or the next one), talk about the step with the team and agree one action that moves it, with `step` set to the step\'s pulse key (or its number), an owner and a title saying what will be done. The quick fix "Add an action for this step" adds one to the team\'s latest retro for you to fill in.',
    example:
      'pulse:\n  responses: 5\n  decisions: [0, 2, 2, 1, 0]   # mean 2.8: low\nactions:\n  - id: A-9\n    title: Hand freeze exceptions to the on-call engineer\n    owner: priya\n    step: decisions',
  },
  checkHistory({ team, teamSteps, recentRetros, settingOf, report, pass }) {
    const { retros, pulses, open } = team.timeline;
    if (retros.length === 0) return;
    const threshold = settingOf(pulseLow).options.threshold as number;
    const points = settingOf(pulseGap).options.points as number;
    const recent = new Set(retros.slice(-recentRetros));
    // For each step, the team's latest pulse that rates it, as pulse-low and pulse-gap take it: only when it is recent.
    const concerns: Concern[] = [];
    for (const { step, rating, pulse } of latestRatings(pulses)) {
      if (!recent.has(pulse.retro)) continue;
      const score = teamSteps[step - 1].score;
      const gap = gapPoints(score, rating, points);
      if (isLowRating(rating, threshold)) concerns.push({ step, pulse, said: `${stepName(step)} ${describeReading(rating)}, below ${threshold}` });
      else if (gap !== undefined)
        concerns.push({ step, pulse, said: `${stepName(step)} ${describeReading(rating)}, ${gap} points below its score of ${score}%` });
    }
    if (concerns.length === 0) return;
    const place = new Map<TeamFile, number>(retros.map((retro, index) => [retro, index]));
    /** The actions aimed at a concern's step: created at its pulse's retro or later, or before and still open. */
    const aimedAt = (concern: Concern): SteppedAction[] => {
      const from = place.get(concern.pulse.retro)!;
      const out: SteppedAction[] = [];
      for (const retro of retros.slice(from)) for (const action of retro.derived(steppedActions).values()) if (action.step === concern.step) out.push(action);
      for (const record of open) {
        const action = place.get(record.createdIn)! < from ? record.createdIn.derived(steppedActions).get(record.path[1] as number) : undefined;
        if (action?.step === concern.step) out.push(action);
      }
      return out;
    };
    // Steps with no action at all, and steps whose only actions are still placeholders.
    const none: Concern[] = [];
    const drafts: { concern: Concern; names: string[] }[] = [];
    for (const concern of concerns) {
      const actions = aimedAt(concern);
      if (actions.some((action) => action.written)) continue;
      if (actions.length === 0) none.push(concern);
      else drafts.push({ concern, names: actions.map((action) => action.name) });
    }
    const unacted = [...none, ...drafts.map((draft) => draft.concern)].sort((a, b) => a.step - b.step);
    const latestOf = (list: Concern[]) => list.reduce((a, b) => (place.get(b.pulse.retro)! > place.get(a.pulse.retro)! ? b : a));
    if (unacted.length === 0) return pass(latestOf(concerns).pulse.retro);
    const at = latestOf(unacted).pulse;
    const what: string[] = [];
    if (none.length > 0) {
      const keys = none.map((concern) => pulseKey(concern.step)).join(', ');
      what.push(
        `no action for ${none.length === 1 ? 'it' : 'them'} (step: ${keys}) was agreed then or since: agree one that moves ${none.length === 1 ? 'it' : 'them'}`,
      );
    }
    for (const { concern, names } of drafts)
      what.push(`${names.join(', ')} (step: ${pulseKey(concern.step)}) ${names.length === 1 ? 'is' : 'are'} still a placeholder: write what the team will do`);
    const latestRetro = retros[retros.length - 1];
    // Only a step with no action gets one: a placeholder is for a person to type over.
    const fixes = (): Fix[] =>
      none
        .map((concern) => stepActionFix(team, concern.step, none.length === 1 ? STEP_ACTION_FIX_TITLE : `Add an action for ${stepName(concern.step)}`))
        .filter((fix): fix is Fix => fix !== undefined);
    report(at.retro, {
      path: ['pulse'],
      anchor: 'key',
      message: `the team rated ${unacted.map((concern) => concern.said).join('; ')}; ${what.join('; ')}`,
      related: unacted
        .filter((concern) => concern.pulse !== at)
        .map((concern) => ({
          file: concern.pulse.retro,
          path: ['pulse', pulseKey(concern.step)],
          anchor: 'key' as const,
          message: `${stepName(concern.step)} rated here`,
        })),
      // The fix edits the team's latest retro: offered only where the finding is in that file.
      fixes: at.retro === latestRetro && none.length > 0 ? fixes : undefined,
    });
  },
});
