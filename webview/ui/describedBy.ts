/**
 * Ties a field's control to what is said about it (findings, "Not saved yet")
 * for screen readers. The toolkit's components take the focus on an element in
 * their shadow root, where an aria-describedby id on the host would not reach, so
 * the links are set as element references (ARIA reflection) on that inner element;
 * a plain element gets them the same way. aria-invalid goes with them.
 */
import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/** The element that takes the focus: inside a component's shadow root, or the element itself. */
function focusTarget(host: Element): Element | null {
  return host.shadowRoot ? host.shadowRoot.querySelector('input, textarea, [role="combobox"]') : host;
}

function link(host: Element, ids: readonly string[], invalid: boolean): void {
  const target = focusTarget(host);
  if (!target) return;
  const described = ids.map((id) => host.ownerDocument.getElementById(id)).filter((el): el is HTMLElement => el !== null);
  target.ariaDescribedByElements = described.length > 0 ? described : null;
  target.ariaInvalid = invalid ? 'true' : null;
}

class DescribedBy extends Directive {
  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('describedBy goes on an element');
  }

  /** Draws nothing: the arguments (ids, invalid) are for update. */
  render(...args: [ids: readonly string[], invalid: boolean]): typeof nothing {
    void args;
    return nothing;
  }

  override update(part: ElementPart, [ids, invalid]: [readonly string[], boolean]): typeof nothing {
    const host = part.element;
    // The described elements come later in the same render, and a component draws its inner
    // element in a microtask: link once both are there.
    const pending = (host as Element & { updateComplete?: Promise<unknown> }).updateComplete;
    if (pending) void pending.then(() => link(host, ids, invalid));
    else queueMicrotask(() => link(host, ids, invalid));
    return nothing;
  }
}

/** `<vscode-textfield ${describedBy(ids, invalid)}>`: the control is described by the elements with these ids. */
export const describedBy = directive(DescribedBy);
