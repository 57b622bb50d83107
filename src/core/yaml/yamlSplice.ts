/**
 * The smallest text change for an edit: one splice of the source, so that
 * comments, key order, quoting, unknown keys and the text around the edit stay
 * as the user wrote them. It is a proposal: the edit gate (yamlEdit.ts) checks
 * it against what the edit means (yamlEditDocument.ts) and falls back to
 * writing out a whole node when the splice is wrong or cannot be made.
 */
import { Document, YAMLSeq, isAlias, isCollection, isMap, isPair, isScalar, isSeq, stringify, type Node, type Pair, type YAMLMap } from 'yaml';
import type { YamlEdit, YamlPath } from '../base/types';
import {
  YamlEditError,
  byOp,
  isEmpty,
  nodeText,
  rewriteNode,
  valueNode,
  type EditOps,
  type EditedDocument,
  type Style,
  type TextSplice,
} from './yamlEditDocument';
import { keyHolding, walkPath, type PathStep } from './yamlPath';
import type { YamlSource } from './yamlSource';

/** How the file indents: the unit, and whether a list under a key is indented past it. */
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

/** A scalar as it should be written inline; quoted when a plain scalar would not round-trip. */
function inlineScalar(value: unknown, inFlow: boolean): string {
  if (value === null || value === undefined) return '';
  const text = stringify(value, { lineWidth: 0 }).replace(/\n$/, '');
  if (text.includes('\n') || (inFlow && typeof value === 'string' && /[,[\]{}]/.test(value) && !/^["']/.test(text))) return JSON.stringify(value);
  return text;
}

/** The splice for `edit` on `text` (parsed as `doc`, with merges on), given what the edit means. */
export function spliceFor(src: YamlSource, doc: Document, edited: EditedDocument, style: Style, edit: YamlEdit): TextSplice {
  return byOp(new Splicer(src, doc, edited, style), edit);
}

function isBlockScalar(node: unknown): boolean {
  return isScalar(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED');
}

class Splicer implements EditOps<TextSplice> {
  readonly text: string;

  constructor(
    readonly src: YamlSource,
    readonly doc: Document,
    readonly edited: EditedDocument,
    readonly style: Style,
  ) {
    this.text = src.text;
  }

  set(path: YamlPath, value: unknown): TextSplice {
    const steps = walkPath(this.doc, path, false);
    const found = steps.length - 1;
    if (found === path.length) return this.replace(steps, path, value);
    const holder = steps[found];
    const key = path[found] as string;
    // The new part as the edit made it (a map that a merge brings in arrives copied, with the change).
    const nested = this.editedValue(path.slice(0, found + 1));
    if (isMap(holder.node)) return holder.node.flow ? this.rewrite(path.slice(0, found)) : this.addPair(holder.node, key, nested);
    if (isEmpty(holder.node) && found > 0) return this.replace(steps, path.slice(0, found), { [key]: nested });
    if (found === 0 && !holder.node) {
      const at = this.text.length;
      return {
        start: at,
        end: at,
        insert: (at > 0 && this.text[at - 1] !== '\n' ? '\n' : '') + nodeText(valueNode(new Document(), { [key]: nested }), 0, this.style),
      };
    }
    throw new YamlEditError(`cannot add ${key} under ${path.slice(0, found).join('.') || 'the document'}`);
  }

  append(path: YamlPath, value: unknown): TextSplice {
    const steps = walkPath(this.doc, path, false);
    const target = steps.length - 1 === path.length ? steps[steps.length - 1].node : undefined;
    if (!isSeq(target)) return this.set(path, this.editedValue(path));
    if (target.flow || target.items.length === 0) return this.rewrite(path);
    return this.insertAfter(target, this.itemText(value, this.dashColumn(target)));
  }

  remove(path: YamlPath): TextSplice {
    const steps = walkPath(this.doc, path, false);
    const step = steps[steps.length - 1];
    const written = (step.alias ?? step.node) as Node;
    const parent = step.parent!;
    if (parent.flow) return this.rewrite(path.slice(0, -1));
    if (step.pair) {
      const key = step.pair.key as Node;
      // The entry's lines, and the comment lines after it indented past it (which would otherwise fall to what comes before).
      const end = this.src.afterDeeperComments(
        this.src.afterLine(Math.max(written?.range ? this.src.end(written) : 0, key.range![1])),
        key.range![0] - this.src.lineStart(key.range![0]),
      );
      const lineStart = this.src.lineStart(key.range![0]);
      // The only key of its map: the map stays, empty.
      if (parent.items.length === 1) return { start: key.range![0], end, insert: this.withBreak('{}', end) };
      if (/^[ \t]*$/.test(this.text.slice(lineStart, key.range![0]))) return { start: lineStart, end, insert: '' };
      // The first key of a list item ("- id: G1"): the dash stays, and the next key moves up beside it.
      const nextKey = (parent.items[parent.items.indexOf(step.pair) + 1] as Pair | undefined)?.key as Node | undefined;
      return this.removeBesideDash(key.range![0], end, nextKey?.range?.[0]);
    }
    const seq = parent as YAMLSeq;
    const index = path[path.length - 1] as number;
    const dash = this.src.dashOf(seq, index);
    const end = this.src.afterDeeperComments(this.src.afterLine(this.src.end(written)), dash - this.src.lineStart(dash));
    if (seq.items.length === 1) {
      // The last item: leave an empty list, on the key's line where nothing else stands between.
      const listKey = keyHolding(this.doc, seq);
      if (listKey?.range && /^:[ \t]*\n[ \t]*$/.test(this.text.slice(listKey.range[1], dash)))
        return { start: listKey.range[1], end, insert: this.withBreak(': []', end) };
      // Only a block list may stand at its key's indentation: [] goes further in.
      const under = listKey?.range ? listKey.range[0] - this.src.lineStart(listKey.range[0]) + 2 - (dash - this.src.lineStart(dash)) : 0;
      return { start: dash, end, insert: this.withBreak(`${' '.repeat(Math.max(0, under))}[]`, end) };
    }
    const lineStart = this.src.lineStart(dash);
    if (/^[ \t]*$/.test(this.text.slice(lineStart, dash))) return { start: lineStart, end, insert: '' };
    // The first item of a list that starts beside another dash ("- - x"): the outer dash stays, the next item moves up.
    return this.removeBesideDash(dash, end, this.src.dashOf(seq, index + 1));
  }

  /**
   * Remove what stands from `start` (beside a dash) to `end`: the entry at
   * `next` moves up beside the dash; when comment lines stand between, the
   * dash stays alone on its line and the rest follows below it, as valid.
   */
  private removeBesideDash(start: number, end: number, next: number | undefined): TextSplice {
    if (next !== undefined && /^[ \t]*$/.test(this.text.slice(end, next))) return { start, end: next, insert: '' };
    let from = start;
    while (from > 0 && (this.text[from - 1] === ' ' || this.text[from - 1] === '\t')) from--;
    return { start: from, end, insert: '\n' };
  }

  move(path: YamlPath, from: number, to: number): TextSplice {
    const steps = walkPath(this.doc, path, false);
    const seq = steps[steps.length - 1].node as YAMLSeq;
    if (from === to) return { start: 0, end: 0, insert: '' };
    if (seq.flow) return this.rewrite(path);
    const count = seq.items.length;
    // Block list: each item owns the lines from its dash to the next item's dash, and the comment lines
    // right above it (except above the first: they head the list). The splice starts at the first dash,
    // which may stand beside another one ("- - x"): every chunk is taken with its indentation, and the one
    // that comes first loses it again.
    const first = this.src.dashOf(seq, 0);
    const indent = ' '.repeat(this.dashColumn(seq));
    const starts = seq.items.map((_item, i) => (i === 0 ? first : this.withCommentsAbove(this.src.lineStart(this.src.dashOf(seq, i)), this.dashColumn(seq))));
    // The last item takes the comment lines indented past the dashes after it: they would fall to whatever item came last.
    const end = this.src.afterDeeperComments(this.src.afterLine(this.src.end(seq)), this.dashColumn(seq));
    const chunks = starts.map((s, i) => {
      const chunk = (i === 0 ? indent : '') + this.text.slice(s, i + 1 < count ? starts[i + 1] : end);
      return chunk.endsWith('\n') ? chunk : `${chunk}\n`;
    });
    chunks.splice(to, 0, chunks.splice(from, 1)[0]);
    const insert = chunks.join('').replace(/^[ \t]*/, '');
    return { start: first, end, insert: this.text.slice(first, end).endsWith('\n') ? insert : insert.slice(0, -1) };
  }

  // -- helpers --------------------------------------------------------------

  /** The value at `path` in the edited document. */
  private editedValue(path: YamlPath): unknown {
    const steps = walkPath(this.edited.doc, path, false);
    return steps[steps.length - 1].node?.toJS(this.edited.doc) ?? null;
  }

  /** Replace what is written at the end of `path` (a pair's value or a list item); `steps` walked it, one per segment and the root. */
  private replace(steps: PathStep[], path: YamlPath, value: unknown): TextSplice {
    const step = steps[steps.length - 1];
    const written = step.alias ?? step.node;
    const scalar = value === null || typeof value !== 'object';
    if (step.parent?.flow) {
      if (scalar && written?.range && written.range[1] > written.range[0])
        return { start: written.range[0], end: written.range[1], insert: inlineScalar(value, true) };
      return this.rewrite(path.slice(0, -1));
    }
    if (scalar && written?.range && (isScalar(written) || !isCollection(written))) {
      const [start, end] = written.range;
      // A block scalar's text ends with its line break: the new value keeps one.
      const lineBreak = isBlockScalar(written) && this.text[end - 1] === '\n' ? '\n' : '';
      if (value === null || value === undefined) {
        if (isEmpty(written) && start === end) return { start, end, insert: '' };
        // Emptying leaves "key:" or "-" with no space after it (an anchor or tag before the value stays).
        let from = start;
        while (from > 0 && (this.text[from - 1] === ' ' || this.text[from - 1] === '\t')) from--;
        return { start: from, end, insert: lineBreak };
      }
      if (start === end) {
        // An empty value: yaml may place it at a comment after "key:"; the value goes right after the colon (or anchor).
        let at = start;
        while (at > 0 && (this.text[at - 1] === ' ' || this.text[at - 1] === '\t')) at--;
        return { start: at, end: at, insert: ` ${inlineScalar(value, false)}` };
      }
      return { start, end, insert: inlineScalar(value, false) + lineBreak };
    }
    const node = valueNode(new Document(), value);
    if (step.pair) {
      // The pair is written again from its key: the old value's anchor goes with the new value.
      if (written && !isAlias(written) && written.anchor) node.anchor = written.anchor;
      return this.replacePair(step.pair, written, node);
    }
    if (!written?.range) throw new YamlEditError('cannot locate the item');
    // A list item: the new value is written where the old one starts (after its dash, anchor and tag, which stay).
    let start = written.range[0];
    let lead = '';
    if (!/[ \t\n]/.test(this.text[start - 1] ?? '\n')) lead = ' ';
    if (start === written.range[1] && isEmpty(written)) {
      lead = ' ';
      while (this.text[start - 1] === ' ' || this.text[start - 1] === '\t') start--;
    }
    let column = start - this.src.lineStart(start) + lead.length;
    // After an anchor or tag on the dash's line, a block map or list must start on a line of its own
    // ("- &a id: x" would anchor the key).
    const dash = this.src.dashOf(step.parent as YAMLSeq, path[path.length - 1] as number);
    const dashColumn = dash - this.src.lineStart(dash);
    const props = /\S/.test(this.text.slice(dash + 1, start)) && this.src.lineStart(start) === this.src.lineStart(dash);
    if (props && isCollection(node) && !node.flow && node.items.length > 0) {
      column = dashColumn + 2;
      lead = `\n${' '.repeat(column)}`;
      while (this.text[start - 1] === ' ' || this.text[start - 1] === '\t') start--;
    }
    return this.overLines(start, written, start, dashColumn, node, lead + nodeText(node, column, this.style));
  }

  /** Re-write a pair "key: value" from its key, at its own indentation. */
  private replacePair(pair: Pair, written: Node | null, node: Node): TextSplice {
    const key = pair.key as Node;
    const start = key.range![0];
    const column = start - this.src.lineStart(start);
    const block = new Document();
    const map = block.createNode({}) as YAMLMap;
    map.items.push(block.createPair(key.toJSON(), null));
    map.items[0].value = node;
    return this.overLines(start, written, key.range![1], column, node, nodeText(map, column, this.style));
  }

  /**
   * Write `text` from `start` to the end of the old value's last line. A comment
   * after the old value on the line at `from` (the key's or the dash's) is not
   * part of the value: it goes to the end of the new first line, where a
   * comment is allowed whatever the new value is (after "key:", "- x" or a
   * block scalar's header).
   */
  private overLines(start: number, written: Node | null, from: number, entryColumn: number, node: Node, text: string): TextSplice {
    const range = written?.range ? [written.range[0], this.src.end(written)] : undefined;
    let end = this.src.afterLine(range ? Math.max(range[1], from) : from);
    // A block collection or block scalar ends on a later line: only the first line can hold such a comment.
    const multiLine = !range || (isCollection(written) && !written.flow) || isBlockScalar(written);
    const to = this.src.lineEnd(multiLine ? from : Math.max(range[1], from));
    const comment = this.commentBetween(from, to, range && isCollection(written) && !written.flow ? range : undefined);
    let insert = text;
    if (comment) {
      const firstLineEnd = insert.indexOf('\n');
      insert = `${insert.slice(0, firstLineEnd)} ${comment}${insert.slice(firstLineEnd)}`;
    }
    if (endsInBlockScalar(node)) {
      // Comment lines after the old value, indented past the entry, would be read as the new block scalar's
      // text: they stay, at the entry's indentation (its key's, or its dash's).
      const indent = ' '.repeat(entryColumn);
      const stop = this.src.afterDeeperComments(end, entryColumn);
      if (stop > end) {
        insert = this.withBreak(insert, end) + this.text.slice(end, stop).replace(/^[ \t]*(?=#)/gm, indent);
        end = stop;
      }
    }
    return { start, end, insert: this.withBreak(insert, end) };
  }

  private addPair(map: YAMLMap, key: string, value: unknown): TextSplice {
    const firstKey = map.items[0].key as Node;
    const column = firstKey.range![0] - this.src.lineStart(firstKey.range![0]);
    return this.insertAfter(map, ' '.repeat(column) + nodeText(valueNode(new Document(), { [key]: value }), column, this.style));
  }

  /** A new list item "- value" with its dash at `dash`, as whole lines. */
  private itemText(value: unknown, dash: number): string {
    const seq = new YAMLSeq();
    seq.items.push(valueNode(new Document(), value));
    return ' '.repeat(dash) + nodeText(seq, dash, this.style);
  }

  /**
   * Insert whole lines after the last entry of a block collection, and after the comment lines indented past
   * its entries that follow it (a new block scalar would read them as its text), before any other comment.
   */
  private insertAfter(collection: YAMLMap | YAMLSeq, lines: string): TextSplice {
    const first = isSeq(collection) ? collection.range![0] : (collection.items[0].key as Node).range![0];
    const at = this.src.afterDeeperComments(this.src.afterLine(this.src.end(collection)), first - this.src.lineStart(first));
    // At the end of a text with no final line break: the new lines start on a line of their own, and add no break at the end.
    if (at > 0 && this.text[at - 1] !== '\n') return { start: at, end: at, insert: `\n${lines.replace(/\n$/, '')}` };
    return { start: at, end: at, insert: lines };
  }

  /** Write out the collection at `path` as the edit left it (a flow collection, or one the splice cannot reach). */
  private rewrite(path: YamlPath): TextSplice {
    const splice = rewriteNode(this.src, this.doc, this.edited.doc, path, this.style);
    if (!splice) throw new YamlEditError('cannot locate the collection to edit');
    return splice;
  }

  /** `text` ending with a line break when the replaced text up to `end` did. */
  private withBreak(text: string, end: number): string {
    const body = text.replace(/\n$/, '');
    return end > 0 && this.text[end - 1] === '\n' ? `${body}\n` : body;
  }

  private dashColumn(seq: YAMLSeq): number {
    return seq.range![0] - this.src.lineStart(seq.range![0]);
  }

  /** The text of the first comment that starts in [from, to) outside `inside`, if any (yaml's reading: a '#' in quotes is not one). */
  private commentBetween(from: number, to: number, inside: readonly number[] | undefined): string | undefined {
    return this.src.comments.find((c) => c.offset >= from && c.offset < to && !(inside && c.offset >= inside[0] && c.offset < inside[1]))?.text;
  }

  /** The start of the comment lines right above a line, at most as indented as `column` (deeper ones end what stands above). */
  private withCommentsAbove(lineStart: number, column: number): number {
    let start = lineStart;
    while (start > 0) {
      const previous = this.src.lineStart(start - 1);
      const indent = this.src.commentIndent(previous);
      if (indent === undefined || indent > column) break;
      start = previous;
    }
    return start;
  }
}

/** Whether a value, written out, ends with a block scalar (its last value is text of several lines). */
function endsInBlockScalar(node: Node): boolean {
  let last: unknown = node;
  while (isCollection(last) && !last.flow && last.items.length > 0) {
    const item: unknown = last.items[last.items.length - 1];
    last = isPair(item) ? item.value : item;
  }
  return isScalar(last) && typeof last.value === 'string' && last.value.includes('\n');
}
