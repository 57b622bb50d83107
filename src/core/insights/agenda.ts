/**
 * The agenda of a team's next retro (docs/cli.md "agenda"): what its files, as
 * they stand today, give the meeting to take up. It is worked out from the
 * same team model and lint results as everything else (the timeline, the
 * team's score and levels, the rules' settings and findings), never stored.
 * `teamcharter agenda` prints it; `new retro` writes it at the top of the new
 * file as comments (src/core/report/agenda.ts says it in words).
 *
 * Where a list follows a rule, it follows the rule's settings for the team:
 * its options apply, and a rule turned off adds nothing (docs/cli.md
 * "agenda"). A low or declining rating is tested here with the pulse helpers
 * those rules use; a pulse gap, an uncredited member and a goal with no
 * activity are read from the findings of pulse-gap, recognition-unbalanced and
 * goal-no-activity: insights read the engine's results, not the rules, and a
 * gap needs the score pulse-gap compares with, which only the engine has.
 */
import { entries, strs } from '../base/dataReaders';
import type { Finding } from '../base/types';
import type { Config } from '../engine/config';
import type { Workspace } from '../engine/workspace';
import { daysBetween, validDate } from '../format/dates';
import { openGoals } from '../format/goals';
import { carriedTooLong, memberNames } from '../format/membersAndActions';
import { written } from '../format/placeholders';
import { DEFAULT_FALLS, isLowRating, latestRatings, pulseDeclines, type PulseKey, type PulseStep } from '../format/pulse';
import type { Team } from '../format/team';
import type { TeamFile } from '../format/teamFile';
import type { Level } from './levels';
import { teamScore } from './teamScore';

/** An open action, for the meeting to review. */
export interface AgendaAction {
  id: string;
  title: string | null;
  owner: string | null;
  /** As written; null when the action has none (it is then due by the retro after the one that created it). */
  due: string | null;
  /** The date of the retro that created it. */
  since: string;
  /** The team's retros it has been open in, the one that created it included. */
  retros: number;
  /** Past the date it was due by, and not deferred until today or later. */
  overdue: boolean;
  /** The meeting must finish, split, drop or escalate it: overdue, or the next retro reaches action-carried-too-long's limit. */
  decide: boolean;
}

/** Why the team's pulse puts a step on the agenda, in this order. */
export const PULSE_REASONS = ['low', 'gap', 'declining'] as const;
export type PulseReason = (typeof PULSE_REASONS)[number];

/** A step the team's latest pulse of it calls a problem: it needs an action with that `step`. */
export interface AgendaPulse {
  step: PulseStep;
  key: PulseKey;
  why: PulseReason[];
  /** The mean of that latest rating, 1 to 5. */
  mean: number;
}

/** A step at the team's lowest level, with what holds it there (as `score` says it). */
export interface AgendaFocus {
  step: PulseStep;
  level: Level;
  holding: string[];
}

/** A charter change not done yet, with what the leaders committed to do themselves. */
export interface AgendaChange {
  title: string | null;
  leaderCommitments: string[];
}

/** Why a goal is on the agenda: the first of these that holds. */
export type GoalReason = 'overdue' | 'due-soon' | 'no-activity';

export interface AgendaGoal {
  id: string | null;
  /** Not in the JSON: for the words (src/core/report/agenda.ts). */
  title: string | null;
  why: GoalReason;
  due: string | null;
}

export interface Agenda {
  team: string;
  /** The charter's `team`, when there is a charter; not in the JSON. */
  name: string | null;
  /** Today: the date the agenda is worked out for. */
  date: string;
  /** The date of the team's latest dated retro; null with none. */
  lastRetro: string | null;
  actions: AgendaAction[];
  pulse: AgendaPulse[];
  focus: AgendaFocus[];
  uncredited: string[];
  facilitator: string | null;
  changes: AgendaChange[];
  goals: AgendaGoal[];
}

/** How many days ahead a goal's due date puts it on the agenda. */
export const GOAL_DUE_SOON_DAYS = 30;

/** At most this many steps are the focus: one to three improvements, not all of them. */
export const MAX_FOCUS = 3;

