/**
 * A parsed YAML file with positions for every node. Rules ask for locations by
 * path; the answer is the narrowest node that explains a finding.
 */
import {
  Document,
  parseDocument,
  isAlias,
  isMap,
  isPair,
  isSeq,
  isScalar,
  type Node,
  type Pair,
  type ParseOptions,
  type DocumentOptions,
  type SchemaOptions,
} from 'yaml';
import { decodeUtf8Strict, utf8Length } from '../base/utf8';
import type { Range, YamlPath } from '../base/types';
import { aliasExpansion, type Expansion } from './yamlExpansion';
import { isMergePair, walkPath } from './yamlPath';

/** Files above this size get one finding and are not parsed (editors paste logs by accident). */
export const MAX_FILE_BYTES = 1024 * 1024;
/** Alias expansion cap: a "billion laughs" file gives a finding instead of a hang. */
export const MAX_ALIAS_COUNT = 100;
/**
 * How deep lists and maps may nest: a charter needs a handful of levels, and
 * yaml reads each level with a recursive call, so some 800 levels overflow its
 * stack (how many depends on the thread) and give an error per level.
 */
export const MAX_NESTING = 100;
/** The engines' words for a stack that ran out (V8 and JavaScriptCore; SpiderMonkey). */
const STACK_OVERFLOW = /maximum call stack size exceeded|too much recursion/i;
/**
 * Past yaml's alias cap, what a document may expand to (aliasExpansion): nodes
 * in its data, and steps to make them. A chain of 60 small maps merging the
 * one before takes some 40,000 steps; yaml reads 1,000,000 in 0.1-0.2 s.
 */
const MAX_EXPANDED_NODES = 100_000;
const MAX_EXPANSION_WORK = 1_000_000;

export interface ParseProblem {
  message: string;
  range: Range;
}

const START: Range = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/**
 * How every team file and config is parsed: merge keys (<<) applied, as the
 * format follows YAML 1.1 merges; and the library never prints its warnings
 * (noise on stderr: what matters becomes a finding). Not 'silent': that also
 * drops the error for a second document.
 */
export const YAML_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = { merge: true, logLevel: 'error' };

/**
 * Decode file bytes as UTF-8; binary or non-UTF-8 content is a problem, not an
 * exception. `size` is the file's whole size when only its start was read.
 */
