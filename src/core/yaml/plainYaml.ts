/**
 * A fast reader for the plain block YAML that charters and retros are written
 * in: maps of simple keys, lists, one-line scalars and one-line flow lists,
 * comments. For such text it gives the same data as `yaml`, and the same
 * location table (YamlFile.locationTable: where each finding points), in a
 * fraction of the time and memory: the linter reads every file of a
 * workspace (CONTRIBUTING.md "Speed of the linter"). Anything else (block
 * scalars, multi-line scalars, escapes, anchors, tags, flow maps, tabs, CR
 * line ends, duplicate keys, comments that yaml counts in with a value,
 * errors) makes it give up, and the caller parses the text with `yaml`: this
 * reader never decides what YAML means, it only recognises text whose meaning
 * is plain. test/unit/core/plainYaml.test.ts checks it against `yaml` on every
 * fixture and on generated text.
 */
import { Document, Scalar, type ScalarTag } from 'yaml';
import type { Data } from '../base/dataReaders';
import { MAX_NESTING, SLOT, YAML_OPTIONS, spanOf, type LocationTable, type Span } from './yamlFile';

/**
 * The version of `yaml` this reader was checked against. It copies some of
 * yaml's choices (node ranges, the order of scalar tags), so package.json pins
 * yaml to exactly this version and a test fails when the two part: move both
 * only after plainYaml.test.ts passes with the new version.
 */
export const CHECKED_WITH_YAML = '2.9.1';

export interface PlainYaml {
  /** The same as `yaml`'s toJS() of the document. */
  data: Data;
  /** The same as YamlFile.locationTable() of the document. */
  locations: LocationTable;
}

/** Thrown to give up: the text is not plain (rare, so an exception costs nothing that matters). */
const NOT_PLAIN = Symbol('not plain');

/** Characters that make a text not plain wherever they are: tabs, CR, other controls, odd line breaks. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNUSUAL_CHARACTER = /[\0-\x09\x0b-\x1f\x7f\x85\u2028\u2029\ufeff]/;
/** A key we read ourselves: yaml reads anything else (quoted, spaced, numeric, `<<`). */
const KEY = /[A-Za-z_][A-Za-z0-9_-]*/y;
/** Characters that start something other than a plain scalar (a quote or `[` we read ourselves). */
const INDICATOR = '&*!|>%@`{}],?:#';
/** Characters that end a plain scalar in a flow, as yaml's lexer has them. */
const FLOW_INDICATOR = ',[]{}';
/** Spans pack offsets below 2^21 (see Span); team files are at most 1 MiB. */
const MAX_LENGTH = 2 ** 21 - 1;

interface Line {
  /** Offset of the line's first character. */
  start: number;
  /** Offset of its first character that is not a space. */
  content: number;
  /** Offset of its end (the newline, or the end of the text). */
  end: number;
}

/** What reading one node gives: its value and where it is, as yaml's range counts. */
interface Read {
  kind: 'map' | 'seq' | 'scalar';
  value: unknown;
  /** yaml's range[0] and range[1]: where the node starts and where its value ends. */
  start: number;
  valueEnd: number;
  /** yaml's range[2]: where a map or list that holds it as its last item ends. */
  end: number;
  /** The next content line. */
  next: number;
  /** For a map: its first key, and its first entry from that key to the end of its value when that is a scalar (else of the key). */
  firstKey?: Span;
  firstEntry?: Span;
}

/** The tags yaml tries on a plain scalar, in its order (findScalarTagByTest), with the options it passes them. */
const schemaDoc = new Document(null, YAML_OPTIONS);
const SCALAR_TAGS = schemaDoc.schema.tags.filter(
  (tag): tag is ScalarTag & { test: RegExp } => !('collection' in tag && tag.collection) && tag.test !== undefined,
);
const VALUE_TAGS = SCALAR_TAGS.filter((tag) => tag.default === true);
const KEY_TAGS = SCALAR_TAGS.filter((tag) => tag.default === true || tag.default === 'key');

/** The text's data and location table, when it is plain block YAML with a map at the top; else undefined. */
export function readPlainYaml(text: string): PlainYaml | undefined {
  if (text.length > MAX_LENGTH || UNUSUAL_CHARACTER.test(text)) return undefined;
  try {
    return new Reader(text).read();
  } catch (error) {
    if (error === NOT_PLAIN) return undefined;
    throw error;
  }
}

function notPlain(): never {
  throw NOT_PLAIN;
}

