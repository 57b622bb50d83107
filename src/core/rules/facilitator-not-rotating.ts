import { countOption, defineRule } from '../engine/rule';
import { facilitatorRuns } from '../format/team';

export default defineRule({
  id: 'facilitator-not-rotating',
  step: 3,
  severity: 'info',
  on: ['X'],
  options: { maxConsecutive: countOption(4, 'How many retros in a row with the same facilitator make a finding') },
  docs: {
    summary:
      'The same person facilitated N or more consecutive retros of the team (option `maxConsecutive`, default 4; one finding per such run, on its latest retro). A retro without `facilitator` ends a run.',
    rationale:
      "Running a retrospective is a small, safe way to practise leading a room: keeping time, drawing out the quiet voices, turning a discussion into actions. When one person always facilitates, the others never get that practice, and the retro takes on one person's habits and blind spots.",
    howToFix: 'Hand the next retro to someone else, for instance in a fixed rotation, and record who it was under `facilitator`.',
    example: 'kind: Retrospective\nteam: platform\ndate: 2026-11-30\nfacilitator: sam   # lee ran the four before this one',
  },
  checkTeam({ team, options, report, pass }) {
    const limit = options.maxConsecutive;
    // One check per run, counted on its latest retro, where the finding would go.
    for (const run of facilitatorRuns(team.timeline.retros)) {
      const latest = run.retros[run.retros.length - 1];
      if (run.retros.length < limit) {
        pass(latest);
        continue;
      }
      const first = run.retros[0];
      report(latest, {
        path: ['facilitator'],
        message: `${run.facilitator} has facilitated ${run.retros.length} retros in a row (since ${first.date}): let someone else run the next one`,
        related: [{ file: first, path: ['facilitator'], message: `the first of ${run.facilitator}'s ${run.retros.length} retros in a row` }],
      });
    }
  },
});
