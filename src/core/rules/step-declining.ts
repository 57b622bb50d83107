import { defineRule } from '../engine/rule';
import { STEP_TITLES } from '../engine/score';
import { STEPS } from '../base/types';

/** A step declines when its score fell at each of this many retros in a row. */
const FALLS = 3;

export default defineRule({
  id: 'step-declining',
  step: 6,
  severity: 'off',
  on: ['X'],
  docs: {
    summary:
      "A step's score fell in each of the team's last 3 retros: the team's score for the step as it stood on each retro's date (history replay), from the 4th latest retro to the latest, each strictly below the one before (reported on the latest retro, one finding per step). Off unless turned on.",
    rationale:
      "One bad retro says little; a score that slides three times in a row is a trend the team may not notice from inside. The rule reads the team's score as it stood on each retro's date (the charter, the retros up to that one, the checks that read the calendar counted to that day), so it points at the step to look at, not at one field, and at when the slide began rather than at the latest retro alone. It is off by default because scores of small retros move a lot.",
    howToFix:
      "Open the step's findings in the recent retros (`teamcharter score --format json` lists them per file) and fix the ones that crept in; the next retro's score then stops the slide.",
    example: '# teamcharter.config.yaml\nrules:\n  step-declining: warning',
  },
  checkHistory({ retros, report, pass }) {
    const last = retros.slice(-(FALLS + 1));
    if (last.length < FALLS + 1) return;
    const latest = last[last.length - 1].retro;
    for (const step of STEPS) {
      const scores = last.map((point) => point.steps[step - 1].score);
      // A step that was n/a somewhere in the window has no trend to speak of.
      if (scores.some((score) => score === null)) continue;
      const values = scores as number[];
      if (!values.every((score, i) => i === 0 || score < values[i - 1])) {
        pass(latest);
        continue;
      }
      report(latest, {
        path: ['date'],
        message: `step ${step} (${STEP_TITLES[step]}) fell in each of the last ${FALLS} retros: ${values.map((v) => `${v}%`).join(' → ')} (${last.map((p) => p.date).join(', ')})`,
        related: [{ file: last[0].retro, path: ['date'], message: `step ${step} was ${values[0]}% here` }],
      });
    }
  },
});