class Reader {
  private readonly lines: Line[] = [];
  /** The location table as it fills: a slot per path, in the order yaml's table lists them (document order). */
  private readonly keys = new Map<string, number>();
  private readonly spans: number[] = [];
  /** Whether the last value read was a null written as nothing (see nullAt). */
  private lastWasNull = false;

  constructor(private readonly text: string) {
    for (let start = 0; start <= text.length;) {
      let end = text.indexOf('\n', start);
      if (end === -1) end = text.length;
      let content = start;
      while (content < end && text.charCodeAt(content) === 32) content++;
      // Blank and comment lines take no part in the structure, whatever their indent.
      if (content < end && text[content] !== '#') this.lines.push({ start, content, end });
      start = end + 1;
    }
  }

  read(): PlainYaml {
    const first = this.lines[0];
    if (!first || first.content !== first.start || this.isDash(first.content, first)) notPlain();
    const slot = this.slot('');
    const root = this.map(0, first.content, '', 0);
    if (root.next !== this.lines.length) notPlain();
    this.fill(slot, 0, root);
    return { data: root.value as Data, locations: { keys: this.keys, spans: Float64Array.from(this.spans) } };
  }

  /** A slot in the table for a path (pathKey), taken before the node is read: paths stay in document order. */
  private slot(path: string): number {
    const slot = this.keys.size;
    this.keys.set(path, slot);
    this.spans.push(0, 0, 0, 0);
    return slot;
  }

  /**
   * What locate() answers for a node at a path of `depth` segments (as
   * locateSpan and anchorSpan in yamlFile.ts work it out from yaml's nodes);
   * `key`: the key of the pair that holds the node, if a pair holds it.
   */
  private fill(slot: number, depth: number, read: Read, key?: Span): void {
    const span = spanOf(read.start, read.valueEnd);
    const at = slot * SLOT;
    this.spans[at] = span;
    if (key !== undefined) {
      this.spans[at + 1] = this.spans[at + 2] = this.spans[at + 3] = key;
    } else if (read.kind === 'map') {
      this.spans[at + 1] = depth > 0 ? read.firstEntry! : span;
      this.spans[at + 2] = span;
      this.spans[at + 3] = depth > 0 ? read.firstEntry! : read.firstKey!;
    } else {
      this.spans[at + 1] = this.spans[at + 2] = this.spans[at + 3] = span;
    }
  }

  /** A list or map at `depth` (the top map: 0) past yaml's MAX_NESTING is for yaml to report. */
  private checkDepth(depth: number): void {
    if (depth >= MAX_NESTING) notPlain();
  }

  private indent(line: Line | undefined): number {
    return line ? line.content - line.start : -1;
  }

  private isDash(at: number, line: Line): boolean {
    return this.text[at] === '-' && (at + 1 === line.end || this.text[at + 1] === ' ');
  }

  /** The first offset from `at` that is not a space, or `end`. */
  private skipSpaces(at: number, end: number): number {
    while (at < end && this.text.charCodeAt(at) === 32) at++;
    return at;
  }

  /** Where a value that ends its line ends for yaml: after the newline. */
  private afterLine(line: Line): number {
    return Math.min(line.end + 1, this.text.length);
  }

  /** A block map at `path` (pathKey) whose first key is at `at` on line `index`; its keys are all in that column. */
  private map(index: number, at: number, path: string, depth: number): Read {
    this.checkDepth(depth);
    const column = at - this.lines[index].start;
    const data: Record<string, unknown> = {};
    const start = at;
    let firstKey: Span | undefined;
    let firstEntry: Span | undefined;
    let last: Read;
    for (;;) {
      const line = this.lines[index];
      KEY.lastIndex = at;
      if (!KEY.exec(this.text)) notPlain();
      const colon = KEY.lastIndex;
      if (this.text[colon] !== ':' || (colon + 1 < line.end && this.text[colon + 1] !== ' ')) notPlain();
      const name = this.text.slice(at, colon);
      // yaml refuses implicit keys over 1024 characters.
      if (colon - at > 1024 || name === '__proto__' || Object.hasOwn(data, name) || KEY_TAGS.some((tag) => tag.test.test(name))) notPlain();
      const childPath = `${path}\0s${name}`;
      const slot = this.slot(childPath);
      const rest = this.skipSpaces(colon + 1, line.end);
      let value: Read;
      if (rest === line.end || this.text[rest] === '#') {
        // Nothing after the colon but a comment: the value is on the lines below, or null.
        const below = this.lines[index + 1];
        const indent = this.indent(below);
        if (indent > column) value = this.block(index + 1, childPath, depth + 1);
        else if (indent === column && this.isDash(below.content, below)) value = this.seq(index + 1, below.content, childPath, depth + 1);
        else value = this.nullAt(index, rest);
      } else value = this.inline(index, colon + 1, childPath, depth + 1);
      this.fill(slot, depth + 1, value, spanOf(at, colon));
      firstKey ??= spanOf(at, colon);
      firstEntry ??= spanOf(at, value.kind === 'scalar' ? value.valueEnd : colon);
      data[name] = value.value;
      last = value;
      index = value.next;
      const next = this.lines[index];
      const indent = this.indent(next);
      if (indent < column) break;
      if (indent > column || this.isDash(next.content, next)) notPlain();
      at = next.content;
    }
    return { kind: 'map', value: data, start, valueEnd: last.end, end: last.end, next: index, firstKey, firstEntry };
  }

