import { at, entries } from '../base/dataReaders';
import { textKey } from '../base/wording';
import { written } from '../format/placeholders';
import { defineRule } from '../engine/rule';
import { label } from './labels';
import { quoted } from './words';

export default defineRule({
  id: 'growth-copied',
  step: 3,
  severity: 'warning',
  on: ['C'],
  kinds: ['charter'],
  docs: {
    summary:
      "A member whose growth `aspiration` and `stretch` are both written and both the same as an earlier member's (trimmed, without case, runs of white space as one): one finding per member after the first, on `growth`.",
    rationale:
      'A growth path is one person\'s: what they want to become, and the work that will stretch them toward it. When several members share the same words ("Grow", "Take on more responsibility"), nobody sat down with each of them, and the charter only looks as if everyone has a path. The juniors who most need a lead\'s attention are the ones a copied line hides.',
    howToFix:
      'Sit down with each member and write their own aspiration (a role or a skill they chose) and a stretch assignment that fits it: a piece of work, with a scope and a date, that tests them. Two people may want the same role; their stretch work will still differ.',
    details:
      'A member is read when both `growth.aspiration` and `growth.stretch` are written (not placeholders: member-no-growth reports those). Texts are compared trimmed, without case, with runs of white space as one. Each member read is one check of step 3.',
    example:
      'members:\n  - name: dana\n    growth:\n      aspiration: Engineering manager\n      stretch: Run Q1 planning\n  - name: sam\n    growth:\n      aspiration: Tech lead for the build tooling\n      stretch: Lead the CI migration',
  },
  checkFile({ file, data, report, pass }) {
    // The first member with each aspiration and stretch, by their folded texts.
    const first = new Map<string, { index: number; name: string }>();
    for (const [member, index] of entries(data.members)) {
      const aspiration = written(at(member, 'growth', 'aspiration'));
      const stretch = written(at(member, 'growth', 'stretch'));
      if (aspiration === undefined || stretch === undefined) continue;
      const key = `${textKey(aspiration)}\n${textKey(stretch)}`;
      const name = label('member', member, index);
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, { index, name });
        pass();
        continue;
      }
      report({
        path: ['members', index, 'growth'],
        anchor: 'key',
        message: `${name}'s growth path is ${earlier.name}'s, word for word (aspiration ${quoted(aspiration)}, stretch ${quoted(stretch)}): write ${name}'s own, with them`,
        related: [{ file, path: ['members', earlier.index, 'growth'], anchor: 'key', message: `${earlier.name}'s growth path, the same words` }],
      });
    }
  },
});
