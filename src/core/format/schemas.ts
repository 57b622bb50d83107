/**
 * The file format v1 as zod schemas. Only `kind`, a charter's `id` and a retro's
 * `team` and `date` are required: everything else missing is a checklist finding,
 * not a schema error. Empty values (`why:` with nothing after it) are allowed and
 * count as missing. Unknown keys are kept and allowed.
 * The JSON Schemas in schemas/ are generated from these (npm run gen).
 */
import * as z from 'zod/mini';

import { PLACEHOLDER_PATTERN_SOURCE, isPlaceholderText } from './placeholders';
import {
  CADENCE_PATTERN,
  CHANGE_STATUSES,
  GOAL_STATUSES,
  ISO_DATE_PATTERN,
  PULSE_KEYS,
  RETRO_FORMATS,
  REVIEW_STATUSES,
  SLUG_PATTERN,
  isRealDate,
} from './vocabulary';

export { CADENCE_PATTERN, CHANGE_STATUSES, COLUMNS, GOAL_STATUSES, RETRO_FORMATS, REVIEW_STATUSES, SLUG_PATTERN, isRealDate } from './vocabulary';

// zod/mini rather than zod's classic API: the same schemas at a twentieth of the bundle size.

/** Attach a description (it ends up in the generated JSON Schema, shown on hover by YAML editors). */
export function described<T extends z.ZodMiniType>(schema: T, description: string): T {
  z.globalRegistry.add(schema, { description });
  return schema;
}

/** Optional and allowed to be empty (null). */
const opt = <T extends z.ZodMiniType>(schema: T, description?: string) => (description ? described(z.nullish(schema), description) : z.nullish(schema));
const text = () => z.string();
const textList = () => z.array(z.string());
/** An action's step: a pulse key, or the step's number. */
const actionStep = () => z.union([z.enum(PULSE_KEYS), z.int().check(z.gte(1), z.lte(7))]);
const names = () => z.array(z.string());

export const isoDate = () =>
  z
    .string()
    .check(z.regex(ISO_DATE_PATTERN, { error: 'a date as YYYY-MM-DD' }), z.refine(isRealDate, { error: 'a real calendar date as YYYY-MM-DD' }))
    .register(z.globalRegistry, { format: 'date', description: 'A date as YYYY-MM-DD' });

/**
 * An optional date: a real date, or a placeholder left for a person to fill in
 * (`<YYYY-MM-DD>`, tbd…). The placeholder is the rules' business (it counts as
 * missing), not a schema error: a schema error would make the form read-only.
 * Required dates (a retro's `date`) take isoDate.
 */
const optionalDatePattern = new RegExp(`^(?:\\d{4}-\\d{2}-\\d{2}|${PLACEHOLDER_PATTERN_SOURCE})$`);
export const dateOrPlaceholder = () =>
  z
    .string()
    .check(
      z.regex(optionalDatePattern, { error: 'a date as YYYY-MM-DD' }),
      z.refine((value) => isRealDate(value) || isPlaceholderText(value), { error: 'a real calendar date as YYYY-MM-DD' }),
    )
    .register(z.globalRegistry, { description: 'A date as YYYY-MM-DD (or a placeholder such as <YYYY-MM-DD> until it is known)' });

/** A cadence, or a placeholder (see dateOrPlaceholder). */
const cadencePattern = new RegExp(`^(?:${CADENCE_PATTERN.source.slice(1, -1)}|${PLACEHOLDER_PATTERN_SOURCE})$`);
export const cadence = () =>
  z
    .string()
    .check(z.regex(cadencePattern, { error: 'a cadence: weekly, biweekly, monthly, quarterly, "every N days" or "every N weeks"' }))
    .register(z.globalRegistry, {
      description: 'weekly, biweekly, monthly, quarterly, "every N days" or "every N weeks"',
      examples: ['weekly', 'biweekly', 'every 3 weeks'],
    });

/**
 * The pulse (docs/format.md "The pulse"): `responses` and, per step key, how many rated it 1..5.
 * A count list that is wrong in any way is one finding at the list
 * (schemaMessages); one whose sum exceeds `responses` is checked by the
 * `schema` rule itself (zod skips refinements once a count is not a number).
 */
const pulseCounts = (step: number) =>
  opt(z.array(z.int().check(z.gte(0))).check(z.length(5)), `Step ${step}: how many people rated it 1, 2, 3, 4 and 5 (five counts, never who)`);