  /** A block list at `path` whose first dash is at `at` on line `index`. */
  private seq(index: number, at: number, path: string, depth: number): Read {
    this.checkDepth(depth);
    const column = at - this.lines[index].start;
    const data: unknown[] = [];
    const start = at;
    let last: Read;
    for (;;) {
      const line = this.lines[index];
      const childPath = `${path}\0n${data.length}`;
      const slot = this.slot(childPath);
      const content = this.skipSpaces(at + 1, line.end);
      let item: Read;
      if (content === line.end || this.text[content] === '#') {
        // A lone dash: the item is below it, or null. yaml counts comment lines above a
        // later item in with it, unless they follow a null (they are the null's).
        const commentAbove = at > start && !this.lastWasNull && this.text.lastIndexOf('#', line.start) > this.lines[index - 1].end;
        item = this.indent(this.lines[index + 1]) > column ? this.block(index + 1, childPath, depth + 1) : this.nullAt(index, content, commentAbove);
      } else {
        if (this.isDash(content, line)) notPlain();
        KEY.lastIndex = content;
        const keyed = KEY.exec(this.text) && this.text[KEY.lastIndex] === ':' && (KEY.lastIndex + 1 === line.end || this.text[KEY.lastIndex + 1] === ' ');
        item = keyed ? this.map(index, content, childPath, depth + 1) : this.inline(index, at + 1, childPath, depth + 1);
      }
      this.fill(slot, depth + 1, item);
      data.push(item.value);
      last = item;
      index = item.next;
      const next = this.lines[index];
      const indent = this.indent(next);
      if (indent < column || (indent === column && !this.isDash(next.content, next))) break;
      if (indent > column) notPlain();
      at = next.content;
    }
    return { kind: 'seq', value: data, start, valueEnd: last.end, end: last.end, next: index };
  }

  /** A map or list that starts a line of its own. */
  private block(index: number, path: string, depth: number): Read {
    const line = this.lines[index];
    return this.isDash(line.content, line) ? this.seq(index, line.content, path, depth) : this.map(index, line.content, path, depth);
  }

  /**
   * A null value written as nothing: yaml puts it where the line's text stops
   * (the newline, or a comment's #), and lets it run on to the next line's text
   * when a comment follows it, on its line or on lines of their own, or when
   * `commentAbove` (a list item with comment lines above it).
   */
  private nullAt(index: number, at: number, commentAbove = false): Read {
    const line = this.lines[index];
    const next = this.lines[index + 1]?.content ?? this.text.length;
    const end = at < line.end || commentAbove || this.text.lastIndexOf('#', next) > line.end ? next : at;
    this.lastWasNull = true;
    return { kind: 'scalar', value: null, start: at, valueEnd: at, end, next: index + 1 };
  }

  /**
   * A value that ends its line, after a colon or dash at `after - 1`: a scalar or
   * a flow list, then maybe a comment.
   */
  private inline(index: number, after: number, path: string, depth: number): Read {
    const line = this.lines[index];
    if (this.text[after] !== ' ') notPlain();
    const at = this.skipSpaces(after + 1, line.end);
    const read = this.text[at] === '[' ? this.flowSeq(at, line, path, depth) : this.scalar(at, line.end, false);
    const rest = this.skipSpaces(read.valueEnd, line.end);
    if (rest < line.end && (this.text[rest] !== '#' || rest === read.valueEnd)) notPlain();
    this.refuseCommentsThatJoinTheValue(index);
    this.lastWasNull = false;
    // A line below indented further (a scalar going on, say) is for the caller to refuse.
    read.end = this.afterLine(line);
    read.next = index + 1;
    return read;
  }

