import { DEFAULT_FALLS, pulseDeclines, pulseKey } from '../format/pulse';
import { defineRule } from '../engine/rule';
import { COLLECTING, RATING_MEANS, stepName } from './pulseWords';

export default defineRule({
  id: 'pulse-declining',
  step: 'rated',
  severity: 'info',
  on: ['X'],
  docs: {
    summary:
      "A step's pulse mean fell in each of the team's last 3 pulses that rate it (4 ratings, each strictly below the one before); on the latest one's key under `pulse`. It never counts in scores.",
    rationale: `${RATING_MEANS} One low rating can be a bad week; a rating that slips three pulses in a row is a trend the team may not notice from inside, and it often shows before anything in the files changes.`,
    howToFix: `Show the team the run of ratings (the report and the dashboard draw it) and ask what changed since the first of them. Record an action for the step; the finding goes when a pulse rates the step no lower than the one before. ${COLLECTING}`,
    example: '# ratings of feedback over four retros: 3.6, 3.8, 3.4, 3.5 (it rose at the end: no decline)\npulse:\n  responses: 6\n  feedback: [0, 1, 2, 2, 1]',
  },
  checkTeam({ team, report }) {
    for (const decline of pulseDeclines(team.timeline.pulses, DEFAULT_FALLS)) {
      const first = decline.pulses[0];
      const latest = decline.pulses[decline.pulses.length - 1];
      const key = pulseKey(decline.step);
      report(latest.retro, {
        path: ['pulse', key],
        anchor: 'key',
        step: decline.step,
        message: `the team's rating of ${stepName(decline.step)} fell at each of its last ${DEFAULT_FALLS} pulses: ${decline.readings.map((r) => r.mean).join(' → ')} (${decline.readings.map((r) => r.date).join(', ')})`,
        related: [{ file: first.retro, path: ['pulse', key], anchor: 'key', message: `${stepName(decline.step)} was rated ${decline.readings[0].mean} here` }],
      });
    }
  },
});
