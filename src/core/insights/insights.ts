/**
 * Team insights: statistics about one team's history, read from the lint
 * engine after linting (scores) and from the team index (actions, wins,
 * facilitators, goals). Everything here is plain JSON-serializable data, so the
 * CLI report, a VS Code tree and a webview dashboard render the same thing.
 *
 * Like the rules, insights only see retros with a readable date (the timeline);
 * the others are listed in `undatedRetros` so a reader knows they were left out.
 */
import { entries, str } from '../base/dataReaders';
import { daysBetween } from '../format/dates';
import { presence } from '../format/placeholders';
import { gapPoints, latestRatings, pulseDeclines, reading, stepsNeverRated, type PulseGap, type PulseReading, type PulseStep } from '../format/pulse';
import type { StepScore } from '../engine/score';
import { facilitatorRuns, type ActionRecord, type Team } from '../format/team';
import type { TeamFile } from '../format/teamFile';
import { scoreOf, type TeamScore, type TeamStepScore } from './teamScore';
import type { Level } from './levels';
import type { FileResult, ReplayPoint, Workspace } from '../engine/workspace';

/** The team's score now, with the rules turned off and the findings suppressed (teamScore.ts). */
export type TeamScoreSnapshot = Omit<TeamScore, 'team'>;

/**
 * One dated retro's point in the team's history: the team's scores and levels
 * as they stood on the retro's date (docs/rules.md "History replay").
 */
export interface ScorePoint {
  date: string;
  file: string;
  /** Mean of the applicable steps (0..100), null when none applies or the team has no charter. */
  overall: number | null;
  /** The team's level then; null for a team with no charter. */
  level: Level | null;
  /** Steps 1..7 in order, each with its score (null where n/a), level and what held it. */
  steps: TeamStepScore[];
}

export type ActionStatus = 'open' | 'done' | 'dropped';

export interface ActionSummary {
  id: string;
  title: string | null;
  owner: string | null;
  /** As written in the retro (it may not be a real date). */
  due: string | null;
  goal: string | null;
  status: ActionStatus;
  /** Date of the retro that created it. */
  createdOn: string;
  /** The retro that created it. */
  file: string;
  /**
   * The day it was closed (done or dropped): the review's `on` when it is given
   * and falls between the creating retro and the closing one, else the date of
   * the retro that closed it.
   */
  closedOn: string | null;
  /** Retros it has been open for, counting the one that created it (as action-carried-too-long counts). */
  retrosOpen: number;
  /** Open, and the team's latest retro deferred it until this date (today or later): not overdue until then. */
  deferredUntil: string | null;
}

export interface OverdueAction extends ActionSummary {
  /** Whole days from `due` to today. */
  daysOverdue: number;
}

export interface ActionInsights {
  created: number;
  done: number;
  dropped: number;
  open: number;
  /**
   * Follow-through: done as a share of the actions that are closed (done or
   * dropped) or overdue, in percent (0..100, one decimal); null when none is.
   * Actions not yet due, and those deferred on purpose, do not count against it.
   */
  followThrough: number | null;
  /** Median days from the creating retro to the day it was done (closedOn); null when none is done. */
  medianDaysToClose: number | null;
  /** Open actions whose due date is before today, most overdue first; not those deferred until today or later. */
  overdue: OverdueAction[];
  /** Every open action, in the order they were created. */
  stillOpen: ActionSummary[];
}

export interface WinsPoint {
  date: string;
  file: string;
  /** Wins recorded (items of `wins` that are maps). */
  count: number;
  /** Of those, wins that credit someone under `who`. */
  credited: number;
}

export interface FacilitatorRetro {
  date: string;
  file: string;
  facilitator: string | null;
}

export interface FacilitatorCount {
  name: string;
  retros: number;
}

export interface FacilitatorRunSummary {
  facilitator: string;
  length: number;
  from: string;
  to: string;
}

export interface FacilitationInsights {
  perRetro: FacilitatorRetro[];
  /** Distinct facilitators with how many retros each ran; most retros first, then by name. */
  facilitators: FacilitatorCount[];
  /** The longest run of retros in a row by one person (the latest such run on a tie); null without any facilitator. */
  longestRun: FacilitatorRunSummary | null;
}

export interface GoalInsight {
  /** null for a goal without an id: no action can link to it. */
  id: string | null;
  title: string | null;
  status: string | null;
  owner: string | null;
  due: string | null;
  /** Linked actions (action `goal:` = this id), by status, each in creation order. */
  actions: Record<ActionStatus, ActionSummary[]>;
}

/** One retro's pulse: each step it rated. */
export interface PulsePoint {
  date: string;
  file: string;
  /** `responses` as written, when it is a whole number. */
  responses: number | null;
  /** The steps rated, in step order. */
  steps: PulseReading[];
}

/** A step whose rating fell at each of its last pulses (pulse-declining). */
export interface PulseDeclineSummary {
  step: PulseStep;
  /** The run of ratings, oldest first. */
  readings: PulseReading[];
}

