/** Array helpers that hold for lists of any length. */

/**
 * Append every item to `target`. Spreading the items into push() passes each as an
 * argument, and a long enough list (a file with 200,000 findings) overflows the stack.
 */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
