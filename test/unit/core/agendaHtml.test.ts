/**
 * The agenda as the editor's Prepare Retrospective panel shows it: each item of
 * the words (agendaSections) paired with the thing it is about, so that its
 * links go to that thing and no other; the page's outline; escaping.
 */
import { strict as assert } from 'node:assert';
import { emptyAgenda, fixtureAgenda } from './agendaFixtures';
import { stepLabel } from '../../../src/core/insights/scoreWords';
import { agendaTitle } from '../../../src/core/report/agenda';
import { AGENDA_LISTS, agendaLists, agendaSource, renderAgendaHtmlBody, type AgendaRef } from '../../../src/core/report/agendaHtml';
import { renderAgendaMarkdown } from '../../../src/core/report/agenda';
import { TODAY } from '../helpers';

/** What an item's words must begin with for its ref: the id, the step, the name or the title it is about. */
function wordsFor(ref: AgendaRef): string {
  switch (ref.kind) {
    case 'action':
      return ref.id;
    case 'pulse':
    case 'focus':
      return stepLabel(ref.step);
    case 'member':
      return ref.name;
    case 'change':
      return ref.title === null ? 'A change with no title' : `"${ref.title}"`;
    case 'goal':
      return ref.goal.id ?? 'A goal with no id';
  }
}

describe('the agenda in the editor: items with what they are about, as HTML', () => {
  const agenda = fixtureAgenda();

  it('every list of the fixture has items, and each item is paired with the thing its words name', () => {
    const lists = agendaLists(agenda);
    assert.deepEqual(
      lists.map((l) => l.key),
      [...AGENDA_LISTS],
    );
    for (const list of lists) {
      assert.ok(list.items.length > 0, `the fixture has ${list.key}`);
      for (const { text, ref } of list.items) assert.ok(text.startsWith(wordsFor(ref)), `${list.key}: "${text}" is about ${JSON.stringify(ref)}`);
    }
    const byKey = Object.fromEntries(lists.map((l) => [l.key, l.items.map((i) => i.ref)]));
    assert.deepEqual(
      byKey.actions.map((r: AgendaRef) => r.kind === 'action' && r.id),
      agenda.actions.map((a) => a.id),
    );
    assert.deepEqual(byKey.facilitator, [{ kind: 'member', name: agenda.facilitator }]);
    assert.deepEqual(
      byKey.changes.map((r: AgendaRef) => r.kind === 'change' && r.index),
      agenda.changes.map((_, i) => i),
    );
  });

  it('a title and where it comes from as the Markdown says them, the start button, then an h2 per list in order, each section named by it', () => {
    const html = renderAgendaHtmlBody(agenda, { start: { href: 'command:start?%5B%22platform%22%5D', text: 'Start the Retrospective', note: 'opens it' } });
    const md = renderAgendaMarkdown(agenda).split('\n');
    assert.equal(md[0], `# ${agendaTitle(agenda)}`);
    assert.equal(md[2], agendaSource(agenda));
    assert.ok(html.startsWith(`<h1>Retro agenda: Platform Team (platform)</h1>\n<p class="sub">${agendaSource(agenda).replace(/'/g, '&#39;')}</p>\n`));
    assert.match(
      html,
      /<p class="start"><a class="button" href="command:start\?%5B%22platform%22%5D">Start the Retrospective<\/a> <span class="muted">opens it<\/span><\/p>/,
    );
    const headings = [...html.matchAll(/<section class="agenda-list" aria-labelledby="([^"]+)">\n<h2 id="([^"]+)">([^<]+)<\/h2>/g)];
    assert.deepEqual(
      headings.map((m) => m[1]),
      AGENDA_LISTS.map((key) => `agenda-${key}`),
    );
    for (const m of headings) assert.equal(m[1], m[2]);
    assert.equal(
      (html.match(/<li>/g) ?? []).length,
      agendaLists(agenda).reduce((n, l) => n + l.items.length, 0),
    );
  });

  it("each item carries the caller's links, escaped; an item without any has none; an empty list says so under its heading", () => {
    const html = renderAgendaHtmlBody(emptyAgenda({ actions: agenda.actions.slice(0, 2) }), {
      linksFor: (ref) => (ref.kind === 'action' && ref.id === 'A-1' ? [{ href: 'command:open?["a&b"]', text: 'A-1 in "x".yaml, line 9' }] : []),
    });
    assert.match(
      html,
      /<li><span class="item">A-1 [^<]*<\/span> <span class="links"><a href="command:open\?\[&quot;a&amp;b&quot;\]">A-1 in &quot;x&quot;\.yaml, line 9<\/a><\/span><\/li>/,
    );
    assert.match(html, /<li><span class="item">A-2 [^<]*<\/span><\/li>/);
    assert.match(html, /<h2 id="agenda-pulse">[^<]+<\/h2>\n<p class="none">No step of the team&#39;s recent pulse is low/);
    assert.doesNotMatch(html, /class="start"/, 'no start button unless given');
  });

  it('text from the files shows as text: markup in a title, a name or a team runs nothing', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const html = renderAgendaHtmlBody(
      emptyAgenda({
        name: hostile,
        facilitator: hostile,
        actions: [{ id: 'A-1', title: hostile, owner: hostile, due: null, since: TODAY, retros: 1, overdue: false, decide: false }],
        goals: [{ id: 'G1', title: '{{constructor}}', why: 'no-activity', due: null }],
      }),
    );
    assert.doesNotMatch(html, /<img/);
    assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;/);
    assert.match(html, /\{\{constructor\}\}/, 'shown as written: the page runs no template');
  });
});
