import { entries } from '../base/dataReaders';
import { isPlaceholder } from '../format/placeholders';
import type { TeamFile } from '../format/teamFile';
import { someRecentRetroRecords } from './factories';

/** Whether a retro records somebody learning or stretching: a `growth` entry with something written in it. */
function recordsGrowth(retro: TeamFile): boolean {
  return entries(retro.data?.growth).some(([entry]) => !isPlaceholder(entry));
}

export default someRecentRetroRecords({
  id: 'growth-not-practised',
  step: 3,
  severity: 'info',
  lastRetros: 4,
  searchedFor: 'a `growth` entry',
  records: recordsGrowth,
  message: 'records anybody learning or stretching under growth: who led, learned or tried something new?',
  docs: {
    summary:
      "Not one of the team's last N retros (option `lastRetros`, default 4) records anybody learning or stretching under `growth`; only once the team has N dated retros. Reported on the `date` of its latest retro.",
    rationale:
      'Growth paths in a charter are intentions. They turn into a pipeline of future leaders only when someone actually runs the incident review, pairs on the scary code, or presents to another team, and the team notices it. When months of retros record no such moment, either nobody is stretching or nobody is looking, and in both cases the growth paths are paperwork.',
    howToFix:
      "At the next retro, ask who learned something, led something for the first time or worked outside their comfort zone since the last one, and write it under `growth` with `who` and a `note`. If the honest answer is nobody, pick a stretch from someone's growth path and plan it as an action.",
    example: 'growth:\n  - who: sam\n    note: Led the incident review for the first time',
  },
});
