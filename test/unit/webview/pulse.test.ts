/** The retro form's Pulse section: its model, the mean as typed, and each counter's edit applied to commented files. */
import { strict as assert } from 'node:assert';
import { parse } from 'yaml';
import { describeReading, stepPulse } from '../../../src/core/format/pulse.js';
import type { YamlEdit } from '../../../src/core/base/types.js';
import { applyYamlEdits } from '../../../src/core/yaml/yamlEdit.js';
import { anchorsOf, fieldsOf, retroModel, type PulseNode } from '../../../webview/formModel.js';
import { setPulseCount, setResponses } from '../../../webview/intents.js';
import { typedMean } from '../../../webview/model/pulse.js';
import { pathKey } from '../../../webview/paths.js';
import { context, retroData } from './fixtures.js';

function pulseOf(data: Record<string, unknown>): PulseNode {
  const section = retroModel(data, context(), { 2: 'Accountability with support' }).sections.find((s) => s.key === 'pulse');
  const node = section?.children[0];
  assert.ok(node && node.type === 'pulse');
  return node;
}

const RETRO = `# Retro after the launch.
kind: Retrospective
team: web
date: 2026-11-30
decisions:
  - Trunk-based development   # agreed by all
`;

const WITH_PULSE = `kind: Retrospective
team: web
date: 2026-11-30
pulse:   # collected by a show of fingers
  responses: 6   # two were away
  goals: [0, 1, 2, 3, 0]   # before the demo
  growth:
    - 0
    - 0   # nobody low
    - 1
    - 1
    - 0
`;

function apply(text: string, edit: unknown): { text: string; data: Record<string, any> } {
  assert.ok(edit && typeof edit === 'object' && 'op' in edit, `an edit: ${JSON.stringify(edit)}`);
  const after = applyYamlEdits(text, [edit as YamlEdit]);
  for (const line of text.split('\n')) {
    const at = line.indexOf('#');
    if (at >= 0) assert.ok(after.includes(line.slice(at)), `comment kept: ${line.slice(at)}\n${after}`);
  }
  return { text: after, data: parse(after) };
}

/** The lines that differ between two texts of the same length in lines. */
function changedLines(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  return b.filter((line, i) => a[i] !== line);
}

