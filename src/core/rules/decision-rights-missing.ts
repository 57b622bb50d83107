import { requireField } from './factories';

export default requireField({
  id: 'decision-rights-missing',
  step: 5,
  severity: 'warning',
  kind: 'charter',
  path: ['decisions', 'rights'],
  message: 'the charter lists no decision rights (decisions.rights): who decides what?',
  fix: {
    title: 'Add decisions.rights',
    edits: [{ op: 'set', path: ['decisions', 'rights'], value: [{ area: 'Area of decisions', decidedBy: 'team' }] }],
    placeholder: 'Area of decisions',
  },
  docs: {
    summary: 'The charter has no `decisions.rights`.',
    rationale:
      'Empowerment is specific: which decisions the team makes without asking, which a member makes alone, which go up. When nobody wrote it down, every decision drifts to the most senior person in the room.',
    howToFix: 'List the recurring decision areas under `decisions.rights`, each with who decides and who is consulted.',
    example: 'decisions:\n  rights:\n    - area: Tooling within the team\n      decidedBy: team\n      consulted: [dana]',
  },
});
