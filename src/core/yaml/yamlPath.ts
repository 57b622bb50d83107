/**
 * Walking a YAML path (map keys and list indexes) through a parsed document:
 * the one walker behind finding locations (YamlFile.locate) and round-trip
 * edits (yamlEdit.ts).
 */
import { isAlias, isMap, isPair, isScalar, isSeq, type Alias, type Document, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import type { YamlPath } from '../base/types';

export interface PathStep {
  node: Node | null;
  /** The pair holding `node`, when it is a map value (for a key a merge brings in: the pair where it is written). */
  pair?: Pair;
  /** The collection holding `node` (for a key a merge brings in: the map it is written in). */
  parent?: YAMLMap | YAMLSeq;
  /** The alias written at this place, when `node` is what an alias refers to. */
  alias?: Alias;
}

/** How deep merges of merges are followed; deeper ones are treated as absent. */
const MAX_MERGE_DEPTH = 20;

/** The node an alias stands for (a bounded number of hops, so a chain of aliases cannot loop). */
export function deref(doc: Document, node: unknown): Node | null {
  for (let i = 0; i < 10 && isAlias(node); i++) node = node.resolve(doc);
  return (node as Node | null | undefined) ?? null;
}

/**
 * A `<<` merge pair. Only in a document parsed with merges on, where the key's
 * value is the merge symbol; with merges off a << is an ordinary key.
 */
export function isMergePair(pair: unknown): boolean {
  return isPair(pair) && isScalar(pair.key) && typeof pair.key.value === 'symbol';
}

/**
 * The pair of `key` in a map, with the map it is written in: its own, else the
 * first one its merge keys (<<) bring in, as toJS applies them (own keys win,
 * then the merged maps in order).
 */
function pairIn(doc: Document, map: YAMLMap, key: string, followMerges: boolean, depth = 0): { pair: Pair; map: YAMLMap } | undefined {
  const own = map.items.find((p) => !isMergePair(p) && isScalar(p.key) && String(p.key.value) === key);
  if (own) return { pair: own as Pair, map };
  if (!followMerges || depth >= MAX_MERGE_DEPTH) return undefined;
  for (const merge of map.items) {
    if (!isMergePair(merge)) continue;
    const value = deref(doc, merge.value);
    for (const source of isSeq(value) ? value.items : [value]) {
      const merged = deref(doc, source);
      const found = isMap(merged) ? pairIn(doc, merged, key, true, depth + 1) : undefined;
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * The steps from the document's root along `path`, as far as the path exists:
 * step i holds the node at the first i segments (step 0 is the root), so the
 * whole path exists when there are path.length + 1 steps. A key that only a
 * merge key (<<) brings in is found where it is written, unless `followMerges`
 * is false (edits: a map's own keys are what an edit can change in place).
 */
export function walkPath(doc: Document, path: YamlPath, followMerges = true): PathStep[] {
  const steps: PathStep[] = [{ node: deref(doc, doc.contents) }];
  for (const segment of path) {
    const node = steps[steps.length - 1].node;
    if (isMap(node) && typeof segment === 'string') {
      const found = pairIn(doc, node, segment, followMerges);
      if (!found) break;
      steps.push({ node: deref(doc, found.pair.value), pair: found.pair, parent: found.map, ...aliasOf(found.pair.value) });
    } else if (isSeq(node) && typeof segment === 'number' && segment >= 0 && segment < node.items.length) {
      steps.push({ node: deref(doc, node.items[segment]), parent: node, ...aliasOf(node.items[segment]) });
    } else break;
  }
  return steps;
}

function aliasOf(node: unknown): { alias?: Alias } {
  return isAlias(node) ? { alias: node } : {};
}

/** The key of the pair whose value is `node` where it is written (not through an alias); undefined for a list item or the root. */
export function keyHolding(doc: Document, node: Node): Node | undefined {
  // A stack, not recursion: a deeply nested file must not overflow the call stack.
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const current = stack.pop();
    if (!isMap(current) && !isSeq(current)) continue;
    for (const item of current.items) {
      if (isPair(item)) {
        if (item.value === node) return (item.key as Node | null) ?? undefined;
        stack.push(item.value);
      } else stack.push(item);
    }
  }
  return undefined;
}
