/**
 * Where each finding shows in the form: next to the element of its path, or,
 * when that path has no element of its own (a missing map, an id inside a
 * review entry, the file's kind), next to the nearest ancestor that has one —
 * in the end the top of the form.
 */
import type { FormFinding, YamlPath } from '../src/shared/protocol.js';
import type { Anchor } from './formModel.js';
import { pathKey } from './paths.js';

export const ROOT_KEY = pathKey([]);

/** The anchor key for a path: the path itself or its nearest ancestor with an element. */
export function anchorFor(path: YamlPath, anchors: ReadonlyMap<string, Anchor>): string {
  for (let n = path.length; n > 0; n--) {
    const key = pathKey(path.slice(0, n));
    if (anchors.has(key)) return key;
  }
  return ROOT_KEY;
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

export function compareFindings(a: FormFinding, b: FormFinding): number {
  return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.line - b.line || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}

/** Findings grouped by the anchor they show at, each group most severe first. */
export function placeFindings(findings: readonly FormFinding[], anchors: ReadonlyMap<string, Anchor>): Map<string, FormFinding[]> {
  const placed = new Map<string, FormFinding[]>();
  for (const finding of findings) {
    const key = anchorFor(finding.path, anchors);
    const list = placed.get(key);
    if (list) list.push(finding);
    else placed.set(key, [finding]);
  }
  for (const list of placed.values()) list.sort(compareFindings);
  return placed;
}
