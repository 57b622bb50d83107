/** Turn zod issues into messages that name the field, what was expected and what was found. */
import type * as z from 'zod/mini';
import { countsProblem, stepOfPulseKey } from './pulse';
import { PULSE_KEYS } from './vocabulary';
import type { YamlPath } from '../base/types';

export interface DescribedIssue {
  path: YamlPath;
  message: string;
  anchor: 'value' | 'key' | 'missing';
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'a map of fields',
  record: 'a map',
  array: 'a list',
};

/** Fields that hold dates: their expectation is a date, whatever the type check says. */
const DATE_FIELDS = new Set(['date', 'due', 'agreed', 'updated']);

export function fieldName(path: YamlPath): string {
  let out = '';
  for (const segment of path) out += typeof segment === 'number' ? `[${segment}]` : out === '' ? segment : `.${segment}`;
  return out === '' ? 'the file' : out;
}

export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  // Values the YAML tags !!timestamp, !!binary, !!set and !!omap make: objects, but not maps of fields.
  if (value instanceof Date) return 'a !!timestamp value (write the date without a tag)';
  if (value instanceof Uint8Array) return 'binary data (!!binary)';
  if (value instanceof Set) return 'a set (!!set)';
  if (value instanceof Map) return 'an ordered map (!!omap or !!pairs)';
  if (typeof value === 'object') return 'a map of fields';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `${value}`;
  return typeof value;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

export function describeIssue(issue: z.core.$ZodIssue, data: unknown): DescribedIssue {
  const path = issue.path.filter((p): p is string | number => typeof p === 'string' || typeof p === 'number');
  const pulse = pulseIssue(path, data);
  if (pulse) return pulse;
  const value = valueAt(data, path);
  const field = fieldName(path);
  const found = describeValue(value);
  // A step is a key or a number: whichever way it fails, say both (a number out of range fails the number's check, not the union).
  if (path[0] === 'actions' && path[path.length - 1] === 'step' && value !== undefined) {
    return { path, anchor: 'value', message: `${field}: expected ${unionExpectation(path)}, found ${found}` };
  }
  switch (issue.code) {
    case 'invalid_type': {
      if (value === undefined) return { path, anchor: 'missing', message: `${field} is required but missing` };
      const last = path[path.length - 1];
      const expected =
        typeof last === 'string' && DATE_FIELDS.has(last) && issue.expected === 'string'
          ? 'a date as YYYY-MM-DD'
          : (TYPE_NAMES[issue.expected] ?? issue.expected);
      return { path, anchor: 'value', message: `${field}: expected ${expected}, found ${found}` };
    }
    case 'invalid_value': {
      const values = issue.values.map((v) => JSON.stringify(v));
      if (value === undefined) return { path, anchor: 'missing', message: `${field} is required but missing (expected ${values.join(' or ')})` };
      const expected = values.length === 1 ? values[0] : `one of ${values.join(', ')}`;
      return { path, anchor: 'value', message: `${field}: expected ${expected}, found ${found}` };
    }
    case 'unrecognized_keys': {
      const key = issue.keys[0];
      return { path: [...path, key], anchor: 'key', message: `unknown field "${key}"${field === 'the file' ? '' : ` in ${field}`}` };
    }
    case 'invalid_union': {
      // A map given where a map is one of the choices: explain what is wrong inside it.
      const inner =
        value !== null && typeof value === 'object' && !Array.isArray(value)
          ? issue.errors.find((branch) => branch.length > 0 && branch.every((i) => i.path.length > 0))
          : undefined;
      if (inner) return describeIssue({ ...inner[0], path: [...issue.path, ...inner[0].path] } as z.core.$ZodIssue, data);
      return { path, anchor: 'value', message: `${field}: expected ${unionExpectation(path)}, found ${found}` };
    }
    default:
      return { path, anchor: 'value', message: `${field}: expected ${issue.message}, found ${found}` };
  }
}

/**
 * Anything wrong in a step's pulse counts is one finding at the list (docs/format.md
 * "The pulse"): the list is what the facilitator rewrites, not one count of it.
 */
function pulseIssue(path: YamlPath, data: unknown): DescribedIssue | undefined {
  if (path[0] !== 'pulse' || typeof path[1] !== 'string' || stepOfPulseKey(path[1]) === undefined) return undefined;
  const list = path.slice(0, 2);
  const value = valueAt(data, list);
  const field = fieldName(list);
  const problem = Array.isArray(value) ? (countsProblem(value) ?? 'it is not valid') : `found ${describeValue(value)}`;
  return { path: list, anchor: 'value', message: `${field}: expected five counts (how many rated the step 1, 2, 3, 4 and 5), but ${problem}` };
}

function unionExpectation(path: YamlPath): string {
  const last = path[path.length - 1];
  if (path[0] === 'rules') return 'off, info, warning, error, or a map with severity and options';
  if (path[0] === 'actions' && last === 'step') return `a step: one of ${PULSE_KEYS.join(', ')}, or its number from 1 to 7`;
  if (path[0] === 'decisions') return 'the decision as text, or a map with text and by (who took it)';
  return 'a different kind of value';
}
