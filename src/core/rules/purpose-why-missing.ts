import { PLACEHOLDER } from '../format/placeholders';
import { placeholderFix, requireField } from './factories';

export default requireField({
  id: 'purpose-why-missing',
  step: 1,
  severity: 'warning',
  kind: 'charter',
  path: ['purpose', 'why'],
  message: 'the purpose has no reason (purpose.why): say why it matters',
  placeholderMessage: (shown) => `the reason for the purpose is a placeholder (${shown}): say why it matters`,
  fix: placeholderFix('Add purpose.why', ['purpose', 'why'], PLACEHOLDER.purposeWhy),
  docs: {
    summary: 'The charter has no `purpose.why`.',
    rationale:
      'A purpose without its reason is easy to agree with and hard to act on. The "why" is what lets people make the right call when the statement does not cover a situation, and it is what makes the purpose worth committing to.',
    howToFix: 'Add `purpose.why`: who is helped, or what it costs when the team does not deliver.',
    example: 'purpose:\n  statement: Make every deploy boring.\n  why: Deploy pain costs our customers features.',
  },
});
