/**
 * Per step, the team's score and its latest pulse, and whether `pulse-gap` flags
 * the step: what the Teams view and the status bar show side by side (docs/rules.md
 * "The pulse": the pulse beside the score, never in it).
 */
import { describeReading, pulseKey, type PulseStep } from '../core/pulse';
import { STEP_TITLES } from '../core/score';
import type { Team } from '../core/team';
import { percent } from '../core/teamFacts';
import type { TeamFile } from '../core/teamFile';
import type { StepPulseSummary, TeamScore } from '../core/teamScore';
import type { YamlPath } from '../core/types';
import type { WorkspaceLinter } from './workspaceLinter';

export interface StepBeside {
  step: PulseStep;
  title: string;
  /** 0..100, null when no check applies. */
  score: number | null;
  pulse?: StepPulseSummary;
  /** Where that pulse rates the step: the retro and the step's key under `pulse`. */
  place?: { file: TeamFile; path: YamlPath };
  /** `pulse-gap` reports this step: the files look healthier than the team says. */
  gap: boolean;
}

/** `score` is the team's score the caller already has (shownTeamScore), so it is not computed twice. */
export function stepsBeside(linter: WorkspaceLinter, team: Team, score: TeamScore): StepBeside[] {
  const gaps = new Set<number>();
  for (const file of team.files) for (const f of linter.findingsOfFile(file)) if (f.rule === 'pulse-gap') gaps.add(f.step);
  return score.steps.map((s) => {
    const pulse = s.pulse;
    const from = pulse && [...team.timeline.pulses].reverse().find((p) => p.date === pulse.date && p.pulse.steps.some((r) => r.step === s.step));
    return { step: s.step, title: STEP_TITLES[s.step], score: s.score, pulse, place: from ? { file: from.retro, path: ['pulse', pulseKey(s.step)] } : undefined, gap: gaps.has(s.step) };
  });
}

/** "80% · pulse 3.2/5", with "· gap" when pulse-gap flags it. */
export function besideText(s: StepBeside): string {
  return [percent(s.score), s.pulse && `pulse ${s.pulse.mean}/5`, s.gap && 'gap'].filter(Boolean).join(' · ');
}

/** What a screen reader says, and the tooltip: "Step 2, Accountability: 80%; team pulse 3.2 out of 5 (55%, 6 people) on 2026-11-30; …". */
export function besideWords(s: StepBeside): string {
  const parts = [`Step ${s.step}, ${s.title}: ${s.score === null ? 'no checks apply' : percent(s.score)}`];
  parts.push(s.pulse ? `team pulse ${describeReading(s.pulse)} on ${s.pulse.date}` : 'no pulse yet');
  if (s.gap) parts.push('pulse gap: the files look healthier than the team says');
  return parts.join('; ');
}
