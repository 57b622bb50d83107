/**
 * A team's score as every front end shows it (docs/rules.md "Scores"): per step and
 * overall, over the charter, the cross-file checks and the recent retros, with
 * the rules turned off and the findings suppressed, so that a score raised by
 * switching checks off says so; and per step the team's latest pulse, beside
 * the score and never in it (docs/rules.md "The pulse").
 */
import { latestPulse, type PulseReading } from '../format/pulse';
import { addTally, emptyTally, meanOfSteps, stepScores, type StepScore } from '../engine/score';
import type { Team } from '../format/team';
import type { TeamFile } from '../format/teamFile';
import type { FileResult, Workspace } from '../engine/workspace';

/** A step's latest pulse as `score --format json` prints it (docs/cli.md "score --format json"). */
export type StepPulseSummary = Omit<PulseReading, 'step'>;

/** A step's score, with the latest pulse that rated the step, when one did. */
export interface TeamStepScore extends StepScore {
  pulse?: StepPulseSummary;
}

export interface TeamScore {
  team: string;
  /** Mean of the applicable steps (0..100), null when none applies. */
  overall: number | null;
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
  return team && scoreOf(team, (file) => workspace.lintFile(file.path), workspace.rulesTurnedOff(team));
}

/** The score from each file's lint result: what of it counts for the team (FileResult.teamTally). */
export function scoreOf(team: Team, resultOf: (file: TeamFile) => FileResult | undefined, off: string[]): TeamScore {
  const tally = emptyTally();
  let suppressed = 0;
  for (const file of team.files) {
    const result = resultOf(file);
    if (!result) continue;
    addTally(tally, result.teamTally);
    suppressed += result.suppressed;
  }
  const latest = latestPulse(team.timeline.pulses);
  const steps = stepScores(tally).map((score): TeamStepScore => {
    const reading = latest[score.step];
    return reading ? { ...score, pulse: { mean: reading.mean, percent: reading.percent, responses: reading.responses, date: reading.date } } : score;
  });
  return { team: team.id, overall: meanOfSteps(steps), steps, off: [...off], suppressed };
}
