/**
 * The lint engine over a set of files: keeps the parsed files and their teams,
 * runs file rules once per file version and team rules once per team change,
 * then applies config severities and suppression comments.
 * The editor calls `update` per keystroke and `lintTeams` for what changed.
 *
 * A team is linted in three phases, each cached until a file of the team changes:
 *  1. file rules (checkFile), per file version;
 *  2. team rules (checkTeam), over the team index;
 *  3. history rules (checkHistory), which read the team's scores as phases 1
 *     and 2 make them, and each retro's replayed scores (below). Their own
 *     findings are added to the results afterwards and never to what they
 *     read, so the phase cannot feed back into itself.
 *
 * History replay (docs/rules.md "History replay"): a retro's point in the
 * team's history is the team as it stood on that retro's date (the charter as
 * it is now, the retros up to that one, today set to that date), linted by a
 * replay workspace without the history and pulse-rating rules. File checks
 * that never read `today` are shared with this workspace, not run again.
 *
 * Past meetings are history (docs/rules.md): on a team's retros older than its
 * `recentRetros` latest, findings about the retro's own content are not
 * reported, but they still make up that retro's own score (`tally`); the
 * team's score (`teamTally`) leaves them out.
 */
import { DEFAULT_CONFIG, ruleSetting, suggestRuleId, type Config, type EffectiveSetting } from './config';
import { aboutRetroContent, scored, type Report, type RetroScores, type Rule } from './rule';
import { addTally, emptyTally, stepScores, tallyCheck, type StepScore, type Tally } from './score';
import { Suppressions, parseSuppressions } from './suppressions';
import { Team } from '../format/team';
import type { TeamFile } from '../format/teamFile';
import type { FileKind, Finding, Range, RelatedLocation } from '../base/types';
import type { PulseStep } from '../format/pulse';

export interface FileResult {
  file: string;
  kind: FileKind | undefined;
  team: string | undefined;
  findings: Finding[];
  /** Passed and failed checks per step: the file's own score (for an older retro, its score in the history). */
  tally: Tally;
  /** The part of `tally` that counts in the team's score: all of it, except an older retro's own content. */
  teamTally: Tally;
  /** Findings that would be reported here but a teamcharter-disable comment silences. */
  suppressed: number;
}

export interface WorkspaceOptions {
  today: string;
  /** The config that applies to a file; default: built-in defaults. */
  configFor?: (path: string) => Config;
  /** The rules to run: the engine is given them (src/core/rules/index.ts has the list), it imports none. */
  rules: readonly Rule[];
  /**
   * Whether a file may be compacted once its own checks are done (TeamFile.compact):
   * the CLI compacts every file, the editor all but those open in an editor.
   */
  compact?: (path: string) => boolean;
}

interface RawFinding {
  rule: Rule;
  file: TeamFile;
  report: Report;
  /** Where the finding points, worked out before the file was compacted (else from the report when assembled). */
  range?: Range;
  related?: RelatedLocation[];
}

interface RawOutput {
  findings: RawFinding[];
  passes: Map<TeamFile, Map<Rule, number>>;
  /** Ids of the file rules that read `today` for this output: what they said holds for this workspace's today only. */
  todayRules?: Set<string>;
  /** The findings by the file they are on, once asked (findingsOn): a team's checks speak of many files. */
  byFile?: Map<TeamFile, RawFinding[]>;
}

/** An output's findings on one file (a file output's are all on its file). */
function findingsOn(output: RawOutput, file: TeamFile): readonly RawFinding[] {
  if (!output.byFile) {
    output.byFile = new Map();
    for (const raw of output.findings) {
      const list = output.byFile.get(raw.file);
      if (list) list.push(raw);
      else output.byFile.set(raw.file, [raw]);
    }
  }
  return output.byFile.get(file) ?? [];
}

/** One dated retro's point in the team's history: the team as it stood on the retro's date (History replay). */
export interface ReplayPoint {
  retro: TeamFile;
  date: string;
  /** The team then: its charters as they are now and its dated retros up to this one. */
  team: Team;
  /**
   * A file's lint result as it stood then (a file of `team`), today being `date`:
   * for a retro then older than the team's recentRetros latest, the team checks
   * only (its own checks made no score and no level then either). Read for
   * scores and levels: findings carry no fixes or related locations, and point
   * nowhere unless the file has a suppression comment.
   */
  resultOf(file: TeamFile): FileResult | undefined;
  /** The team's per-step scores then, as `score` would have shown them. */
  steps: StepScore[];
}

