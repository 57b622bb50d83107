/**
 * The one gate for every change to a user's YAML file (form edits, quick
 * fixes, Fix All, the action commands). An edit is made as the smallest splice
 * of the text (yamlSplice.ts), then checked: the new text parses, holds
 * exactly the data the edit means (yamlEditDocument.ts), keeps every byte
 * outside the part being edited and every comment outside the node it
 * replaces (yamlEditCheck.ts). A splice that fails the check is replaced by
 * the enclosing collection written out through yaml's Document API, then its
 * parent's, up to the whole document; when none passes, the edit is refused
 * and the text stays as it was.
 */
import { isCollection, isPair, isSeq, parseDocument, type Document, type Node } from 'yaml';
import type { YamlEdit, YamlPath } from '../base/types';
import { editProblem, type Span } from './yamlEditCheck';
import { YamlEditError, documentData, editDocument, rewriteNode, type EditedDocument, type TextSplice } from './yamlEditDocument';
import { YAML_OPTIONS } from './yamlFile';
import { keyHolding, walkPath } from './yamlPath';
import { YamlSource } from './yamlSource';
import { detectStyle, spliceFor } from './yamlSplice';

export { YamlEditError } from './yamlEditDocument';
export { detectStyle } from './yamlSplice';
export type { TextSplice } from './yamlEditDocument';

/** What the form says when no correct change could be found. */
export const UNSAFE_EDIT = 'this change could not be made safely here; edit the text';

/** Apply edits in order, all or none; throws YamlEditError when the file does not parse or an edit cannot be made safely. */
export function applyYamlEdits(text: string, edits: readonly YamlEdit[]): string {
  let current = text;
  for (const edit of edits) current = editYaml(current, edit).text;
  return current;
}

/** The single smallest text change that turns `before` into `after` (for editors' minimal edits). */
export function diffText(before: string, after: string): TextSplice {
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  return { start, end: before.length - end, insert: after.slice(start, after.length - end) };
}

/** One edit, and how it was made: the smallest splice, or a collection written out again. */
export function editYaml(text: string, edit: YamlEdit): { text: string; way: 'splice' | 'rewrite' } {
  // A file that ends every line with CRLF is edited as LF and written back as CRLF,
  // so that no line of it ends differently afterwards. A file with mixed endings is edited as it is.
  const crlf = text.includes('\r\n') && !/\r(?!\n)|(?<!\r)\n/.test(text);
  const source = crlf ? text.replace(/\r\n/g, '\n') : text;
  let result: { text: string; way: 'splice' | 'rewrite' };
  try {
    result = editText(source, edit);
  } catch (error) {
    // A file nested deeper than the call stack: say so instead of failing somewhere inside.
    if (error instanceof RangeError) throw new YamlEditError('the file is nested too deeply to edit safely; edit the text');
    throw error;
  }
  return crlf ? { text: result.text.replace(/\n/g, '\r\n'), way: result.way } : result;
}

function editText(text: string, edit: YamlEdit): { text: string; way: 'splice' | 'rewrite' } {
  const doc = parseDocument(text, YAML_OPTIONS);
  if (doc.errors.length > 0) throw new YamlEditError(`the file has YAML errors (${doc.errors[0].message.split('\n')[0]}); fix them before editing`);
  const edited = editDocument(doc, edit);
  const data = documentData(edited.doc);
  const style = detectStyle(text);
  const src = new YamlSource(text);
  const removable = removableSpan(src, edit, edited);
  const attempt = (splice: TextSplice | undefined, zone: Span): string | undefined => {
    if (!splice) return undefined;
    const after = text.slice(0, splice.start) + splice.insert + text.slice(splice.end);
    const problem = editProblem(src, after, { data, zone, removable });
    return problem === undefined ? after : undefined;
  };
  let smallest: TextSplice | undefined;
  try {
    smallest = spliceFor(src, doc, edited, style, edit);
  } catch (error) {
    if (!(error instanceof YamlEditError)) throw error;
  }
  const spliced = attempt(smallest, zoneOf(src, doc, edited.changed));
  if (spliced !== undefined) return { text: spliced, way: 'splice' };
  for (let depth = edited.changed.length; depth >= 0; depth--) {
    const path = edited.changed.slice(0, depth);
    const rewritten = attempt(rewriteNode(src, doc, edited.doc, path, style), zoneOf(src, doc, path));
    if (rewritten !== undefined) return { text: rewritten, way: 'rewrite' };
  }
  throw new YamlEditError(UNSAFE_EDIT);
}

/**
 * The part of the text an edit of the collection at `path` may change: from the
 * start of its key's line (a list that empties becomes "key: []") to the end of
 * its last line. The whole text for the document's root.
 */
function zoneOf(src: YamlSource, doc: Document, path: YamlPath): Span {
  const text = src.text;
  const steps = walkPath(doc, path, false);
  const node = steps[steps.length - 1].node;
  if (path.length === 0 || steps.length !== path.length + 1 || !node?.range) return { start: 0, end: text.length };
  // Reached through an alias, the collection is written where its anchor is: the key it is written under there.
  const key = keyHolding(doc, node);
  const start = Math.min(node.range[0], key?.range?.[0] ?? Infinity);
  // The comment lines after it, indented past its line, are its own too.
  return { start: src.lineStart(start), end: src.afterDeeperComments(src.afterLine(src.end(node)), src.indentOf(start)) };
}

/** Where comments may go with the edit: inside the value a set replaces; for a delete, the entry and the lines between it and the entry before. */
function removableSpan(src: YamlSource, edit: YamlEdit, edited: EditedDocument): Span | undefined {
  const removed = edited.removed;
  if (!removed?.node.range) return undefined;
  const keyEnd = (removed.pair?.key as { range?: number[] } | undefined)?.range?.[1] ?? 0;
  const nodeEnd = src.end(removed.node);
  // A set replaces the value, with the comment lines between its key and it, and a block collection's last line; the key's own line stays.
  const block = isCollection(removed.node) && !removed.node.flow;
  if (edit.op !== 'delete')
    return { start: Math.min(removed.node.range[0], removed.pair ? src.afterLine(keyEnd) : Infinity), end: block ? src.afterLine(nodeEnd) : nodeEnd };
  const items = (removed.parent?.items ?? []) as unknown[];
  const index = items.indexOf(removed.pair ?? removed.node);
  // The entry's column: its key's, or its dash's; comment lines after it indented past that are its own.
  const keyStart = (removed.pair?.key as { range?: number[] } | undefined)?.range?.[0];
  const entryStart = keyStart ?? (isSeq(removed.parent) && !removed.parent.flow ? src.dashOf(removed.parent, index) : removed.node.range[0]);
  const end = src.afterDeeperComments(src.afterLine(Math.max(nodeEnd, keyEnd)), entryStart - src.lineStart(entryStart));
  const previous = index > 0 ? items[index - 1] : undefined;
  const previousNode = (isPair(previous) ? previous.value : previous) as Node | null | undefined;
  const start = previousNode?.range ? src.afterLine(src.end(previousNode)) : (removed.parent?.range?.[0] ?? 0);
  return { start: Math.min(start, src.lineStart(entryStart)), end };
}
