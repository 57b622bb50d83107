/**
 * What a document's aliases and merge keys (<<) expand to, worked out from the
 * written nodes in one pass. yaml's own cap (maxAliasCount) counts every use
 * of an anchor, merges made again included, so it calls an honest chain of 60
 * merges (each map merging the one before) an alias bomb; this tells such a
 * chain, whose cost grows with its length, from a bomb, whose data doubles or
 * more with each level.
 */
import { isAlias, isMap, isSeq, type Document, type Node, type Pair } from 'yaml';
import { isMergePair } from './yamlPath';

export interface Expansion {
  /** Nodes in the data, every alias and merge expanded: what reading all of it costs. */
  nodes: number;
  /** Nodes as written. */
  written: number;
  /** Steps yaml takes to make the data: a merge makes its source map again and copies its keys. */
  work: number;
  /** The longest chain of merges (a map merging a map merging ...), and its last merge key. */
  chain: number;
  chainEnd?: Node;
}

/** What one node expands to. */
interface Cost {
  nodes: number;
  /** Steps to make it (again, when a merge makes it again). */
  work: number;
  /** For a map: its keys once merged (at most). */
  keys: number;
  /** For a map: the merges in a row that end at it. */
  chain: number;
}

const SCALAR: Cost = { nodes: 1, work: 1, keys: 0, chain: 0 };
/** An alias inside what it refers to: data without end. */
const ENDLESS: Cost = { nodes: Infinity, work: Infinity, keys: 0, chain: 0 };

/**
 * The expansion of a document that parsed without problems: its aliases refer
 * to anchors before them, and its nesting is bounded (MAX_NESTING), so the
 * recursion is too.
 */
export function aliasExpansion(doc: Document): Expansion {
  // The anchor each name stands for at this point of the document (the last one before), as yaml resolves aliases.
  const anchors = new Map<string, Cost | undefined>();
  const result: Expansion = { nodes: 0, written: 0, work: 0, chain: 0 };

  const visit = (node: unknown): Cost => {
    result.written++;
    if (isAlias(node)) return anchors.get(node.source) ?? ENDLESS;
    const anchor = (node as Node | null)?.anchor;
    if (!isMap(node) && !isSeq(node)) {
      if (anchor) anchors.set(anchor, SCALAR);
      return SCALAR;
    }
    if (anchor) anchors.set(anchor, undefined);
    const cost: Cost = { nodes: 1, work: 1, keys: 0, chain: 0 };
    const add = (child: unknown) => {
      const made = visit(child);
      cost.nodes += made.nodes;
      // An alias hands over data made once, where its anchor is.
      cost.work += isAlias(child) ? 1 : made.work;
    };
    for (const item of node.items as unknown[]) {
      if (!isMergePair(item)) {
        if (isMap(node)) {
          add((item as Pair).key);
          cost.keys++;
          add((item as Pair).value);
        } else add(item);
        continue;
      }
      // A merge makes each source map again (alias or not) and copies its keys in.
      const value = (item as Pair).value;
      for (const source of isSeq(value) ? (value.items as unknown[]) : [value]) {
        const made = visit(source);
        cost.nodes += made.nodes;
        cost.work += made.work + made.keys;
        cost.keys += made.keys;
        if (made.chain + 1 > cost.chain) {
          cost.chain = made.chain + 1;
          if (cost.chain > result.chain) {
            result.chain = cost.chain;
            result.chainEnd = (item as Pair).key as Node;
          }
        }
      }
    }
    if (anchor) anchors.set(anchor, cost);
    return cost;
  };

  const root = visit(doc.contents);
  result.nodes = root.nodes;
  result.work = root.work;
  return result;
}
