/**
 * The checklist panel as data: the seven steps with their score and findings,
 * the overall score, and the findings about the file's structure (step 0).
 */
import { holdingWords, levelName, percent as scoreText, pulseOn, scoreInWords, stepLabel } from '../src/core/insights/scoreWords.js';
import type { FormFinding, FormState } from '../src/shared/protocol.js';
import type { Anchor } from './formModel.js';
import { domId } from './paths.js';
import { anchorFor, compareFindings, ROOT_KEY } from './placement.js';

export interface ChecklistFinding {
  finding: FormFinding;
  /** The anchor key it shows at in the form. */
  anchor: string;
  /** The element to focus when it is clicked. */
  targetId: string;
  /** The form section holding that element (to expand it first). */
  section: string | undefined;
}

export interface ChecklistStep {
  step: number;
  title: string;
  /** "80%" or "n/a". */
  scoreText: string;
  /** The team's level for the step, by name ("practised"), when the team has a charter. */
  levelText?: string;
  /** What holds the step at its level, in words. */
  holdingText?: string;
  /** No findings: a tick. */
  ok: boolean;
  count: number;
  /** The team's latest pulse for the step: "3.2 out of 5 (55%, 6 people) on 2026-11-30". */
  pulseText?: string;
  /** What a screen reader says for the step. */
  summary: string;
  findings: ChecklistFinding[];
}

export interface Checklist {
  overallText: string;
  steps: ChecklistStep[];
  structure: ChecklistFinding[];
}

/** "80%" or "n/a": the core's wording (scoreWords.ts), as in the Teams view, the CLI and the report. */
export { scoreText };

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function checklist(state: Pick<FormState, 'steps' | 'overall' | 'findings'>, anchors: ReadonlyMap<string, Anchor>): Checklist {
  const located = (finding: FormFinding): ChecklistFinding => {
    const anchor = anchorFor(finding.path, anchors);
    const a = anchors.get(anchor);
    return { finding, anchor, targetId: a?.id ?? domId([]), section: a?.section ?? anchors.get(ROOT_KEY)?.section };
  };
  const byStep = new Map<number, FormFinding[]>();
  for (const finding of state.findings) {
    const list = byStep.get(finding.step) ?? [];
    list.push(finding);
    byStep.set(finding.step, list);
  }
  const steps = [...state.steps]
    .sort((a, b) => a.step - b.step)
    .map((s): ChecklistStep => {
      const findings = (byStep.get(s.step) ?? []).sort(compareFindings).map(located);
      const text = scoreText(s.score);
      const ok = s.findings === 0;
      const pulseText = s.pulse ? pulseOn(s.pulse) : undefined;
      const levelText = s.level === undefined ? undefined : levelName(s.level);
      const holdingText = s.holding?.length ? holdingWords(s.holding) : undefined;
      const level = levelText ? `team level ${levelText}${holdingText ? ` (held by ${holdingText})` : ''}; ` : '';
      return {
        step: s.step,
        title: s.title,
        scoreText: text,
        ...(levelText ? { levelText } : {}),
        ...(holdingText ? { holdingText } : {}),
        ok,
        count: s.findings,
        ...(pulseText ? { pulseText } : {}),
        // Beside the team's level, the score is this file's own: say so, or the two read as one number.
        summary: `${stepLabel(s.step, s.title)}: ${level}${level ? 'this file: ' : ''}${scoreInWords(s.score)}, ${ok ? 'no findings' : plural(s.findings, 'finding')}${pulseText ? `; team pulse ${pulseText}` : ''}`,
        findings,
      };
    });
  return { overallText: scoreText(state.overall), steps, structure: (byStep.get(0) ?? []).sort(compareFindings).map(located) };
}
