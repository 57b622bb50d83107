/**
 * Property test of the edit gate (issue 20): documents generated from a model
 * of what people write by hand — block scalars (| and >, with chomping), flow
 * lists and maps, anchors and aliases, comments on every line (tabs in some),
 * CRLF, a missing final newline, compact nested lists (- - x), list items
 * whose first key is empty or holds a list or a map — and an edit of every op
 * (set to a scalar, list, map or null; append; delete; move) on a real path.
 *
 * The expectation comes from the model, not from the code under test: the
 * model makes the edit on its own tree (aliases refer to anchors by name, in
 * document order, as in YAML), and knows where it wrote every node and
 * comment. Each case asserts:
 * - the result parses with no error and holds exactly the model's data;
 * - every byte outside the edited collection's lines is the same;
 * - every comment outside the replaced or removed node is still there, once;
 * - an edit that would leave an alias without its anchor is refused, text unchanged.
 *
 * `npm test` runs a fixed seed in a few seconds. By hand, longer or another seed:
 *   EDIT_RUNS=200000 EDIT_SEED=7 npx mocha --no-config --require tsx test/unit/core/yamlEditProperty.test.ts
 * It prints how many edits ran and how each was made (splice, rewrite, refused).
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import type { YamlEdit, YamlPath } from '../../../src/core/base/types';
import { YamlEditError, applyYamlEdits, editYaml } from '../../../src/core/yaml/yamlEdit';

const RUNS = Number(process.env.EDIT_RUNS ?? 400);
const SEED = Number(process.env.EDIT_SEED ?? 20261206);

// -- the model --------------------------------------------------------------

type Scalar = string | number | boolean | null;
interface Comment {
  text: string;
}
interface Base {
  anchor?: string;
  /** A comment after the node on its entry's line (or after a block scalar's header). */
  trailing?: Comment;
  /** A comment line above the node's entry. */
  above?: Comment;
}
type MNode =
  | (Base & { kind: 'scalar'; value: Scalar; text: string; block?: { style: '|' | '>'; chomp: '' | '-' | '+'; lines: string[] } })
  | (Base & { kind: 'map'; entries: [string, MNode][]; flow: boolean; compact?: boolean; padded?: boolean; closing?: Comment })
  | (Base & { kind: 'seq'; items: MNode[]; flow: boolean; compact?: boolean; padded?: boolean; closing?: Comment })
  | (Base & { kind: 'alias'; name: string });

// -- generation -------------------------------------------------------------

const PLAIN: [string, Scalar][] = [
  ['x', 'x'],
  ['G1', 'G1'],
  ['sam', 'sam'],
  ['Make deploys boring', 'Make deploys boring'],
  ['a-b', 'a-b'],
  ['v2.0', 'v2.0'],
  ['1', 1],
  ['42', 42],
  ['2.5', 2.5],
  ['-3', -3],
  ['true', true],
  ['false', false],
  ['~', null],
  ['null', null],
  ["'it''s'", "it's"],
  ["'a # b'", 'a # b'],
  ["'yes'", 'yes'],
  ["'-'", '-'],
  ['"a\\tb"', 'a\tb'],
  ['"x: y"', 'x: y'],
  ['"#h"', '#h'],
  ['"2026-11-30"', '2026-11-30'],
];
const LINES = ['Make', 'deploys boring', '# not a comment', 'key: value', '- not an item', 'a  b', 'end.'];
const KEYS = ['id', 'title', 'who', 'what', 'note', 'a', 'b', 'c', 'k1', 'due'];

interface Shape {
  t: 'scalar' | 'block' | 'flow' | 'map' | 'seq' | 'alias';
  pick: number;
  decor: number[];
  children: Shape[];
}
const decor = fc.array(fc.nat({ max: 99 }), { minLength: 8, maxLength: 8 });
const leaf = fc.record({
  t: fc.constantFrom<Shape['t']>('scalar', 'scalar', 'block', 'flow', 'alias'),
  pick: fc.nat(),
  decor,
  children: fc.constant([] as Shape[]),
});
const { shape } = fc.letrec<{ shape: Shape }>((tie) => ({
  shape: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.record({ t: fc.constantFrom<Shape['t']>('map', 'seq', 'flow'), pick: fc.nat(), decor, children: fc.array(tie('shape'), { maxLength: 4 }) }),
  ),
}));
const docShape = fc.record({
  children: fc.array(shape, { minLength: 1, maxLength: 6 }),
  indent: fc.constantFrom(2, 4),
  indentSeq: fc.boolean(),
  crlf: fc.boolean(),
  finalNewline: fc.boolean(),
});

