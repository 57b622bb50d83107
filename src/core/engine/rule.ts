/** What a rule module is, and what it gets to check with. */
import type { Data } from '../base/dataReaders';
import type { EffectiveSetting } from './config';
import type { PulseStep } from '../format/pulse';
import type { StepScore } from './score';
import type { Team } from '../format/team';
import type { TeamFile } from '../format/teamFile';
import type { FileKind, Fix, Range, Severity, SeveritySetting, Step, YamlPath } from '../base/types';

/** A number option: from `min` to `max`, whole when `whole` (a count of retros, say). */
export interface NumberOption {
  default: number;
  description: string;
  min: number;
  max?: number;
  whole?: boolean;
}

/** A list of texts (text-vague's `words` and `allow`). */
export interface TextsOption {
  default: readonly string[];
  description: string;
  texts: true;
}

export type RuleOption = NumberOption | TextsOption;

/** Options by name, as a rule declares them. */
export type RuleOptions = Readonly<Record<string, RuleOption>>;

export interface RuleDocs {
  /** When it fires, in one sentence (the "fires when" column of docs/rules.md "The rules"). */
  summary: string;
  /** Why it matters: one paragraph. */
  rationale: string;
  /** How to fix it, briefly. */
  howToFix: string;
  /** A short YAML example that passes the rule. */
  example: string;
  /** The exact test, when it needs more than the summary (word lists, say): on the rule's page only, not in hovers. */
  details?: string;
}

export interface Location {
  path: YamlPath;
  /** See YamlFile.locate: what part of the node at `path` the finding points at. */
  anchor?: 'value' | 'key' | 'missing';
}

export interface Report extends Location {
  message: string;
  /** An exact range, when the finding is not about a node (a parser error, a comment). */
  range?: Range;
  related?: (Location & { file: TeamFile; message: string })[];
  /**
   * Quick fixes, or a function that makes them: called only for a finding that is
   * reported (not for an older retro's history), so rules with many choices pass one.
   */
  fixes?: Fix[] | (() => Fix[]);
  /** A default severity for this finding alone, when the rule's own does not fit it. */
  severity?: Severity;
  /**
   * The step the finding is about: required from a rule whose step is 'rated'
   * (the pulse rules) or 'field' (text-vague), ignored otherwise.
   */
  step?: PulseStep;
}

/** A rule's option values by name: only the names the rule declares, so a misspelt one fails the type-check. */
export type OptionValues<O extends RuleOptions> = { readonly [K in keyof O]: ValueOf<O[K]> };

/** An option's value by its kind (distributing over a union of kinds: either value). */
type ValueOf<T> = T extends TextsOption ? readonly string[] : number;

export interface FileCheck<O extends RuleOptions = RuleOptions> {
  file: TeamFile;
  /** The file's top-level map: always present when a rule runs. */
  data: Data;
  options: OptionValues<O>;
  today: string;
  report(report: Report): void;
  /** Count checks that passed (for scores); `step` is required from a rule whose step is 'field'. */
  pass(count?: number, step?: PulseStep): void;
}

export interface TeamCheck<O extends RuleOptions = RuleOptions> {
  team: Team;
  options: OptionValues<O>;
  today: string;
  /** The config's `recentRetros`: how many of the team's latest dated retros are current (docs/rules.md "Past meetings are history"). */
  recentRetros: number;
  /** Another rule's severity and options under the team's config (pulse-not-acted tests steps as pulse-low and pulse-gap do). */
  settingOf(rule: Rule): EffectiveSetting;
  report(file: TeamFile, report: Report): void;
  /** Count checks that passed (for scores); `step` is required from a rule whose step is 'field'. */
  pass(file: TeamFile, count?: number, step?: PulseStep): void;
}

/** One dated retro of a team, as the history rules see it. */
export interface RetroScores {
  retro: TeamFile;
  date: string;
  /**
   * The team's per-step scores as they stood on the retro's date (docs/rules.md
   * "History replay"), from the file and team rules, tallied by the engine's own
   * code (severities, suppressions). History rules and the rules that read pulse
   * ratings are never part of them: no rule reads a score that includes itself.
   */
  steps: StepScore[];
}

