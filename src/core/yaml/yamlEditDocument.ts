/**
 * What an edit means, said on yaml's Document API: the document's nodes after
 * the edit. The edit gate (yamlEdit.ts) checks every text splice against the
 * data of this document, and falls back to writing one of its nodes out.
 *
 * The meaning, where YAML offers a choice:
 * - An anchor belongs to its place: a value that replaces an anchored node
 *   takes over its anchor, so the aliases that refer to it stay valid (they
 *   see the new value, as with yaml's own Document.setIn on a scalar).
 * - An alias that a set or delete names is itself replaced or removed; any
 *   other alias is followed, so an edit inside it (an item appended to the
 *   list it stands for, say) lands in the node it refers to.
 * - A key that only a merge (<<) brings in is overridden in the map being
 *   edited: a map or list it brings is copied there with the change.
 * - An edit that would leave an alias without its anchor is refused.
 */
import { Document, Pair, Scalar, isAlias, isCollection, isMap, isScalar, isSeq, visit, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import type { YamlEdit, YamlPath } from '../base/types';
import { MAX_ALIAS_COUNT, readData } from './yamlFile';
import { walkPath, type PathStep } from './yamlPath';
import type { YamlSource } from './yamlSource';

export class YamlEditError extends Error {}

export interface TextSplice {
  /** Offsets into the text before the edit. */
  start: number;
  end: number;
  insert: string;
}

export interface EditedDocument {
  /** A copy of the document with the edit made; the original is untouched. */
  doc: Document;
  /** The innermost collection whose entries the edit changes (an empty path: the document's root). */
  changed: YamlPath;
  /** The node the edit replaces or removes in the original document, when there is one: comments inside it go with it. */
  removed?: { node: Node; pair?: Pair; parent?: YAMLMap | YAMLSeq };
}

/** Make `edit` on a copy of `doc` (parsed with merges on); throws YamlEditError when the path cannot take it. */
export function editDocument(doc: Document, edit: YamlEdit): EditedDocument {
  const copy = doc.clone();
  const result = byOp(new DocumentEdit(doc, copy), edit);
  try {
    documentData(copy);
  } catch (error) {
    if (/alias/i.test((error as Error).message))
      throw new YamlEditError(`${describe(edit)} would leave an alias (*name) without the anchor it refers to; change it in the text`);
    throw new YamlEditError(`${describe(edit)} cannot be read back (${(error as Error).message.split('\n')[0]})`);
  }
  return { doc: copy, ...result };
}

/** The data a document holds, as the linter reads it (merges applied, aliases bounded). */
export function documentData(doc: Document): unknown {
  return readData(doc as Document.Parsed);
}

/**
 * A node for a new value in the file's own style. A list of numbers (a pulse's
 * counts) reads best on one line: [0, 0, 1, 3, 1].
 */
export function valueNode(doc: Document, value: unknown): Node {
  const node = doc.createNode(value) as Node;
  visit(node, {
    Seq(_key, seq) {
      if (seq.items.length > 0 && seq.items.every((item) => isScalar(item) && typeof item.value === 'number')) seq.flow = true;
    },
  });
  return node;
}

/** How a file indents: the unit, and whether a list under a key is indented past the key. */
export interface Style {
  indent: number;
  indentSeq: boolean;
}

function toStringOptions(style: Style) {
  // Aliases may refer to anchors outside the node written: their order is checked on the whole result.
  return { indent: style.indent, indentSeq: style.indentSeq, lineWidth: 0, flowCollectionPadding: false, verifyAliasOrder: false } as const;
}

/** `node` written as YAML to stand at `column`: lines after the first are indented by it; ends with a line break. */
export function nodeText(node: Node, column: number, style: Style): string {
  const doc = new Document();
  doc.contents = node;
  const pad = ' '.repeat(column);
  return doc
    .toString(toStringOptions(style))
    .split('\n')
    .map((line, i, all) => (i === 0 || i === all.length - 1 || line === '' ? line : pad + line))
    .join('\n');
}

/**
 * The splice that writes out the collection at `path` (from `edited`, a copy of
 * `doc` with the edit made) over its old text. Its anchor, tag and the comments
 * before and after it lie outside that text: they stay where they are written. Undefined when it has no place in the text.
 */
export function rewriteNode(src: YamlSource, doc: Document, edited: Document, path: YamlPath, style: Style): TextSplice | undefined {
  const text = src.text;
  if (path.length === 0) return { start: 0, end: text.length, insert: edited.toString(toStringOptions(style)) };
  const before = walkPath(doc, path, false);
  const after = walkPath(edited, path, false);
  const old = before[before.length - 1].node;
  const now = after[after.length - 1].node;
  if (before.length !== path.length + 1 || after.length !== path.length + 1 || !isCollection(old) || !old.range || !now) return undefined;
  const copy = now.clone() as Node;
  copy.anchor = undefined;
  copy.tag = undefined;
  copy.commentBefore = undefined;
  copy.comment = undefined;
  copy.spaceBefore = false;
  const start = old.range[0];
  // A block collection is written out with the comments at the ends of its lines: it takes its whole last line.
  const end = old.flow ? old.range[1] : src.afterLine(src.end(old));
  const column = start - src.lineStart(start);
  const written = nodeText(copy, column, style);
  return { start, end, insert: text[end - 1] === '\n' ? written : written.replace(/\n$/, '') };
}

function describe(edit: YamlEdit): string {
  const where = edit.path.join('.') || 'the document';
  return edit.op === 'set'
    ? `setting ${where}`
    : edit.op === 'append'
      ? `adding to ${where}`
      : edit.op === 'delete'
        ? `deleting ${where}`
        : `moving items of ${where}`;
}

/** A missing or null value ("key:", "key: ~"). */
export function isEmpty(node: unknown): boolean {
  return node === null || node === undefined || (isScalar(node) && (node.value === null || node.value === undefined));
}

/** What each kind of edit does, for the document edit here and the text splice (yamlSplice.ts). */
export interface EditOps<T> {
  set(path: YamlPath, value: unknown): T;
  append(path: YamlPath, value: unknown): T;
  remove(path: YamlPath): T;
  move(path: YamlPath, from: number, to: number): T;
}

export function byOp<T>(ops: EditOps<T>, edit: YamlEdit): T {
  switch (edit.op) {
    case 'set':
      return ops.set(edit.path, edit.value);
    case 'append':
      return ops.append(edit.path, edit.value);
    case 'delete':
      return ops.remove(edit.path);
    case 'move':
      return ops.move(edit.path, edit.from, edit.to);
  }
}

class DocumentEdit implements EditOps<Omit<EditedDocument, 'doc'>> {
  constructor(
    /** The document as parsed: merged values and the nodes an edit removes are read here. */
    readonly original: Document,
    /** The copy the edit is made on. */
    readonly doc: Document,
  ) {}

  /** The value at `path` as the linter reads it (merges followed); undefined when there is none. */
  private mergedAt(path: YamlPath): unknown {
    const steps = walkPath(this.original, path);
    if (steps.length !== path.length + 1) return undefined;
    try {
      return steps[path.length].node?.toJS(this.original, { maxAliasCount: MAX_ALIAS_COUNT }) ?? null;
    } catch {
      return undefined;
    }
  }

  set(path: YamlPath, value: unknown): Omit<EditedDocument, 'doc'> {
    if (path.length === 0) throw new YamlEditError('cannot replace the whole document');
    const steps = walkPath(this.doc, path, false);
    const found = steps.length - 1;
    if (found === path.length) {
      this.put(steps, path, value);
      return { changed: path.slice(0, -1), removed: this.originalAt(path) };
    }
    // Build the missing part as a nested value and add it under the deepest node that exists.
    const rest = path.slice(found);
    const merged = rest.length > 1 ? this.mergedAt(path.slice(0, found + 1)) : undefined;
    let nested: unknown = value;
    if (merged !== null && typeof merged === 'object') nested = setAt(merged, rest.slice(1), value);
    else {
      if (rest.slice(1).some((segment) => typeof segment === 'number')) throw new YamlEditError(`cannot create list items by index at ${path.join('.')}`);
      for (let i = rest.length - 1; i >= 1; i--) nested = { [rest[i] as string]: nested };
    }
    const holder = steps[found].node;
    const key = rest[0];
    if (typeof key !== 'string') throw new YamlEditError(`there is no item ${key} at ${path.slice(0, found).join('.')}`);
    if (isMap(holder)) {
      holder.items.push(new Pair(this.doc.createNode(key), valueNode(this.doc, nested)));
      return { changed: path.slice(0, found) };
    }
    if (isEmpty(holder) && found > 0) {
      this.put(steps, path.slice(0, found), { [key]: nested });
      return { changed: path.slice(0, found - 1), removed: this.originalAt(path.slice(0, found)) };
    }
    if (found === 0 && isEmpty(holder)) {
      this.doc.contents = valueNode(this.doc, { [key]: nested }) as typeof this.doc.contents;
      return { changed: [] };
    }
    throw new YamlEditError(`cannot add ${key} under ${path.slice(0, found).join('.') || 'the document'}: it is not a map`);
  }

  append(path: YamlPath, value: unknown): Omit<EditedDocument, 'doc'> {
    const steps = walkPath(this.doc, path, false);
    const target = steps.length - 1 === path.length ? steps[steps.length - 1] : undefined;
    if (target && isSeq(target.node)) {
      target.node.items.push(valueNode(this.doc, value));
      return { changed: path };
    }
    if (target && !isEmpty(target.node)) throw new YamlEditError(`${path.join('.')} is not a list`);
    // A list that only a merge key (<<) brings in: this map gets its own copy, with the new item.
    const merged = target === undefined ? this.mergedAt(path) : undefined;
    return this.set(path, Array.isArray(merged) ? [...merged, value] : [value]);
  }

  remove(path: YamlPath): Omit<EditedDocument, 'doc'> {
    const steps = walkPath(this.doc, path, false);
    if (steps.length - 1 !== path.length || path.length === 0) {
      if (path.length > 0 && this.mergedAt(path) !== undefined)
        throw new YamlEditError(`${path.join('.')} comes from a merge key (<<); change it where it is written`);
      throw new YamlEditError(`nothing to delete at ${path.join('.')}`);
    }
    const { pair, parent } = steps[steps.length - 1];
    if (isMap(parent) && pair) parent.items.splice(parent.items.indexOf(pair), 1);
    else if (isSeq(parent)) parent.items.splice(path[path.length - 1] as number, 1);
    return { changed: path.slice(0, -1), removed: this.originalAt(path) };
  }

  move(path: YamlPath, from: number, to: number): Omit<EditedDocument, 'doc'> {
    const steps = walkPath(this.doc, path, false);
    const seq = steps.length - 1 === path.length ? steps[steps.length - 1].node : undefined;
    if (!isSeq(seq)) throw new YamlEditError(`${path.join('.')} is not a list`);
    const count = seq.items.length;
    if (![from, to].every((i) => Number.isInteger(i) && i >= 0 && i < count))
      throw new YamlEditError(`cannot move item ${from} to ${to} in a list of ${count}`);
    seq.items.splice(to, 0, seq.items.splice(from, 1)[0]);
    return { changed: path };
  }

  /** Replace what stands at the end of `path` (which exists) with `value`. */
  private put(steps: PathStep[], path: YamlPath, value: unknown): void {
    const step = steps[path.length];
    const old = step.alias ?? step.node;
    let node: Node;
    if (!isAlias(old) && isScalar(old) && (value === null || typeof value !== 'object')) {
      // The same scalar node, so its anchor (and the aliases that see it) stay; its old style may not suit the new value.
      old.value = value;
      old.type = Scalar.PLAIN;
      old.format = undefined;
      old.tag = undefined;
      node = old;
    } else {
      node = valueNode(this.doc, value);
      if (old && !isAlias(old) && old.anchor) node.anchor = old.anchor;
    }
    const parent = step.parent as YAMLMap | YAMLSeq;
    if (step.pair) step.pair.value = node;
    else parent.items[path[path.length - 1] as number] = node;
  }

  /** The node at `path` in the original document, with its pair: what an edit replaces or removes there. */
  private originalAt(path: YamlPath): EditedDocument['removed'] {
    const steps = walkPath(this.original, path, false);
    const step = steps.length - 1 === path.length ? steps[path.length] : undefined;
    const node = step ? (step.alias ?? step.node) : undefined;
    return node ? { node, pair: step!.pair, parent: step!.parent } : undefined;
  }
}

/** `js` with the value at `path` set, copying only what lies on the path. */
function setAt(js: unknown, path: YamlPath, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (Array.isArray(js)) {
    const copy = [...js];
    copy[head as number] = setAt(copy[head as number], rest, value);
    return copy;
  }
  const base = js !== null && typeof js === 'object' ? (js as Record<string, unknown>) : {};
  return { ...base, [head]: setAt(base[head as string], rest, value) };
}