  /**
   * Comment lines after a value take no part in where it ends, unless they are
   * indented past the next line's text: yaml then counts them in with the value
   * or with a map or list that ends there. Such text is yaml's to read.
   */
  private refuseCommentsThatJoinTheValue(index: number): void {
    const line = this.lines[index];
    const next = this.lines[index + 1];
    const stop = next?.start ?? this.text.length;
    if (line.end + 1 >= stop) return;
    const limit = next ? next.content - next.start : 0;
    for (let start = line.end + 1; start < stop;) {
      let end = this.text.indexOf('\n', start);
      if (end === -1 || end > stop) end = stop;
      const content = this.skipSpaces(start, end);
      if (this.text[content] === '#' && content - start > limit) notPlain();
      start = end + 1;
    }
  }

  /** A quoted or plain scalar at `at`, ending by `limit`; `inFlow` inside [ ]. Its `end` and `next` are the caller's to set. */
  private scalar(at: number, limit: number, inFlow: boolean): Read {
    const first = this.text[at];
    if (first === '"' || first === "'") {
      const close = this.text.indexOf(first, at + 1);
      if (close === -1 || close >= limit) notPlain();
      const inner = this.text.slice(at + 1, close);
      // Escapes and doubled quotes are for yaml to read.
      if ((first === '"' && inner.includes('\\')) || (first === "'" && this.text[close + 1] === "'")) notPlain();
      return { kind: 'scalar', value: inner, start: at, valueEnd: close + 1, end: close + 1, next: -1 };
    }
    // A dash before a space, or in a flow before , [ ] { }, is yaml's indicator of a block list item (an error in a flow).
    if (
      INDICATOR.includes(first) ||
      (first === '-' && (at + 1 >= limit || this.text[at + 1] === ' ' || (inFlow && FLOW_INDICATOR.includes(this.text[at + 1])))) ||
      (inFlow && first === '[')
    )
      notPlain();
    let end = at;
    for (; end < limit; end++) {
      const c = this.text[end];
      if (c === ':' && (end + 1 === limit || this.text[end + 1] === ' ' || inFlow)) notPlain();
      if (c === '#' && this.text[end - 1] === ' ') break;
      if (inFlow && (c === ',' || c === ']' || c === '[' || c === '{' || c === '}' || c === '#' || c === '"' || c === "'")) break;
    }
    while (this.text.charCodeAt(end - 1) === 32) end--;
    return { kind: 'scalar', value: resolvePlain(this.text.slice(at, end)), start: at, valueEnd: end, end, next: -1 };
  }

  /** A flow list at `path` on one line: `[a, "b c"]`, or `[]`. */
  private flowSeq(at: number, line: Line, path: string, depth: number): Read {
    this.checkDepth(depth);
    const data: unknown[] = [];
    let position = this.skipSpaces(at + 1, line.end);
    if (this.text[position] !== ']') {
      for (;;) {
        const slot = this.slot(`${path}\0n${data.length}`);
        const item = this.scalar(position, line.end, true);
        this.fill(slot, depth + 1, item);
        data.push(item.value);
        position = this.skipSpaces(item.valueEnd, line.end);
        const c = this.text[position];
        if (c === ']') break;
        if (c !== ',') notPlain();
        position = this.skipSpaces(position + 1, line.end);
        // An empty item or a trailing comma: yaml's to read.
        if (this.text[position] === ',' || this.text[position] === ']') notPlain();
      }
    }
    return { kind: 'seq', value: data, start: at, valueEnd: position + 1, end: position + 1, next: -1 };
  }
}

/** A plain scalar's value as yaml resolves it: the first tag whose test matches, else the text. */
function resolvePlain(source: string): unknown {
  // Only null, bool and number tags exist, and none matches text that starts with another letter.
  const c = source.charCodeAt(0);
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
    const lower = c | 32;
    if (lower !== 110 && lower !== 116 && lower !== 102) return source;
  }
  const tag = VALUE_TAGS.find((t) => t.test.test(source));
  if (!tag) return source;
  let failed = false;
  const resolved = tag.resolve(source, () => (failed = true), schemaDoc.options);
  // Some tags resolve to a Scalar (null, booleans), as composeScalar allows.
  const value = resolved instanceof Scalar ? resolved.value : resolved;
  if (failed || (typeof value === 'object' && value !== null)) notPlain();
  return value;
}