/** Builds model nodes from shapes in document order, so that an alias only names an anchor written before it. */
class Builder {
  anchors: string[] = [];
  comments = 0;
  private next(decor: number[], i: number, percent: number): boolean {
    return decor[i] < percent;
  }
  comment(decor: number[], i: number): Comment | undefined {
    return this.next(decor, i, 25) ? { text: `c${++this.comments}` } : undefined;
  }
  node(s: Shape, inFlow: boolean): MNode {
    const d = s.decor;
    const base: Base = inFlow ? {} : { trailing: this.comment(d, 1), above: this.comment(d, 2) };
    let node: MNode;
    if (s.t === 'alias' && this.anchors.length > 0) node = { ...base, kind: 'alias', name: this.anchors[s.pick % this.anchors.length] };
    else if (s.t === 'block' && !inFlow) {
      const lines = [0, 1, 2].slice(0, 1 + (s.pick % 3)).map((i) => LINES[(s.pick + d[3] + i * 3) % LINES.length]);
      const style = d[4] % 2 === 0 ? '|' : '>';
      const chomp = (['', '-', '+'] as const)[d[5] % 3];
      const body = style === '|' ? lines.join('\n') : lines.join(' ');
      node = { ...base, kind: 'scalar', value: chomp === '-' ? body : `${body}\n`, text: '', block: { style, chomp, lines } };
    } else if (s.t === 'map' || s.t === 'seq' || s.t === 'flow') {
      const flow = inFlow || s.t === 'flow' || s.children.length === 0;
      const kids = s.children.map((c) => this.node(c, flow));
      const compact = !flow && d[6] % 2 === 0;
      const closing = flow ? undefined : this.comment(d, 7);
      if ((s.t === 'map') === (d[3] % 4 !== 0)) {
        const keys = [...KEYS].sort((a, b) => ((a.charCodeAt(0) * 31 + s.pick) % 17) - ((b.charCodeAt(0) * 31 + s.pick) % 17));
        node = { ...base, kind: 'map', entries: kids.map((k, i) => [keys[i], k]), flow, compact, padded: d[5] % 2 === 0, closing };
      } else node = { ...base, kind: 'seq', items: kids, flow, compact, padded: d[5] % 2 === 0, closing };
    } else {
      const [text, value] = PLAIN[s.pick % PLAIN.length];
      const empty = value === null && !inFlow && d[3] % 2 === 0;
      node = { ...base, kind: 'scalar', value, text: empty ? '' : text };
    }
    // An anchor on a node whose content is complete: no alias inside its own anchored node.
    if (node.kind !== 'alias' && d[0] < 20) {
      node.anchor = `n${this.anchors.length + 1}`;
      this.anchors.push(node.anchor);
    }
    return node;
  }
}

// -- rendering --------------------------------------------------------------

interface Rendered {
  text: string;
  /** Each node's entry: from the start of its key's or dash's line to the end of its last line. */
  spans: Map<MNode, [number, number]>;
  /** Where each comment was written: the entry whose line it is on or above, and the nodes whose value holds it. */
  comments: Map<string, { entry?: MNode; within: MNode[] }>;
}

class Renderer {
  out = '';
  spans = new Map<MNode, [number, number]>();
  comments = new Map<string, { entry?: MNode; within: MNode[] }>();
  private within: MNode[] = [];
  private lastLineIsBlockScalar = false;
  constructor(
    readonly indent: number,
    readonly indentSeq: boolean,
  ) {}

