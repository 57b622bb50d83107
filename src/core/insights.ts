/**
 * Team insights: statistics about one team's history, read from the lint
 * engine after linting (scores) and from the team index (actions, wins,
 * facilitators, goals). Everything here is plain JSON-serializable data, so the
 * CLI report, a VS Code tree and a webview dashboard render the same thing.
 *
 * Like the rules, insights only see retros with a readable date (the timeline);
 * the others are listed in `undatedRetros` so a reader knows they were left out.
 */
import { entries, present, str } from './access';
import { daysBetween, validDate } from './dates';
import { addTally, emptyTally, overallScore, stepScores, type StepScore } from './score';
import { facilitatorRuns, type ActionRecord, type Team } from './team';
import type { TeamFile } from './teamFile';
import type { FileResult, Workspace } from './workspace';

export interface ScoreSnapshot {
  /** Mean of the applicable steps (0..100), null when none applies. */
  overall: number | null;
  /** Steps 1..7 in order; `score` is null where the step is n/a. */
  steps: StepScore[];
}

/** One dated retro's own scores (its file's tally, as `teamcharter score` shows per file). */
export interface ScorePoint extends ScoreSnapshot {
  date: string;
  file: string;
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
  /** Date of the retro that closed it (done or dropped). */
  closedOn: string | null;
  /** Retros it has been open for, counting the one that created it (as action-carried-too-long counts). */
  retrosOpen: number;
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
  /** done / created as a percentage (0..100, one decimal); null when no action was created. */
  completionRate: number | null;
  /** Median days from the creating retro to the retro that marked it done; null when none is done. */
  medianDaysToClose: number | null;
  /** Open actions whose due date is before today, most overdue first. */
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
  /** The team's scores now: every file of the team together, as `teamcharter score` adds them. */
  scores: ScoreSnapshot;
  /** One point per dated retro, oldest first. */
  history: ScorePoint[];
  actions: ActionInsights;
  wins: WinsPoint[];
  facilitation: FacilitationInsights;
  goals: GoalInsight[];
}

/** Insights of a team of the workspace (linted on demand, from the engine's cache when warm). */
export function teamInsights(workspace: Workspace, teamId: string): TeamInsights | undefined {
  const team = workspace.team(teamId);
  return team && computeInsights(team, (file) => workspace.lintFile(file.path), workspace.today);
}

/** Insights of every team of the workspace, by team id. */
export function allTeamInsights(workspace: Workspace): TeamInsights[] {
  return [...workspace.allTeams()]
    .map((team) => team.id)
    .sort()
    .map((id) => teamInsights(workspace, id)!);
}

/** The statistics proper, from a team index and each file's lint result. */
export function computeInsights(team: Team, resultOf: (file: TeamFile) => FileResult | undefined, today: string): TeamInsights {
  const { retros, actions } = team.timeline;
  const total = emptyTally();
  for (const file of team.files) {
    const result = resultOf(file);
    if (result) addTally(total, result.tally);
  }
  const history = retros.map((retro): ScorePoint => {
    const tally = resultOf(retro)?.tally ?? emptyTally();
    return { date: retro.date!, file: retro.path, overall: overallScore(tally), steps: stepScores(tally) };
  });
  const charter = team.charter;
  return {
    team: team.id,
    name: str(charter?.data?.team) ?? null,
    today,
    charter: charter?.path ?? null,
    retros: retros.map((retro) => ({ date: retro.date!, file: retro.path })),
    undatedRetros: team.retros.filter((retro) => retro.date === undefined).map((retro) => retro.path),
    scores: { overall: overallScore(total), steps: stepScores(total) },
    history,
    actions: actionInsights([...actions.values()], today),
    wins: retros.map((retro) => {
      const wins = entries(retro.data?.wins);
      return { date: retro.date!, file: retro.path, count: wins.length, credited: wins.filter(([win]) => present(win.who)).length };
    }),
    facilitation: facilitation(retros),
    goals: goalInsights(charter, actions),
  };
}

function summary(record: ActionRecord): ActionSummary {
  return {
    id: record.id,
    title: record.title ?? null,
    owner: record.owner ?? null,
    due: record.due ?? null,
    goal: record.goal ?? null,
    status: record.closedAs ?? 'open',
    createdOn: record.createdIn.date!,
    file: record.createdIn.path,
    closedOn: record.closedIn?.date ?? null,
    retrosOpen: record.retroCount,
  };
}

function actionInsights(records: ActionRecord[], today: string): ActionInsights {
  const done = records.filter((r) => r.closedAs === 'done');
  const dropped = records.filter((r) => r.closedAs === 'dropped');
  const open = records.filter((r) => !r.closedIn);
  const overdue: OverdueAction[] = [];
  for (const record of open) {
    const due = validDate(record.due);
    if (due !== undefined && due < today) overdue.push({ ...summary(record), daysOverdue: daysBetween(due, today) });
  }
  overdue.sort((a, b) => b.daysOverdue - a.daysOverdue);
  return {
    created: records.length,
    done: done.length,
    dropped: dropped.length,
    open: open.length,
    completionRate: records.length === 0 ? null : Math.round((done.length / records.length) * 1000) / 10,
    medianDaysToClose: median(done.map((r) => daysBetween(r.createdIn.date!, r.closedIn!.date!))),
    overdue,
    stillOpen: open.map(summary),
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

function goalInsights(charter: TeamFile | undefined, actions: ReadonlyMap<string, ActionRecord>): GoalInsight[] {
  const byGoal = new Map<string, ActionRecord[]>();
  for (const record of actions.values()) {
    if (record.goal === undefined) continue;
    let list = byGoal.get(record.goal);
    if (!list) byGoal.set(record.goal, (list = []));
    list.push(record);
  }
  return entries(charter?.data?.goals).map(([goal]) => {
    const id = str(goal.id) ?? null;
    const linked: Record<ActionStatus, ActionSummary[]> = { open: [], done: [], dropped: [] };
    for (const record of id === null ? [] : byGoal.get(id) ?? []) {
      const action = summary(record);
      linked[action.status].push(action);
    }
    return { id, title: str(goal.title) ?? null, status: str(goal.status) ?? null, owner: str(goal.owner) ?? null, due: str(goal.due) ?? null, actions: linked };
  });
}
