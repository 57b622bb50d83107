/**
 * The messages between the extension and the form editor webview: one zod schema
 * per message, and the TypeScript types inferred from them. Each side validates
 * what it receives (the extension before anything touches the document, the
 * webview before it draws), so a malformed message is refused, never trusted.
 *
 * Flow: the webview's requests (`ready`, `edit`, `edits`, `openText`, `openRuleDocs`) each
 * carry an `id`; the extension answers each with one `reply` naming that id and
 * saying what became of it. A `state` follows every change of the document (from
 * the form, a text editor, git…), and before it is saved the extension sends
 * `flush`: the webview sends what is typed and not sent yet, then `flushed` with
 * the flush's id. The document is the model.
 */
import * as z from 'zod/mini';
import type { FileKind, Step, YamlEdit, YamlPath } from '../core/base/types';

// ---- building blocks ----

const requestId = z.int().check(z.gte(0));
const segment = z.union([z.string().check(z.maxLength(200)), z.int().check(z.gte(0), z.lte(100_000))]);
const path = z.array(segment).check(z.maxLength(12));
/** A value the form may write: scalars, lists and maps of them, small. */
const value: z.ZodMiniType = z.lazy(() =>
  z.union([
    z.null(),
    z.boolean(),
    z.number(),
    z.string().check(z.maxLength(10_000)),
    z.array(value).check(z.maxLength(500)),
    z.record(z.string().check(z.maxLength(200)), value),
  ]),
);

/** One core YAML edit (the annotation makes the type-check fail if the two drift apart). */
const yamlEdit: z.ZodMiniType<YamlEdit> = z.discriminatedUnion('op', [
  z.strictObject({ op: z.literal('set'), path: path.check(z.minLength(1)), value }),
  z.strictObject({ op: z.literal('append'), path: path.check(z.minLength(1)), value }),
  z.strictObject({ op: z.literal('delete'), path: path.check(z.minLength(1)) }),
  z.strictObject({ op: z.literal('move'), path: path.check(z.minLength(1)), from: z.int().check(z.gte(0)), to: z.int().check(z.gte(0)) }),
]);

// Every kind and step of the core, listed exhaustively (a new one fails the type-check here).
const fileKind = z.enum({ charter: 'charter', retro: 'retro' } satisfies { [K in FileKind]: K });
const step: z.ZodMiniType<Step> = z.literal([0, 1, 2, 3, 4, 5, 6, 7]);
const checklistStep: z.ZodMiniType<Exclude<Step, 0>> = z.literal([1, 2, 3, 4, 5, 6, 7]);

const formFinding = z.object({
  rule: z.string(),
  step,
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  /** The YAML path the finding is about: the form shows it next to that field. */
  path: z.readonly(z.array(z.union([z.string(), z.number()]))),
  line: z.number(),
});

/** A step's rating in the team's latest pulse that rated it (docs/rules.md "The pulse"): shown beside the score, never in it. */
const pulseReading = z.object({
  /** 1..5. */
  mean: z.number(),
  /** 0..100, comparable with the score. */
  percent: z.number(),
  /** How many people rated the step. */
  responses: z.number(),
  /** The date of the retro that recorded it. */
  date: z.string(),
});

const formStep = z.object({
  step: checklistStep,
  title: z.string(),
  /** 0..100, or null when no check applies. */
  score: z.nullable(z.number()),
  findings: z.number(),
  pulse: z.optional(pulseReading),
  /** The team's level for the step (0 not yet … 3 confirmed), absent for a team with no charter, and what holds it. */
  level: z.optional(z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)])),
  holding: z.optional(z.array(z.string())),
});

const idAndTitle = z.object({ id: z.string(), title: z.optional(z.string()) });

/** An action still open in the team, for the retro form's review list. */
const openAction = z.object({
  id: z.string(),
  title: z.optional(z.string()),
  owner: z.optional(z.string()),
  due: z.optional(z.string()),
  /** How many retros it has been open, counting the one that created it. */
  retros: z.number(),
});

const formContext = z.object({
  /** Members of the team's charter (owner and attendee pickers). */
  members: z.array(z.string()),
  /** Goals of the team's charter (the retro action goal picker). */
  goals: z.array(idAndTitle),
  /** Priorities of the charter (the goal supports picker). */
  priorities: z.array(idAndTitle),
  /** Ids of every team with a charter (the retro team picker). */
  teams: z.array(z.string()),
  /** The team's actions open before this retro's date (retro only). */
  openActions: z.array(openAction),
  /** The next free action id of the team, e.g. A-9 (retro only). */
  nextActionId: z.string(),
});

/**
 * The team's agenda (docs/cli.md "agenda"), for the team's latest retro only:
 * the lists the form's Agenda section acts on, each item with the core's words
 * for it. The webview shows the items this retro has not handled yet
 * (webview/agenda.ts); the agenda is worked out again from the files after
 * every change, never stored. Its texts come from the team's files, and are
 * as long as they are there (as the file's data is).
 */
