import { defineRule } from '../engine/rule';

export default defineRule({
  id: 'retro-unknown-team',
  step: 1,
  severity: 'error',
  on: ['X'],
  docs: {
    summary: "A retro's `team` matches no charter id in the workspace.",
    rationale:
      "A retrospective is read against its team's charter: its members, goals and cadence. A retro that names no known team is cut off from all of that, and its actions are followed by nobody. The checks that need the charter are skipped for it until this is fixed.",
    howToFix: "Set `team` to the `id` of the team's charter (a slug such as platform), or create the charter.",
    example: 'kind: Retrospective\nteam: platform   # the id in .team/platform.charter.yaml\ndate: 2026-11-30',
  },
  checkTeam({ team, report, pass }) {
    for (const retro of team.retros) {
      if (team.charter) pass(retro);
      else report(retro, { path: ['team'], message: `no charter has the id "${team.id}": set team to a charter's id, or add the team's charter` });
    }
  },
});