export function decodeUtf8(bytes: Uint8Array, size = bytes.length): { text: string } | { problem: string } {
  if (Math.max(size, bytes.length) > MAX_FILE_BYTES) return { problem: tooBigMessage(Math.max(size, bytes.length)) };
  if (looksUtf16(bytes)) return { problem: 'this file is UTF-16; save it as UTF-8' };
  if (bytes.indexOf(0) !== -1) return { problem: 'this is a binary file (it contains NUL bytes), not YAML text' };
  try {
    const text = decodeUtf8Strict(bytes);
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch {
    return { problem: 'this file is not UTF-8 text; save it as UTF-8' };
  }
}

/** A UTF-16 byte order mark, or text whose every other byte is NUL (ASCII saved as UTF-16 without a mark). */
function looksUtf16(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return true;
  const sample = Math.min(bytes.length, 512) & ~1;
  if (sample < 4) return false;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = sample / 2;
  // Mostly-ASCII text: one byte of each pair is NUL almost always, the other almost never.
  return (evenNul >= pairs * 0.7 && oddNul <= pairs * 0.05) || (oddNul >= pairs * 0.7 && evenNul <= pairs * 0.05);
}

export function tooBigMessage(bytes: number): string {
  const mib = (bytes / (1024 * 1024)).toFixed(1);
  return `this file is ${mib} MiB; files over 1 MiB are not checked (a charter or retro is a few KiB)`;
}

/** The UTF-8 size of `text` when it is over the limit, else undefined (cheap for small texts). */
export function oversizeBytes(text: string): number | undefined {
  if (text.length * 3 <= MAX_FILE_BYTES) return undefined;
  const bytes = utf8Length(text);
  return bytes > MAX_FILE_BYTES ? bytes : undefined;
}

/**
 * A span of text, start and end offsets packed in one number (they are under
 * 2^21: files are at most 1 MiB), so that working spans out allocates nothing;
 * -1 stands for the file's start.
 */
export type Span = number;
const SPAN_SHIFT = 2 ** 21;
/** What ends a line for an editor (VS Code): LF, CRLF, and a CR alone. For split and matchAll (they copy it, so its lastIndex stays 0). */
export const LINE_BREAK = /\r\n?|\n/g;
const NO_SPAN = -1;

/**
 * Line and column of offsets in a text, as an editor counts them: our own line
 * starts (the parser's counter misses newlines inside some broken flow
 * collections, and takes a lone CR for text where editors start a line).
 */
export class LineIndex {
  private readonly lineStarts: number[] = [0];

  constructor(private readonly text: string) {
    if (text.includes('\r')) {
      for (const lineBreak of text.matchAll(LINE_BREAK)) this.lineStarts.push(lineBreak.index + lineBreak[0].length);
    } else {
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
    }
  }

  offsetsToRange(start: number, end: number): Range {
    const a = this.linePos(start);
    const b = this.linePos(Math.max(start, end));
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }

  rangeOf(span: Span): Range {
    return span < 0 ? START : this.offsetsToRange(Math.floor(span / SPAN_SHIFT), span % SPAN_SHIFT);
  }

  /** 1-based line and column of an offset (clamped to the text). */
  private linePos(offset: number): { line: number; column: number } {
    let at = Math.min(Math.max(offset, 0), this.text.length);
    // Between the CR and the LF of a CRLF is no place in an editor: the line's end is.
    if (this.text.charCodeAt(at) === 10 && this.text.charCodeAt(at - 1) === 13) at--;
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.lineStarts[middle] <= at) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: at - this.lineStarts[low] + 1 };
  }
}

/**
 * What `locate` answers for every node of a file, as plain data (it crosses
 * threads by structured clone): `keys` maps a path (pathKey) to a slot; each
 * slot holds four spans (Span): the answers for 'value', 'key' and 'missing',
 * and the anchor of a longer path that stops at this node.
 */
export interface LocationTable {
  keys: Map<string, number>;
  spans: Float64Array;
}

/** Spans per path in a location table: see LocationTable. */
export const SLOT = 4;

/** A path as one string, segment by segment: strings and list indexes never collide. */
export function pathKey(path: YamlPath, length = path.length): string {
  let key = '';
  for (let i = 0; i < length; i++) key += typeof path[i] === 'number' ? `\0n${path[i]}` : `\0s${path[i]}`;
  return key;
}

/** locate() from a location table. */
export function locateInTable(table: LocationTable, lines: LineIndex, path: YamlPath, anchor: 'value' | 'key' | 'missing'): Range {
  const slot = table.keys.get(pathKey(path));
  if (slot !== undefined) return spanAt(table, lines, slot, anchor === 'value' ? 0 : anchor === 'key' ? 1 : 2);
  for (let length = path.length - 1; length >= 0; length--) {
    const prefix = table.keys.get(pathKey(path, length));
    if (prefix !== undefined) return spanAt(table, lines, prefix, 3);
  }
  return START;
}

function spanAt(table: LocationTable, lines: LineIndex, slot: number, which: number): Range {
  return lines.rangeOf(table.spans[slot * SLOT + which]);
}

export class YamlFile {
  readonly doc: Document.Parsed;
  readonly lines: LineIndex;
  /** yaml-syntax problems; when there are any, `data` is undefined. */
  readonly problems: ParseProblem[] = [];
  /** The document as plain data (dates stay strings: YAML 1.2 core schema). */
  readonly data: unknown;
  /** Whether the document has an alias or a merge key (<<): then paths do not follow the written tree. */
  private aliasOrMerge = false;

