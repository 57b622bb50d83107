/**
 * Text a field holds back instead of writing it, and why:
 *  - invalid: it cannot be written as it is (a wrong date or cadence, an empty
 *    required field, more ratings than responses); once the user is done with the
 *    field it says "Not saved yet";
 *  - incomplete: a date input reads '' both when emptied and while a date is only
 *    partly typed, so '' is written only when the field is left;
 *  - deferred: reviewing an action not listed yet appends it to previousActions,
 *    a structural edit: it waits while another structural edit is in flight (two
 *    quick choices would list the action twice), and goes once the gate opens.
 */
import type { YamlEdit } from '../src/shared/protocol.js';
import type { HeldBack } from './intents.js';
import type { FieldNode } from './formModel.js';
import { parseFieldText } from './values.js';

export type Decision =
  /** Write this edit (`structural`: an append, which the gate must let through first). */
  | { kind: 'send'; edit: YamlEdit; structural: boolean }
  /** Nothing to write now. */
  | { kind: 'hold' };

export class HeldText {
  private readonly invalid = new Map<string, string>();
  private readonly incomplete = new Set<string>();
  private readonly deferred = new Set<string>();

  /** Why a field's text is not saved, if it is not. */
  invalidText(key: string): string | undefined {
    return this.invalid.get(key);
  }

  /** The user changed the text. Returns true when a "Not saved yet" note went away (the text is valid now). */
  typed(field: FieldNode, text: string, incomplete: boolean): boolean {
    if (incomplete) this.incomplete.add(field.key);
    else this.incomplete.delete(field.key);
    return this.invalid.has(field.key) && !incomplete && parseFieldText(text, field.validation, field.required).ok && this.invalid.delete(field.key);
  }

  /** The user left the field: a date input's '' is now an emptied field, not a half-typed date. */
  left(key: string): void {
    this.incomplete.delete(key);
  }

  /**
   * What to do with a field's unsent text. `commit`: the user is done with the field
   * (change, blur), so text that cannot be written gets its note. `edit` makes the
   * edit for a value; `gateBusy`: a structural edit is in flight. `changed` says
   * whether a note came or went.
   */
  decide(
    field: FieldNode,
    text: string,
    commit: boolean,
    edit: (value: string | null) => YamlEdit | HeldBack | undefined,
    gateBusy: boolean,
  ): Decision & { changed: boolean } {
    if (this.incomplete.has(field.key)) return { kind: 'hold', changed: false };
    const parsed = parseFieldText(text, field.validation, field.required);
    // Text that cannot be written as it is, or a value the rest of the file does not allow (ratings over responses).
    const result = parsed.ok ? edit(parsed.value) : { note: parsed.message };
    if (result !== undefined && 'note' in result) {
      const note = commit && this.invalid.get(field.key) !== result.note;
      if (note) this.invalid.set(field.key, result.note);
      return { kind: 'hold', changed: note };
    }
    const made = result;
    const structural = made?.op === 'append';
    if (structural && gateBusy) {
      this.deferred.add(field.key);
      return { kind: 'hold', changed: false };
    }
    const changed = this.invalid.delete(field.key);
    return made ? { kind: 'send', edit: made, structural, changed } : { kind: 'hold', changed };
  }

  /** The field shows the document's value again: nothing is held for it any more. */
  settled(key: string): void {
    this.invalid.delete(key);
    this.incomplete.delete(key);
  }

  get hasDeferred(): boolean {
    return this.deferred.size > 0;
  }

  /** The fields whose edit waited for the gate (forgotten here: they are flushed again). */
  takeDeferred(): string[] {
    const keys = [...this.deferred];
    this.deferred.clear();
    return keys;
  }
}
