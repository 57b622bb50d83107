/**
 * What the form says to screen readers without moving the focus. Two live regions
 * stay in the page from the start (a region added together with its text is often
 * not read): a polite one for notes such as "Not saved yet", an assertive one for
 * edits the extension refused.
 */

export interface LiveRegion {
  textContent: string | null;
}

export class Announcer {
  constructor(
    private readonly polite: LiveRegion,
    private readonly assertive: LiveRegion,
    /** Runs the second step later (a frame): a region emptied and refilled at once is not read again. */
    private readonly later: (step: () => void) => void,
  ) {}

  say(text: string, urgent = false): void {
    const region = urgent ? this.assertive : this.polite;
    region.textContent = '';
    this.later(() => (region.textContent = text));
  }
}

/** The two regions, visually hidden, at the end of the page's body. */
export function liveRegions(doc: Document): { polite: HTMLElement; assertive: HTMLElement } {
  const make = (role: 'status' | 'alert', id: string) => {
    const el = doc.createElement('div');
    el.id = id;
    el.className = 'visually-hidden';
    el.setAttribute('role', role);
    el.setAttribute('aria-atomic', 'true');
    doc.body.append(el);
    return el;
  };
  return { polite: make('status', 'tc-status'), assertive: make('alert', 'tc-alert') };
}

/** Remembers which notes were said, by field: a note is said when it comes or changes, once. */
export class NoteWatch {
  private said = new Map<string, string>();

  /** The notes of `current` (by field key) not said yet. Notes gone from `current` are forgotten, so they are said again if they come back. */
  news(current: ReadonlyMap<string, string>): string[] {
    const out: string[] = [];
    for (const [key, note] of current) if (this.said.get(key) !== note) out.push(note);
    this.said = new Map(current);
    return out;
  }
}