const formAgenda = z.object({
  /** The date the agenda is worked out for (today). */
  date: z.string(),
  /** Each list's heading, as the CLI's agenda says it. */
  headings: z.object({ actions: z.string(), pulse: z.string(), uncredited: z.string(), facilitator: z.string() }),
  /** Open actions, oldest first, each in the core's words. */
  actions: z.array(z.object({ id: z.string(), text: z.string(), overdue: z.boolean(), decide: z.boolean() })),
  /** Steps the team's pulse calls a problem, each with the core's fix that adds an action for it (pulse-not-acted's). */
  pulse: z
    .array(
      z.object({
        step: checklistStep,
        key: z.string(),
        text: z.string(),
        fix: z.optional(z.object({ title: z.string(), edits: z.array(yamlEdit).check(z.minLength(1), z.maxLength(8)) })),
      }),
    )
    .check(z.maxLength(7)),
  /** Members not credited in a win lately. */
  uncredited: z.array(z.string()),
  /** The member who has gone longest without facilitating; null with no members. */
  facilitator: z.nullable(z.string()),
});

const formState = z.object({
  /** Increases with every document change; edits name the version they were made on. */
  version: z.int(),
  fileName: z.string(),
  kind: fileKind,
  /**
   * The file's data when it could be read. When it could not (YAML errors, not a
   * map, wrong kind), `data` is null and `problem` says why: the form shows a banner
   * and never writes.
   */
  data: z.nullable(z.record(z.string(), z.unknown())),
  problem: z.nullable(z.object({ message: z.string(), line: z.number() })),
  /** Schema errors: the form stays read-only while there are any (it cannot tell what the file means). */
  schemaErrors: z.array(formFinding),
  findings: z.array(formFinding),
  steps: z.array(formStep),
  overall: z.nullable(z.number()),
  context: formContext,
  /** The team's agenda, when the file is the team's latest retro (the retro the meeting runs in). */
  agenda: z.optional(formAgenda),
});

// ---- the webview's messages ----

export const fromWebviewSchema = z.discriminatedUnion('type', [
  /** The form is drawn and wants a state. */
  z.strictObject({ type: z.literal('ready'), id: requestId }),
  /** Change the document: one YAML edit, made on the state of `version`. */
  z.strictObject({ type: z.literal('edit'), id: requestId, version: z.int(), edit: yamlEdit }),
  /** Several edits made together, all or none, as one change (one undo step): an agenda item handled at once (its review with its note). */
  z.strictObject({ type: z.literal('edits'), id: requestId, version: z.int(), edits: z.array(yamlEdit).check(z.minLength(1), z.maxLength(8)) }),
  z.strictObject({ type: z.literal('openText'), id: requestId, line: z.optional(z.int().check(z.gte(1))) }),
  z.strictObject({ type: z.literal('openRuleDocs'), id: requestId, rule: z.string().check(z.regex(/^[a-z0-9-]{1,60}$/)) }),
  /** The answer to the extension's `flush` of that id: everything typed has been sent before it. */
  z.strictObject({ type: z.literal('flushed'), id: requestId }),
]);

// ---- the extension's messages ----

/**
 * What became of a request: `applied` (the document changed; `version` is its new
 * version, and a state of that version has been or will be sent), `unchanged` (the
 * document already said so: no state follows), `refused` (nothing changed;
 * `message` says why), `done` (a request that is not an edit).
 */
export const OUTCOMES = ['applied', 'unchanged', 'refused', 'done'] as const;

export const toWebviewSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('state'), state: formState }),
  z.strictObject({ type: z.literal('reply'), id: requestId, outcome: z.enum(OUTCOMES), version: z.int(), message: z.optional(z.string()) }),
  /** The document is about to be saved: send what is typed, then answer `flushed` with this id. */
  z.strictObject({ type: z.literal('flush'), id: requestId }),
]);

export type FromWebview = z.infer<typeof fromWebviewSchema>;
export type ToWebview = z.infer<typeof toWebviewSchema>;
export type Reply = Extract<ToWebview, { type: 'reply' }>;
export type Outcome = Reply['outcome'];
export type FormState = z.infer<typeof formState>;
export type FormFinding = z.infer<typeof formFinding>;
export type FormStep = z.infer<typeof formStep>;
export type FormPulseReading = z.infer<typeof pulseReading>;
export type FormContext = z.infer<typeof formContext>;
export type OpenAction = z.infer<typeof openAction>;
export type FormAgenda = z.infer<typeof formAgenda>;
export type { FileKind, YamlEdit, YamlPath };

/** The message, or undefined when it is not one the webview may send. */
export function parseFromWebview(message: unknown): FromWebview | undefined {
  const result = fromWebviewSchema.safeParse(message);
  return result.success ? result.data : undefined;
}

/** The message, or undefined when it is not one the extension sends. */
export function parseToWebview(message: unknown): ToWebview | undefined {
  const result = toWebviewSchema.safeParse(message);
  return result.success ? result.data : undefined;
}

/** The request id of a message that did not validate, when it has one: the refusal names it. */
export function requestIdOf(message: unknown): number | undefined {
  const result = z.object({ id: requestId }).safeParse(message);
  return result.success ? result.data.id : undefined;
}
