/** The state the form editor shows, built from the document and the linter's last results. */
import * as vscode from 'vscode';
import { entries, str } from '../core/base/dataReaders';
import { STEP_TITLES, emptyTally, overallScore, stepScores } from '../core/engine/score';
import { latestPulse } from '../core/format/pulse';
import { timelineBefore } from '../core/format/retroSeed';
import { KIND_VALUES, TeamFile } from '../core/format/teamFile';
import { memberNames, nextActionId } from '../core/format/membersAndActions';
import type { Finding } from '../core/base/types';
import type { FormContext, FormFinding, FormState } from '../shared/protocol';
import { formAgenda } from './formAgenda';
import { shownTeamScore } from './commands';
import type { WorkspaceLinter } from './workspaceLinter';

function toFormFinding(finding: Finding): FormFinding {
  return { rule: finding.rule, step: finding.step, severity: finding.severity, message: finding.message, path: finding.path ?? [], line: finding.range.line };
}

function idsAndTitles(list: unknown): { id: string; title?: string }[] {
  const out: { id: string; title?: string }[] = [];
  for (const [item] of entries(list)) {
    const id = str(item.id);
    if (id !== undefined) out.push({ id, title: str(item.title) });
  }
  return out;
}

function context(file: TeamFile, linter: WorkspaceLinter): FormContext {
  const team = file.teamId !== undefined ? linter.core.team(file.teamId) : undefined;
  const charter = file.kind === 'charter' ? file.data : team?.charter?.data;
  const teams = [...linter.core.allTeams()]
    .filter((t) => t.charter)
    .map((t) => t.id)
    .sort();
  const timeline = timelineBefore(team?.retros ?? [], file.date, file.path);
  const allIds = [...(team?.timeline.actions.keys() ?? []), ...entries(file.data?.actions).map(([a]) => str(a.id) ?? '')];
  return {
    members: memberNames(charter),
    goals: idsAndTitles(charter?.goals),
    priorities: idsAndTitles(charter?.priorities),
    teams,
    openActions: file.kind === 'retro' ? timeline.open.map((a) => ({ id: a.id, title: a.title, owner: a.owner, due: a.due, retros: a.retroCount })) : [],
    nextActionId: nextActionId(allIds),
  };
}

/** Why the form cannot show a file that is not a map: one whole sentence per case, for translations. */
function notAMapMessage(kind: 'charter' | 'retro', empty: boolean): string {
  const start = KIND_VALUES[kind];
  if (kind === 'charter')
    return empty
      ? vscode.l10n.t('the file is empty; a charter starts with "kind: {0}"', start)
      : vscode.l10n.t('the file is not a map of fields; a charter starts with "kind: {0}"', start);
  return empty
    ? vscode.l10n.t('the file is empty; a retrospective starts with "kind: {0}"', start)
    : vscode.l10n.t('the file is not a map of fields; a retrospective starts with "kind: {0}"', start);
}

export function buildFormState(document: vscode.TextDocument, linter: WorkspaceLinter): FormState {
  const key = document.uri.toString();
  const text = document.getText();
  // The index already holds this text once the lint has caught up: parse it again only when it has not.
  const indexed = linter.core.get(key);
  const file = indexed?.text === text ? indexed : TeamFile.fromText(key, text, true);
  const kind = file.kind ?? 'charter';
  const findings = linter.findingsOf(document.uri);
  const result = linter.resultOf(document.uri);
  let problem: FormState['problem'] = null;
  if (file.fatal.length > 0) problem = { message: file.fatal[0].message, line: file.fatal[0].range.line };
  else if (!file.data) problem = { message: notAMapMessage(kind, file.yaml?.data === null || file.yaml?.data === undefined), line: 1 };
  else if (file.data.kind !== KIND_VALUES[kind])
    problem = { message: vscode.l10n.t('kind should be "{0}" for a file named like this one', KIND_VALUES[kind]), line: file.locate(['kind']).line };
  const steps = stepScores(result?.tally ?? emptyTally());
  // The team's latest pulse per step, beside the file's score (the team says, the file shows), and the team's level for it.
  const team = file.teamId !== undefined ? linter.core.team(file.teamId) : undefined;
  const pulses = latestPulse(team?.timeline.pulses ?? []);
  const levels = team ? shownTeamScore(linter, team).steps : [];
  const agenda = problem ? undefined : formAgenda(linter.core, file.path, team, (path) => linter.configs.lookup.configFor(path));
  return {
    version: document.version,
    fileName: document.uri.path.slice(document.uri.path.lastIndexOf('/') + 1),
    kind,
    data: problem ? null : (file.data as Record<string, unknown>),
    problem,
    // Zod's findings (they have a path); unknown ids in suppression comments do not stop the form.
    schemaErrors: findings.filter((f) => f.rule === 'schema' && f.path !== undefined).map(toFormFinding),
    findings: findings.filter((f) => f.rule !== 'schema' && f.rule !== 'yaml-syntax').map(toFormFinding),
    steps: steps.map((s) => {
      const reading = pulses[s.step];
      const level = levels[s.step - 1];
      const step = {
        step: s.step,
        title: STEP_TITLES[s.step],
        score: s.score,
        findings: findings.filter((f) => f.step === s.step).length,
        ...(level && level.level !== null ? { level: level.level, holding: [...level.holding] } : {}),
      };
      return reading ? { ...step, pulse: { mean: reading.mean, percent: reading.percent, responses: reading.responses, date: reading.date } } : step;
    }),
    overall: result ? overallScore(result.tally) : null,
    context: context(file, linter),
    ...(agenda ? { agenda } : {}),
  };
}