/** Findings (severities and suppressions applied) and tallies of one file from some outputs. */
type Assembled = Omit<FileResult, 'file' | 'kind' | 'team'>;

/** Everything cached for a team until one of its files changes. */
interface TeamState {
  /** Phase 2: what the team rules said. */
  checks: RawOutput;
  /** Phases 1 and 2 assembled per file of the team: what results are made of, and what the history rules read. */
  assembled: Map<TeamFile, Assembled>;
  /** Phase 3: what the history rules said (computed on first use). */
  history?: RawOutput;
  /** Dated retros older than the team's `recentRetros` latest: their own content is history. */
  older: ReadonlySet<TeamFile>;
  /** rulesTurnedOff, once asked. */
  off?: string[];
  /** The history replay, once asked. */
  replay?: ReplayPoint[];
}

export class Workspace {
  private readonly files = new Map<string, TeamFile>();
  private readonly teams = new Map<string, Team>();
  private readonly fileOutputs = new WeakMap<TeamFile, RawOutput>();
  private readonly teamStates = new Map<string, TeamState>();
  private suppressions = new WeakMap<TeamFile, Suppressions>();
  private readonly rules: readonly Rule[];
  /** For a replay workspace: the workspace whose file checks it shares (those that do not read today). */
  private replayOf: Workspace | undefined;
  /** For a replay workspace: ids of the file rules the replayed workspace runs and this one does not. */
  private leftOutFileRules: Set<string> | undefined;
  /** The rules a replay of this workspace runs, and the file rules it leaves out: worked out once. */
  private replayRules: readonly Rule[] | undefined;
  private leftOutOfReplay: Set<string> | undefined;
  private currentToday: string;
  private configFor: (path: string) => Config;
  private readonly mayCompact: (path: string) => boolean;

  constructor(options: WorkspaceOptions) {
    this.currentToday = options.today;
    this.configFor = options.configFor ?? (() => DEFAULT_CONFIG);
    this.rules = options.rules;
    this.mayCompact = options.compact ?? (() => false);
  }

  /** Change what "today" is or how configs resolve: every cached result is dropped. */
  reconfigure(options: Partial<WorkspaceOptions>): void {
    if (options.today) this.currentToday = options.today;
    if (options.configFor) this.configFor = options.configFor;
    for (const file of this.files.values()) this.fileOutputs.delete(file);
    this.teamStates.clear();
  }

  /** The date the date-dependent rules count to. */
  get today(): string {
    return this.currentToday;
  }

  get(path: string): TeamFile | undefined {
    return this.files.get(path);
  }

  allFiles(): IterableIterator<TeamFile> {
    return this.files.values();
  }

  team(id: string): Team | undefined {
    return this.teams.get(id);
  }

  allTeams(): IterableIterator<Team> {
    return this.teams.values();
  }

  /** Add or replace a file. Returns the ids of the teams it left or joined. */
  update(file: TeamFile): string[] {
    const previous = this.files.get(file.path);
    const touched = previous ? this.leaveTeam(previous) : [];
    this.files.set(file.path, file);
    const joined = this.joinTeam(file);
    return joined && !touched.includes(joined) ? [...touched, joined] : touched;
  }

  /** Add or replace a file and run its own checks at once (it is compacted when the options allow); as update. */
  add(file: TeamFile): string[] {
    const teams = this.update(file);
    this.checkFile(file);
    return teams;
  }

  /** Remove a file. Returns the ids of the teams it left. */
  remove(path: string): string[] {
    const previous = this.files.get(path);
    if (!previous) return [];
    this.files.delete(path);
    return this.leaveTeam(previous);
  }

  private joinTeam(file: TeamFile): string | undefined {
    const id = file.teamId;
    if (id === undefined || !file.kind) return undefined;
    let team = this.teams.get(id);
    if (!team) this.teams.set(id, (team = new Team(id)));
    team.add(file);
    this.teamStates.delete(id);
    return id;
  }

  private leaveTeam(file: TeamFile): string[] {
    const id = file.teamId;
    const team = id === undefined ? undefined : this.teams.get(id);
    if (!team || !team.remove(file)) return [];
    this.teamStates.delete(id!);
    if (team.files.length === 0) this.teams.delete(id!);
    return [id!];
  }