const pulse = () =>
  z.looseObject({
    responses: opt(z.int().check(z.gte(0, { error: 'a whole number of 0 or more' })), 'How many people answered'),
    ...(Object.fromEntries(PULSE_KEYS.map((key, index) => [key, pulseCounts(index + 1)])) as Record<
      (typeof PULSE_KEYS)[number],
      ReturnType<typeof pulseCounts>
    >),
  });

const slug = (description: string) => described(z.string().check(z.regex(SLUG_PATTERN, { error: 'a slug of lowercase letters, digits and -' })), description);

export const charterSchema = z.looseObject({
  kind: described(z.literal('Charter'), 'Always "Charter"'),
  version: opt(z.literal(1), 'Format version: 1'),
  id: slug('The team id (lowercase letters, digits and -); retrospectives name it in `team`'),
  team: opt(text(), "The team's display name"),
  updated: opt(dateOrPlaceholder(), 'When the charter was last revised'),
  purpose: opt(
    z.looseObject({
      statement: opt(text(), 'Why the team exists, in one sentence'),
      why: opt(text(), 'Why that purpose matters'),
    }),
    'Step 1: purpose',
  ),
  scope: opt(
    z.looseObject({
      in: opt(textList(), 'What the team owns'),
      out: opt(textList(), 'What it does not: work others own'),
    }),
    'What the team owns and what it does not',
  ),
  priorities: opt(
    z.array(
      z.looseObject({
        id: opt(z.string(), 'Id referred to by goals.supports, e.g. P1'),
        title: opt(text()),
      }),
    ),
    "Step 1: the organisation's strategic priorities the team serves",
  ),
  goals: opt(
    z.array(
      z.looseObject({
        id: opt(z.string(), 'Id referred to by retro actions, e.g. G1'),
        title: opt(text()),
        supports: opt(z.array(z.string()), 'Ids of priorities: the line of sight'),
        owner: opt(z.string(), "A member's name"),
        contributors: opt(names(), 'Other members who work on it'),
        measure: opt(text(), 'How the team will know it is done'),
        due: opt(dateOrPlaceholder()),
        status: opt(z.enum(GOAL_STATUSES), 'proposed: an idea, not yet committed to (the goal rules skip it)'),
      }),
    ),
    'Steps 1 and 2: goals',
  ),
  commitment: opt(
    z.looseObject({
      agreed: opt(dateOrPlaceholder(), 'When the team last agreed to the charter'),
      by: opt(names(), 'Members who agreed to this charter'),
    }),
    'Step 1: buy-in',
  ),
  members: opt(
    z.array(
      z.looseObject({
        name: opt(z.string(), "The member's name, used as owner and in lists"),
        role: opt(text()),
        growth: opt(
          z.looseObject({
            aspiration: opt(text()),
            stretch: opt(text(), 'Stretch work under way'),
            coach: opt(z.string(), 'Who coaches this member'),
          }),
          'Step 3: growth path',
        ),
      }),
    ),
  ),
  accountability: opt(
    z.looseObject({
      checkIns: opt(cadence(), 'Progress check-ins: where owners report on their goals'),
      progressReview: opt(cadence(), 'Where goal status is reviewed in the open'),
      tracking: opt(text(), 'Where progress is visible, e.g. a board URL'),
    }),
    'Step 2: accountability and transparency',
  ),
  change: opt(
    z.array(
      z.looseObject({
        title: opt(text()),
        status: opt(z.enum(CHANGE_STATUSES), 'planned, in-progress or done; absent means in-progress'),
        why: opt(text()),
        leaderCommitments: opt(textList(), 'What the leaders themselves will do'),
        communication: opt(text()),
      }),
    ),
    'Step 4: change under way; may be empty',
  ),
  decisions: opt(
    z.looseObject({
      framework: opt(text(), 'e.g. consent, consensus, advice, DACI, RACI, lead-decides'),
      rights: opt(
        z.array(
          z.looseObject({
            area: opt(text()),
            decidedBy: opt(z.string(), "team, a member's name or a role"),
            consulted: opt(names()),
          }),
        ),
      ),
    }),
    'Step 5: decision rights',
  ),
  feedback: opt(
    z.looseObject({
      retrospectives: opt(cadence()),
      oneOnOnes: opt(cadence()),
      norms: opt(textList()),
    }),
    'Step 6: feedback',
  ),
  recognition: opt(
    z.looseObject({
      practices: opt(textList()),
      milestones: opt(textList()),
    }),
    'Step 7: recognition',
  ),
});
charterSchema.register(z.globalRegistry, { title: 'Team charter', description: 'A teamcharter team charter (format v1)' });