/**
 * The agenda of a team of the workspace; undefined when the workspace has no
 * such team. `configFor` is the function the workspace was built with: it
 * gives the team's `recentRetros` (its charter's config, else its first
 * retro's, as the engine takes a team's cross-file settings).
 */
export function teamAgenda(workspace: Workspace, teamId: string, configFor: (path: string) => Config): Agenda | undefined {
  const team = workspace.team(teamId);
  if (!team) return undefined;
  const today = workspace.today;
  const { retros } = team.timeline;
  const charter = team.charter;
  const findingsOf = (file: TeamFile | undefined): readonly Finding[] => (file ? (workspace.lintFile(file.path)?.findings ?? []) : []);
  /** A rule's options for the team, or undefined when it is turned off (or not run at all). */
  const optionsOf = (ruleId: string) => {
    const setting = workspace.settingFor(team, ruleId);
    return setting && setting.severity !== 'off' ? setting.options : undefined;
  };
  const charterFindings = findingsOf(charter);
  const score = teamScore(workspace, teamId)!;
  return {
    team: team.id,
    name: written(charter?.data?.team) ?? null,
    date: today,
    lastRetro: retros.length ? retros[retros.length - 1].date! : null,
    actions: agendaActions(team, today, optionsOf('action-carried-too-long')?.maxRetros as number | undefined),
    pulse: agendaPulse(team, configFor((charter ?? team.retros[0]).path).recentRetros, optionsOf, findingsOf),
    focus:
      score.level === null
        ? []
        : score.steps
            .filter((s) => s.level === score.level)
            .slice(0, MAX_FOCUS)
            .map((s) => ({ step: s.step as PulseStep, level: s.level!, holding: [...s.holding] })),
    uncredited: byCodeUnits(new Set(reportedMembers(charter, charterFindings, 'recognition-unbalanced'))),
    facilitator: suggestedFacilitator(memberNames(charter?.data), retros),
    changes: entries(charter?.data?.change)
      .filter(([change]) => change.status !== 'done')
      .map(([change]) => ({
        title: written(change.title) ?? null,
        leaderCommitments: strs(change.leaderCommitments).filter((text) => written(text) !== undefined),
      })),
    goals: agendaGoals(charter, charterFindings, today),
  };
}

/** Every open action, oldest first: the timeline keeps them in the order they were created (retro order, then file order). */
function agendaActions(team: Team, today: string, carriedLimit: number | undefined): AgendaAction[] {
  return team.timeline.open.map((action) => {
    const overdue = action.dueBy !== undefined && action.dueBy < today && team.deferredUntil(action, today) === undefined;
    return {
      id: action.id,
      title: action.title ?? null,
      owner: action.owner ?? null,
      due: action.due ?? null,
      since: action.createdIn.date!,
      retros: action.retroCount,
      overdue,
      // One more retro, the one this agenda is for, would reach the limit (carriedTooLong skips a deferred action).
      decide: overdue || (carriedLimit !== undefined && carriedTooLong(team, action, carriedLimit, today, 1)),
    };
  });
}

/**
 * For each step, its latest rating, when the retro that gave it is one of the
 * team's `recentRetros` latest: low (pulse-low's threshold), a gap (where
 * pulse-gap reports the step) or declining (pulse-declining's test), in step order.
 */
function agendaPulse(
  team: Team,
  recentRetros: number,
  optionsOf: (ruleId: string) => Readonly<Record<string, unknown>> | undefined,
  findingsOf: (file: TeamFile) => readonly Finding[],
): AgendaPulse[] {
  const { retros, pulses } = team.timeline;
  const recent = new Set(retros.slice(-recentRetros));
  const low = optionsOf('pulse-low');
  const declining = new Set(optionsOf('pulse-declining') ? pulseDeclines(pulses, DEFAULT_FALLS).map((decline) => decline.step) : []);
  const out: AgendaPulse[] = [];
  for (const { step, rating, pulse } of latestRatings(pulses)) {
    if (!recent.has(pulse.retro)) continue;
    const holds: Record<PulseReason, boolean> = {
      low: low !== undefined && isLowRating(rating, low.threshold as number),
      gap: findingsOf(pulse.retro).some((finding) => finding.rule === 'pulse-gap' && finding.step === step),
      declining: declining.has(step),
    };
    const why = PULSE_REASONS.filter((reason) => holds[reason]);
    if (why.length > 0) out.push({ step, key: rating.key, why, mean: rating.mean });
  }
  return out;
}

