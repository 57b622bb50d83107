import { at, entries, str } from '../access';
import { defineRule } from '../rule';

const COLLECTIVE = new Set(['team', 'the team', 'everyone', 'all', 'whole team']);

export default defineRule({
  id: 'decisions-centralised',
  step: 5,
  severity: 'warning',
  on: ['C'],
  kinds: ['charter'],
  docs: {
    summary: 'There are two or more decision rights, and all are `decidedBy` the same single person.',
    rationale:
      'When every decision sits with one person, the team waits, that person becomes the bottleneck, and nobody else learns to decide. Handing some areas to the team or to other members is how decision-making is learned.',
    howToFix: 'Give at least one area to the team, or to another member, and keep the lead as consulted where it helps.',
    example: 'decisions:\n  rights:\n    - area: Hiring\n      decidedBy: dana\n    - area: Tooling within the team\n      decidedBy: team',
  },
  checkFile({ data, report, pass }) {
    const rights = entries(at(data, 'decisions', 'rights'));
    if (rights.length < 2) return;
    const deciders = new Set(rights.map(([right]) => str(right.decidedBy)?.trim().toLowerCase()));
    const [only] = deciders;
    if (deciders.size !== 1 || only === undefined || COLLECTIVE.has(only)) return pass();
    const name = str(rights[0][0].decidedBy);
    report({ path: ['decisions', 'rights'], anchor: 'key', message: `all ${rights.length} decision rights are decided by ${name}: hand at least one area to the team or another member` });
  },
});