  constructor(readonly text: string) {
    this.lines = new LineIndex(text);
    this.doc = parseDocument(text, { ...YAML_OPTIONS, prettyErrors: false });
    let overflow: number | undefined;
    for (const error of this.doc.errors) {
      // yaml's stack ran out in a deep nest: one finding (MAX_NESTING) says so, not one per level.
      // Where it runs out depends on how the engine compiled yaml's code at that moment: in a
      // scalar's resolve, yaml reports the overflow as TAG_RESOLVE_FAILED with the engine's message.
      if (error.code === 'RESOURCE_EXHAUSTION' || STACK_OVERFLOW.test(error.message)) {
        overflow ??= error.pos[0];
        continue;
      }
      // The parser reports an unclosed quote or bracket at the very end: point at the last character instead.
      const end = Math.min(error.pos[1], text.length);
      const start = Math.min(error.pos[0], Math.max(0, text.length - 1));
      this.problems.push({ message: syntaxMessage(error.code, error.message), range: this.offsetsToRange(start, Math.max(start, end)) });
    }
    if (this.problems.length === 0) this.checkStructure();
    // The nest is found above, where it passes the limit; when other errors stop that search, where yaml gave up.
    if (overflow !== undefined && !this.problems.some((p) => p.message === NESTING_MESSAGE))
      this.problems.push({ message: NESTING_MESSAGE, range: this.offsetsToRange(overflow, overflow + 1) });
    if (this.problems.length === 0) {
      try {
        this.data = readData(this.doc);
      } catch (error) {
        const merge = /merge/i.test((error as Error).message) ? firstNode(this.doc.contents, (n, pair) => isMergePair(pair) && n === pair?.key) : undefined;
        const expansion = error instanceof ExpansionError ? error.expansion : undefined;
        if (merge) this.problems.push({ message: 'a merge key (<<) takes a map, an alias of a map, or a list of them', range: this.rangeOfNode(merge) });
        else if (expansion?.chainEnd && expansion.chain > 1 && expansion.nodes <= expansion.written ** 2) {
          // Data that grows with a chain's length stays under the square of the nodes written; a bomb's doubles level by level.
          this.problems.push({
            message: `merge keys (<<) chain ${expansion.chain} maps deep here, each merging the one before: too long to read; merge from fewer levels`,
            range: this.rangeOfNode(expansion.chainEnd),
          });
        } else {
          const alias = firstNode(this.doc.contents, (n) => isAlias(n));
          const range = alias?.range ? this.offsetsToRange(alias.range[0], alias.range[1]) : START;
          this.problems.push({
            message: `aliases expand to too many nodes (limit ${MAX_ALIAS_COUNT}); this looks like an alias bomb: ${(error as Error).message}`,
            range,
          });
        }
      }
    }
  }

  /** What the parser accepts but data cannot hold: lists and maps nested too deep, aliases with no anchor before them, keys that are lists or maps. */
  private checkStructure(): void {
    const anchors = new Set<string>();
    forEachNode(this.doc.contents, (node, pair, depth) => {
      if (depth > MAX_NESTING) {
        const start = node.range?.[0] ?? 0;
        this.problems.push({ message: NESTING_MESSAGE, range: this.offsetsToRange(start, start + 1) });
        return false;
      }
      if (isAlias(node)) {
        this.aliasOrMerge = true;
        if (!anchors.has(node.source)) {
          this.problems.push({ message: `the alias *${node.source} refers to no anchor &${node.source} before it`, range: this.rangeOfNode(node) });
          return false;
        }
      } else if (node.anchor) anchors.add(node.anchor);
      if (pair && node === pair.key && isMergePair(pair)) this.aliasOrMerge = true;
      if (pair && node === pair.key && (isMap(node) || isSeq(node))) {
        this.problems.push({ message: 'this key is a list or a map; a key must be plain text', range: this.rangeOfNode(node) });
        return false;
      }
      return true;
    });
  }

