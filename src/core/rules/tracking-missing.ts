import { PLACEHOLDER } from '../format/placeholders';
import { placeholderFix, requireField } from './factories';

export default requireField({
  id: 'tracking-missing',
  step: 2,
  severity: 'info',
  kind: 'charter',
  path: ['accountability', 'tracking'],
  message: 'the charter does not say where progress is visible (accountability.tracking)',
  placeholderMessage: (shown) => `where progress is visible is a placeholder (${shown}): link the board or page anyone can open`,
  fix: placeholderFix('Add accountability.tracking', ['accountability', 'tracking'], PLACEHOLDER.tracking),
  docs: {
    summary: 'The charter has no `accountability.tracking`.',
    rationale:
      'Transparency needs a place: a board, a dashboard, a page that anyone, inside or outside the team, can open to see where the goals stand without asking.',
    howToFix: 'Add `accountability.tracking` with the link or name of the place where progress is visible.',
    example: 'accountability:\n  tracking: https://example.org/board',
  },
});
