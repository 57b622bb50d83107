/** The insights report as Markdown (GitHub-flavoured tables). Pure: insights in, text out. */
import type { ActionSummary, OverdueAction, TeamInsights } from '../insights/insights';
import { pushAll } from '../base/arrays';
import { STEP_TITLES } from '../engine/score';
import { HISTORY_SCOPE, LEVEL_SCOPE, PULSE_SCOPE, SCORE_SCOPE, levelName, nextStepSentence, notCounted, percent, stepRow } from '../insights/scoreWords';
import { plural } from '../base/wording';
import { showControls } from '../base/controlChars';
import { actionIds, days, dueText, facilitationSummary, hasPulse, pulseSentences, pulseShort, reportSubtitle, reportTitle } from './format';

/**
 * Text from the files, made inert: Markdown punctuation is escaped so a title
 * cannot become a link, an emphasis, a table column or raw HTML.
 */
export function escapeMarkdown(text: string): string {
  // Only what can start markup inside a line (values never begin a line of the report);
  // an & only where it would read as an entity, so "R&D" stays readable.
  // Control characters (ESC…) are shown, not sent: the report is often printed on a terminal.
  return showControls(text.replace(/\s+/g, ' ')).replace(/[\\`*_[\]<>|~]|&(?=#?[a-z0-9]+;)/gi, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : `\\${c}`,
  );
}

function cell(value: string | null | undefined): string {
  return value === null || value === undefined || value === '' ? '—' : escapeMarkdown(value);
}

function table(header: string[], right: boolean[], rows: string[][]): string[] {
  return [`| ${header.join(' | ')} |`, `| ${right.map((r) => (r ? '---:' : '---')).join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)];
}

function actionRows(actions: readonly (ActionSummary | OverdueAction)[], overdue: boolean): string[] {
  const header = overdue ? ['action', 'title', 'owner', 'due', 'days overdue', 'open for'] : ['action', 'title', 'owner', 'due', 'goal', 'created', 'open for'];
  const right = overdue ? [false, false, false, false, true, true] : [false, false, false, false, false, false, true];
  return table(
    header,
    right,
    actions.map((a) => {
      const common = [cell(a.id), cell(a.title), cell(a.owner), cell(dueText(a))];
      const open = plural(a.retrosOpen, 'retro');
      return overdue ? [...common, String((a as OverdueAction).daysOverdue), open] : [...common, cell(a.goal), a.createdOn, open];
    }),
  );
}

export function renderMarkdown(insights: TeamInsights): string {
  const out: string[] = [`# ${escapeMarkdown(reportTitle(insights))}`, '', escapeMarkdown(reportSubtitle(insights)), ''];
  const { scores, history, actions, wins, facilitation, goals } = insights;

  // The level first: where the team stands and what to work on next, then the percentage.
  const next = nextStepSentence(scores.steps);
  out.push('## Scores now', '', `Team level: **${levelName(scores.level)}** · overall score: **${percent(scores.overall)}**`, '');
  if (next) out.push(escapeMarkdown(next), '');
  out.push(LEVEL_SCOPE, '', SCORE_SCOPE, '', escapeMarkdown(notCounted(scores)), '');
  const pulsed = hasPulse(insights);
  pushAll(
    out,
    table(
      ['step', 'level', 'held by', 'score', 'checks passed', ...(pulsed ? ['team pulse (latest)'] : [])],
      // One alignment cell per heading: without a pulse column the table has five.
      [false, false, false, true, true, ...(pulsed ? [false] : [])],
      scores.steps
        .map(stepRow)
        .map((row) => [row.name, row.level, escapeMarkdown(row.holding), row.score, row.checks, ...(pulsed ? [escapeMarkdown(row.pulse)] : [])]),
    ),
  ).push('');

  out.push('## Scores over time', '');
  if (history.length === 0) out.push('No dated retros yet.', '');
  else {
    out.push(HISTORY_SCOPE, '');
    pushAll(
      out,
      table(
        ['retro', 'level', ...scores.steps.map((s) => String(s.step)), 'overall'],
        [false, false, true, true, true, true, true, true, true, true],
        history.map((p) => [p.date, levelName(p.level), ...p.steps.map((s) => percent(s.score)), percent(p.overall)]),
      ),
    );
    out.push('', `Steps: ${scores.steps.map((s) => `${s.step} ${STEP_TITLES[s.step]}`).join(' · ')}`, '');
  }

  out.push('## Score and team pulse', '');
  if (!pulsed)
    out.push(
      "No retro has recorded a pulse yet. A pulse is the team's own anonymous 1 to 5 rating of each step: the facilitator collects it by a show of fingers, a poll or slips, and writes only the counts under `pulse` in the retro.",
      '',
    );
  else {
    const { gaps, declines, neverRated } = pulseSentences(insights);
    out.push(PULSE_SCOPE, '');
    if (gaps.length) {
      out.push('Where the files and the team disagree:', '');
      pushAll(
        out,
        gaps.map((g) => `- **Gap.** ${escapeMarkdown(g)}`),
      );
      out.push('');
    } else out.push("No gap: in the latest pulse, no step's score stands far above what the team says.", '');
    if (declines.length) {
      pushAll(
        out,
        declines.map((d) => `- **Falling.** ${escapeMarkdown(d)}`),
      );
      out.push('');
    }
    if (neverRated) out.push(neverRated, '');
    const pulses = insights.pulse.history;
    pushAll(
      out,
      table(
        ['retro', 'answered', ...scores.steps.map((s) => String(s.step))],
        [false, true, true, true, true, true, true, true, true],
        pulses.map((p) => [
          p.date,
          p.responses === null ? '—' : String(p.responses),
          ...scores.steps.map((s) => pulseShort(p.steps.find((r) => r.step === s.step))),
        ]),
      ),
    );
    out.push('', 'Each cell: the mean rating out of 5, and as a percentage in brackets; a dash where the retro did not rate the step.', '');
  }

  out.push('## Actions', '');
  if (actions.created === 0) out.push('No actions yet.', '');
  else {
    pushAll(
      out,
      table(
        ['created', 'done', 'dropped', 'open', 'follow-through', 'median time to close'],
        [true, true, true, true, true, true],
        [
          [
            String(actions.created),
            String(actions.done),
            String(actions.dropped),
            String(actions.open),
            percent(actions.followThrough),
            days(actions.medianDaysToClose),
          ],
        ],
      ),
    ).push('');
    out.push(
      'Follow-through: the share done among the actions closed or overdue. Time to close: from the retro that created an action to the day it was done.',
      '',
    );
    out.push(`### Overdue (${actions.overdue.length})`, '');
    if (actions.overdue.length === 0) out.push(`No open action is past its due date on ${insights.today}.`, '');
    else pushAll(out, actionRows(actions.overdue, true)).push('');
    out.push(`### Open (${actions.stillOpen.length})`, '');
    if (actions.stillOpen.length === 0) out.push('Every action is closed.', '');
    else pushAll(out, actionRows(actions.stillOpen, false)).push('');
  }

  out.push('## Wins', '');
  if (wins.length === 0) out.push('No dated retros yet.', '');
  else
    pushAll(
      out,
      table(
        ['retro', 'wins', 'credited'],
        [false, true, true],
        wins.map((w) => [w.date, String(w.count), String(w.credited)]),
      ),
    ).push('');

  out.push('## Facilitation', '');
  if (facilitation.perRetro.length === 0) out.push('No dated retros yet.', '');
  else {
    out.push(escapeMarkdown(facilitationSummary(insights)), '');
    pushAll(
      out,
      table(
        ['retro', 'facilitator'],
        [false, false],
        facilitation.perRetro.map((r) => [r.date, cell(r.facilitator)]),
      ),
    ).push('');
  }

  out.push('## Goals', '');
  if (goals.length === 0) out.push(insights.charter ? 'The charter has no goals.' : 'No charter: no goals.', '');
  else {
    out.push('Actions linked to each goal (`goal:` in a retro action), by status.', '');
    pushAll(
      out,
      table(
        ['goal', 'title', 'status', 'owner', 'due', 'open', 'done', 'dropped'],
        [false, false, false, false, false, false, false, false],
        goals.map((g) => [
          cell(g.id),
          cell(g.title),
          cell(g.status),
          cell(g.owner),
          cell(g.due),
          escapeMarkdown(actionIds(g.actions.open)),
          escapeMarkdown(actionIds(g.actions.done)),
          escapeMarkdown(actionIds(g.actions.dropped)),
        ]),
      ),
    ).push('');
  }

  if (insights.undatedRetros.length > 0) {
    out.push(
      '## Left out',
      '',
      `${plural(insights.undatedRetros.length, 'retro has', 'retros have')} no readable date and take${insights.undatedRetros.length === 1 ? 's' : ''} no part in the statistics above:`,
      '',
    );
    for (const file of insights.undatedRetros) out.push(`- ${escapeMarkdown(file)}`);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