  offsetsToRange(start: number, end: number): Range {
    return this.lines.offsetsToRange(start, end);
  }

  rangeOfNode(node: Node | null | undefined): Range {
    return this.lines.rangeOf(spanOfNode(node));
  }

  /** The node at `path`, if the whole path exists. */
  nodeAt(path: YamlPath): Node | null | undefined {
    const steps = walkPath(this.doc, path);
    return steps.length === path.length + 1 ? steps[path.length].node : undefined;
  }

  /** The value at `path` as the text has it, e.g. 1e400 where the data holds Infinity. */
  writtenAt(path: YamlPath): string | undefined {
    const range = this.nodeAt(path)?.range;
    return range ? this.text.slice(range[0], range[1]) : undefined;
  }

  /**
   * The range a finding about `path` should point at:
   * - 'value': the value at the path (an offending value);
   * - 'key': the key of the pair at the path (an offending key); for a list item that is a map, its
   *   first entry (a finding about the whole item, on its first line); else the value;
   * - 'missing': something at the path is absent or empty: its own key when the key is there with
   *   no value, else the anchor of the deepest part of the path that exists (its key, or for a list
   *   item its first entry, or for the document its first key).
   */
  locate(path: YamlPath, anchor: 'value' | 'key' | 'missing' = 'value'): Range {
    const steps = walkPath(this.doc, path);
    const depth = steps.length - 1;
    const { node, pair } = steps[depth];
    return this.lines.rangeOf(depth < path.length ? anchorSpan(depth, node, pair) : locateSpan(path.length, node, pair, anchor));
  }

  /**
   * Every answer of `locate`, when the document follows its written tree (no
   * alias, no merge key) and parsed without problems; else undefined.
   */
  locationTable(): LocationTable | undefined {
    if (this.aliasOrMerge || this.problems.length > 0 || !isMap(this.doc.contents)) return undefined;
    const keys = new Map<string, number>();
    const spans: number[] = [];
    const stack: { key: string; depth: number; node: Node | null; pair: Pair | undefined }[] = [
      { key: '', depth: 0, node: this.doc.contents, pair: undefined },
    ];
    while (stack.length > 0) {
      const { key, depth, node, pair } = stack.pop()!;
      // The first pair with a key wins, as in walkPath.
      if (keys.has(key)) continue;
      keys.set(key, keys.size);
      spans.push(
        locateSpan(depth, node, pair, 'value'),
        locateSpan(depth, node, pair, 'key'),
        locateSpan(depth, node, pair, 'missing'),
        anchorSpan(depth, node, pair),
      );
      const children: typeof stack = [];
      if (isMap(node)) {
        for (const item of node.items)
          if (isScalar(item.key))
            children.push({ key: `${key}\0s${String(item.key.value)}`, depth: depth + 1, node: (item.value as Node | null) ?? null, pair: item as Pair });
      } else if (isSeq(node)) {
        node.items.forEach((item, index) =>
          children.push({ key: `${key}\0n${index}`, depth: depth + 1, node: (item as Node | null) ?? null, pair: undefined }),
        );
      }
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
    }
    return { keys, spans: Float64Array.from(spans) };
  }
}

/**
 * The document's data. yaml's alias cap comes first: it stops a bomb quickly.
 * What it stops is measured again (aliasExpansion), and read when it expands
 * to little, as an honest chain of merges does; else ExpansionError.
 */
export function readData(doc: Document.Parsed): unknown {
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (!(error instanceof ReferenceError) || !/alias count/.test(error.message)) throw error;
    const expansion = aliasExpansion(doc);
    if (expansion.nodes > MAX_EXPANDED_NODES || expansion.work > MAX_EXPANSION_WORK) throw new ExpansionError(expansion, error.message);
    return doc.toJS({ maxAliasCount: -1 });
  }
}

