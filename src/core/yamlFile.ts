/**
 * A parsed YAML file with positions for every node. Rules ask for locations by
 * path; the answer is the narrowest node that explains a finding.
 */
import { Document, LineCounter, parseDocument, isAlias, isMap, isPair, isScalar, isSeq, type Node, type Pair } from 'yaml';
import { decodeUtf8Strict, utf8Length } from './textCodecs';
import type { Range, YamlPath } from './types';
import { walkPath } from './yamlPath';

/** Files above this size get one finding and are not parsed (editors paste logs by accident). */
export const MAX_FILE_BYTES = 1024 * 1024;
/** Alias expansion cap: a "billion laughs" file gives a finding instead of a hang. */
export const MAX_ALIAS_COUNT = 100;

export interface ParseProblem {
  message: string;
  range: Range;
}

const START: Range = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/** Decode file bytes as UTF-8; binary or non-UTF-8 content is a problem, not an exception. */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { problem: string } {
  if (bytes.length > MAX_FILE_BYTES) return { problem: tooBigMessage(bytes.length) };
  if (bytes.indexOf(0) !== -1) return { problem: 'this is a binary file (it contains NUL bytes), not YAML text' };
  try {
    const text = decodeUtf8Strict(bytes);
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch {
    return { problem: 'this file is not UTF-8 text; save it as UTF-8' };
  }
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

export class YamlFile {
  readonly doc: Document.Parsed;
  readonly lineCounter: LineCounter;
  /** yaml-syntax problems; when there are any, `data` is undefined. */
  readonly problems: ParseProblem[] = [];
  /** The document as plain data (dates stay strings: YAML 1.2 core schema). */
  readonly data: unknown;

  constructor(readonly text: string) {
    this.lineCounter = new LineCounter();
    this.doc = parseDocument(text, { lineCounter: this.lineCounter, prettyErrors: false });
    for (const error of this.doc.errors) {
      // The parser reports an unclosed quote or bracket at the very end: point at the last character instead.
      const end = Math.min(error.pos[1], text.length);
      const start = Math.min(error.pos[0], Math.max(0, text.length - 1));
      this.problems.push({ message: syntaxMessage(error.code, error.message), range: this.offsetsToRange(start, Math.max(start, end)) });
    }
    if (this.problems.length === 0) {
      try {
        this.data = this.doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
      } catch (error) {
        const alias = firstAlias(this.doc.contents);
        const range = alias?.range ? this.offsetsToRange(alias.range[0], alias.range[1]) : START;
        this.problems.push({ message: `aliases expand to too many nodes (limit ${MAX_ALIAS_COUNT}); this looks like an alias bomb: ${(error as Error).message}`, range });
      }
    }
  }

  offsetsToRange(start: number, end: number): Range {
    const a = this.lineCounter.linePos(start);
    const b = this.lineCounter.linePos(Math.max(start, end));
    return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
  }

  rangeOfNode(node: Node | null | undefined): Range {
    if (!node?.range) return START;
    return this.offsetsToRange(node.range[0], node.range[1]);
  }

  /** The node at `path`, if the whole path exists. */
  nodeAt(path: YamlPath): Node | null | undefined {
    const steps = walkPath(this.doc, path);
    return steps.length === path.length + 1 ? steps[path.length].node : undefined;
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
    const complete = steps.length === path.length + 1;
    const depth = steps.length - 1;
    const { node, pair } = steps[depth];
    if (complete && anchor === 'value' && node) return this.rangeOfNode(node);
    if (complete && anchor !== 'value' && pair) return this.rangeOfNode(pair.key as Node);
    if (complete && anchor === 'key' && isMap(node) && path.length > 0) return this.anchorOf(path, node, undefined);
    if (complete && node) return this.rangeOfNode(node);
    return this.anchorOf(path.slice(0, depth), node, pair);
  }

  private anchorOf(path: YamlPath, node: Node | null, pair: Pair | undefined): Range {
    if (pair) return this.rangeOfNode(pair.key as Node);
    if (path.length > 0 && isMap(node) && node.items.length > 0) {
      // A list item that is a map: point at its first entry, e.g. "id: G1".
      const first = node.items[0];
      const value = isScalar(first.value) ? (first.value as Node) : (first.key as Node);
      const key = first.key as Node;
      if (key?.range && value?.range) return this.offsetsToRange(key.range[0], value.range[1]);
    }
    if (path.length === 0 && isMap(node) && node.items.length > 0) return this.rangeOfNode(node.items[0].key as Node);
    if (node?.range) return this.rangeOfNode(node);
    return START;
  }
}

/** The parser's message, in the user's terms where the parser speaks to programmers. */
function syntaxMessage(code: string, message: string): string {
  if (code === 'MULTIPLE_DOCS') return 'a file holds one charter or retrospective: remove the second "---" document';
  if (code === 'DUPLICATE_KEY') return 'this key appears twice in the same map; keep one';
  if (code === 'TAB_AS_INDENT') return 'tabs cannot indent YAML; use spaces';
  return message.split('\n')[0];
}

function firstAlias(node: unknown): Node | undefined {
  if (isAlias(node)) return node;
  if (isMap(node) || isSeq(node)) {
    for (const item of node.items as unknown[]) {
      const found = isPair(item) ? firstAlias(item.key) ?? firstAlias(item.value) : firstAlias(item);
      if (found) return found;
    }
  }
  return undefined;
}

export const FILE_START = START;
