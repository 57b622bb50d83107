/** What the templates need from the app: values to show and handlers to call. No logic lives in the templates. */
import type { FormFinding } from '../../src/shared/protocol.js';
import type { ActionItem, CreditItem, FacilitatorItem, PulseItem, ReviewDraft, ReviewField } from '../agenda.js';
import type { ChecklistFinding } from '../checklist.js';
import type { FieldNode, ItemNode, ListNode, ReviewRowNode } from '../formModel.js';

export interface Controller {
  readonly readOnly: boolean;
  /** What a field shows now (its local text while that wins, else the document's). */
  shown(field: FieldNode): string;
  shownList(field: FieldNode): string[];
  /** Why the field's text is not saved (an invalid date or cadence), if it is not. */
  invalidText(field: FieldNode): string | undefined;
  findingsAt(anchorKey: string): readonly FormFinding[];
  /** Findings shown inside a section (for its header when folded). */
  findingsInSection(sectionKey: string): number;
  isCollapsed(sectionKey: string): boolean;
  /** Structural buttons wait for the previous structural edit to come back. */
  readonly busy: boolean;

  /** `incomplete`: a date input showing '' while focused (emptied, or only partly typed): written on blur. */
  onInput(field: FieldNode, text: string, incomplete?: boolean): void;
  onCommit(field: FieldNode, text: string, incomplete?: boolean): void;
  onFocus(field: FieldNode): void;
  onBlur(field: FieldNode): void;
  onSelect(field: FieldNode, value: string): void;
  onTick(field: FieldNode, name: string, on: boolean): void;

  onAdd(list: ListNode): void;
  onRemove(list: ListNode, item: ItemNode): void;
  onMove(list: ListNode, item: ItemNode, by: -1 | 1): void;
  onRemoveReview(row: ReviewRowNode): void;

  readonly columnDraft: string;
  readonly columnError: string | undefined;
  onColumnDraft(text: string): void;
  onAddColumn(): void;
  onRemoveColumn(key: string): void;

  // The Agenda section (webview/agenda.ts): a review is written in the form, then recorded at once.
  reviewDraft(item: ActionItem): ReviewDraft;
  /** Why the review cannot be recorded yet, at one of its fields. */
  agendaProblem(item: ActionItem, field: ReviewField): string | undefined;
  onReviewDraft(item: ActionItem, field: ReviewField, value: string): void;
  onRecordReview(item: ActionItem): void;
  onPulseAction(item: PulseItem): void;
  /** The wins a member can be credited in (a new one first). */
  readonly creditTargets: readonly { value: string; label: string }[];
  creditTarget(item: CreditItem): string;
  onCreditTarget(item: CreditItem, target: string): void;
  onCredit(item: CreditItem): void;
  onSetFacilitator(item: FacilitatorItem): void;

  onToggleSection(sectionKey: string): void;
  onToggleChecklist(): void;
  onReveal(finding: ChecklistFinding): void;
  onDocs(rule: string): void;
  onOpenText(line?: number): void;
  onDismissError(): void;
}
