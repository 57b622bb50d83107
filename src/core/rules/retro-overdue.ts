import { at } from '../base/dataReaders';
import { cadenceDays, daysBetween } from '../format/dates';
import { defineRule } from '../engine/rule';

export default defineRule({
  id: 'retro-overdue',
  step: 6,
  severity: 'info',
  on: ['X'],
  docs: {
    summary: "The team's latest retro is older than 1.5 × the charter's `feedback.retrospectives` cadence, counted to today (reported on the charter).",
    rationale:
      'Retrospectives are the first meeting to go when a team is busy, which is exactly when they are needed. A gap well past the agreed cadence is worth noticing before it becomes the new normal.',
    howToFix: 'Hold the next retrospective (Team Charter: New Retrospective), or change the cadence in the charter if the team agreed on a new one.',
    example: 'feedback:\n  retrospectives: biweekly   # a retro at least every 21 days',
  },
  checkTeam({ team, today, report, pass }) {
    const charter = team.charter;
    if (!charter?.data) return;
    const days = cadenceDays(at(charter.data, 'feedback', 'retrospectives'));
    const latest = team.timeline.retros[team.timeline.retros.length - 1];
    if (days === undefined || !latest?.date) return;
    const age = daysBetween(latest.date, today);
    if (age <= days * 1.5) return pass(charter);
    report(charter, {
      path: ['feedback', 'retrospectives'],
      message: `the latest retrospective of ${team.id} was ${age} days ago (${latest.date}); the cadence is ${String(at(charter.data, 'feedback', 'retrospectives'))}, so one is overdue`,
      related: [{ file: latest, path: ['date'], message: 'the latest retrospective' }],
    });
  },
});
