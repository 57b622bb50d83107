/**
 * The retro's Pulse section (docs/format.md "The pulse"): how many answered, and for each
 * of the seven steps how many people rated it 1 to 5, never who; and the mean
 * of what is typed, from the core's statistics (src/core/format/pulse.ts).
 */
import { describeReading, pulseKey, stepPulse, type PulseStep } from '../../src/core/format/pulse.js';
import type { YamlPath } from '../../src/shared/protocol.js';
import { pulseCountLabel } from '../labels.js';
import { domId, pathKey } from '../paths.js';
import { countOf, obj, type Data } from '../values.js';
import { at, capitalize, field } from './builders.js';
import type { FieldNode, PulseNode, PulseRowNode } from './nodes.js';

const STEPS = [1, 2, 3, 4, 5, 6, 7] as const;

function countField(step: PulseStep, list: unknown, index: number): FieldNode {
  const key = pulseKey(step);
  const path: YamlPath = ['pulse', key, index];
  // A step not rated yet shows five 0s: that is what it says, and the first count typed makes its list.
  const value = Array.isArray(list) ? list[index] : 0;
  return {
    ...field(path, undefined, { label: String(index + 1), validation: 'count' }, value),
    name: pulseCountLabel(step, index + 1),
    write: { kind: 'pulse', key, index },
  };
}

export function pulseNode(data: Data, subtitles?: Record<number, string>): PulseNode {
  const pulse = obj(data.pulse);
  const rows = STEPS.map((step): PulseRowNode => {
    const key = pulseKey(step);
    const path: YamlPath = ['pulse', key];
    return {
      type: 'pulseRow',
      step,
      key,
      title: subtitles?.[step] ?? capitalize(key),
      path,
      id: domId(path),
      counts: [0, 1, 2, 3, 4].map((i) => countField(step, pulse[key], i)),
    };
  });
  const responses: FieldNode = {
    ...field(['pulse', 'responses'], undefined, { label: 'Responses', validation: 'count' }, at(data, 'pulse', 'responses')),
    name: 'Responses: how many people answered',
    write: { kind: 'responses' },
  };
  return { type: 'pulse', path: ['pulse'], id: domId(['pulse']), responses, rows };
}

/** The field keys of a row's five counts, rated 1 to 5. */
export function countKeys(row: Pick<PulseRowNode, 'key'>): string[] {
  return [0, 1, 2, 3, 4].map((i) => pathKey(['pulse', row.key, i]));
}

/**
 * The mean of a step's counts as typed, in the words every view uses
 * ("3.2 out of 5 (55%, 6 people)"), or why there is none.
 */
export function typedMean(step: PulseStep, texts: readonly string[]): string {
  // An empty counter is 0, as it is when it is written.
  const counts = texts.map((text) => (text.trim() === '' ? 0 : countOf(text)));
  if (counts.includes(undefined)) return 'no mean: a count is not a whole number';
  const rating = stepPulse(step, counts);
  return rating ? describeReading(rating) : 'not rated';
}
