/**
 * Select All in a text field, done once. The browser selects the field's text at
 * the keydown; VS Code's webview host also forwards every keydown to the
 * workbench, whose Select All command sends `execCommand('selectAll')` back into
 * the page a round trip later. When letters were typed in between (a fast typist,
 * a busy workbench), that second select-all selects them and the next letter
 * replaces them: "weekly" typed after Ctrl+A became "ekly". In a text field the
 * browser's own select-all is the whole of what the user asked for, so that
 * keydown goes no further than the form.
 */

/** What is read of a keydown. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** What is read of the element the key went to (inside a component's shadow root if need be). */
export interface KeyTarget {
  tagName: string;
  /** An input's type (lower case, as the DOM gives it). */
  type?: string;
}

/** Input types without text to select. */
const NOT_TEXT = new Set(['button', 'checkbox', 'color', 'file', 'hidden', 'image', 'radio', 'range', 'reset', 'submit']);

/** Ctrl+A (Cmd+A on a Mac) in a field whose text the browser selects by itself. */
export function selectsAllInField(press: KeyPress, target: KeyTarget): boolean {
  const selectAll = press.key.toLowerCase() === 'a' && (press.ctrlKey || press.metaKey) && !press.altKey && !press.shiftKey;
  if (!selectAll) return false;
  const tag = target.tagName.toUpperCase();
  return tag === 'TEXTAREA' || (tag === 'INPUT' && !NOT_TEXT.has(target.type ?? 'text'));
}

/** Keep Select All in a text field to the browser's own (see above). */
export function keepSelectAllInFields(doc: Document): void {
  // Bubbling at the document: the field and its component have had the key; the webview
  // host listens on the window, after the document.
  doc.addEventListener('keydown', (e) => {
    const target = e.composedPath()[0];
    if (target instanceof Element && selectsAllInField(e, { tagName: target.tagName, type: (target as HTMLInputElement).type })) e.stopPropagation();
  });
}