export interface HistoryCheck<O extends RuleOptions = RuleOptions> {
  team: Team;
  /** The team's dated retros with their replayed scores, oldest first (the timeline's order). Worked out when first read. */
  readonly retros: readonly RetroScores[];
  /**
   * The team's per-step scores from the file and team rules (what `score` shows,
   * less the history rules' own findings). Worked out when first read.
   */
  readonly teamSteps: readonly StepScore[];
  options: OptionValues<O>;
  today: string;
  /** The config's `recentRetros`: how many of the team's latest dated retros are current (docs/rules.md "Past meetings are history"). */
  recentRetros: number;
  /** Another rule's severity and options under the team's config (pulse-not-acted tests steps as pulse-low and pulse-gap do). */
  settingOf(rule: Rule): EffectiveSetting;
  report(file: TeamFile, report: Report): void;
  /** Count checks that passed (for scores); `step` is required from a rule whose step is 'field'. */
  pass(file: TeamFile, count?: number, step?: PulseStep): void;
}

/** A rule; O declares its options (none by default). */
export interface Rule<O extends RuleOptions = RuleOptions> {
  id: string;
  /**
   * The step it serves, 0 for structure; 'rated' for the pulse rules, whose
   * findings each carry the step the team rated (Report.step) and which never
   * count in scores (docs/rules.md "The pulse"); 'field' for a rule over
   * fields of several steps (text-vague), whose findings and passes each carry
   * the step of the field (Report.step, the step of `pass`) and count in that
   * step's score.
   */
  step: Step | 'rated' | 'field';
  /**
   * The default severity. 'off' makes a rule opt-in: it runs only where a config
   * (or an editor setting) gives it a severity.
   */
  severity: SeveritySetting;
  /**
   * Where it applies (docs/rules.md "Where a rule applies"): C charter, R retrospective, X across files.
   * A unit test (ruleContract.test.ts) holds it to what the rule implements.
   */
  on: ('C' | 'R' | 'X')[];
  docs: RuleDocs;
  options?: O;
  /** Runs on every file, readable or not (yaml-syntax, schema). */
  structural?: boolean;
  /**
   * Its findings are about a retro's own content, though it reads the team
   * (previous-actions-not-reviewed). Like the R rules, it is reported only on
   * a team's recent retros (docs/rules.md "Past meetings are history").
   */
  retroContent?: boolean;
  /** File kinds checkFile runs on. */
  kinds?: FileKind[];
  /** Checks that need only the file itself. */
  checkFile?(check: FileCheck<O>): void;
  /** Checks that need the team's other files (the workspace index). */
  checkTeam?(check: TeamCheck<O>): void;
  /** Checks over the team's scores retro by retro; run after every file and team rule of the team. */
  checkHistory?(check: HistoryCheck<O>): void;
}

/**
 * A rule module's default export. The names of its `options` type what its
 * checks read from `check.options`: a rule without options reads none.
 */
export function defineRule<const O extends RuleOptions = Record<never, RuleOption>>(rule: Rule<O>): Rule {
  return rule as unknown as Rule;
}

/** A count option (a whole number of 1 or more), the kind most rules take. */
export function countOption(value: number, description: string): NumberOption {
  return { default: value, description, min: 1, whole: true };
}

/**
 * Whether a rule's checks make up scores: not the structural rules, not the
 * pulse. A rule of step 'field' makes them through its copies at each step
 * (the engine counts each finding and pass under the copy at the step it names).
 */
export function scored(rule: Rule): rule is Rule & { step: Exclude<Step, 0> } {
  return typeof rule.step === 'number' && rule.step !== 0;
}

/**
 * Whether a rule's findings are about a retro's own content: the R rules of
 * the checklist (not the structural checks, which a past file still needs),
 * and the rules that say so. Older retros keep them in their own score only.
 */
export function aboutRetroContent(rule: Rule): boolean {
  return rule.step !== 0 && (rule.retroContent === true || rule.on.includes('R'));
}
