import type { TeamFile } from '../format/teamFile';
import { someRecentRetroRecords } from './factories';
import { retroDecisions } from './retroRecords';

/** Whether a retro records a decision: one whose text is written. */
function recordsDecision(retro: TeamFile): boolean {
  return retroDecisions(retro).some((decision) => decision.text !== undefined);
}

export default someRecentRetroRecords({
  id: 'decisions-not-recorded',
  step: 5,
  severity: 'info',
  lastRetros: 4,
  searchedFor: 'a recorded decision',
  records: recordsDecision,
  message: 'records a decision: what did the team decide, and who took it?',
  docs: {
    summary:
      "Not one of the team's last N retros (option `lastRetros`, default 4) records a decision under `decisions`; only once the team has N dated retros. Reported on the `date` of its latest retro.",
    rationale:
      "Decision rights only show they work when decisions get taken, by the people who hold them. A team that has met for months without writing down a single decision either decides nothing together, or decides in places nobody can see afterwards: in a lead's head, in a private chat. Either way nobody can tell who decided what, and nobody can learn from it.",
    howToFix:
      'End each retro by asking what the team decided in the meeting or since the last one, and write it under `decisions`, with `by` saying who took it (`team`, a member or a role). Small decisions count: a changed rule for merges, a tool picked, a meeting dropped.',
    example: 'decisions:\n  - text: Drop the Friday release train\n    by: team',
  },
});
