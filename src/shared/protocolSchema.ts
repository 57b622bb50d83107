/** Validation of what the webview sends: nothing reaches the document unchecked. */
import * as z from 'zod/mini';
import type { FromWebview } from './protocol';

const segment = z.union([z.string().check(z.maxLength(200)), z.int().check(z.gte(0), z.lte(100_000))]);
const path = z.array(segment).check(z.maxLength(12));
/** A value the form may write: scalars, lists and maps of them, small. */
const value: z.ZodMiniType = z.lazy(() => z.union([z.null(), z.boolean(), z.number(), z.string().check(z.maxLength(10_000)), z.array(value).check(z.maxLength(500)), z.record(z.string().check(z.maxLength(200)), value)]));

const edit = z.discriminatedUnion('op', [
  z.strictObject({ op: z.literal('set'), path: path.check(z.minLength(1)), value }),
  z.strictObject({ op: z.literal('append'), path: path.check(z.minLength(1)), value }),
  z.strictObject({ op: z.literal('delete'), path: path.check(z.minLength(1)) }),
  z.strictObject({ op: z.literal('move'), path: path.check(z.minLength(1)), from: z.int().check(z.gte(0)), to: z.int().check(z.gte(0)) }),
]);

export const fromWebviewSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('ready') }),
  z.strictObject({ type: z.literal('edit'), version: z.int(), edit }),
  z.strictObject({ type: z.literal('openText'), line: z.optional(z.int().check(z.gte(1))) }),
  z.strictObject({ type: z.literal('openRuleDocs'), rule: z.string().check(z.regex(/^[a-z0-9-]{1,60}$/)) }),
]);

/** The message, or undefined when it is not one the webview may send. */
export function parseFromWebview(message: unknown): FromWebview | undefined {
  const result = fromWebviewSchema.safeParse(message);
  return result.success ? (result.data as FromWebview) : undefined;
}
