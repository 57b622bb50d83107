import { PLACEHOLDER } from '../format/placeholders';
import { placeholderFix, requireField } from './factories';

export default requireField({
  id: 'purpose-missing',
  step: 1,
  severity: 'error',
  kind: 'charter',
  path: ['purpose', 'statement'],
  message: 'the charter has no purpose statement (purpose.statement): say in one sentence why the team exists',
  placeholderMessage: (shown) => `the purpose statement is a placeholder (${shown}): say in one sentence why the team exists`,
  fix: placeholderFix('Add purpose.statement', ['purpose', 'statement'], PLACEHOLDER.purposeStatement),
  docs: {
    summary: 'The charter has no `purpose.statement`.',
    rationale:
      'Goals only align with something that is written down. A one-sentence purpose is the yardstick every goal, priority and trade-off is measured against; without it, the team optimises for whatever is loudest this week.',
    howToFix: 'Add `purpose.statement`: one sentence on what the team exists to achieve for whom.',
    example: 'purpose:\n  statement: Make every deploy boring.\n  why: Deploy pain costs our customers features.',
  },
});
