/**
 * Round-trip edits: apply YamlEdit operations to YAML text as small splices of
 * the source, so that comments, key order, quoting, unknown keys and all the
 * text around an edit stay exactly as the user wrote them. Only a flow
 * collection that is edited ([a, b] or {a: 1}) is re-written as a whole.
 */
import { Document as YamlDocument, isMap, isScalar, isSeq, parseDocument, stringify, visit, type Document, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import { MAX_ALIAS_COUNT, YAML_OPTIONS } from './yamlFile';
import type { YamlEdit, YamlPath } from './types';
import { walkPath, type PathStep } from './yamlPath';

export interface TextSplice {
  /** Offsets into the text before the edit. */
  start: number;
  end: number;
  insert: string;
}

export class YamlEditError extends Error {}

interface Style {
  indent: number;
  indentSeq: boolean;
}

/** Apply edits in order; throws YamlEditError when the file does not parse or a path cannot take the edit. */
export function applyYamlEdits(text: string, edits: readonly YamlEdit[]): string {
  let current = text;
  // New lines follow the file's own line endings.
  const crlf = text.includes('\r\n');
  for (const edit of edits) {
    const splice = spliceFor(current, edit);
    const insert = crlf ? splice.insert.replace(/\r?\n/g, '\r\n') : splice.insert;
    current = current.slice(0, splice.start) + insert + current.slice(splice.end);
  }
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

export function detectStyle(text: string): Style {
  // The indent unit: the smallest indentation of any content line (a nested key or a list dash).
  let smallest = Infinity;
  for (const match of text.matchAll(/^( +)[^\s#]/gm)) smallest = Math.min(smallest, match[1].length);
  const indent = Number.isFinite(smallest) ? Math.min(Math.max(smallest, 2), 8) : 2;
  // A block list right under a key: is its dash indented past the key?
  const seq = /^( *)[^\s#][^\n]*:[ \t]*(?:#[^\n]*)?\n(?:[ \t]*(?:#[^\n]*)?\n)*( *)- /m.exec(text);
  const indentSeq = seq ? seq[2].length > seq[1].length : true;
  return { indent, indentSeq };
}

function spliceFor(text: string, edit: YamlEdit): TextSplice {
  // Without merges: a << key is kept as it is written, and edits never reach into what it merges.
  const doc = parseDocument(text, { keepSourceTokens: false, logLevel: 'error' });
  if (doc.errors.length > 0) throw new YamlEditError(`the file has YAML errors (${doc.errors[0].message.split('\n')[0]}); fix them before editing`);
  const ctx = new EditContext(text, doc, detectStyle(text));
  switch (edit.op) {
    case 'set':
      return ctx.set(edit.path, edit.value);
    case 'append':
      return ctx.append(edit.path, edit.value);
    case 'delete':
      return ctx.remove(edit.path);
    case 'move':
      return ctx.move(edit.path, edit.from, edit.to);
  }
}

class EditContext {
  constructor(
    readonly text: string,
    readonly doc: Document,
    readonly style: Style,
  ) {}

  private merged: Document | undefined;

  /** The value at `path` as the linter reads it, merge keys (<<) applied; undefined when there is none. */
  private mergedAt(path: YamlPath): unknown {
    this.merged ??= parseDocument(this.text, YAML_OPTIONS);
    const steps = walkPath(this.merged, path);
    if (steps.length !== path.length + 1) return undefined;
    try {
      return steps[path.length].node?.toJS(this.merged, { maxAliasCount: MAX_ALIAS_COUNT }) ?? null;
    } catch {
      return undefined;
    }
  }

  set(path: YamlPath, value: unknown): TextSplice {
    if (path.length === 0) throw new YamlEditError('cannot replace the whole document');
    const steps = walkPath(this.doc, path);
    const found = steps.length - 1;
    if (found === path.length) return this.replace(steps, path, value);
    // Build the missing part as a nested value and add it under the deepest node that exists.
    const rest = path.slice(found);
    // A map or list that a merge key (<<) brings in is copied with the change, so the rest of it stays.
    const merged = rest.length > 1 ? this.mergedAt(path.slice(0, found + 1)) : undefined;
    let nested: unknown = value;
    if (merged !== null && typeof merged === 'object') nested = setAt(merged, rest.slice(1), value);
    else {
      if (rest.slice(1).some((segment) => typeof segment === 'number')) throw new YamlEditError(`cannot create list items by index at ${path.join('.')}`);
      for (let i = rest.length - 1; i >= 1; i--) nested = { [rest[i] as string]: nested };
    }
    const holder = steps[found];
    const key = rest[0];
    if (typeof key !== 'string') throw new YamlEditError(`there is no item ${key} at ${path.slice(0, found).join('.')}`);
    if (isMap(holder.node)) return this.addPair(holder.node, key, nested);
    if (isEmpty(holder.node) && found > 0) return this.replace(steps, path.slice(0, found), { [key]: nested });
    if (found === 0 && !holder.node) return { start: this.text.length, end: this.text.length, insert: this.separator(this.text.length) + this.block({ [key]: nested }, 0) };
    throw new YamlEditError(`cannot add ${key} under ${path.slice(0, found).join('.') || 'the document'}: it is not a map`);
  }

  append(path: YamlPath, value: unknown): TextSplice {
    const steps = walkPath(this.doc, path);
    const target = steps.length - 1 === path.length ? steps[steps.length - 1].node : undefined;
    if (!isSeq(target)) {
      if (target && !isEmpty(target)) throw new YamlEditError(`${path.join('.')} is not a list`);
      // A list that only a merge key (<<) brings in: this item gets its own copy, with the new value.
      const merged = target === undefined ? this.mergedAt(path) : undefined;
      return this.set(path, Array.isArray(merged) ? [...merged, value] : [value]);
    }
    if (target.flow || target.items.length === 0) return this.rewriteFlow(target, (js) => [...(js as unknown[]), value]);
    const first = target.items[0] as Node;
    const dash = this.dashColumn(first);
    return this.insertAfter(target, this.block([value], dash));
  }

  remove(path: YamlPath): TextSplice {
    const steps = walkPath(this.doc, path);
    if (steps.length - 1 !== path.length || path.length === 0) {
      if (path.length > 0 && this.mergedAt(path) !== undefined) throw new YamlEditError(`${path.join('.')} comes from a merge key (<<); change it where it is written`);
      throw new YamlEditError(`nothing to delete at ${path.join('.')}`);
    }
    const { node, pair, parent } = steps[steps.length - 1];
    const flow = this.flowAncestor(steps.slice(0, -1));
    if (flow) {
      return this.rewriteFlow(flow.node, (js) => deleteAt(js, path.slice(flow.index)));
    }
    const startNode = (pair ? pair.key : node) as Node;
    const endNode = pair ? ((pair.value as Node | null) ?? (pair.key as Node)) : node!;
    if (isSeq(parent) && parent.items.length === 1 && pair === undefined) {
      // The last item of a block list: leave an empty list so the key stays valid.
      const listKey = steps[steps.length - 2].pair?.key as Node | undefined;
      if (listKey?.range) return { start: listKey.range[1], end: this.afterLine(endNode.range![1]), insert: ': []\n' };
    }
    return { start: this.lineStart(startNode.range![0]), end: this.afterLine(endNode.range![1]), insert: '' };
  }

  move(path: YamlPath, from: number, to: number): TextSplice {
    const steps = walkPath(this.doc, path);
    const seq = steps.length - 1 === path.length ? steps[steps.length - 1].node : undefined;
    if (!isSeq(seq)) throw new YamlEditError(`${path.join('.')} is not a list`);
    const count = seq.items.length;
    if (from < 0 || from >= count || to < 0 || to >= count) throw new YamlEditError(`cannot move item ${from} to ${to} in a list of ${count}`);
    if (from === to) return { start: 0, end: 0, insert: '' };
    if (seq.flow) {
      return this.rewriteFlow(seq, (js) => {
        const items = [...(js as unknown[])];
        items.splice(to, 0, items.splice(from, 1)[0]);
        return items;
      });
    }
    // Block list: each item owns the lines from its dash to the next item's dash.
    // Comment lines right above an item travel with it (except above the first: they head the list).
    const starts = seq.items.map((item, i) => (i === 0 ? this.lineStart((item as Node).range![0]) : this.withCommentsAbove(this.lineStart((item as Node).range![0]))));
    const end = this.afterLine((seq.items[count - 1] as Node).range![1]);
    const chunks = starts.map((s, i) => {
      const chunk = this.text.slice(s, i + 1 < count ? starts[i + 1] : end);
      return chunk.endsWith('\n') ? chunk : `${chunk}\n`;
    });
    chunks.splice(to, 0, chunks.splice(from, 1)[0]);
    const insert = chunks.join('');
    return { start: starts[0], end, insert: this.text.slice(starts[0], end).endsWith('\n') ? insert : insert.slice(0, -1) };
  }

  // -- helpers --------------------------------------------------------------

  /** Replace the value at the end of `path` (a pair value or a list item); `steps` walked it, one per segment and the root. */
  private replace(steps: PathStep[], path: YamlPath, value: unknown): TextSplice {
    const flow = this.flowAncestor(steps.slice(0, -1));
    if (flow) return this.rewriteFlow(flow.node, (js) => setAt(js, path.slice(flow.index), value));
    const step = steps[steps.length - 1];
    const key = path[path.length - 1];
    const node = step.node;
    const scalarValue = value === null || typeof value !== 'object';
    if (scalarValue && node && isScalar(node) && node.range && !isEmpty(node)) {
      // Emptying a map value leaves "key:" (no trailing space), keeping any comment after it.
      if ((value === null || value === undefined) && step.pair?.key && isScalar(step.pair.key) && step.pair.key.range) {
        const colon = this.text.indexOf(':', step.pair.key.range[1]);
        return { start: colon + 1, end: node.range[1], insert: '' };
      }
      return { start: node.range[0], end: node.range[1], insert: inlineScalar(value, false) };
    }
    if ((value === null || value === undefined) && isEmpty(node)) return { start: 0, end: 0, insert: '' };
    if (step.pair) {
      // Re-write the whole pair "key: value" at its own indentation.
      const keyNode = step.pair.key as Node;
      const start = this.lineStart(keyNode.range![0]);
      const end = this.afterLine(node?.range ? Math.max(node.range[1], keyNode.range![1]) : keyNode.range![1]);
      const comment = this.trailingComment(keyNode.range![1], this.lineEnd(keyNode.range![1]));
      let block = this.block({ [String(key)]: value }, keyNode.range![0] - start);
      if (comment) {
        // Keep the comment on the key's line, also when the new value is a block below it.
        const firstLineEnd = block.indexOf('\n');
        block = `${block.slice(0, firstLineEnd)} ${comment}${block.slice(firstLineEnd)}`;
      }
      if (!this.text.slice(start, end).endsWith('\n')) block = block.slice(0, -1);
      return { start, end, insert: block };
    }
    if (node?.range && step.parent && isSeq(step.parent)) {
      // A list item: re-write it from its dash.
      const dash = this.dashColumn(node);
      const start = this.lineStart(node.range[0]);
      const end = this.afterLine(node.range[1]);
      const block = this.block([value], dash);
      return { start, end, insert: this.text.slice(start, end).endsWith('\n') ? block : block.slice(0, -1) };
    }
    throw new YamlEditError(`cannot set ${String(key)}`);
  }

  private addPair(map: YAMLMap, key: string, value: unknown): TextSplice {
    if (map.flow || map.items.length === 0) {
      if (map.items.length === 0 && !map.flow) throw new YamlEditError(`cannot add ${key}`);
      return this.rewriteFlow(map, (js) => ({ ...(js as object), [key]: value }));
    }
    const firstKey = map.items[0].key as Node;
    const column = firstKey.range![0] - this.lineStart(firstKey.range![0]);
    return this.insertAfter(map, this.block({ [key]: value }, column));
  }

  /** Insert whole lines after the last line of a block collection. */
  private insertAfter(collection: YAMLMap | YAMLSeq, lines: string): TextSplice {
    let at = collection.range![1];
    if (at > 0 && this.text[at - 1] !== '\n') {
      at = this.lineEnd(at);
      return { start: at, end: at, insert: `\n${lines.replace(/\n$/, '')}${at < this.text.length ? '\n' : ''}`.replace(/\n\n$/, '\n') };
    }
    return { start: at, end: at, insert: lines };
  }

  private rewriteFlow(node: Node, change: (js: unknown) => unknown): TextSplice {
    const js = change(node.toJSON());
    const insert = stringify(js, { collectionStyle: 'flow', flowCollectionPadding: false, lineWidth: 0 }).replace(/\n$/, '');
    if (!node.range) throw new YamlEditError('cannot locate the list to edit');
    const value = node.range[1];
    if (isEmpty(node) || node.range[0] === value) {
      // An empty value after "key:": keep one space between the colon and the new value.
      const before = this.text[node.range[0] - 1];
      return { start: node.range[0], end: value, insert: before === ' ' ? insert : ` ${insert}` };
    }
    return { start: node.range[0], end: value, insert };
  }

  /** The outermost flow collection among the steps, with its index. */
  private flowAncestor(steps: PathStep[]): { node: YAMLMap | YAMLSeq; index: number } | undefined {
    for (let i = 0; i < steps.length; i++) {
      const node = steps[i].node;
      if ((isMap(node) || isSeq(node)) && node.flow) return { node, index: i };
    }
    return undefined;
  }

  private separator(at: number): string {
    return at > 0 && this.text[at - 1] !== '\n' ? '\n' : '';
  }

  private block(value: unknown, column: number): string {
    const options = { indent: this.style.indent, indentSeq: this.style.indentSeq, lineWidth: 0, flowCollectionPadding: false };
    const doc = new YamlDocument(value);
    // A list of numbers (a pulse's counts) reads best on one line: [0, 0, 1, 3, 1].
    visit(doc, {
      Seq(_key, seq) {
        if (seq.items.length > 0 && seq.items.every((item) => isScalar(item) && typeof item.value === 'number')) seq.flow = true;
      },
    });
    const out = doc.toString(options);
    const pad = ' '.repeat(column);
    return out
      .split('\n')
      .map((line, i, all) => (i === all.length - 1 || line === '' ? line : pad + line))
      .join('\n');
  }

  private dashColumn(item: Node): number {
    const start = this.lineStart(item.range![0]);
    const dash = this.text.lastIndexOf('-', item.range![0]);
    return dash >= start ? dash - start : item.range![0] - start;
  }

  private lineStart(offset: number): number {
    return this.text.lastIndexOf('\n', offset - 1) + 1;
  }

  private withCommentsAbove(lineStart: number): number {
    let start = lineStart;
    while (start > 0) {
      const previous = this.lineStart(start - 1);
      if (!/^[ \t]*#/.test(this.text.slice(previous, start))) break;
      start = previous;
    }
    return start;
  }

  /** The start of the line after the one holding the character before `offset` (or the end of the text). */
  private afterLine(offset: number): number {
    if (offset > 0 && this.text[offset - 1] === '\n') return offset;
    const end = this.text.indexOf('\n', offset);
    return end < 0 ? this.text.length : end + 1;
  }

  private lineEnd(offset: number): number {
    const end = this.text.indexOf('\n', offset);
    return end < 0 ? this.text.length : end;
  }

  private trailingComment(from: number, to: number): string | undefined {
    const match = /\s(#.*)$/.exec(this.text.slice(from, to));
    return match?.[1];
  }
}

function isEmpty(node: unknown): boolean {
  return node === null || node === undefined || (isScalar(node) && (node.value === null || node.value === undefined));
}

/** A scalar as it should be written inline; quoted when a plain scalar would not round-trip. */
export function inlineScalar(value: unknown, inFlow: boolean): string {
  if (value === null || value === undefined) return '';
  const text = stringify(value, { lineWidth: 0 }).replace(/\n$/, '');
  if (text.includes('\n') || (inFlow && typeof value === 'string' && /[,[\]{}]/.test(value) && !/^["']/.test(text))) return JSON.stringify(value);
  return text;
}

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

function deleteAt(js: unknown, path: YamlPath): unknown {
  const [head, ...rest] = path;
  if (Array.isArray(js)) {
    const copy = [...js];
    if (rest.length === 0) copy.splice(head as number, 1);
    else copy[head as number] = deleteAt(copy[head as number], rest);
    return copy;
  }
  if (js === null || typeof js !== 'object') return js;
  const copy = { ...(js as Record<string, unknown>) };
  if (rest.length === 0) delete copy[head as string];
  else copy[head as string] = deleteAt(copy[head as string], rest);
  return copy;
}

