/**
 * The text of a YAML file as the edit gate reads it: lines, the comments yaml
 * finds in it, and where a node's own text ends.
 */
import { Lexer, Parser, isCollection, isPair, type Node, type YAMLSeq } from 'yaml';

export interface SourceComment {
  offset: number;
  /** From the # to the end of its line, without a line break. */
  text: string;
}

/** The markers yaml's lexer adds between tokens: they are not in the text. */
const SCALAR_MARKER = '\u001f';
const LEXER_MARKERS = new Set(['\u0002', '\u0018', SCALAR_MARKER]);

/** The comments of a YAML text, as yaml's lexer reads it (so a '#' inside quotes or a block scalar is not one). */
export function commentsOf(text: string): SourceComment[] {
  const comments: SourceComment[] = [];
  let offset = 0;
  let scalar = false;
  for (const token of new Lexer().lex(text)) {
    if (LEXER_MARKERS.has(token)) {
      // The token after this marker is a scalar's text (a block scalar's may start with '#').
      scalar = token === SCALAR_MARKER;
      continue;
    }
    if (token[0] === '#' && !scalar) comments.push({ offset, text: token.trimEnd() });
    scalar = false;
    offset += token.length;
  }
  // The lexer's tokens are the text itself; should a marker ever stand for text, the offsets would be off.
  return offset === text.length ? comments : commentsFromTree(text);
}

/** The same, from yaml's concrete syntax tree: slower, but its offsets are given. */
function commentsFromTree(text: string): SourceComment[] {
  const comments: SourceComment[] = [];
  // The tree is walked with a stack: a deeply nested file must not overflow the call stack.
  const stack: unknown[] = [...new Parser().parse(text)];
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) for (const item of value) stack.push(item);
    else if (value !== null && typeof value === 'object') {
      const token = value as { type?: unknown; offset?: unknown; source?: unknown };
      if (token.type === 'comment' && typeof token.offset === 'number' && typeof token.source === 'string')
        comments.push({ offset: token.offset, text: token.source.trimEnd() });
      else for (const child of Object.values(value)) if (child !== null && typeof child === 'object') stack.push(child);
    }
  }
  return comments.sort((a, b) => a.offset - b.offset);
}

export class YamlSource {
  private commentList: SourceComment[] | undefined;
  private commentStarts: Set<number> | undefined;

  constructor(readonly text: string) {}

  get comments(): SourceComment[] {
    return (this.commentList ??= commentsOf(this.text));
  }

  /** For a line (given by its start) that holds only a comment: its indentation; otherwise undefined. */
  commentIndent(lineStart: number): number | undefined {
    this.commentStarts ??= new Set(this.comments.map((c) => c.offset));
    const indent = /^[ \t]*/.exec(this.text.slice(lineStart, this.lineEnd(lineStart)))![0].length;
    return this.commentStarts.has(lineStart + indent) ? indent : undefined;
  }

  lineStart(offset: number): number {
    return this.text.lastIndexOf('\n', offset - 1) + 1;
  }

  /** The start of the line after the one holding the character before `offset` (or the end of the text). */
  afterLine(offset: number): number {
    if (offset > 0 && this.text[offset - 1] === '\n') return offset;
    const end = this.text.indexOf('\n', offset);
    return end < 0 ? this.text.length : end + 1;
  }

  /** The indentation of the line holding `offset`: its leading spaces and tabs. */
  indentOf(offset: number): number {
    const start = this.lineStart(offset);
    return /^[ \t]*/.exec(this.text.slice(start, offset))![0].length;
  }

  /** From a line start, past the blank lines and the comment lines indented more than `column`. */
  afterDeeperComments(lineStart: number, column: number): number {
    let at = lineStart;
    while (at < this.text.length) {
      const indent = this.commentIndent(at);
      if (!(indent !== undefined ? indent > column : this.text.slice(at, this.lineEnd(at)).trim() === '')) break;
      at = this.afterLine(at + 1);
    }
    // Blank lines at the end belong to what follows.
    while (at > lineStart && this.text.slice(this.lineStart(at - 1), at).trim() === '') at = this.lineStart(at - 1);
    return at;
  }

  /** The offset of the dash of item `index` of a block list: at the list's dash column, on the item's line or above it (after an anchor alone on the dash's line). */
  dashOf(seq: YAMLSeq, index: number): number {
    if (index === 0) return seq.range![0];
    const column = seq.range![0] - this.lineStart(seq.range![0]);
    const item = seq.items[index] as Node | null;
    let line = this.lineStart(item?.range?.[0] ?? seq.range![1]);
    while (line > 0 && !(this.text[line + column] === '-' && /^[ \t]*$/.test(this.text.slice(line, line + column)))) line = this.lineStart(line - 1);
    return line + column;
  }

  lineEnd(offset: number): number {
    const end = this.text.indexOf('\n', offset);
    return end < 0 ? this.text.length : end;
  }

  /**
   * Where a node's own text ends: for a block collection, where its last
   * entry's value ends. yaml counts the comment and blank lines after that into
   * the collection's range; they are not the collection's.
   */
  end(node: Node): number {
    let last: unknown = node;
    while (isCollection(last) && !last.flow && last.items.length > 0) {
      const item: unknown = last.items[last.items.length - 1];
      last = isPair(item) ? (item.value ?? item.key) : item;
    }
    return (last as Node | null)?.range?.[1] ?? node.range![1];
  }
}
