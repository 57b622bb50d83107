import { entries } from '../base/dataReaders';
import { PLACEHOLDER, presence, type Presence } from '../format/placeholders';
import { requireField } from './factories';

/** A right says what is decided: rights whose area is missing or a placeholder decide nothing. */
function rightsPresence(value: unknown): Presence {
  const state = presence(value);
  if (state !== 'given') return state;
  return entries(value).some(([right]) => presence(right.area) === 'given') ? 'given' : 'placeholder';
}

export default requireField({
  id: 'decision-rights-missing',
  step: 5,
  severity: 'warning',
  kind: 'charter',
  path: ['decisions', 'rights'],
  message: 'the charter lists no decision rights (decisions.rights): who decides what?',
  placeholderMessage: (shown) => `the decision rights name no area yet, only placeholders (${shown}): name each area and who decides it`,
  presence: rightsPresence,
  fix: {
    title: 'Add decisions.rights',
    edits: [{ op: 'set', path: ['decisions', 'rights'], value: [{ area: PLACEHOLDER.area, decidedBy: PLACEHOLDER.decidedBy }] }],
    placeholder: PLACEHOLDER.area,
  },
  docs: {
    summary: 'The charter has no `decisions.rights`.',
    rationale:
      'Empowerment is specific: which decisions the team makes without asking, which a member makes alone, which go up. When nobody wrote it down, every decision drifts to the most senior person in the room.',
    howToFix: 'List the recurring decision areas under `decisions.rights`, each with who decides and who is consulted.',
    example: 'decisions:\n  rights:\n    - area: Tooling within the team\n      decidedBy: team\n      consulted: [dana]',
  },
});
