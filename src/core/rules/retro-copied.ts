import { defineRule } from '../engine/rule';
import { retroEntryKeys } from './retroRecords';

/** A retro with fewer entries than this is too short to call a copy. */
const MIN_ENTRIES = 3;

/** |A ∩ B| and |A ∪ B|: their ratio is the Jaccard index. */
function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): { shared: number; all: number } {
  let shared = 0;
  for (const key of a) if (b.has(key)) shared++;
  return { shared, all: a.size + b.size - shared };
}

export default defineRule({
  id: 'retro-copied',
  step: 6,
  severity: 'warning',
  on: ['X'],
  options: {
    similarity: {
      default: 0.8,
      min: 0,
      max: 1,
      description: "How alike a retro and the team's retro before it may be (shared entries over all their entries) before it is reported",
    },
  },
  docs: {
    summary:
      "One of the team's latest retros (as many as the config's `recentRetros`, 2 by default), with at least 3 entries, says nearly what the retro before it said: of all the entries of the two (wins, discussion items, action titles, decisions and growth notes, compared without case or extra spaces, placeholders left out), at least `similarity` (default 0.8) are in both. Reported on its `date`.",
    rationale:
      'A retro is the record of a meeting. One that repeats the previous retro with a new date records no new meeting: the same wins, the same complaints, the same actions, as if nothing had happened in between. Either the meeting did not take place and the file was filled in to keep the checklist happy, or it did and nobody wrote down what was said. Both leave the team without the feedback loop the file pretends to show.',
    howToFix:
      'Write what was said in this meeting: what went well since the last one, what got in the way, which actions the team agreed now. If the meeting did not happen, delete the file and hold it; a late retro is better than a copied one.',
    example:
      '# the retro before said: wins "Rollback works for three services"; items "Flaky tests"\nwins:\n  - text: Rollback works for ten services\n    who: [sam]\nitems:\n  mad: [Staging was down on Wednesday]\n  glad: [Builds got faster]',
  },
  checkTeam({ team, options, recentRetros, report, pass }) {
    const { retros } = team.timeline;
    for (let i = Math.max(1, retros.length - recentRetros); i < retros.length; i++) {
      const retro = retros[i];
      const before = retros[i - 1];
      const own = retroEntryKeys(retro);
      const { shared, all } = overlap(own, retroEntryKeys(before));
      if (own.size < MIN_ENTRIES || shared / all < options.similarity) {
        pass(retro);
        continue;
      }
      report(retro, {
        path: ['date'],
        message: `this retro repeats the one of ${before.date}: ${shared} of the ${all} entries of the two are in both (${Math.round((shared / all) * 100)}%); write down what was said in this meeting`,
        related: [{ file: before, path: ['date'], message: 'the retro it repeats' }],
      });
    }
  },
});
