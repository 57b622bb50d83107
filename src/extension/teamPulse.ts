/**
 * Per step, the team's score and its latest pulse, and whether `pulse-gap` flags
 * the step: what the Teams view and the status bar show side by side (docs/rules.md
 * "The pulse": the pulse beside the score, never in it).
 */
import { pulseKey } from '../core/format/pulse';
import { STEP_TITLES } from '../core/engine/score';
import type { StepBesidePulse } from '../core/insights/scoreWords';
import type { Team } from '../core/format/team';
import type { TeamFile } from '../core/format/teamFile';
import type { TeamScore } from '../core/insights/teamScore';
import type { YamlPath } from '../core/base/types';
import type { WorkspaceLinter } from './workspaceLinter';

/** A step's score beside the team's pulse (said in words by scoreWords.ts besideText and besideWords), and where the pulse was rated. */
export interface StepBeside extends StepBesidePulse {
  /** Where that pulse rates the step: the retro and the step's key under `pulse`. */
  place?: { file: TeamFile; path: YamlPath };
}

/** `score` is the team's score the caller already has (shownTeamScore), so it is not computed twice. */
export function stepsBeside(linter: WorkspaceLinter, team: Team, score: TeamScore): StepBeside[] {
  const gaps = new Set<number>();
  for (const file of team.files) for (const f of linter.findingsOfFile(file)) if (f.rule === 'pulse-gap') gaps.add(f.step);
  return score.steps.map((s) => {
    const pulse = s.pulse;
    const from = pulse && [...team.timeline.pulses].reverse().find((p) => p.date === pulse.date && p.pulse.steps.some((r) => r.step === s.step));
    return {
      step: s.step,
      title: STEP_TITLES[s.step],
      score: s.score,
      pulse,
      place: from ? { file: from.retro, path: ['pulse', pulseKey(s.step)] } : undefined,
      gap: gaps.has(s.step),
      level: s.level,
      holding: s.holding,
    };
  });
}