export const retroSchema = z.looseObject({
  kind: described(z.literal('Retrospective'), 'Always "Retrospective"'),
  version: opt(z.literal(1), 'Format version: 1'),
  team: slug("The team's charter id"),
  date: isoDate(),
  format: opt(z.enum(RETRO_FORMATS)),
  facilitator: opt(z.string()),
  attendees: opt(names()),
  previousActions: opt(
    z.array(
      z.looseObject({
        id: described(z.string(), 'The id of an action from an earlier retro'),
        status: opt(z.enum(REVIEW_STATUSES), 'done and dropped close the action; no status: listed, not reviewed yet'),
        note: opt(text(), 'Why, or what happened (expected for dropped, blocked and deferred)'),
        on: opt(dateOrPlaceholder(), 'The day it was done or dropped'),
        until: opt(dateOrPlaceholder(), 'deferred: when the team picks it up again'),
        link: opt(text(), 'An issue, pull request or commit'),
      }),
    ),
    "Step 6: what became of the last retro's open actions",
  ),
  wins: opt(
    z.array(
      z.looseObject({
        text: opt(text()),
        who: opt(names(), 'Who to credit: names, or team / everyone for all who were there'),
      }),
    ),
    'Step 7: wins',
  ),
  items: opt(z.record(z.string(), z.nullish(textList())), "The discussion; keys are the format's columns"),
  actions: opt(
    z.array(
      z.looseObject({
        id: opt(z.string(), 'Unique within the team, e.g. A-8'),
        title: opt(text()),
        owner: opt(z.string()),
        due: opt(dateOrPlaceholder()),
        goal: opt(z.string(), "A goal id of the team's charter"),
        step: opt(
          actionStep(),
          'The step it improves: a pulse key (goals, accountability, growth, change, decisions, feedback, recognition) or its number 1-7',
        ),
        link: opt(text(), 'Where the work is tracked'),
      }),
    ),
    'Step 2: actions',
  ),
  growth: opt(
    z.array(
      z.looseObject({
        who: opt(z.string()),
        note: opt(text()),
      }),
    ),
    'Step 3: who learned or stretched',
  ),
  decisions: opt(
    z.array(
      z.union([
        z.string(),
        z.looseObject({
          text: opt(text(), 'What was decided'),
          by: opt(z.string(), "Who took it: team, a member's name or a role"),
        }),
      ]),
    ),
    'Step 5: decisions taken in or since the last meeting: plain text, or { text, by }',
  ),
  change: opt(textList(), 'Step 4: change discussed, and how leaders showed the way'),
  pulse: opt(pulse(), "The team's own anonymous 1-5 rating of each step: how many gave each rating, never who"),
});
retroSchema.register(z.globalRegistry, { title: 'Team retrospective', description: 'A teamcharter retrospective (format v1)' });

export const severitySetting = z.enum(['off', 'info', 'warning', 'error']);

export const configSchema = z.strictObject({
  // Editors and linters of YAML read `$schema` to find the file's JSON Schema; the config has no other use for it.
  $schema: opt(z.string(), 'The JSON Schema of this file, for editors (ignored by teamcharter)'),
  extends: opt(
    z.union([z.string(), z.array(z.string())]),
    'Configs to start from, loaded first in order (a path or a list, relative to this file); this file overrides them',
  ),
  ignores: opt(z.array(z.string()), "Globs of files neither linted nor read, relative to this file's folder; they add up with those of the configs extended"),
  rules: opt(
    z.record(z.string(), z.union([severitySetting, z.looseObject({ severity: z.optional(severitySetting) })])),
    'Rule id → off | info | warning | error, or { severity, ...options }',
  ),
  root: opt(z.string(), 'Folder of the team files, relative to the workspace; default .team'),
  recentRetros: opt(
    z.int().check(z.gte(1, { error: 'a whole number of 1 or more' })),
    "How many of a team's latest retros get findings about their own content; default 2",
  ),
});
configSchema.register(z.globalRegistry, { title: 'teamcharter config', description: 'teamcharter.config.yaml' });

export type CharterData = z.infer<typeof charterSchema>;
export type RetroData = z.infer<typeof retroSchema>;
export type ConfigData = z.infer<typeof configSchema>;