/** The charter entries (under `key`) that a rule's findings point at, by index. */
function reportedIndexes(findings: readonly Finding[], rule: string, key: string): Set<number> {
  const out = new Set<number>();
  for (const finding of findings) {
    const [first, index] = finding.path ?? [];
    if (finding.rule === rule && first === key && typeof index === 'number') out.add(index);
  }
  return out;
}

/** The names of the members a charter rule reports, in the charter's order. */
function reportedMembers(charter: TeamFile | undefined, findings: readonly Finding[], rule: string): string[] {
  const reported = reportedIndexes(findings, rule, 'members');
  return entries(charter?.data?.members).flatMap(([member, index]) => {
    const name = reported.has(index) ? written(member.name) : undefined;
    return name === undefined ? [] : [name];
  });
}

/** Goals not done (nor only proposed: an idea, not a commitment) that are overdue, due soon or without activity, in the charter's order. */
function agendaGoals(charter: TeamFile | undefined, findings: readonly Finding[], today: string): AgendaGoal[] {
  if (!charter?.data) return [];
  const inactive = reportedIndexes(findings, 'goal-no-activity', 'goals');
  const out: AgendaGoal[] = [];
  for (const [goal, index] of openGoals(charter.data)) {
    const due = validDate(goal.due);
    const why: GoalReason | undefined =
      due !== undefined && due < today
        ? 'overdue'
        : due !== undefined && daysBetween(today, due) <= GOAL_DUE_SOON_DAYS
          ? 'due-soon'
          : inactive.has(index)
            ? 'no-activity'
            : undefined;
    if (why) out.push({ id: written(goal.id) ?? null, title: written(goal.title) ?? null, why, due: written(goal.due) ?? null });
  }
  return out;
}

/**
 * The member who has gone longest without facilitating a retro of the team:
 * those who never did first, then the earliest last time; ties by name in
 * code-unit order. Null with no members.
 */
function suggestedFacilitator(members: readonly string[], retros: readonly TeamFile[]): string | null {
  const last = new Map<string, string>();
  for (const retro of retros) {
    const facilitator = written(retro.data?.facilitator);
    if (facilitator !== undefined) last.set(facilitator, retro.date!);
  }
  const longest = (a: string, b: string) => {
    const [x, y] = [last.get(a), last.get(b)];
    if (x !== y) return x === undefined ? -1 : y === undefined ? 1 : compareCodeUnits(x, y);
    return compareCodeUnits(a, b);
  };
  return [...new Set(members)].sort(longest)[0] ?? null;
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byCodeUnits(names: Iterable<string>): string[] {
  return [...names].sort(compareCodeUnits);
}

/** The agenda as `agenda --format json` prints it (docs/cli.md "agenda --format json"): exactly these fields, in this order. */
export function agendaJson(agenda: Agenda) {
  return {
    team: agenda.team,
    date: agenda.date,
    lastRetro: agenda.lastRetro,
    actions: agenda.actions.map(({ id, title, owner, due, since, retros, overdue, decide }) => ({ id, title, owner, due, since, retros, overdue, decide })),
    pulse: agenda.pulse.map(({ step, key, why, mean }) => ({ step, key, why: [...why], mean })),
    focus: agenda.focus.map(({ step, level, holding }) => ({ step, level, holding: [...holding] })),
    uncredited: [...agenda.uncredited],
    facilitator: agenda.facilitator,
    changes: agenda.changes.map(({ title, leaderCommitments }) => ({ title, leaderCommitments: [...leaderCommitments] })),
    goals: agenda.goals.map(({ id, why, due }) => ({ id, why, due })),
  };
}