  private note(comment: Comment | undefined, entry: MNode | undefined, tab: boolean): string {
    if (!comment) return '';
    this.comments.set(comment.text, { entry, within: [...this.within] });
    return tab ? `#\t${comment.text}` : `# ${comment.text}`;
  }
  private line(text: string): void {
    this.out += `${text}\n`;
    this.lastLineIsBlockScalar = false;
  }
  private lineStart(): number {
    return this.out.lastIndexOf('\n', this.out.length - 1) + 1;
  }

  root(entries: [string, MNode][]): void {
    this.mapBody(entries, 0, false);
  }

  private mapBody(entries: [string, MNode][], column: number, firstInline: boolean): void {
    entries.forEach(([key, value], i) => {
      const inline = firstInline && i === 0;
      if (value.above && !inline) this.line(' '.repeat(column) + this.note(value.above, value, value.above.text.length % 2 === 0));
      const start = inline ? this.lineStart() : this.out.length;
      this.out += `${inline ? '' : ' '.repeat(column)}${key}:`;
      this.value(value, column, this.indentSeq ? column + this.indent : column, column + this.indent);
      this.spans.set(value, [start, this.out.length]);
    });
  }

  private seqBody(items: MNode[], column: number, firstInline: boolean): void {
    items.forEach((item, i) => {
      const inline = firstInline && i === 0;
      if (item.above && !inline) this.line(' '.repeat(column) + this.note(item.above, item, false));
      const start = inline ? this.lineStart() : this.out.length;
      this.out += `${inline ? '' : ' '.repeat(column)}-`;
      this.value(item, column, column + 2, column + 2, true);
      this.spans.set(item, [start, this.out.length]);
    });
  }

  /** The node after "key:" or "-"; `seqColumn` and `mapColumn` are where a block list or map below it starts. */
  private value(node: MNode, column: number, seqColumn: number, mapColumn: number, item = false): void {
    const anchor = node.anchor ? ` &${node.anchor}` : '';
    const trailing = () => (node.trailing ? ` ${this.note(node.trailing, node, node.trailing.text.length % 3 === 0)}` : '');
    if (node.kind === 'alias') return this.line(` *${node.name}${trailing()}`);
    if (node.kind === 'scalar' && node.block) {
      const { style, chomp, lines } = node.block;
      this.within.push(node);
      this.line(`${anchor} ${style}${chomp}${trailing()}`);
      for (const text of lines) this.out += `${' '.repeat(mapColumn)}${text}\n`;
      this.within.pop();
      this.lastLineIsBlockScalar = true;
      return;
    }
    if (node.kind === 'scalar') return this.line(`${anchor}${node.text === '' ? '' : ` ${node.text}`}${trailing()}`);
    if (node.flow) return this.line(` ${this.flow(node)}${trailing()}`);
    this.within.push(node);
    const compact = node.compact && item && !anchor && !node.trailing;
    if (compact) {
      this.out += ' ';
      if (node.kind === 'map') this.mapBody(node.entries, column + 2, true);
      else this.seqBody(node.items, column + 2, true);
    } else {
      this.line(`${anchor}${trailing()}`);
      if (node.kind === 'map') this.mapBody(node.entries, mapColumn, false);
      else this.seqBody(node.items, item ? column + 2 : seqColumn, false);
    }
    if (node.closing) this.line(' '.repeat(node.kind === 'map' ? mapColumn : item ? column + 2 : seqColumn) + this.note(node.closing, undefined, true));
    this.within.pop();
  }

  private flow(node: MNode): string {
    const anchor = node.anchor ? `&${node.anchor} ` : '';
    const mark = (text: string) => {
      this.spans.set(node, [-1, -1]);
      return text;
    };
    if (node.kind === 'alias') return mark(`*${node.name}`);
    if (node.kind === 'scalar') return mark(`${anchor}${node.text === '' ? '~' : node.text}`);
    const pad = node.padded ? ' ' : '';
    const inner = node.kind === 'map' ? node.entries.map(([k, v]) => `${k}: ${this.flow(v)}`) : node.items.map((v) => this.flow(v));
    const [open, close] = node.kind === 'map' ? ['{', '}'] : ['[', ']'];
    return mark(inner.length === 0 ? `${anchor}${open}${close}` : `${anchor}${open}${pad}${inner.join(', ')}${pad}${close}`);
  }