export interface PulseInsights {
  /** Dated retros that rated at least one step, oldest first. */
  history: PulsePoint[];
  /** Steps no pulse rated yet, in order (all seven when there is no pulse). */
  neverRated: PulseStep[];
  /** The gaps between score and pulse that pulse-gap reports (its config and suppressions applied), in step order. */
  gaps: PulseGap[];
  /** The declines that pulse-declining reports, in step order. */
  declines: PulseDeclineSummary[];
}

export interface TeamInsights {
  team: string;
  /** The charter's `team` (display name), when there is a charter. */
  name: string | null;
  /** The date overdue actions are counted to. */
  today: string;
  charter: string | null;
  /** Dated retros, oldest first. */
  retros: { date: string; file: string }[];
  /** Retros of the team whose date is missing or not a real date: left out of everything below. */
  undatedRetros: string[];
  /** The team's scores now: the charter, the cross-file checks and the recent retros, as `teamcharter score` shows them. */
  scores: TeamScoreSnapshot;
  /** One point per dated retro, oldest first: the team as it stood on that retro's date. */
  history: ScorePoint[];
  actions: ActionInsights;
  wins: WinsPoint[];
  facilitation: FacilitationInsights;
  goals: GoalInsight[];
  /** The team's own ratings of the steps, beside the scores (never in them). */
  pulse: PulseInsights;
}

/** Insights of a team of the workspace (linted on demand, from the engine's cache when warm). */
export function teamInsights(workspace: Workspace, teamId: string): TeamInsights | undefined {
  const team = workspace.team(teamId);
  if (!team) return undefined;
  const carried = workspace.settingFor(team, 'action-carried-too-long');
  const carriedLimit = carried && carried.severity !== 'off' ? (carried.options.maxRetros as number) : undefined;
  return computeInsights(team, (file) => workspace.lintFile(file.path), workspace.today, workspace.rulesTurnedOff(team), carriedLimit, workspace.replay(team));
}

/** Insights of every team of the workspace, by team id. */
export function allTeamInsights(workspace: Workspace): TeamInsights[] {
  return [...workspace.allTeams()]
    .map((team) => team.id)
    .sort()
    .map((id) => teamInsights(workspace, id)!);
}

/**
 * The statistics proper, from a team index, each file's lint result and the rules turned off for the team;
 * `carriedLimit`: action-carried-too-long's limit of retros, when the rule is on (an action open that long counts against follow-through);
 * `replay`: the team's history as the engine replays it (none: no history).
 */
export function computeInsights(
  team: Team,
  resultOf: (file: TeamFile) => FileResult | undefined,
  today: string,
  off: string[] = [],
  carriedLimit?: number,
  replay: readonly ReplayPoint[] = [],
): TeamInsights {
  const { retros, actions } = team.timeline;
  const { team: _id, ...scores } = scoreOf(team, resultOf, off, today);
  const history = replay.map((point): ScorePoint => {
    const then = scoreOf(point.team, point.resultOf, off, point.date);
    return { date: point.date, file: point.retro.path, overall: then.overall, level: then.level, steps: then.steps };
  });
  const charter = team.charter;
  return {
    team: team.id,
    name: str(charter?.data?.team) ?? null,
    today,
    charter: charter?.path ?? null,
    retros: retros.map((retro) => ({ date: retro.date!, file: retro.path })),
    undatedRetros: team.retros.filter((retro) => retro.date === undefined).map((retro) => retro.path),
    scores,
    history,
    actions: actionInsights(team, [...actions.values()], today, carriedLimit),
    wins: retros.map((retro) => {
      const wins = entries(retro.data?.wins);
      return { date: retro.date!, file: retro.path, count: wins.length, credited: wins.filter(([win]) => presence(win.who) === 'given').length };
    }),
    facilitation: facilitation(retros),
    goals: goalInsights(team, actions, today),
    pulse: pulseInsights(team, resultOf, scores.steps),
  };
}

/**
 * The pulse history, and the gaps and declines as the rules report them: a
 * gap or decline is listed when its rule has a finding about that step (so a
 * config that turns the rule off, or a comment that silences it, is obeyed).
 */
function pulseInsights(team: Team, resultOf: (file: TeamFile) => FileResult | undefined, scores: readonly StepScore[]): PulseInsights {
  const { pulses } = team.timeline;
  const reported = (rule: string) => {
    const steps = new Set<number>();
    for (const { retro } of pulses) for (const finding of resultOf(retro)?.findings ?? []) if (finding.rule === rule) steps.add(finding.step);
    return steps;
  };
  const gapSteps = reported('pulse-gap');
  const declineSteps = reported('pulse-declining');
  return {
    history: pulses.map(({ retro, date, pulse }) => ({
      date,
      file: retro.path,
      responses: pulse.responses ?? null,
      steps: pulse.steps.map((s) => ({ step: s.step, mean: s.mean, percent: s.percent, responses: s.responses, date })),
    })),
    neverRated: stepsNeverRated(pulses),
    // Each gap pulse-gap reports: the step's latest rating against its score (docs/rules.md "The pulse").
    gaps: latestRatings(pulses)
      .filter(({ step }) => gapSteps.has(step))
      .map(({ step, rating, pulse }) => {
        const score = scores[step - 1].score!;
        return { step, score, pulse: reading(rating, pulse.date), points: gapPoints(score, rating, -Infinity)! };
      }),
    declines: pulseDeclines(pulses)
      .filter((decline) => declineSteps.has(decline.step))
      .map(({ step, readings }) => ({ step, readings })),
  };
}

