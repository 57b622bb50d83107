/**
 * What a screen reader hears for the form's controls, and the ids that tie a
 * field or a container to what is said about it (aria-describedby). Pure: the
 * templates only place what these return.
 */

/** "Move member dana up", "Move goal G2 down": the button names the item it moves. */
export function moveLabel(itemLabel: string, by: -1 | 1): string {
  return `Move ${itemLabel} ${by < 0 ? 'up' : 'down'}`;
}

/** "Remove goal G2". */
export function removeLabel(itemLabel: string): string {
  return `Remove ${itemLabel}`;
}

/** The name of a rule's "docs" button: it starts with the word it shows, then says which rule. */
export function docsLabel(rule: string): string {
  return `docs for rule ${rule}`;
}

/** The list of findings shown at an element (a field's control, an item, a list, a group). */
export function findingsId(elementId: string): string {
  return `${elementId}--findings`;
}

/** One finding's text (severity and message) in that list: what a description reads, without the buttons. */
export function findingTextId(elementId: string, index: number): string {
  return `${elementId}--finding-${index}`;
}

/** Why a field's text is not saved. */
export function invalidId(fieldId: string): string {
  return `${fieldId}--invalid`;
}

/** Why a field cannot be used yet. */
export function hintId(fieldId: string): string {
  return `${fieldId}--hint`;
}

/** The ids that describe a field, in reading order: why it is not saved, why it is disabled, then its findings. */
export function fieldDescriptionIds(fieldId: string, parts: { invalid: boolean; hint: boolean; findings: number }): string[] {
  const ids: string[] = [];
  if (parts.invalid) ids.push(invalidId(fieldId));
  if (parts.hint) ids.push(hintId(fieldId));
  for (let i = 0; i < parts.findings; i++) ids.push(findingTextId(fieldId, i));
  return ids;
}

/** What is said when a field's text turns out not to be saved: "Due of goal G3: Not saved yet: a date as YYYY-MM-DD". */
export function noteAnnouncement(fieldName: string, note: string): string {
  return `${fieldName}: ${note}`;
}

/** A pulse counter: "Step 2, rated 4: number of people". */
export function pulseCountLabel(step: number, rating: number): string {
  return `Step ${step}, rated ${rating}: number of people`;
}