  finish(finalNewline: boolean, crlf: boolean, nodes: MNode[]): Rendered {
    let text = this.out;
    if (!finalNewline && !this.lastLineIsBlockScalar) text = text.replace(/\n$/, '');
    // A node inside a flow collection is written on its outermost flow collection's line.
    const fill = (node: MNode, span: [number, number] | undefined) => {
      const own = this.spans.get(node);
      const here = own && own[0] >= 0 ? own : span;
      if (here) this.spans.set(node, here);
      const kids = node.kind === 'map' ? node.entries.map((e) => e[1]) : node.kind === 'seq' ? node.items : [];
      for (const kid of kids) fill(kid, here);
    };
    for (const node of nodes) fill(node, undefined);
    const spans = new Map([...this.spans].map(([node, [s, e]]) => [node, [Math.min(s, text.length), Math.min(e, text.length)] as [number, number]]));
    if (!crlf) return { text, spans, comments: this.comments };
    const shift = (offset: number) => offset + (text.slice(0, offset).match(/\n/g)?.length ?? 0);
    return {
      text: text.replace(/\n/g, '\r\n'),
      spans: new Map([...spans].map(([n, [s, e]]) => [n, [shift(s), shift(e)] as [number, number]])),
      comments: this.comments,
    };
  }
}

// -- the model's data and edits -----------------------------------------------

/** The data of the tree: aliases resolve by name to the last anchor of that name written before them; undefined when one cannot. */
function dataOf(root: MNode): { data: unknown } | undefined {
  const anchors = new Map<string, unknown>();
  let ok = true;
  const resolve = (node: MNode): unknown => {
    let value: unknown;
    if (node.kind === 'alias') {
      if (!anchors.has(node.name)) ok = false;
      return anchors.get(node.name);
    }
    if (node.kind === 'scalar') value = node.value;
    else if (node.kind === 'seq') value = node.items.map(resolve);
    else value = Object.fromEntries(node.entries.map(([k, v]) => [k, resolve(v)]));
    if (node.anchor) anchors.set(node.anchor, value);
    return value;
  };
  const data = resolve(root);
  return ok ? { data } : undefined;
}

/** The node an alias names, as it stands in the tree now (the last with that anchor). */
function target(root: MNode, name: string): MNode | undefined {
  let found: MNode | undefined;
  const walk = (node: MNode) => {
    if (node.kind !== 'alias' && node.anchor === name) found = node;
    if (node.kind === 'map') node.entries.forEach((e) => walk(e[1]));
    if (node.kind === 'seq') node.items.forEach(walk);
  };
  walk(root);
  return found;
}

const deref = (root: MNode, node: MNode | undefined): MNode | undefined => (node?.kind === 'alias' ? target(root, node.name) : node);

/** The node at `path`, aliases on the way followed (the last one not). */
function at(root: MNode, path: YamlPath): MNode | undefined {
  let node: MNode | undefined = root;
  for (const segment of path) {
    node = deref(root, node);
    if (node?.kind === 'map') node = node.entries.find(([k]) => k === segment)?.[1];
    else if (node?.kind === 'seq' && typeof segment === 'number') node = node.items[segment];
    else return undefined;
  }
  return node;
}

function fromValue(value: unknown): MNode {
  if (Array.isArray(value)) return { kind: 'seq', items: value.map(fromValue), flow: false };
  if (value !== null && typeof value === 'object') return { kind: 'map', entries: Object.entries(value).map(([k, v]) => [k, fromValue(v)]), flow: false };
  return { kind: 'scalar', value: value as Scalar, text: '' };
}

