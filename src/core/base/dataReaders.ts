/**
 * Defensive readers for parsed YAML data. Rules run on files that may also have
 * schema findings, so every value is checked before use instead of trusted.
 */
export type Data = Record<string, unknown>;

export function obj(value: unknown): Data | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Data) : undefined;
}

export function arr(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function str(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (typeof value === 'number') return String(value);
  return undefined;
}

export function strs(value: unknown): string[] {
  return arr(value)
    .map(str)
    .filter((s): s is string => s !== undefined);
}

/** A value counts as given when it is not absent, null, blank, or an empty list or map. */
export function present(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true;
}

/** What `entries` returns, as callers that share it (TeamFile.derived) see it: read only. */
export type ListItems = readonly (readonly [Data, number])[];

/** The items of a list that are maps, with their index in the list. */
export function entries(value: unknown): [Data, number][] {
  const out: [Data, number][] = [];
  arr(value).forEach((item, index) => {
    const o = obj(item);
    if (o) out.push([o, index]);
  });
  return out;
}

/** The value at a path of keys, or undefined when any step is missing. */
export function at(value: unknown, ...keys: string[]): unknown {
  let current = value;
  for (const key of keys) {
    const o = obj(current);
    if (!o) return undefined;
    current = o[key];
  }
  return current;
}