  /**
   * Run a file's own checks now (they are cached), and compact it when the
   * options allow: read, check and compact file by file, and the parsed
   * documents of a whole workspace are never in memory at once.
   */
  checkFile(file: TeamFile): void {
    this.fileOutput(file);
  }

  /** Lint every file. */
  lintAll(): Map<string, FileResult> {
    const results = new Map<string, FileResult>();
    for (const file of this.files.values()) results.set(file.path, this.result(file));
    return results;
  }

  /** Lint a file and every file of the given teams (what changed after `update`). */
  lintTeams(teamIds: Iterable<string>, alsoPaths: Iterable<string> = []): Map<string, FileResult> {
    const results = new Map<string, FileResult>();
    for (const id of teamIds) for (const file of this.teams.get(id)?.files ?? []) results.set(file.path, this.result(file));
    for (const path of alsoPaths) {
      const file = this.files.get(path);
      if (file && !results.has(path)) results.set(path, this.result(file));
    }
    return results;
  }

  /** Lint one file: its own rules plus what its team's rules say about it. */
  lintFile(path: string): FileResult | undefined {
    const file = this.files.get(path);
    return file && this.result(file);
  }

  private result(file: TeamFile): FileResult {
    const team = file.teamId !== undefined ? this.teams.get(file.teamId) : undefined;
    if (!team?.has(file)) return this.fileResult(file, this.assemble(file, [this.fileOutput(file)], false));
    const state = this.teamState(team);
    const base = this.assembledInTeam(file, state);
    const history = this.historyOutput(team, state);
    // History rules speak of a few files (the charter, the latest retro): the others' results are phases 1 and 2 alone.
    const extra =
      history.passes.has(file) || history.findings.some((raw) => raw.file === file) ? this.assemble(file, [history], state.older.has(file)) : undefined;
    // The cached lists are shared: hand out copies (the tallies are only read).
    if (!extra) return this.fileResult(file, { ...base, findings: [...base.findings] });
    return this.fileResult(file, {
      findings: extra.findings.length ? [...base.findings, ...extra.findings].sort(compareInFile) : [...base.findings],
      tally: addTally(addTally(emptyTally(), base.tally), extra.tally),
      teamTally: addTally(addTally(emptyTally(), base.teamTally), extra.teamTally),
      suppressed: base.suppressed + extra.suppressed,
    });
  }

  private fileResult(file: TeamFile, assembled: Assembled): FileResult {
    return { file: file.path, kind: file.kind, team: file.teamId, ...assembled };
  }

  /** Phases 1 and 2 for a file of the team, assembled once per team state (asking again, as views do, is cheap). */
  private assembledInTeam(file: TeamFile, state: TeamState): Assembled {
    let assembled = state.assembled.get(file);
    if (assembled) return assembled;
    const older = state.older.has(file);
    // In a replay, an older retro's own checks count for nothing: its content is history, its structural findings
    // (step 0) make no score and no level. Skipping them keeps a replay linear in the team's retros.
    const outputs = this.replayOf && older ? [state.checks] : [this.fileOutput(file), state.checks];
    state.assembled.set(file, (assembled = this.assemble(file, outputs, older)));
    return assembled;
  }

