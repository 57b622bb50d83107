/** Wording shared by the report renderers (Markdown and HTML), so both say the same thing; a score's own words are the core's (scoreWords.ts). */
import type { ActionSummary, TeamInsights } from '../insights/insights';
import { describeReading, type PulseReading } from '../format/pulse';
import { stepLabel, stepName } from '../insights/scoreWords';
import { plural } from '../base/wording';

export function days(value: number | null): string {
  if (value === null) return 'n/a';
  return plural(Math.round(value * 10) / 10, 'day');
}

/** "Team insights: Platform Team (platform)". */
export function reportTitle(insights: TeamInsights): string {
  return `Team insights: ${insights.name ? `${insights.name} (${insights.team})` : insights.team}`;
}

/** The one-line summary under the title. */
export function reportSubtitle(insights: TeamInsights): string {
  const { retros } = insights;
  const span =
    retros.length === 0
      ? 'no dated retros yet'
      : retros.length === 1
        ? `1 retro, on ${retros[0].date}`
        : `${retros.length} retros from ${retros[0].date} to ${retros[retros.length - 1].date}`;
  return `As of ${insights.today} · ${span}${insights.charter ? '' : ' · no charter'}`;
}

/** Whether the team recorded any pulse. */
export function hasPulse(insights: TeamInsights): boolean {
  return insights.pulse.history.length > 0;
}

/** A rating in a retro-by-retro table: "2.8 (45%)", or a dash where the retro did not rate the step. */
export function pulseShort(reading: PulseReading | undefined): string {
  return reading ? `${reading.mean} (${reading.percent}%)` : '—';
}

/** The gaps, declines and unrated steps, one sentence each, for every renderer to say the same. */
export function pulseSentences(insights: TeamInsights): { gaps: string[]; declines: string[]; neverRated: string | null } {
  const { gaps, declines, neverRated } = insights.pulse;
  return {
    gaps: gaps.map(
      (g) =>
        `${stepLabel(g.step)}: the files score ${g.score}%, but the team rated it ${describeReading(g.pulse)} on ${g.pulse.date}, ${g.points} points lower. Ask the team what the files say that does not happen.`,
    ),
    declines: declines.map(
      (d) =>
        `${stepLabel(d.step)}: the team's rating fell at each of its last ${d.readings.length - 1} pulses, ${d.readings.map((r) => `${r.mean} (${r.date})`).join(' → ')}.`,
    ),
    neverRated: neverRated.length === 0 ? null : `Not rated in any pulse yet: ${neverRated.map(stepName).join(', ')}.`,
  };
}

/** An action's due date as the tables show it, with its deferral. */
export function dueText(action: ActionSummary): string | null {
  if (action.deferredUntil === null) return action.due;
  return `${action.due ?? 'no date'}, deferred until ${action.deferredUntil}`;
}

/** Action ids as a list, or a dash when there are none. */
export function actionIds(actions: readonly ActionSummary[]): string {
  return actions.length === 0 ? '—' : actions.map((a) => a.id).join(', ');
}

/** "3 facilitators: lee (3), sam (2), dana (1). Longest run: lee, 3 retros in a row (… to …)." as plain text. */
export function facilitationSummary(insights: TeamInsights): string {
  const { facilitators, longestRun: run } = insights.facilitation;
  if (run === null) return 'No retro names its facilitator.';
  const list = `${plural(facilitators.length, 'facilitator')}: ${facilitators.map((f) => `${f.name} (${f.retros})`).join(', ')}.`;
  if (run.length === 1) return `${list} Nobody facilitated two retros in a row.`;
  return `${list} Longest run: ${run.facilitator}, ${run.length} retros in a row (${run.from} to ${run.to}).`;
}

/** Text from the files, safe anywhere in HTML and SVG (element content and quoted attributes). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;'));
}
