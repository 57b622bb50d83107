/** The one walk over a form's tree, and what is read off it: the anchors of findings and the fields. */
import type { YamlPath } from '../../src/shared/protocol.js';
import { domId, pathKey } from '../paths.js';
import type { Anchor, FieldNode, FormModel, FormNode, PulseRowNode, ReviewRowNode, SectionNode } from './nodes.js';

export type WalkedNode = SectionNode | FormNode | ReviewRowNode | PulseRowNode;

/** Visit every node of the form, parents before their children, in form order, with the section it is in. */
export function walk(model: FormModel, visit: (node: WalkedNode, section: SectionNode) => void): void {
  for (const section of model.sections) {
    const go = (node: WalkedNode): void => {
      visit(node, section);
      switch (node.type) {
        case 'section':
        case 'item':
        case 'group':
          return node.children.forEach(go);
        case 'list':
          return node.items.forEach(go);
        case 'review':
          return node.rows.forEach(go);
        case 'row':
          go(node.status);
          if (node.until) go(node.until);
          return go(node.note);
        case 'columns':
          return node.lists.forEach(go);
        case 'pulse':
          go(node.responses);
          return node.rows.forEach(go);
        case 'pulseRow':
          return node.counts.forEach(go);
        case 'field':
          return;
      }
    };
    go(section);
  }
}

/** Every path of the form that has an element, keyed by pathKey (the first element of a path wins). */
export function anchorsOf(model: FormModel): Map<string, Anchor> {
  const anchors = new Map<string, Anchor>();
  const add = (path: YamlPath, id: string, section: string, isField: boolean) => {
    const key = pathKey(path);
    if (!anchors.has(key)) anchors.set(key, { id, section, field: isField });
  };
  walk(model, (node, section) => {
    switch (node.type) {
      case 'section':
        for (const path of node.anchors) add(path, domId(path), section.key, false);
        return;
      case 'field':
        if (node.path) add(node.path, node.id, section.key, true);
        return;
      case 'item':
        if (!node.inline) add(node.path, node.id, section.key, false);
        return;
      case 'row':
        if (node.row.path) add(node.row.path, node.id, section.key, false);
        return;
      default:
        add(node.path, node.id, section.key, false);
    }
  });
  return anchors;
}

/** Every field of the model, in form order. */
export function fieldsOf(model: FormModel): FieldNode[] {
  const out: FieldNode[] = [];
  walk(model, (node) => {
    if (node.type === 'field') out.push(node);
  });
  return out;
}
