/**
 * The form as data: the kinds of node a charter or retro form is made of. The
 * rendering code (ui/) turns a tree of these into elements and nothing else.
 */
import type { ReviewField } from '../../src/core/format/membersAndActions.js';
import type { PulseKey, PulseStep } from '../../src/core/format/pulse.js';
import type { YamlPath } from '../../src/shared/protocol.js';
import type { DecisionPart } from '../intents.js';
import type { ReviewRow } from '../reviewList.js';
import type { Validation } from '../values.js';

export interface Choice {
  value: string;
  label: string;
  /** A value in the file that is not one of the choices (shown so it is not lost). */
  unknown?: boolean;
}

export type Widget =
  | { kind: 'text'; multiline?: boolean }
  | { kind: 'date' }
  /** Free text with suggestions (a datalist). */
  | { kind: 'suggest'; suggestions: string[] }
  | { kind: 'select'; options: Choice[] }
  /** Several of the choices (drawn as one checkbox per choice, so the choice is visible at a glance). */
  | { kind: 'multi'; options: Choice[] }
  /** One checkbox per choice: who agreed, who attended. */
  | { kind: 'checks'; options: Choice[] };

/** How a field's new value becomes an edit (see intents.ts). */
export type FieldWrite =
  | { kind: 'set' }
  | { kind: 'ticks' }
  | { kind: 'review'; actionId: string; field: ReviewField }
  /** The pulse's `responses`, a number. */
  | { kind: 'responses' }
  /** How many people gave step `key` the rating `index + 1`. */
  | { kind: 'pulse'; key: PulseKey; index: number }
  /** A retro action's `step`: a pulse key (or its number, where the file writes numbers); "none" removes the key. */
  | { kind: 'step' }
  /**
   * A part of the retro decision `index`, plain text or { text, by }: `sibling` is the key
   * of the item's other field, whose text as shown goes with this one when the shape changes.
   */
  | { kind: 'decision'; index: number; part: DecisionPart; sibling: string };

export interface FieldNode {
  type: 'field';
  /** Where the value lives; null for a review row whose action is not listed yet. */
  path: YamlPath | null;
  /** DOM id of the control. */
  id: string;
  /** Key for echo tracking (FieldSync). */
  key: string;
  /** Visible label, e.g. "Owner". */
  label: string;
  /** Accessible name, e.g. "Owner of goal G2". */
  name: string;
  widget: Widget;
  value: string | string[];
  validation?: Validation;
  /** The schema requires it: it is never written empty. */
  required?: boolean;
  write: FieldWrite;
  /** The field cannot be used yet, and why (e.g. a review note before a status). */
  disabledReason?: string;
  placeholder?: string;
}

export interface ItemNode {
  type: 'item';
  path: YamlPath;
  id: string;
  index: number;
  /** e.g. "goal G2", used in button labels: "Remove goal G2". */
  label: string;
  /** A list of texts: the item is one field, with its buttons beside it. */
  inline: boolean;
  children: FormNode[];
}

export interface ListNode {
  type: 'list';
  path: YamlPath;
  id: string;
  label: string;
  /** e.g. "goal": "Add goal". */
  noun: string;
  items: ItemNode[];
  /** The value a new item starts with, and the field of it to focus once it exists. */
  add: { value: unknown; focus?: string };
  /** A custom retro column can be removed as a whole. */
  removableColumn?: string;
  note?: string;
}

export interface GroupNode {
  type: 'group';
  path: YamlPath;
  id: string;
  label: string;
  children: FormNode[];
}

export interface ReviewRowNode {
  type: 'row';
  row: ReviewRow;
  /** DOM id of the row (its path's id once listed). */
  id: string;
  /** Anchor key of the row when listed. */
  anchor: string | null;
  status: FieldNode;
  /** When the action is deferred (or the entry has a date already): the day the team picks it up again. */
  until?: FieldNode;
  note: FieldNode;
}

export interface ReviewNode {
  type: 'review';
  path: YamlPath;
  id: string;
  rows: ReviewRowNode[];
}

export interface ColumnsNode {
  type: 'columns';
  path: YamlPath;
  id: string;
  lists: ListNode[];
  /** Offer an "add column" field (custom format, or no format). */
  canAddColumn: boolean;
}

/** One step's row of the pulse: five counters (rated 1..5). */
export interface PulseRowNode {
  type: 'pulseRow';
  step: PulseStep;
  key: PulseKey;
  /** The step's own title, e.g. "Goals aligned with purpose". */
  title: string;
  path: YamlPath;
  id: string;
  counts: FieldNode[];
}

/** The retro's pulse: how many answered, and per step how many gave each rating. */
export interface PulseNode {
  type: 'pulse';
  path: YamlPath;
  id: string;
  responses: FieldNode;
  rows: PulseRowNode[];
}

export type FormNode = FieldNode | ItemNode | ListNode | GroupNode | ReviewNode | ColumnsNode | PulseNode;

export interface SectionNode {
  type: 'section';
  /** Stable key for collapsed state, e.g. "step-1". */
  key: string;
  step?: number;
  title: string;
  /** The checklist step's own title, e.g. "Goals aligned with purpose". */
  subtitle?: string;
  /** Paths whose findings show at the top of this section (they have no field of their own). */
  anchors: YamlPath[];
  children: FormNode[];
}

export interface FormModel {
  kind: 'charter' | 'retro';
  title: string;
  sections: SectionNode[];
}

/** Where a finding can be shown: the element id, and the section it is in. */
export interface Anchor {
  id: string;
  section: string;
  /** The element takes keyboard focus itself (a field) rather than being a container. */
  field: boolean;
}