  /**
   * The one place where raw reports become findings and tallies: the file's
   * config severities, its suppression comments, passes of rules not turned off.
   * For an older retro (`older`), what its content rules say counts in its own
   * tally only, and is not reported.
   */
  private assemble(file: TeamFile, outputs: readonly RawOutput[], older: boolean): Assembled {
    // Nothing said about the file (an older retro in a replay, often): one shared empty result, read only.
    if (outputs.every((output) => findingsOn(output, file).length === 0 && !output.passes.has(file))) return NOTHING;
    const config = this.configFor(file.path);
    const suppressions = this.suppressionsOf(file);
    const findings: Finding[] = [];
    const tally = emptyTally();
    // Only an older retro's share for the team differs from its own tally.
    const teamTally = older ? emptyTally() : tally;
    let suppressed = 0;
    const severityOf = (rule: Rule) => ruleSetting(rule, config).severity;
    for (const output of outputs) {
      for (const raw of findingsOn(output, file)) {
        const { rule, report } = raw;
        const configured = severityOf(rule);
        if (configured === 'off') continue;
        const history = older && aboutRetroContent(rule);
        // A replay is read for scores and levels: where its findings point matters only to a suppression comment.
        const range = this.replayOf && suppressions.comments.length === 0 ? NOWHERE : (raw.range ?? report.range ?? file.locate(report.path, report.anchor));
        if (suppressions.suppresses(rule.id, range.line)) {
          if (!history) suppressed++;
          continue;
        }
        // A severity the config names wins over a finding's own; else the finding's, else the rule's.
        const explicit = config.rules[rule.id]?.severity !== undefined;
        const severity = explicit ? configured : (report.severity ?? configured);
        if (scored(rule)) {
          tallyCheck(tally, rule.step, 'failed', severity);
          if (older && !history) tallyCheck(teamTally, rule.step, 'failed', severity);
        }
        if (history) continue;
        const finding: Finding = {
          file: file.path,
          rule: rule.id,
          step: typeof rule.step === 'number' ? rule.step : (report.step ?? 0),
          severity,
          message: report.message,
          range,
        };
        if (!report.range) finding.path = report.path;
        if (this.replayOf) {
          findings.push(finding);
          continue;
        }
        const related = raw.related ?? report.related?.map(relatedLocation);
        if (related?.length) finding.related = related;
        const fixes = typeof report.fixes === 'function' ? report.fixes() : report.fixes;
        if (fixes?.length) finding.fixes = fixes;
        findings.push(finding);
      }
      // forEach: for-of would make a [rule, count] pair per entry, per file, per keystroke.
      output.passes.get(file)?.forEach((count, rule) => {
        const severity = severityOf(rule);
        if (!scored(rule) || severity === 'off') return;
        tallyCheck(tally, rule.step, 'passed', severity, count);
        if (older && !aboutRetroContent(rule)) tallyCheck(teamTally, rule.step, 'passed', severity, count);
      });
    }
    findings.sort(compareInFile);
    return { findings, tally, teamTally, suppressed };
  }

  private suppressionsOf(file: TeamFile): Suppressions {
    let suppressions = this.suppressions.get(file);
    if (!suppressions) this.suppressions.set(file, (suppressions = new Suppressions(parseSuppressions(file.text))));
    return suppressions;
  }

  private fileOutput(file: TeamFile): RawOutput {
    let output = this.fileOutputs.get(file);
    if (output) return output;
    output = this.sharedFileOutput(file);
    if (output) {
      this.fileOutputs.set(file, output);
      return output;
    }
    output = { findings: [], passes: new Map() };
    this.runFileRules(file, this.rules, output);
    this.checkSuppressionIds(file, output);
    this.fileOutputs.set(file, output);
    if (this.mayCompact(file.path)) {
      // Where the file's own findings point, while its document is there.
      for (const raw of output.findings) {
        raw.range = raw.report.range ?? file.locate(raw.report.path, raw.report.anchor);
        raw.related = raw.report.related?.map(relatedLocation);
      }
      file.compact();
    }
    return output;
  }

  /** Run file rules on a file into `output`, noting those that read today (RawOutput.todayRules). */
  private runFileRules(file: TeamFile, rules: readonly Rule[], output: RawOutput): void {
    const config = this.configFor(file.path);
    const today = this.currentToday;
    const readable = file.fatal.length === 0 && file.data !== undefined && file.kind !== undefined;
    for (const rule of rules) {
      if (!rule.checkFile) continue;
      if (!readable && !rule.structural) continue;
      if (readable && rule.kinds && !rule.kinds.includes(file.kind!)) continue;
      const { severity, options } = ruleSetting(rule, config);
      if (severity === 'off') continue;
      rule.checkFile({
        file,
        data: file.data ?? {},
        options,
        get today() {
          (output.todayRules ??= new Set()).add(rule.id);
          return today;
        },
        report: (report) => output.findings.push({ rule: atStep(rule, report.step), file, report }),
        pass: (count = 1, step) => addPass(output, file, atStep(rule, step), count),
      });
    }
  }

