/**
 * The edit gate's check of its own result (yamlEdit.ts): the new text parses,
 * holds exactly the data the edit means, keeps every byte outside the part it
 * may change, and keeps every comment outside the node it replaces or removes.
 */
import { parseDocument } from 'yaml';
import { documentData } from './yamlEditDocument';
import { YAML_OPTIONS } from './yamlFile';
import { commentsOf, type SourceComment, type YamlSource } from './yamlSource';

/** Offsets [start, end) into the text before the edit. */
export interface Span {
  start: number;
  end: number;
}

export interface EditExpectation {
  /** The data the edited text must hold. */
  data: unknown;
  /** Bytes outside this span of the old text must be the same in the new one. */
  zone: Span;
  /** Comments here in the old text may go (they are inside the node the edit replaces or removes). */
  removable?: Span;
}

/** Why `after` is not a correct result of the edit on `before`; undefined when it is. */
export function editProblem(before: YamlSource, after: string, expected: EditExpectation): string | undefined {
  const text = before.text;
  const { zone } = expected;
  const tail = text.length - zone.end;
  if (
    after.length < zone.start + tail ||
    after.slice(0, zone.start) !== text.slice(0, zone.start) ||
    after.slice(after.length - tail) !== text.slice(zone.end)
  ) {
    return 'it would change text outside the part being edited';
  }
  return dataProblem(after, expected.data) ?? commentProblem(before.comments, after, expected.removable);
}

/** Why `text` does not parse to exactly `expected`; undefined when it does. New files (templates) are checked with it too. */
export function dataProblem(text: string, expected: unknown): string | undefined {
  const doc = parseDocument(text, YAML_OPTIONS);
  if (doc.errors.length > 0) return `the result would not parse (${doc.errors[0].message.split('\n')[0]})`;
  let data: unknown;
  try {
    data = documentData(doc);
  } catch (error) {
    return `the result could not be read (${(error as Error).message.split('\n')[0]})`;
  }
  return sameData(data, expected) ? undefined : 'the result would hold other data than asked for';
}

/** Every comment of `before` outside `removable` is in `after`, and `after` has none that `before` did not have. */
function commentProblem(before: readonly SourceComment[], after: string, removable: Span | undefined): string | undefined {
  const counts = new Map<string, { kept: number; old: number }>();
  for (const comment of before) {
    const count = counts.get(comment.text) ?? { kept: 0, old: 0 };
    count.old++;
    if (!removable || comment.offset < removable.start || comment.offset >= removable.end) count.kept++;
    counts.set(comment.text, count);
  }
  const found = new Map<string, number>();
  for (const comment of commentsOf(after)) found.set(comment.text, (found.get(comment.text) ?? 0) + 1);
  for (const [text, count] of counts) {
    if ((found.get(text) ?? 0) < count.kept) return `it would lose the comment "${text}"`;
  }
  for (const [text, n] of found) {
    if (n > (counts.get(text)?.old ?? 0)) return `it would add the comment "${text}"`;
  }
  return undefined;
}

/** Deep equality of parsed YAML data (plain objects, arrays and scalars; NaN equals NaN). */
function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return a === b;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, i) => sameData(item, other[i]));
  }
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  const objectB = b as Record<string, unknown>;
  return keysA.every((key) => Object.prototype.hasOwnProperty.call(objectB, key) && sameData((a as Record<string, unknown>)[key], objectB[key]));
}
