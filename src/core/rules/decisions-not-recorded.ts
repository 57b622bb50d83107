import { countOption, defineRule } from '../engine/rule';
import type { TeamFile } from '../format/teamFile';
import { retroDecisions } from './retroRecords';

/** Whether a retro records a decision: one whose text is written. */
function recordsDecision(retro: TeamFile): boolean {
  return retroDecisions(retro).some((decision) => decision.text !== undefined);
}

export default defineRule({
  id: 'decisions-not-recorded',
  step: 5,
  severity: 'info',
  on: ['X'],
  options: { lastRetros: countOption(4, "How many of the team's latest retros are searched for a recorded decision") },
  docs: {
    summary:
      "Not one of the team's last N retros (option `lastRetros`, default 4) records a decision under `decisions`; only once the team has N dated retros. Reported on the `date` of its latest retro.",
    rationale:
      "Decision rights only show they work when decisions get taken, by the people who hold them. A team that has met for months without writing down a single decision either decides nothing together, or decides in places nobody can see afterwards: in a lead's head, in a private chat. Either way nobody can tell who decided what, and nobody can learn from it.",
    howToFix:
      'End each retro by asking what the team decided in the meeting or since the last one, and write it under `decisions`, with `by` saying who took it (`team`, a member or a role). Small decisions count: a changed rule for merges, a tool picked, a meeting dropped.',
    example: 'decisions:\n  - text: Drop the Friday release train\n    by: team',
  },
  checkTeam({ team, options, report, pass }) {
    const { retros } = team.timeline;
    const window = options.lastRetros;
    if (retros.length < window) return;
    const last = retros.slice(-window);
    const latest = last[last.length - 1];
    if (last.some((retro) => retro.derived(recordsDecision))) return pass(latest);
    report(latest, {
      path: ['date'],
      message: `none of the last ${window} retros (since ${last[0].date}) records a decision: what did the team decide, and who took it?`,
      related: [{ file: last[0], path: ['date'], message: `the first of the last ${window} retros` }],
    });
  },
});