  /**
   * A replay workspace's file output, from the workspace it replays: its
   * checks as they are, but those of the rules that read today run again on
   * this workspace's date, and those of the rules the replay leaves out are
   * dropped (no file rule is among them today, so most outputs are shared as they are).
   */
  private sharedFileOutput(file: TeamFile): RawOutput | undefined {
    const shared = this.replayOf?.fileOutputs.get(file);
    if (!shared) return undefined;
    const again = shared.todayRules;
    const leftOut = this.leftOutFileRules!;
    if (!again?.size && leftOut.size === 0) return shared;
    const kept = (rule: Rule) => !again?.has(rule.id) && !leftOut.has(rule.id);
    const output: RawOutput = { findings: shared.findings.filter((raw) => kept(raw.rule)), passes: new Map() };
    const passes = shared.passes.get(file);
    if (passes) output.passes.set(file, new Map([...passes].filter(([rule]) => kept(rule))));
    if (again?.size)
      this.runFileRules(
        file,
        this.rules.filter((rule) => again.has(rule.id)),
        output,
      );
    return output;
  }

  /** A rule id in a suppression comment that names no rule is a typo that silently suppresses nothing. */
  private checkSuppressionIds(file: TeamFile, output: RawOutput): void {
    const schema = this.rules.find((rule) => rule.id === 'schema');
    if (!schema) return;
    const known = new Set(this.rules.map((rule) => rule.id));
    for (const comment of this.suppressionsOf(file).comments) {
      for (const { id, range } of comment.named) {
        if (known.has(id)) continue;
        const message = `unknown rule "${id}" in a teamcharter-disable comment${suggestRuleId(id, this.rules)}`;
        output.findings.push({ rule: schema, file, report: { path: [], range, severity: 'warning', message } });
      }
    }
  }

  private teamState(team: Team): TeamState {
    let state = this.teamStates.get(team.id);
    if (state) return state;
    const output: RawOutput = { findings: [], passes: new Map() };
    const config = this.configFor(this.home(team).path);
    for (const rule of this.rules) {
      if (!rule.checkTeam) continue;
      const { severity, options } = ruleSetting(rule, config);
      if (severity === 'off') continue;
      rule.checkTeam({
        team,
        options,
        today: this.currentToday,
        recentRetros: config.recentRetros,
        settingOf: (other) => ruleSetting(other, config),
        report: (file, report) => output.findings.push({ rule: atStep(rule, report.step), file, report }),
        pass: (file, count = 1, step) => addPass(output, file, atStep(rule, step), count),
      });
    }
    // The latest `recentRetros` dated retros are current; undated ones cannot be placed in the past, so they are too.
    const dated = team.timeline.retros;
    state = { checks: output, assembled: new Map(), older: new Set(dated.slice(0, Math.max(0, dated.length - config.recentRetros))) };
    this.teamStates.set(team.id, state);
    return state;
  }

  /** Phase 3. The scores it hands to the rules come from phases 1 and 2 only. */
  private historyOutput(team: Team, state: TeamState): RawOutput {
    if (state.history) return state.history;
    const output: RawOutput = { findings: [], passes: new Map() };
    state.history = output;
    const config = this.configFor(this.home(team).path);
    // Worked out only when a history rule reads them: most teams need neither, and typing stays fast.
    let retros: RetroScores[] | undefined;
    let teamSteps: StepScore[] | undefined;
    const retroScores = () => (retros ??= this.replayed(team, state).map(({ retro, date, steps }) => ({ retro, date, steps })));
    const teamScores = () => {
      if (teamSteps) return teamSteps;
      const tally = emptyTally();
      for (const file of team.files) addTally(tally, this.assembledInTeam(file, state).teamTally);
      return (teamSteps = stepScores(tally));
    };
    for (const rule of this.rules) {
      if (!rule.checkHistory) continue;
      const { severity, options } = ruleSetting(rule, config);
      if (severity === 'off') continue;
      rule.checkHistory({
        team,
        get retros() {
          return retroScores();
        },
        get teamSteps() {
          return teamScores();
        },
        options,
        today: this.currentToday,
        recentRetros: config.recentRetros,
        settingOf: (other) => ruleSetting(other, config),
        report: (file, report) => output.findings.push({ rule: atStep(rule, report.step), file, report }),
        pass: (file, count = 1, step) => addPass(output, file, atStep(rule, step), count),
      });
    }
    return output;
  }

  /**
   * The team's history, replayed (docs/rules.md "History replay"): one point
   * per dated retro, oldest first. Worked out on first use per team state.
   */
  replay(team: Team): readonly ReplayPoint[] {
    return this.replayed(team, this.teamState(team));
  }

