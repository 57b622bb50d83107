/**
 * Never lose a keystroke, never let an echo clobber what is being typed.
 *
 * Every edit the form sends comes back as a new state (the echo). Echoes can
 * lag behind: the user types "ab", the form sends "a" and then "ab", and the
 * state for "a" arrives while the field already shows "ab" (and maybe "abc").
 * FieldSync decides, per field, whether a field shows the incoming value or
 * keeps its own text. Values are strings (lists are compared as JSON).
 *
 * Per field it remembers:
 *  - local: what the control holds now;
 *  - base: the last value the control and the document agreed on (the last
 *    value taken from a state, or the last value sent);
 *  - sent/sentId: the last value sent and the id of its request, while the
 *    reply to it is awaited.
 *
 * The rules, for an incoming value:
 *  1. An incoming value equal to the last one sent is its echo: nothing is in
 *     flight any more.
 *  2. A field with local changes (local ≠ base: typed but not sent yet, or text
 *     that cannot be written such as a half-typed date) keeps its text while it
 *     has focus. Without focus it keeps it only while the document still holds
 *     the old value; a change made elsewhere (a text editor, undo) wins.
 *  3. A field whose last send is still in flight keeps its text (an older echo
 *     must not overwrite a newer value) until the extension replies to that
 *     send: after the reply, whatever the document holds is what was made of it
 *     (refused, or written differently).
 *  4. Otherwise the field takes the incoming value.
 */

interface Entry {
  local: string;
  base: string;
  sent?: string;
  sentId?: number;
  inFlight: boolean;
}

export type Resolution = { show: string; kept: boolean };

export class FieldSync {
  private readonly entries = new Map<string, Entry>();
  /** The field with keyboard focus (one at a time). */
  private focused: string | undefined;

  private entry(key: string, initial: string): Entry {
    let e = this.entries.get(key);
    if (!e) {
      e = { local: initial, base: initial, inFlight: false };
      this.entries.set(key, e);
    }
    return e;
  }

  /** The value a field shows for the value in a new state; call once per field per state. */
  incoming(key: string, remote: string): Resolution {
    const e = this.entries.get(key);
    if (!e) {
      this.entries.set(key, { local: remote, base: remote, inFlight: false });
      return { show: remote, kept: false };
    }
    if (e.inFlight && remote === e.sent) e.inFlight = false;
    const dirty = e.local !== e.base;
    if (dirty) {
      if (this.focused === key || remote === e.base) return { show: e.local, kept: e.local !== remote };
    } else if (e.inFlight) {
      return { show: e.local, kept: e.local !== remote };
    }
    e.local = remote;
    e.base = remote;
    e.inFlight = false;
    return { show: remote, kept: false };
  }

  /** What the field would show now, without a new state (undefined when unknown). */
  current(key: string): string | undefined {
    return this.entries.get(key)?.local;
  }

  /** The user changed the field's text. */
  edited(key: string, text: string): void {
    this.entry(key, text).local = text;
  }

  /** The field's text was sent as an edit, by the request `id`. */
  sent(key: string, text: string, id: number): void {
    const e = this.entry(key, text);
    e.local = text;
    e.base = text;
    e.sent = text;
    e.sentId = id;
    e.inFlight = true;
  }

  /**
   * The extension replied to request `id`. When that was a field's last send, the
   * field stops waiting (its key is returned, to show the document's value again);
   * a reply to an older send of a field changes nothing.
   */
  replied(id: number): string | undefined {
    for (const [key, e] of this.entries) {
      if (e.inFlight && e.sentId === id) {
        e.inFlight = false;
        return key;
      }
    }
    return undefined;
  }

  /** The field has local text not sent yet (typed, or not writable as it is). */
  isDirty(key: string): boolean {
    const e = this.entries.get(key);
    return e !== undefined && e.local !== e.base;
  }

  /** The field shows the document's value, and no edit of it is on its way. */
  isSettled(key: string): boolean {
    const e = this.entries.get(key);
    return e !== undefined && e.local === e.base && !e.inFlight;
  }

  focus(key: string): void {
    this.focused = key;
  }

  blur(key: string): void {
    if (this.focused === key) this.focused = undefined;
  }

  hasFocus(key: string): boolean {
    return this.focused === key;
  }

  /**
   * Forget the fields at and under a path prefix (as a key prefix), e.g. after a
   * list item is removed or moved: their paths now name other items.
   */
  forgetWhere(test: (key: string) => boolean): void {
    for (const key of [...this.entries.keys()]) if (test(key)) this.entries.delete(key);
  }
}
