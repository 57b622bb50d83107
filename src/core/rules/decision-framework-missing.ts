import { PLACEHOLDER } from '../format/placeholders';
import { placeholderFix, requireField } from './factories';

export default requireField({
  id: 'decision-framework-missing',
  step: 5,
  severity: 'info',
  kind: 'charter',
  path: ['decisions', 'framework'],
  message: 'the charter does not say how the team decides (decisions.framework)',
  placeholderMessage: (shown) => `how the team decides is a placeholder (${shown}): consent, consensus, advice, lead-decides, or your own words`,
  fix: placeholderFix('Add decisions.framework', ['decisions', 'framework'], PLACEHOLDER.framework),
  docs: {
    summary: 'The charter has no `decisions.framework`.',
    rationale:
      'Knowing how a decision is taken, by consent, consensus, advice or by the lead, saves the meeting about how to have the meeting and tells people when their objection still counts.',
    howToFix: 'Add `decisions.framework`: consent, consensus, advice, DACI, RACI, lead-decides, or your own words.',
    example: 'decisions:\n  framework: consent',
  },
});
