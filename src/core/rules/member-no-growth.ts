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
  fixes: (path) => [
    {
      title: 'Add a growth path',
      edits: [{ op: 'set', path, value: { aspiration: 'Where they want to grow', stretch: 'Stretch work under way', coach: 'name' } }],
      placeholder: 'Where they want to grow',
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
