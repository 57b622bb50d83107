/**
 * The lint engine over a set of files: keeps the parsed files and their teams,
 * runs file rules once per file version and team rules once per team change,
 * then applies config severities and suppression comments.
 * The editor calls `update` per keystroke and `lintTeamsOf` for what changed.
 */
import { DEFAULT_CONFIG, ruleSetting, type Config } from './config';
import type { Report, Rule } from './rule';
import { RULES, suggestRuleId } from './rules';
import { emptyTally, type Tally } from './score';
import { Suppressions, parseSuppressions } from './suppressions';
import { Team } from './team';
import type { TeamFile } from './teamFile';
import type { FileKind, Finding, RelatedLocation, SeveritySetting } from './types';

export interface FileResult {
  file: string;
  kind: FileKind | undefined;
  team: string | undefined;
  findings: Finding[];
  /** Passed and failed checks per step, for scores. */
  tally: Tally;
}

export interface WorkspaceOptions {
  today: string;
  /** The config that applies to a file; default: built-in defaults. */
  configFor?: (path: string) => Config;
  rules?: readonly Rule[];
}

interface RawFinding {
  rule: Rule;
  file: TeamFile;
  report: Report;
}

interface RawOutput {
  findings: RawFinding[];
  passes: Map<TeamFile, Map<Rule, number>>;
}

export class Workspace {
  private readonly files = new Map<string, TeamFile>();
  private readonly teams = new Map<string, Team>();
  private readonly fileOutputs = new WeakMap<TeamFile, RawOutput>();
  private readonly teamOutputs = new Map<string, RawOutput>();
  private readonly suppressions = new WeakMap<TeamFile, Suppressions>();
  private readonly rules: readonly Rule[];
  private today: string;
  private configFor: (path: string) => Config;

  constructor(options: WorkspaceOptions) {
    this.today = options.today;
    this.configFor = options.configFor ?? (() => DEFAULT_CONFIG);
    this.rules = options.rules ?? RULES;
  }

  /** Change what "today" is or how configs resolve: every cached result is dropped. */
  reconfigure(options: Partial<WorkspaceOptions>): void {
    if (options.today) this.today = options.today;
    if (options.configFor) this.configFor = options.configFor;
    for (const file of this.files.values()) this.fileOutputs.delete(file);
    this.teamOutputs.clear();
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
    this.teamOutputs.delete(id);
    return id;
  }

  private leaveTeam(file: TeamFile): string[] {
    const id = file.teamId;
    const team = id === undefined ? undefined : this.teams.get(id);
    if (!team || !team.remove(file)) return [];
    this.teamOutputs.delete(id!);
    if (team.files.length === 0) this.teams.delete(id!);
    return [id!];
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
    const config = this.configFor(file.path);
    const team = file.teamId !== undefined ? this.teams.get(file.teamId) : undefined;
    const outputs = [this.fileOutput(file)];
    if (team?.files.includes(file)) outputs.push(this.teamOutput(team));
    const suppressions = this.suppressionsOf(file);
    const findings: Finding[] = [];
    const tally = emptyTally();
    const severities = new Map<Rule, SeveritySetting>();
    const severityOf = (rule: Rule) => {
      let severity = severities.get(rule);
      if (severity === undefined) severities.set(rule, (severity = ruleSetting(rule, config).severity));
      return severity;
    };
    for (const output of outputs) {
      for (const { rule, file: target, report } of output.findings) {
        if (target !== file) continue;
        const configured = severityOf(rule);
        if (configured === 'off') continue;
        const range = report.range ?? file.locate(report.path, report.anchor);
        if (suppressions.suppresses(rule.id, range.line)) continue;
        const explicit = config.rules[rule.id]?.severity;
        const finding: Finding = {
          file: file.path,
          rule: rule.id,
          step: rule.step,
          severity: explicit && explicit !== 'off' ? explicit : report.severity ?? rule.severity,
          message: report.message,
          range,
        };
        if (!report.range) finding.path = report.path;
        if (report.related?.length) finding.related = report.related.map(relatedLocation);
        if (report.fixes?.length) finding.fixes = report.fixes;
        findings.push(finding);
        if (rule.step !== 0) tally[rule.step].failed++;
      }
      for (const [rule, count] of output.passes.get(file) ?? []) {
        if (rule.step !== 0 && severityOf(rule) !== 'off') tally[rule.step].passed += count;
      }
    }
    findings.sort((a, b) => a.range.line - b.range.line || a.range.column - b.range.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
    return { file: file.path, kind: file.kind, team: file.teamId, findings, tally };
  }

  private suppressionsOf(file: TeamFile): Suppressions {
    let suppressions = this.suppressions.get(file);
    if (!suppressions) this.suppressions.set(file, (suppressions = new Suppressions(parseSuppressions(file.text))));
    return suppressions;
  }

  private fileOutput(file: TeamFile): RawOutput {
    let output = this.fileOutputs.get(file);
    if (output) return output;
    output = { findings: [], passes: new Map() };
    const config = this.configFor(file.path);
    const readable = file.fatal.length === 0 && file.data !== undefined && file.kind !== undefined;
    for (const rule of this.rules) {
      if (!rule.checkFile) continue;
      if (!readable && !rule.structural) continue;
      if (readable && rule.kinds && !rule.kinds.includes(file.kind!)) continue;
      const { severity, options } = ruleSetting(rule, config);
      if (severity === 'off') continue;
      const sink = output;
      rule.checkFile({
        file,
        data: file.data ?? {},
        options,
        today: this.today,
        report: (report) => sink.findings.push({ rule, file, report }),
        pass: (count = 1) => addPass(sink, file, rule, count),
      });
    }
    this.checkSuppressionIds(file, output);
    this.fileOutputs.set(file, output);
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
        const message = `unknown rule "${id}" in a teamcharter-disable comment${suggestRuleId(id)}`;
        output.findings.push({ rule: schema, file, report: { path: [], range, severity: 'warning', message } });
      }
    }
  }

  private teamOutput(team: Team): RawOutput {
    let output = this.teamOutputs.get(team.id);
    if (output) return output;
    output = { findings: [], passes: new Map() };
    const home = team.charter ?? team.retros[0];
    const config = this.configFor(home.path);
    for (const rule of this.rules) {
      if (!rule.checkTeam) continue;
      const { severity, options } = ruleSetting(rule, config);
      if (severity === 'off') continue;
      const sink = output;
      rule.checkTeam({
        team,
        options,
        today: this.today,
        report: (file, report) => sink.findings.push({ rule, file, report }),
        pass: (file, count = 1) => addPass(sink, file, rule, count),
      });
    }
    this.teamOutputs.set(team.id, output);
    return output;
  }
}

function addPass(output: RawOutput, file: TeamFile, rule: Rule, count: number): void {
  let perRule = output.passes.get(file);
  if (!perRule) output.passes.set(file, (perRule = new Map()));
  perRule.set(rule, (perRule.get(rule) ?? 0) + count);
}

function relatedLocation(related: NonNullable<Report['related']>[number]): RelatedLocation {
  return { file: related.file.path, range: related.file.locate(related.path, related.anchor), message: related.message };
}
