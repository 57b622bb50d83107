/**
 * A team's score as every front end shows it (docs/rules.md "Scores"): per step and
 * overall, over the charter, the cross-file checks and the recent retros, with
 * the rules turned off and the findings suppressed, so that a score raised by
 * switching checks off says so; and per step the team's latest pulse, beside
 * the score and never in it (docs/rules.md "The pulse").
 */
import { latestPulse, type PulseReading } from '../format/pulse';
import { memberNames } from '../format/membersAndActions';
import { addTally, emptyTally, meanOfSteps, stepScores, type StepScore } from '../engine/score';
import type { Finding } from '../base/types';
import { teamLevels, type Level } from './levels';
import type { Team } from '../format/team';
import type { TeamFile } from '../format/teamFile';
import type { FileResult, Workspace } from '../engine/workspace';

/** A step's latest pulse as `score --format json` prints it (docs/cli.md "score --format json"). */
export type StepPulseSummary = Omit<PulseReading, 'step'>;

/** A step's score and level, with the latest pulse that rated the step, when one did. */
export interface TeamStepScore extends StepScore {
  /** How far the team has got with the step (docs/rules.md "Levels"); null for a team with no charter. */
  level: Level | null;
  /** What holds the step at its level (rule ids, `history`, `pulse`); empty at the top and for a team with no charter. */
  holding: string[];
  pulse?: StepPulseSummary;
}

export interface TeamScore {
  team: string;
  /** Mean of the applicable steps (0..100), null when none applies or the team has no charter. */
  overall: number | null;
  /** The lowest of the steps' levels; null for a team with no charter (a missing charter must not read better than a written one). */
  level: Level | null;
  /** Steps 1..7 in order; `score` is null where the step is n/a; `pulse` where a retro rated the step. */
  steps: TeamStepScore[];
  /** Rule ids turned off for the team by a config or the editor's settings. */
  off: string[];
  /** Findings in the team's files silenced by teamcharter-disable comments. */
  suppressed: number;
}

/** The score of a team of the workspace (linted on demand, from the engine's cache when warm). */
export function teamScore(workspace: Workspace, teamId: string): TeamScore | undefined {
  const team = workspace.team(teamId);
  return team && scoreOf(team, (file) => workspace.lintFile(file.path), workspace.rulesTurnedOff(team), workspace.today);
}

/** The score and levels from each file's lint result: what of it counts for the team (FileResult.teamTally), and what its findings say. */
export function scoreOf(team: Team, resultOf: (file: TeamFile) => FileResult | undefined, off: string[], today: string): TeamScore {
  const tally = emptyTally();
  let suppressed = 0;
  const findings: Finding[] = [];
  for (const file of team.files) {
    const result = resultOf(file);
    if (!result) continue;
    addTally(tally, result.teamTally);
    suppressed += result.suppressed;
    for (const finding of result.findings) findings.push(finding);
  }
  const latest = latestPulse(team.timeline.pulses);
  const charter = team.charter?.data;
  const levels = charter
    ? teamLevels({ findings, datedRetros: team.timeline.retros.length, latestPulse: latest, members: memberNames(charter).length, today })
    : undefined;
  const steps = stepScores(tally).map((score, index): TeamStepScore => {
    const reading = latest[score.step];
    const level = levels?.steps[index];
    const scored: TeamStepScore = { ...score, score: charter ? score.score : null, level: level?.level ?? null, holding: level?.holding ?? [] };
    return reading ? { ...scored, pulse: { mean: reading.mean, percent: reading.percent, responses: reading.responses, date: reading.date } } : scored;
  });
  return { team: team.id, overall: charter ? meanOfSteps(steps) : null, level: levels?.level ?? null, steps, off: [...off], suppressed };
}
