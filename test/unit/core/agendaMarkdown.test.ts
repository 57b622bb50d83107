/** The agenda in words: the Markdown `teamcharter agenda` prints (docs/cli.md "agenda"). */
import { strict as assert } from 'node:assert';
import { emptyAgenda, fixtureAgenda } from './agendaFixtures';
import { renderAgendaMarkdown } from '../../../src/core/report/agenda';

describe('the agenda in words', () => {
  describe('Markdown', () => {
    const md = renderAgendaMarkdown(fixtureAgenda());
    const lines = md.split('\n');

    it('a title, where it comes from, then a heading per list and one line per item, in the order of the lists', () => {
      assert.equal(lines[0], '# Retro agenda: Platform Team (platform)');
      assert.equal(lines[2], "From the team's files on 2026-11-30; the last retro was on 2026-11-16.");
      assert.deepEqual(
        lines.filter((line) => line.startsWith('## ')).map((line) => line.split(' (')[0]),
        [
          '## Open actions, oldest first',
          "## The team's pulse",
          '## Focus',
          '## Not credited in a win lately',
          '## Suggested facilitator',
          '## Change under way',
          '## Goals overdue, due within 30 days or with no activity',
        ],
      );
      const items = lines.filter((line) => line.startsWith('- '));
      // 6 actions, 3 pulse steps, 3 focus steps, 2 uncredited, 1 facilitator, 3 changes, 5 goals.
      assert.equal(items.length, 6 + 3 + 3 + 2 + 1 + 3 + 5);
      assert.deepEqual(
        items.slice(0, 6).map((line) => line.split(' ')[1]),
        ['A-1', 'A-2', 'A-6', 'A-3', 'A-4', 'A-5'],
      );
    });

    it('an item says what the meeting needs: overdue, what to decide, why a step is on it, who', () => {
      assert.ok(
        lines.includes(
          '- A-2 "Move the staging database" (sam, due 2026-11-10): open since 2026-10-19, in 3 retros; overdue; decide: finish, split, drop or escalate',
        ),
      );
      assert.ok(lines.includes('- A-3 "Upgrade the ingress controller" (sam, due 2026-11-05): open since 2026-11-02, in 2 retros'));
      assert.ok(lines.includes('- A-5 "Measure deploy time per service" (no owner, no due date): open since 2026-11-16, in 1 retro'));
      assert.ok(
        lines.includes('- Step 7, Celebrating successes: rated low, rated far below its score (mean 2 out of 5); agree an action with step: recognition'),
      );
      assert.ok(lines.includes('- G3 "Build cache shared by every team": no action touched it in the last retros'));
      assert.ok(lines.includes('- Zoe'));
    });

    it('an empty list is one short sentence, with no heading', () => {
      const text = renderAgendaMarkdown(emptyAgenda());
      assert.equal(text.split('\n').filter((line) => line.startsWith('#')).length, 1, 'the title only');
      assert.equal(text.split('\n').filter((line) => line.startsWith('- ')).length, 0);
      assert.match(text, /^No open action to review\.$/m);
      assert.match(text, /^No change under way\.$/m);
      assert.match(text, /no retro yet\.$/m);
    });

    it('text from the files is inert: no markup, no control character, and no item can start a block', () => {
      const text = renderAgendaMarkdown(
        emptyAgenda({
          name: 'Web <b>',
          actions: [
            { id: '# A-1', title: 'Fix [this](http://x) \u001b[31m', owner: '*sam*', due: null, since: '2026-11-02', retros: 1, overdue: false, decide: false },
          ],
          uncredited: ['1. tom', '- lee'],
        }),
      );
      assert.match(text, /^# Retro agenda: Web &lt;b&gt; \(web\)$/m);
      assert.ok(text.includes('- \\# A-1 "Fix \\[this\\](http://x) \\\\u001b\\[31m" (\\*sam\\*, no due date)'), text);
      assert.ok(text.includes('\n- \\1. tom\n- \\- lee\n'), text);
      assert.doesNotMatch(text, /\u001b/);
    });
  });
});
