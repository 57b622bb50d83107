import { at, entries } from '../base/dataReaders';
import { written } from '../format/placeholders';
import { defineRule } from '../engine/rule';
import { COLLECTIVE_NAMES } from '../format/vocabulary';

export default defineRule({
  id: 'decisions-centralised',
  step: 5,
  severity: 'warning',
  on: ['C'],
  kinds: ['charter'],
  docs: {
    summary: 'There are one or more decision rights, and every one is `decidedBy` the same single person (not the team).',
    rationale:
      'When every decision sits with one person, the team waits, that person becomes the bottleneck, and nobody else learns to decide. A charter whose only decision right is "everything: the lead" says the same thing in fewer words. Handing some areas to the team or to other members is how decision-making is learned.',
    howToFix: 'Give at least one area to the team, or to another member, and keep the lead as consulted where it helps.',
    example: 'decisions:\n  rights:\n    - area: Hiring\n      decidedBy: dana\n    - area: Tooling within the team\n      decidedBy: team',
  },
  checkFile({ data, report, pass }) {
    const rights = entries(at(data, 'decisions', 'rights'));
    // Who decides each right, as written; a missing or placeholder decidedBy names nobody.
    const deciders = rights.map(([right]) => written(right.decidedBy)?.trim());
    const named = deciders.filter((name): name is string => name !== undefined);
    // Nothing to judge until someone is named.
    if (named.length === 0) return;
    const folded = new Set(deciders.map((name) => name?.toLowerCase()));
    const [only] = folded;
    if (folded.size !== 1 || only === undefined || COLLECTIVE_NAMES.includes(only)) return pass();
    const what = rights.length === 1 ? 'the only decision right is' : `all ${rights.length} decision rights are`;
    report({ path: ['decisions', 'rights'], anchor: 'key', message: `${what} decided by ${named[0]}: hand at least one area to the team or another member` });
  },
});