/** Make `edit` on the tree (in place); returns the collection whose entries changed. */
function editModel(root: MNode, edit: YamlEdit): MNode {
  const path = edit.path;
  if (edit.op === 'move') {
    const seq = deref(root, at(root, path)) as Extract<MNode, { kind: 'seq' }>;
    seq.items.splice(edit.to, 0, seq.items.splice(edit.from, 1)[0]);
    return seq;
  }
  const parent = deref(root, at(root, path.slice(0, -1)))!;
  const key = path[path.length - 1];
  if (edit.op === 'append') {
    const list = deref(root, at(root, path));
    if (list?.kind === 'seq') {
      list.items.push(fromValue(edit.value));
      return list;
    }
    return editModel(root, { op: 'set', path, value: [edit.value] });
  }
  if (edit.op === 'delete') {
    if (parent.kind === 'map')
      parent.entries.splice(
        parent.entries.findIndex(([k]) => k === key),
        1,
      );
    else if (parent.kind === 'seq') parent.items.splice(key as number, 1);
    return parent;
  }
  const old = at(root, path);
  const node = fromValue(edit.value);
  // An anchor belongs to its place: the new value takes it over.
  if (old && old.kind !== 'alias' && old.anchor) node.anchor = old.anchor;
  if (parent.kind === 'map') {
    const i = parent.entries.findIndex(([k]) => k === key);
    if (i >= 0) parent.entries[i][1] = node;
    else parent.entries.push([key as string, node]);
  } else if (parent.kind === 'seq') parent.items[key as number] = node;
  return parent;
}

/** Every path in the tree (following aliases, to a bounded depth), with the node there. */
function pathsOf(root: MNode): { path: YamlPath; node: MNode }[] {
  const out: { path: YamlPath; node: MNode }[] = [];
  const walk = (node: MNode, path: YamlPath) => {
    out.push({ path, node });
    if (path.length >= 5) return;
    const real = deref(root, node);
    if (real?.kind === 'map') real.entries.forEach(([k, v]) => walk(v, [...path, k]));
    if (real?.kind === 'seq') real.items.forEach((v, i) => walk(v, [...path, i]));
  };
  walk(root, []);
  return out;
}

const VALUES: unknown[] = [
  'G9',
  'two words',
  '',
  'yes',
  '1',
  '#x',
  'a: b',
  '- x',
  'line one\nline two',
  ' lead',
  'it\'s "q"',
  7,
  2.5,
  false,
  null,
  [],
  {},
  ['sam', 'lee'],
  [0, 0, 1, 3, 1],
  { id: 'G5', title: 'New goal' },
  { aspiration: 'Lead', stretch: ['x', { y: 1 }] },
  [{ a: 1 }, [1, 'b']],
];

function chooseEdit(root: MNode, pick: number[]): YamlEdit | undefined {
  const paths = pathsOf(root);
  const [op, which, v, extra] = pick;
  const value = VALUES[v % VALUES.length];
  const nonRoot = paths.filter((p) => p.path.length > 0);
  const choose = <T>(list: T[]) => (list.length === 0 ? undefined : list[which % list.length]);
  switch (op % 6) {
    case 0:
    case 1: {
      const p = choose(nonRoot);
      return p && { op: 'set', path: p.path, value };
    }
    case 2: {
      const maps = paths.filter((p) => deref(root, p.node)?.kind === 'map');
      const p = choose(maps);
      if (!p) return undefined;
      const real = deref(root, p.node) as Extract<MNode, { kind: 'map' }>;
      const key = ['new', 'added', 'z'].find((k) => !real.entries.some(([e]) => e === k))!;
      return extra % 2 === 0 ? { op: 'set', path: [...p.path, key], value } : { op: 'append', path: [...p.path, key], value };
    }
    case 3: {
      const p = choose(paths.filter((q) => deref(root, q.node)?.kind === 'seq'));
      return p && { op: 'append', path: p.path, value };
    }
    case 4: {
      const p = choose(nonRoot);
      return p && { op: 'delete', path: p.path };
    }
    default: {
      const p = choose(
        paths.filter((q) => {
          const real = deref(root, q.node);
          return real?.kind === 'seq' && real.items.length >= 2;
        }),
      );
      if (!p) return undefined;
      const n = (deref(root, p.node) as Extract<MNode, { kind: 'seq' }>).items.length;
      return { op: 'move', path: p.path, from: extra % n, to: (extra + 1 + v) % n };
    }
  }
}

