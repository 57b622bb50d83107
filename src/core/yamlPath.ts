/**
 * Walking a YAML path (map keys and list indexes) through a parsed document:
 * the one walker behind finding locations (YamlFile.locate) and round-trip
 * edits (yamlEdit.ts).
 */
import { isAlias, isMap, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import type { YamlPath } from './types';

export interface PathStep {
  node: Node | null;
  /** The pair holding `node`, when it is a map value. */
  pair?: Pair;
  /** The collection holding `node`. */
  parent?: YAMLMap | YAMLSeq;
}

/** The node an alias stands for (a bounded number of hops, so a chain of aliases cannot loop). */
export function deref(doc: Document, node: unknown): Node | null {
  for (let i = 0; i < 10 && isAlias(node); i++) node = node.resolve(doc);
  return (node as Node | null | undefined) ?? null;
}

/**
 * The steps from the document's root along `path`, as far as the path exists:
 * step i holds the node at the first i segments (step 0 is the root), so the
 * whole path exists when there are path.length + 1 steps.
 */
export function walkPath(doc: Document, path: YamlPath): PathStep[] {
  const steps: PathStep[] = [{ node: deref(doc, doc.contents) }];
  for (const segment of path) {
    const node = steps[steps.length - 1].node;
    if (isMap(node) && typeof segment === 'string') {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === segment);
      if (!pair) break;
      steps.push({ node: deref(doc, pair.value), pair: pair as Pair, parent: node });
    } else if (isSeq(node) && typeof segment === 'number' && segment >= 0 && segment < node.items.length) {
      steps.push({ node: deref(doc, node.items[segment]), parent: node });
    } else break;
  }
  return steps;
}