describe('webview pulse section', () => {
  describe('model', () => {
    it('has responses and, for each of the seven steps, five counters named for a screen reader', () => {
      const pulse = pulseOf({ ...retroData(), pulse: { responses: 6, accountability: [0, 1, 2, 3, 0] } });
      assert.equal(pulse.responses.value, '6');
      assert.equal(pulse.responses.validation, 'count');
      assert.deepEqual(
        pulse.rows.map((r) => r.key),
        ['goals', 'accountability', 'growth', 'change', 'decisions', 'feedback', 'recognition'],
      );
      const row = pulse.rows[1];
      assert.equal(row.title, 'Accountability with support', 'the step title from the checklist');
      assert.deepEqual(
        row.counts.map((f) => f.name),
        [1, 2, 3, 4, 5].map((r) => `Step 2, rated ${r}: number of people`),
      );
      assert.deepEqual(
        row.counts.map((f) => f.value),
        ['0', '1', '2', '3', '0'],
      );
      assert.deepEqual(row.counts[3].path, ['pulse', 'accountability', 3]);
      assert.deepEqual(row.counts[3].write, { kind: 'pulse', key: 'accountability', index: 3 });
      assert.deepEqual(
        pulse.rows[0].counts.map((f) => f.value),
        ['0', '0', '0', '0', '0'],
        'a step not rated shows 0s',
      );
    });

    it('draws the same section for a retro without a pulse, and every counter is a field of the form', () => {
      const pulse = pulseOf(retroData());
      assert.equal(pulse.responses.value, '');
      const keys = fieldsOf(retroModel(retroData(), context())).map((f) => f.key);
      assert.ok(keys.includes(pathKey(['pulse', 'recognition', 4])));
      assert.ok(keys.includes(pathKey(['pulse', 'responses'])));
    });

    it("gives the pulse and each step's row a place for its findings (pulse-low and pulse-gap are on the step's key)", () => {
      const anchors = anchorsOf(retroModel(retroData(), context()));
      assert.equal(anchors.get(pathKey(['pulse']))?.section, 'pulse');
      assert.equal(anchors.get(pathKey(['pulse', 'feedback']))?.id, 'field-pulse-feedback');
      assert.equal(anchors.get(pathKey(['pulse', 'feedback', 2]))?.field, true);
    });
  });

  describe('the mean as typed', () => {
    it("is the core's mean, in the words every view uses", () => {
      assert.equal(typedMean(2, ['0', '1', '2', '3', '0']), describeReading(stepPulse(2, [0, 1, 2, 3, 0])!));
      assert.equal(typedMean(2, ['0', '1', '2', '3', '0']), '3.33 out of 5 (58.3%, 6 people)');
      assert.equal(typedMean(1, ['', ' 2', '', '', '2 ']), '3.5 out of 5 (62.5%, 4 people)', 'an empty counter is 0');
    });

    it('says when nobody rated the step, or a count is not a whole number', () => {
      assert.equal(typedMean(3, ['0', '0', '0', '0', '0']), 'not rated');
      assert.equal(typedMean(3, ['0', 'x', '1', '0', '0']), 'no mean: a count is not a whole number');
      assert.equal(typedMean(3, ['0', '-1', '1', '0', '0']), 'no mean: a count is not a whole number');
    });
  });

  describe('edits on files, comments kept', () => {
    it('the first count adds the pulse block with the step list on one line, and nothing else changes', () => {
      const edit = setPulseCount(parse(RETRO).pulse, 'feedback', 3, '2', ['0', '0', '0', '2', '0']);
      const { text, data } = apply(RETRO, edit);
      assert.deepEqual(data.pulse, { feedback: [0, 0, 0, 2, 0] });
      assert.equal(text, `${RETRO}pulse:\n  feedback: [0, 0, 0, 2, 0]\n`);
    });

    it('a 0 in a step not rated writes nothing (a pulse of zeros rates nothing)', () => {
      assert.equal(setPulseCount(undefined, 'goals', 0, '0', ['0', '0', '0', '0', '0']), undefined);
      assert.equal(setPulseCount(undefined, 'goals', 0, null, ['', '', '', '', '']), undefined);
    });

    it('a count in a flow list changes that list only, on its line, keeping the comment after it', () => {
      const before = WITH_PULSE;
      const { text, data } = apply(before, setPulseCount(parse(before).pulse, 'goals', 3, '2', []));
      assert.deepEqual(data.pulse.goals, [0, 1, 2, 2, 0]);
      assert.deepEqual(changedLines(before, text), ['  goals: [0, 1, 2, 2, 0]   # before the demo']);
    });

    it('a count in a block list changes that one item', () => {
      const { text, data } = apply(WITH_PULSE, setPulseCount(parse(WITH_PULSE).pulse, 'growth', 1, '2', []));
      assert.deepEqual(data.pulse.growth, [0, 2, 1, 1, 0]);
      assert.deepEqual(changedLines(WITH_PULSE, text), ['    - 2   # nobody low']);
    });

    it('a new step joins the existing pulse block; an emptied counter writes 0', () => {
      const { data } = apply(WITH_PULSE, setPulseCount(parse(WITH_PULSE).pulse, 'recognition', 4, '3', []));
      assert.deepEqual(data.pulse.recognition, [0, 0, 0, 0, 3]);
      assert.equal(data.pulse.responses, 6);
      const emptied = apply(WITH_PULSE, setPulseCount(parse(WITH_PULSE).pulse, 'goals', 3, null, []));
      assert.deepEqual(emptied.data.pulse.goals, [0, 1, 2, 0, 0]);
      assert.equal(setPulseCount(parse(WITH_PULSE).pulse, 'goals', 3, '3', []), undefined, 'the same count changes nothing');
    });

    it('responses is written as a number, never under the ratings of a step; emptying it keeps the key', () => {
      const { text, data } = apply(WITH_PULSE, setResponses(parse(WITH_PULSE).pulse, '8'));
      assert.equal(data.pulse.responses, 8);
      assert.deepEqual(changedLines(WITH_PULSE, text), ['  responses: 8   # two were away']);
      assert.deepEqual(setResponses(parse(WITH_PULSE).pulse, '5'), { note: 'Not saved yet: 6 people rated step 1, more than 5' });
      assert.equal(apply(WITH_PULSE, setResponses(parse(WITH_PULSE).pulse, null)).data.pulse.responses, null);
      assert.equal(setResponses(undefined, null), undefined, 'no pulse block for an empty responses');
      assert.deepEqual(apply(RETRO, setResponses(undefined, '7')).data.pulse, { responses: 7 });
    });

    it('holds a count that makes more ratings than responses', () => {
      assert.deepEqual(setPulseCount(parse(WITH_PULSE).pulse, 'goals', 0, '1', []), {
        note: 'Not saved yet: that makes 7 ratings of step 1, more than the 6 responses',
      });
      assert.deepEqual(setPulseCount(parse(WITH_PULSE).pulse, 'change', 2, '7', []), {
        note: 'Not saved yet: that makes 7 ratings of step 4, more than the 6 responses',
      });
    });
  });
});