/** What the aliases and merges of a document expand to, when that is too much; its message is yaml's. */
class ExpansionError extends Error {
  constructor(
    readonly expansion: Expansion,
    message: string,
  ) {
    super(message);
  }
}

function spanOfNode(node: Node | null | undefined): Span {
  return node?.range ? spanOf(node.range[0], node.range[1]) : NO_SPAN;
}

/** A span (see Span) from offsets. */
export function spanOf(start: number, end: number): Span {
  return start * SPAN_SHIFT + Math.min(end, SPAN_SHIFT - 1);
}

/** locate() of a whole path of `length` segments, given the node and pair it ends at. */
function locateSpan(length: number, node: Node | null, pair: Pair | undefined, anchor: 'value' | 'key' | 'missing'): Span {
  if (anchor === 'value' && node) return spanOfNode(node);
  if (anchor !== 'value' && pair) return spanOfNode(pair.key as Node);
  if (anchor === 'key' && isMap(node) && length > 0) return anchorSpan(length, node, undefined);
  if (node) return spanOfNode(node);
  return anchorSpan(length, node, pair);
}

/** Where a finding about something missing under a path of `length` segments points: see locate(). */
function anchorSpan(length: number, node: Node | null, pair: Pair | undefined): Span {
  if (pair) return spanOfNode(pair.key as Node);
  if (length > 0 && isMap(node) && node.items.length > 0) {
    // A list item that is a map: point at its first entry, e.g. "id: G1".
    const first = node.items[0];
    const value = isScalar(first.value) ? (first.value as Node) : (first.key as Node);
    const key = first.key as Node;
    if (key?.range && value?.range) return spanOf(key.range[0], value.range[1]);
  }
  if (length === 0 && isMap(node) && node.items.length > 0) return spanOfNode(node.items[0].key as Node);
  return spanOfNode(node);
}

const NESTING_MESSAGE = `lists and maps are nested more than ${MAX_NESTING} levels deep here, more than is read (a charter needs a handful)`;

/** The parser's message, in the user's terms where the parser speaks to programmers. */
function syntaxMessage(code: string, message: string): string {
  if (code === 'MULTIPLE_DOCS') return 'a file holds one charter or retrospective: remove the second "---" document';
  if (code === 'DUPLICATE_KEY') return 'this key appears twice in the same map; keep one';
  if (code === 'TAB_AS_INDENT') return 'tabs cannot indent YAML; use spaces';
  return message.split('\n')[0];
}

/**
 * Visit every node in document order (a key before its value), with how many
 * lists and maps hold it or are it (the top map: 1). Iterative, so a deeply
 * nested file cannot overflow the stack; `visit` returns false to stop.
 */
function forEachNode(root: unknown, visit: (node: Node, pair: Pair | undefined, depth: number) => boolean): void {
  const stack: [unknown, Pair | undefined, number][] = [[root, undefined, 0]];
  while (stack.length > 0) {
    const [node, pair, outer] = stack.pop()!;
    if (!node || typeof node !== 'object') continue;
    const collection = isMap(node) || isSeq(node);
    const depth = collection ? outer + 1 : outer;
    if (!visit(node as Node, pair, depth)) return;
    if (collection) {
      const items = node.items as unknown[];
      for (let i = items.length - 1; i >= 0; i--) {
        const item = items[i];
        if (isPair(item)) {
          stack.push([item.value, item, depth]);
          stack.push([item.key, item, depth]);
        } else stack.push([item, undefined, depth]);
      }
    }
  }
}

function firstNode(root: unknown, test: (node: Node, pair: Pair | undefined) => boolean): Node | undefined {
  let found: Node | undefined;
  forEachNode(root, (node, pair) => {
    if (test(node, pair)) found = node;
    return found === undefined;
  });
  return found;
}

export const FILE_START = START;
