import { PLACEHOLDER } from '../format/placeholders';
import { placeholderListFix, requireField } from './factories';

export default requireField({
  id: 'norms-missing',
  step: 6,
  severity: 'info',
  kind: 'charter',
  path: ['feedback', 'norms'],
  message: 'the charter has no feedback norms (feedback.norms)',
  placeholderMessage: (shown) => `the feedback norms are only placeholders (${shown}): write the agreements the team keeps`,
  fix: placeholderListFix('Add feedback.norms', ['feedback', 'norms'], PLACEHOLDER.norm),
  docs: {
    summary: 'The charter has no `feedback.norms`.',
    rationale:
      'Psychological safety grows from explicit agreements: how we disagree, how we hear bad news, what happens to mistakes. Written norms give the quietest person something to point to.',
    howToFix: 'Agree on a few norms as a team and list them under `feedback.norms`.',
    example: 'feedback:\n  norms:\n    - Disagree in the room, commit outside it',
  },
});