// -- the property -------------------------------------------------------------

const ways = { splice: 0, rewrite: 0, refused: 0, skipped: 0 };

type DocShape = typeof docShape extends fc.Arbitrary<infer T> ? T : never;

function check(input: { doc: DocShape; pick: number[] }): void {
  const { doc, pick } = input;
  const builder = new Builder();
  const root: MNode = { kind: 'map', flow: false, entries: doc.children.map((c, i) => [`k${i}`, builder.node(c, false)]) };
  const renderer = new Renderer(doc.indent, doc.indentSeq);
  renderer.root((root as Extract<MNode, { kind: 'map' }>).entries);
  const all = pathsOf(root).map((p) => p.node);
  const { text, spans, comments } = renderer.finish(doc.finalNewline, doc.crlf, [root, ...all]);
  const parsed = parseDocument(text, { merge: false });
  assert.deepEqual(
    parsed.errors.map((e) => e.message),
    [],
    `the generator wrote YAML that does not parse:\n${text}`,
  );
  assert.deepStrictEqual(parsed.toJS({ maxAliasCount: -1 }), dataOf(root)!.data, `the generator's model and its text disagree:\n${text}`);

  const edit = chooseEdit(root, pick);
  if (!edit) {
    ways.skipped++;
    return;
  }
  const removedOld = edit.op === 'set' || edit.op === 'delete' ? at(root, edit.path) : undefined;
  const changed = editModel(root, edit);
  const expected = dataOf(root);
  const where = `\n--- text ---\n${text}\n--- edit ---\n${JSON.stringify(edit)}`;
  if (!expected) {
    assert.throws(() => applyYamlEdits(text, [edit]), YamlEditError, `an edit that leaves an alias without its anchor is refused${where}`);
    ways.refused++;
    return;
  }
  let after: string;
  try {
    const made = editYaml(text, edit);
    after = made.text;
    ways[made.way]++;
  } catch (error) {
    assert.fail(`refused (${(error as Error).message})${where}`);
  }
  const shown = `${where}\n--- after ---\n${after}`;
  const result = parseDocument(after, { merge: false });
  assert.deepEqual(
    result.errors.map((e) => e.message),
    [],
    `parses${shown}`,
  );
  assert.deepStrictEqual(result.toJS({ maxAliasCount: -1 }), expected.data, `holds the data asked for${shown}`);

  // Bytes outside the edited collection's entry are the same (for the root: no bound).
  const span = changed === root ? undefined : spans.get(changed);
  if (span) {
    assert.equal(after.slice(0, span[0]), text.slice(0, span[0]), `bytes before the edited collection are kept${shown}`);
    assert.equal(after.slice(after.length - (text.length - span[1])), text.slice(span[1]), `bytes after the edited collection are kept${shown}`);
  }
  // Comments outside the node replaced or removed are all there, each once.
  for (const [name, place] of comments) {
    const inside = removedOld !== undefined && (place.within.includes(removedOld) || (edit.op === 'delete' && place.entry === removedOld));
    const count = after.match(new RegExp(`#[ \\t]${name}(?![0-9])`, 'g'))?.length ?? 0;
    if (!inside) assert.equal(count, 1, `the comment ${name} is kept once${shown}`);
    else assert.ok(count <= 1, `the comment ${name} is not doubled${shown}`);
  }
  if (text.includes('\r\n')) assert.doesNotMatch(after, /\r(?!\n)|(?<!\r)\n/, `a CRLF file stays CRLF${shown}`);
}

describe(`yamlEdit: generated documents and edits (fast-check, seed ${SEED}, ${RUNS} runs)`, function () {
  this.timeout(Math.max(120_000, RUNS * 200));
  after(() => {
    if (process.env.EDIT_RUNS) console.log(`      edits: ${JSON.stringify(ways)}`);
  });

  it('every edit parses, holds exactly the data asked for, and keeps the bytes and comments around it', () => {
    fc.assert(
      fc.property(fc.record({ doc: docShape, pick: fc.array(fc.nat(), { minLength: 4, maxLength: 4 }) }), (input) => check(input)),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
  });
});