  private replayed(team: Team, state: TeamState): ReplayPoint[] {
    if (state.replay) return state.replay;
    // Rules that read the replayed scores or the team's pulse ratings stay out, so no rule reads a score that includes itself.
    const rules = (this.replayRules ??= this.rules.filter((rule) => !rule.checkHistory && rule.step !== 'rated'));
    const leftOut = (this.leftOutOfReplay ??= new Set(this.rules.filter((rule) => rule.checkFile && !rules.includes(rule)).map((rule) => rule.id)));
    const dated = team.timeline.retros;
    state.replay = dated.map((retro, index): ReplayPoint => {
      const then = new Workspace({ today: retro.date!, rules, configFor: this.configFor });
      then.replayOf = this;
      then.leftOutFileRules = leftOut;
      then.suppressions = this.suppressions;
      for (const charter of team.charters) then.update(charter);
      for (const earlier of dated.slice(0, index + 1)) then.update(earlier);
      const teamThen = then.team(team.id)!;
      const stateThen = then.teamState(teamThen);
      const tally = emptyTally();
      // A replay runs no history rule: what phases 1 and 2 assemble is each file's whole result.
      for (const file of teamThen.files) addTally(tally, then.assembledInTeam(file, stateThen).teamTally);
      return { retro, date: retro.date!, team: teamThen, resultOf: (file) => then.lintFile(file.path), steps: stepScores(tally) };
    });
    return state.replay;
  }

  /**
   * The rules a config (or the editor's settings) turns off for any file of
   * the team, sorted. A rule that is off by default and left so is not listed:
   * nothing was switched off.
   */
  rulesTurnedOff(team: Team): string[] {
    const state = this.teamState(team);
    return (state.off ??= this.offFor(team));
  }

  private offFor(team: Team): string[] {
    const off = new Set<string>();
    const seen = new Set<Config>();
    for (const file of team.files) {
      const config = this.configFor(file.path);
      if (seen.has(config)) continue;
      seen.add(config);
      for (const rule of this.rules) if (rule.severity !== 'off' && ruleSetting(rule, config).severity === 'off') off.add(rule.id);
    }
    return [...off].sort();
  }

  /** The file whose config decides a team's cross-file rules: its charter, else its first retro. */
  /** A rule's setting for a team, under the config of its home file: what insights read of a rule (action-carried-too-long's limit). */
  settingFor(team: Team, ruleId: string): EffectiveSetting | undefined {
    const rule = this.rules.find((known) => known.id === ruleId);
    return rule && ruleSetting(rule, this.configFor(this.home(team).path));
  }

  private home(team: Team): TeamFile {
    return team.charter ?? team.retros[0];
  }
}

/** What a file nothing was said about assembles to: shared, so never written to (the engine only reads tallies). */
const NOTHING: Assembled = Object.freeze({
  findings: Object.freeze([]) as unknown as Finding[],
  tally: freezeTally(emptyTally()),
  teamTally: freezeTally(emptyTally()),
  suppressed: 0,
});

function freezeTally(tally: Tally): Tally {
  for (const step of Object.values(tally)) Object.freeze(step);
  return Object.freeze(tally);
}

/** Where a replay's findings point (see assemble): nowhere a reader is shown. */
const NOWHERE: Range = { line: 0, column: 0, endLine: 0, endColumn: 0 };

const copiesAtSteps = new WeakMap<Rule, Rule[]>();

/**
 * The rule a finding or a pass counts under: for a rule of step 'field'
 * (text-vague), its copy at the step the finding or pass names, which the
 * tallies, severities and findings then treat as a rule of that one step;
 * any other rule as it is. Copies are made once per rule and step.
 */
function atStep(rule: Rule, step: PulseStep | undefined): Rule {
  if (rule.step !== 'field' || step === undefined) return rule;
  let copies = copiesAtSteps.get(rule);
  if (!copies) copiesAtSteps.set(rule, (copies = []));
  return (copies[step] ??= { ...rule, step });
}

function addPass(output: RawOutput, file: TeamFile, rule: Rule, count: number): void {
  let perRule = output.passes.get(file);
  if (!perRule) output.passes.set(file, (perRule = new Map()));
  perRule.set(rule, (perRule.get(rule) ?? 0) + count);
}

function compareInFile(a: Finding, b: Finding): number {
  return a.range.line - b.range.line || a.range.column - b.range.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

function relatedLocation(related: NonNullable<Report['related']>[number]): RelatedLocation {
  return { file: related.file.path, range: related.file.locate(related.path, related.anchor), message: related.message };
}