/** The day an action was closed: the closing review's `on` when it is plausible, else the closing retro's date. */
function closedOn(record: ActionRecord): string | null {
  const closing = record.closedIn;
  if (!closing) return null;
  const on = record.lastReview?.retro === closing ? record.lastReview.on : undefined;
  return on !== undefined && on >= record.createdIn.date! && on <= closing.date! ? on : closing.date!;
}

function summary(team: Team, record: ActionRecord, today: string): ActionSummary {
  return {
    id: record.id,
    title: record.title ?? null,
    owner: record.owner ?? null,
    due: record.due ?? null,
    goal: record.goal ?? null,
    status: record.closedAs ?? 'open',
    createdOn: record.createdIn.date!,
    file: record.createdIn.path,
    closedOn: closedOn(record),
    retrosOpen: record.retroCount,
    deferredUntil: record.closedIn ? null : (team.deferredUntil(record, today) ?? null),
  };
}

function actionInsights(team: Team, records: ActionRecord[], today: string, carriedLimit: number | undefined): ActionInsights {
  const openRecords = records.filter((r) => !r.closedIn);
  const open = openRecords.map((r) => summary(team, r, today));
  const done = records.filter((r) => r.closedAs === 'done').map((r) => summary(team, r, today));
  const dropped = records.filter((r) => r.closedAs === 'dropped').length;
  const overdue: OverdueAction[] = [];
  // Follow-through counts against an open action once it is past the date it was due by (its due,
  // or the next retro), or has been open for action-carried-too-long's limit: what is still open
  // and not yet due does not count, nor what the team deferred on purpose.
  let late = 0;
  openRecords.forEach((record, index) => {
    const action = open[index];
    if (action.deferredUntil !== null) return;
    const due = record.dueBy;
    const pastDue = due !== undefined && due < today;
    if (pastDue) overdue.push({ ...action, daysOverdue: daysBetween(due, today) });
    if (pastDue || (carriedLimit !== undefined && record.retroCount >= carriedLimit)) late++;
  });
  overdue.sort((a, b) => b.daysOverdue - a.daysOverdue);
  const counted = done.length + dropped + late;
  return {
    created: records.length,
    done: done.length,
    dropped,
    open: open.length,
    followThrough: counted === 0 ? null : Math.round((done.length / counted) * 1000) / 10,
    medianDaysToClose: median(done.map((a) => daysBetween(a.createdOn, a.closedOn!))),
    overdue,
    stillOpen: open,
  };
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function facilitation(retros: readonly TeamFile[]): FacilitationInsights {
  const counts = new Map<string, number>();
  const perRetro = retros.map((retro) => {
    const facilitator = str(retro.data?.facilitator) ?? null;
    if (facilitator !== null) counts.set(facilitator, (counts.get(facilitator) ?? 0) + 1);
    return { date: retro.date!, file: retro.path, facilitator };
  });
  let longest: FacilitatorRunSummary | null = null;
  for (const run of facilitatorRuns(retros)) {
    if (longest && run.retros.length < longest.length) continue;
    longest = { facilitator: run.facilitator, length: run.retros.length, from: run.retros[0].date!, to: run.retros[run.retros.length - 1].date! };
  }
  const facilitators = [...counts]
    .map(([name, count]) => ({ name, retros: count }))
    .sort((a, b) => b.retros - a.retros || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { perRetro, facilitators, longestRun: longest };
}

function goalInsights(team: Team, actions: ReadonlyMap<string, ActionRecord>, today: string): GoalInsight[] {
  const byGoal = new Map<string, ActionRecord[]>();
  for (const record of actions.values()) {
    if (record.goal === undefined) continue;
    let list = byGoal.get(record.goal);
    if (!list) byGoal.set(record.goal, (list = []));
    list.push(record);
  }
  return entries(team.charter?.data?.goals).map(([goal]) => {
    const id = str(goal.id) ?? null;
    const linked: Record<ActionStatus, ActionSummary[]> = { open: [], done: [], dropped: [] };
    for (const record of id === null ? [] : (byGoal.get(id) ?? [])) {
      const action = summary(team, record, today);
      linked[action.status].push(action);
    }
    return {
      id,
      title: str(goal.title) ?? null,
      status: str(goal.status) ?? null,
      owner: str(goal.owner) ?? null,
      due: str(goal.due) ?? null,
      actions: linked,
    };
  });
}
