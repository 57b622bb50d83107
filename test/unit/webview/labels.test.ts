/** What a screen reader hears: buttons that name their item, docs buttons that start with what they show, fields tied to their notes and findings, notes said once. */
import { strict as assert } from 'node:assert';
import { Announcer, NoteWatch, type LiveRegion } from '../../../webview/announcer.js';
import { charterModel, type FormModel, type ListNode } from '../../../webview/formModel.js';
import { docsLabel, fieldDescriptionIds, findingTextId, hintId, invalidId, moveLabel, noteAnnouncement, removeLabel } from '../../../webview/labels.js';
import { charterData, context } from './fixtures.js';

function list(model: FormModel, key: string): ListNode {
  for (const section of model.sections) for (const child of section.children) if (child.type === 'list' && child.path.join('.') === key) return child;
  throw new Error(`no list ${key}`);
}

describe('webview labels for assistive technology', () => {
  const model = charterModel(charterData(), context());

  it('item buttons say what they do to which item', () => {
    const goals = list(model, 'goals').items;
    const members = list(model, 'members').items;
    assert.equal(removeLabel(goals[1].label), 'Remove goal G2');
    assert.equal(moveLabel(members[0].label, -1), 'Move member dana up');
    assert.equal(moveLabel(members[1].label, 1), 'Move member lee down');
    assert.equal(removeLabel(`column ${'kudos'}`), 'Remove column kudos');
  });

  it("a docs button's name starts with the word it shows, then names the rule (WCAG label in name)", () => {
    const name = docsLabel('goal-no-owner');
    assert.ok(name.startsWith('docs'), name);
    assert.match(name, /goal-no-owner/);
  });

  it('a field is described by its note, its hint, then each finding, by ids of its own', () => {
    assert.deepEqual(fieldDescriptionIds('field-goals-0-due', { invalid: true, hint: false, findings: 2 }), [
      'field-goals-0-due--invalid',
      'field-goals-0-due--finding-0',
      'field-goals-0-due--finding-1',
    ]);
    assert.deepEqual(fieldDescriptionIds('review-x-note', { invalid: false, hint: true, findings: 0 }), ['review-x-note--hint']);
    assert.deepEqual(fieldDescriptionIds('field-team', { invalid: false, hint: false, findings: 0 }), []);
    assert.equal(invalidId('a'), 'a--invalid');
    assert.equal(hintId('a'), 'a--hint');
    assert.equal(findingTextId('a', 3), 'a--finding-3');
  });

  it('a note is said with the name of its field', () => {
    assert.equal(noteAnnouncement('Due of goal G3', 'Not saved yet: a date as YYYY-MM-DD'), 'Due of goal G3: Not saved yet: a date as YYYY-MM-DD');
  });
});

describe('webview announcements', () => {
  it('says each note once when it comes or changes, and again when it comes back', () => {
    const watch = new NoteWatch();
    assert.deepEqual(watch.news(new Map([['due', 'Due: Not saved yet']])), ['Due: Not saved yet']);
    assert.deepEqual(watch.news(new Map([['due', 'Due: Not saved yet']])), [], 'a redraw says nothing new');
    assert.deepEqual(
      watch.news(
        new Map([
          ['due', 'Due: Not saved yet'],
          ['id', 'Id: lowercase'],
        ]),
      ),
      ['Id: lowercase'],
    );
    assert.deepEqual(watch.news(new Map([['due', 'Due: still wrong']])), ['Due: still wrong']);
    assert.deepEqual(watch.news(new Map()), []);
    assert.deepEqual(watch.news(new Map([['due', 'Due: still wrong']])), ['Due: still wrong'], 'gone, then back: said again');
  });

  it('empties the region, then fills it a frame later, so the same words are heard again; urgent words go to the assertive region', () => {
    const polite: LiveRegion = { textContent: 'old' };
    const assertive: LiveRegion = { textContent: '' };
    const later: (() => void)[] = [];
    const announcer = new Announcer(polite, assertive, (step) => later.push(step));
    announcer.say('Due: Not saved yet');
    assert.equal(polite.textContent, '');
    later.shift()!();
    assert.equal(polite.textContent, 'Due: Not saved yet');
    announcer.say('The goal moved under you', true);
    later.shift()!();
    assert.equal(assertive.textContent, 'The goal moved under you');
    assert.equal(polite.textContent, 'Due: Not saved yet');
  });
});
