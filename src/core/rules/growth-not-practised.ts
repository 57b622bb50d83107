import { entries } from '../base/dataReaders';
import { countOption, defineRule } from '../engine/rule';
import { isPlaceholder } from '../format/placeholders';
import type { TeamFile } from '../format/teamFile';

/** Whether a retro records somebody learning or stretching: a `growth` entry with something written in it. */
function recordsGrowth(retro: TeamFile): boolean {
  return entries(retro.data?.growth).some(([entry]) => !isPlaceholder(entry));
}

export default defineRule({
  id: 'growth-not-practised',
  step: 3,
  severity: 'info',
  on: ['X'],
  options: { lastRetros: countOption(4, "How many of the team's latest retros are searched for a `growth` entry") },
  docs: {
    summary:
      "Not one of the team's last N retros (option `lastRetros`, default 4) records anybody learning or stretching under `growth`; only once the team has N dated retros. Reported on the `date` of its latest retro.",
    rationale:
      'Growth paths in a charter are intentions. They turn into a pipeline of future leaders only when someone actually runs the incident review, pairs on the scary code, or presents to another team, and the team notices it. When months of retros record no such moment, either nobody is stretching or nobody is looking, and in both cases the growth paths are paperwork.',
    howToFix:
      "At the next retro, ask who learned something, led something for the first time or worked outside their comfort zone since the last one, and write it under `growth` with `who` and a `note`. If the honest answer is nobody, pick a stretch from someone's growth path and plan it as an action.",
    example: 'growth:\n  - who: sam\n    note: Led the incident review for the first time',
  },
  checkTeam({ team, options, report, pass }) {
    const { retros } = team.timeline;
    const window = options.lastRetros;
    // A young team has not had the time to show it.
    if (retros.length < window) return;
    const last = retros.slice(-window);
    const latest = last[last.length - 1];
    if (last.some((retro) => retro.derived(recordsGrowth))) return pass(latest);
    report(latest, {
      path: ['date'],
      message: `none of the last ${window} retros (since ${last[0].date}) records anybody learning or stretching under growth: who led, learned or tried something new?`,
      related: [{ file: last[0], path: ['date'], message: `the first of the last ${window} retros` }],
    });
  },
});
