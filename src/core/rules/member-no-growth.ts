import { PLACEHOLDER } from '../format/placeholders';
import { requireFieldInEach } from './factories';

export default requireFieldInEach({
  id: 'member-no-growth',
  step: 3,
  severity: 'warning',
  kind: 'charter',
  list: 'members',
  item: 'member',
  field: 'growth',
  message: (name) => `${name} has no growth path (growth: aspiration, stretch, coach)`,
  placeholderMessage: (name, shown) => `${name} has only placeholders for a growth path (${shown}): agree with them on an aspiration, stretch work and a coach`,
  fixes: (path) => [
    {
      title: 'Add a growth path',
      edits: [{ op: 'set', path, value: { aspiration: PLACEHOLDER.aspiration, stretch: PLACEHOLDER.stretch, coach: PLACEHOLDER.coach } }],
      placeholder: PLACEHOLDER.aspiration,
    },
  ],
  docs: {
    summary: 'A member without `growth`.',
    rationale:
      'Future leaders are grown on purpose, one person at a time: an aspiration they chose, stretch work that tests it, and someone coaching them. Writing it down is how a lead notices the people nobody is investing in.',
    howToFix: 'Agree with the member on `growth.aspiration`, a `growth.stretch` assignment and a `growth.coach`, and write them down.',
    example: 'members:\n  - name: sam\n    growth:\n      aspiration: Tech lead\n      stretch: Own the incident review process\n      coach: dana',
  },
});
