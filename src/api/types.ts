/**
 * The public types of the Node API (docs/api.md): what its options take and the
 * objects it returns, which are exactly what the CLI's JSON formats print
 * (docs/cli.md "JSON shapes"). This module imports nothing, so that its
 * declarations ship as they are (dist/api/types.d.ts); src/api/index.ts fails
 * to compile when these and the objects the CLI builds drift apart.
 */

/** A step of the checklist, 1 to 7; 0 for a finding about the file itself (it does not parse, say). */
export type Step = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7;
/** A step of the checklist that is scored. */
export type ScoredStep = Exclude<Step, 0>;
export type Severity = 'error' | 'warning' | 'info';
/** How far a team has got with a step (docs/rules.md "Levels"): 0 not yet, 1 written, 2 practised, 3 confirmed. */
export type Level = 0 | 1 | 2 | 3;
/** A step's key in a retro's pulse, goals (step 1) to recognition (step 7). */
export type PulseKey = 'goals' | 'accountability' | 'growth' | 'change' | 'decisions' | 'feedback' | 'recognition';

/**
 * What every function takes besides its paths. More may come (the CLI's other
 * options); an option this version does not know is an error, not ignored.
 */
export interface Options {
  /** The date to lint for, YYYY-MM-DD; default: the local date. */
  today?: string;
  /** A config file to use instead of the teamcharter.config.yaml found above each file. */
  config?: string;
  /** Globs of files to leave out (neither linted nor read), relative to the current folder, on top of the configs' `ignores`. */
  ignorePatterns?: readonly string[];
}

/** The config that applies to a file, after `extends`, as `teamcharter lint --print-config FILE` prints it. */
export interface AppliedConfig {
  /** The config files merged, the base first; paths relative to the current folder. Empty: the defaults. */
  files: string[];
  /** The folder a team's files are kept in. */
  root: string;
  /** How many of a team's latest retros get findings about their own content. */
  recentRetros: number;
  /** The globs that leave files out, relative to the current folder. */
  ignores: string[];
  /** Every rule, by id, with its severity and options. */
  rules: Record<string, { severity: 'off' | 'info' | 'warning' | 'error'; [option: string]: unknown }>;
}

/** What went wrong, as the CLI's exit code 2 covers it: a path, an option or a read (`usage`), or a config file (`config`). */
export type ErrorKind = 'usage' | 'config';

/** One finding, as one element of `teamcharter lint --format json`. Lines and columns count from 1. */
export interface LintFinding {
  /** The file's path as given, or as found under a folder given (relative to the current folder when that was relative). */
  file: string;
  rule: string;
  step: Step;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** A step's checks and score (0 to 100, one decimal; null where no check applies). */
export interface StepScore {
  step: ScoredStep;
  passed: number;
  failed: number;
  score: number | null;
}

/** The latest pulse that rated a step. */
export interface StepPulse {
  /** The mean rating, 1 to 5. */
  mean: number;
  percent: number;
  responses: number;
  /** The date of the retro that recorded it. */
  date: string;
}

export interface TeamStepScore extends StepScore {
  /** Null for a team with no charter. */
  level: Level | null;
  /** The rule ids (and `history`, `pulse`) that hold the step below the next level. */
  holding: string[];
  pulse?: StepPulse;
}

/** A file's own score. */
export interface FileScore {
  file: string;
  kind: 'charter' | 'retro' | null;
  overall: number | null;
  steps: StepScore[];
}

export interface TeamScore {
  team: string;
  /** The charter's team name; null with no charter. */
  name: string | null;
  overall: number | null;
  level: Level | null;
  steps: TeamStepScore[];
  /** The rule ids turned off for the team. */
  off: string[];
  /** How many of its findings comments silenced. */
  suppressed: number;
  /** Its files among those linted. */
  files: FileScore[];
}

/** `teamcharter score --format json`: the teams of the files linted, and the files of no team. */
export interface ScoreReport {
  teams: TeamScore[];
  files: FileScore[];
}

export interface AgendaAction {
  id: string;
  title: string | null;
  owner: string | null;
  due: string | null;
  /** The date of the retro that created it. */
  since: string;
  /** How many of the team's retros it has been open in, the one that created it included. */
  retros: number;
  overdue: boolean;
  /** The meeting must finish, split, drop or escalate it. */
  decide: boolean;
}

export interface AgendaPulse {
  step: ScoredStep;
  key: PulseKey;
  why: ('low' | 'gap' | 'declining')[];
  mean: number;
}

export interface AgendaFocus {
  step: ScoredStep;
  level: Level;
  holding: string[];
}

export interface AgendaChange {
  title: string | null;
  leaderCommitments: string[];
}

export interface AgendaGoal {
  id: string | null;
  why: 'overdue' | 'due-soon' | 'no-activity';
  due: string | null;
}

/** `teamcharter agenda --format json`: what a team's next retro should take up. */
export interface Agenda {
  team: string;
  date: string;
  lastRetro: string | null;
  actions: AgendaAction[];
  pulse: AgendaPulse[];
  focus: AgendaFocus[];
  uncredited: string[];
  facilitator: string | null;
  changes: AgendaChange[];
  goals: AgendaGoal[];
}
