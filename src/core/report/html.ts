/**
 * The insights report as one self-contained HTML page: inline CSS, the chart as
 * inline SVG, no script, no external resource of any kind, so it can be mailed,
 * archived or opened offline. Light and dark follow prefers-color-scheme, and
 * forced colours (Windows high contrast) replace the palette with the system's.
 * Every value from the files goes through escapeHtml.
 */
import type { ActionSummary, OverdueAction, TeamInsights } from '../insights/insights';
import { STEP_TITLES } from '../engine/score';
import { scorePulseKeySvg, scorePulsePanelSvg } from './chart';
import { pushAll } from '../base/arrays';
import {
  HISTORY_SCOPE,
  LEVEL_SCOPE,
  PULSE_SCOPE,
  SCORE_SCOPE,
  levelName,
  nextStepSentence,
  notCounted,
  percent,
  stepLabel,
  stepRow,
} from '../insights/scoreWords';
import { plural } from '../base/wording';
import type { STEPS } from '../base/types';
import { actionIds, days, dueText, escapeHtml, facilitationSummary, hasPulse, pulseSentences, pulseShort, reportSubtitle, reportTitle } from './format';

/** The report's colours, light and dark: the variables the layout uses. */
const PALETTE_CSS = `
:root { color-scheme: light dark; --fg: #1f2328; --bg: #ffffff; --muted: #59636e; --rule: #d1d9e0; --grid: #e6eaef; --panel: #f6f8fa;
  --step-1: #1f6fb2; --step-2: #c8501a; --step-3: #1a8a5f; --step-4: #b5487f; --step-5: #8a6d00; --step-6: #2b8fc9; --step-7: #6b4fbb; --warn: #9a3412; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6edf3; --bg: #0d1117; --muted: #9198a1; --rule: #3d444d; --grid: #262c36; --panel: #151b23;
    --step-1: #6cb6ff; --step-2: #ff8a5c; --step-3: #4fd69c; --step-4: #f08cc0; --step-5: #e3c04a; --step-6: #8fd3ff; --step-7: #b79cff; --warn: #fdba74; }
}
`;

/** The report's layout, through the variables of renderHtmlBody (shared with the VS Code dashboard). */
export const REPORT_LAYOUT_CSS = `* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
main { max-width: 60rem; margin: 0 auto; padding: 2rem 1.25rem 3rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; padding-bottom: .25rem; border-bottom: 1px solid var(--rule); }
h3 { font-size: 1rem; margin: 1.25rem 0 .5rem; }
p.sub, .muted { color: var(--muted); }
.cards { display: flex; flex-wrap: wrap; gap: .75rem; margin: 1rem 0; }
.card { background: var(--panel); border: 1px solid var(--rule); border-radius: 6px; padding: .5rem .9rem; min-width: 8rem; }
.card b { display: block; font-size: 1.35rem; }
table { border-collapse: collapse; margin: .5rem 0 1rem; min-width: 24rem; max-width: 100%; }
th, td { text-align: left; padding: .3rem .6rem; border-bottom: 1px solid var(--rule); vertical-align: top; }
th { font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.date { white-space: nowrap; font-variant-numeric: tabular-nums; }
.overdue { color: var(--warn); font-weight: 600; }
.chart-box { overflow-x: auto; }
svg.chart { max-width: 100%; height: auto; font: 12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
svg.chart text { fill: var(--fg); }
svg.chart .tick { fill: var(--muted); }
svg.chart .grid { stroke: var(--grid); }
svg.chart .axis { stroke: var(--muted); }
svg.chart .series polyline, svg.chart .legend line { fill: none; stroke-width: 2.5; }
${[1, 2, 3, 4, 5, 6, 7].map((s) => `svg.chart .step-${s} polyline, svg.chart .step-${s} line { stroke: var(--step-${s}); } svg.chart .step-${s} .marker { fill: var(--step-${s}); }`).join('\n')}
${[1, 2, 3, 4, 5, 6, 7].map((s) => `svg.chart .series.pulse.step-${s} .marker { fill: none; stroke: var(--step-${s}); stroke-width: 1.6; }`).join('\n')}
.panels { display: flex; flex-wrap: wrap; gap: .25rem 1.5rem; margin: .5rem 0 1rem; }
.panels svg.panel { flex: 1 1 24rem; max-width: 440px; }
svg.chart .panel-title { font-weight: 600; }
svg.chart .gap-note { fill: var(--warn); font-weight: 600; }
svg.pulse-key line { stroke: var(--fg); stroke-width: 2.5; }
svg.pulse-key .score .marker { fill: var(--fg); }
svg.pulse-key .pulse .marker { fill: none; stroke: var(--fg); stroke-width: 1.6; }
ul.gaps li { margin: .25rem 0; }
ul.gaps b { color: var(--warn); }
.key { display: inline-block; width: .8em; height: .8em; border-radius: 2px; margin-right: .4em; vertical-align: -0.05em; }
${[1, 2, 3, 4, 5, 6, 7].map((s) => `.key.step-${s} { background: var(--step-${s}); }`).join('\n')}
.visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0, 0, 0, 0); white-space: nowrap; border: 0; }
@media (forced-colors: active) {
  html:root { --fg: CanvasText; --bg: Canvas; --muted: GrayText; --rule: CanvasText; --grid: GrayText; --panel: Canvas; --warn: CanvasText;
    ${[1, 2, 3, 4, 5, 6, 7].map((s) => `--step-${s}: CanvasText;`).join(' ')} }
  .key { display: none; }
}
`;

function text(value: string | null | undefined): string {
  return value === null || value === undefined || value === '' ? '<span class="muted">—</span>' : escapeHtml(value);
}

/** How a column is set: text wraps, numbers align right, dates never break. */
type Column = 'text' | 'num' | 'date';

/** Header cells are our own markup; row cells arrive escaped. */
function table(header: string[], rows: string[][], columns: Column[]): string {
  const cls = (i: number) => (columns[i] && columns[i] !== 'text' ? ` class="${columns[i]}"` : '');
  const th = header.map((h, i) => `<th${cls(i)} scope="col">${h}</th>`).join('');
  const body = rows.map((row) => `<tr>${row.map((c, i) => `<td${cls(i)}>${c}</td>`).join('')}</tr>`).join('\n');
  return `<table>\n<thead><tr>${th}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

function card(label: string, value: string): string {
  return `<div class="card"><span class="muted">${label}</span><b>${value}</b></div>`;
}

function actionTable(actions: readonly (ActionSummary | OverdueAction)[], overdue: boolean): string {
  const header = overdue ? ['Action', 'Title', 'Owner', 'Due', 'Days overdue', 'Open for'] : ['Action', 'Title', 'Owner', 'Due', 'Goal', 'Created', 'Open for'];
  const columns: Column[] = overdue ? ['text', 'text', 'text', 'date', 'num', 'num'] : ['text', 'text', 'text', 'date', 'text', 'date', 'num'];
  const rows = actions.map((a) => {
    const common = [text(a.id), text(a.title), text(a.owner), text(dueText(a))];
    const open = plural(a.retrosOpen, 'retro');
    return overdue
      ? [...common, `<span class="overdue">${(a as OverdueAction).daysOverdue}</span>`, open]
      : [...common, text(a.goal), escapeHtml(a.createdOn), open];
  });
  return table(header, rows, columns);
}

/**
 * The report's content, without page or styles: the HTML report wraps it in a
 * self-contained page, the VS Code dashboard in a webview themed by VS Code.
 * It styles through classes and the variables --fg, --muted, --rule, --grid,
 * --panel, --warn and --step-1 … --step-7.
 */
export function renderHtmlBody(insights: TeamInsights): string {
  const { scores, history, actions, wins, facilitation, goals } = insights;
  const title = escapeHtml(reportTitle(insights));
  const body: string[] = [`<h1>${title}</h1>`, `<p class="sub">${escapeHtml(reportSubtitle(insights))}</p>`];

  body.push(
    '<div class="cards">',
    card('Team level', escapeHtml(levelName(scores.level))),
    card('Overall score', percent(scores.overall)),
    card('Actions done', actions.created ? `${actions.done} of ${actions.created}` : '—'),
    card('Open actions', String(actions.open)),
    card('Overdue', actions.overdue.length ? `<span class="overdue">${actions.overdue.length}</span>` : '0'),
    '</div>',
  );

  // The level first: where the team stands and what to work on next, then the percentage.
  const next = nextStepSentence(scores.steps);
  body.push('<h2>Scores now</h2>');
  if (next) body.push(`<p class="next-step">${escapeHtml(next)}</p>`);
  body.push(`<p class="muted">${escapeHtml(LEVEL_SCOPE)} ${escapeHtml(SCORE_SCOPE)}</p>`, `<p>${escapeHtml(notCounted(scores))}</p>`);
  const pulsed = hasPulse(insights);
  body.push(
    table(
      ['Step', 'Level', 'Held by', 'Score', 'Checks passed', ...(pulsed ? ['Team pulse (latest)'] : [])],
      scores.steps.map((s) => {
        const row = stepRow(s);
        return [
          `<span class="key step-${s.step}" aria-hidden="true"></span>${escapeHtml(row.name)}`,
          escapeHtml(row.level),
          escapeHtml(row.holding),
          row.score,
          row.checks,
          ...(pulsed ? [escapeHtml(row.pulse)] : []),
        ];
      }),
      ['text', 'text', 'text', 'num', 'num', 'text'],
    ),
  );

  body.push('<h2>Scores over time</h2>');
  if (history.length === 0) body.push('<p>No dated retros yet.</p>');
  else {
    body.push(`<p class="muted">${escapeHtml(HISTORY_SCOPE)}</p>`);
    if (pulsed) body.push(`<div class="chart-box">${scorePulseKeySvg()}</div>`);
    const ratings = (step: number) => insights.pulse.history.flatMap((p) => p.steps.filter((r) => r.step === step));
    const gapOf = new Map(insights.pulse.gaps.map((g) => [g.step, g.points]));
    body.push(
      `<div class="panels">\n${scores.steps.map((s) => scorePulsePanelSvg(s.step, history, pulsed ? ratings(s.step) : undefined, { score: s.score, pulse: s.pulse?.percent }, gapOf.get(s.step))).join('\n')}\n</div>`,
    );
    const stepHeader = (step: (typeof STEPS)[number]) =>
      `<span title="${escapeHtml(STEP_TITLES[step])}" aria-hidden="true">${step}</span><span class="visually-hidden">${escapeHtml(stepLabel(step))}</span>`;
    body.push(
      table(
        ['Retro', 'Level', ...scores.steps.map((s) => stepHeader(s.step)), 'Overall'],
        history.map((p) => [escapeHtml(p.date), escapeHtml(levelName(p.level)), ...p.steps.map((s) => percent(s.score)), percent(p.overall)]),
        ['date', 'text', 'num', 'num', 'num', 'num', 'num', 'num', 'num', 'num'],
      ),
    );
  }

  pushAll(body, pulseSection(insights));

  body.push('<h2>Actions</h2>');
  if (actions.created === 0) body.push('<p>No actions yet.</p>');
  else {
    body.push(
      table(
        ['Created', 'Done', 'Dropped', 'Open', 'Follow-through', 'Median time to close'],
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
        ['num', 'num', 'num', 'num', 'num', 'num'],
      ),
    );
    body.push(
      '<p class="muted">Follow-through: the share done among the actions closed or overdue. Time to close: from the retro that created an action to the day it was done.</p>',
    );
    body.push(`<h3>Overdue (${actions.overdue.length})</h3>`);
    body.push(actions.overdue.length ? actionTable(actions.overdue, true) : `<p>No open action is past its due date on ${escapeHtml(insights.today)}.</p>`);
    body.push(`<h3>Open (${actions.stillOpen.length})</h3>`);
    body.push(actions.stillOpen.length ? actionTable(actions.stillOpen, false) : '<p>Every action is closed.</p>');
  }

  body.push('<h2>Wins</h2>');
  body.push(
    wins.length === 0
      ? '<p>No dated retros yet.</p>'
      : table(
          ['Retro', 'Wins', 'Credited'],
          wins.map((w) => [escapeHtml(w.date), String(w.count), String(w.credited)]),
          ['date', 'num', 'num'],
        ),
  );

  body.push('<h2>Facilitation</h2>');
  if (facilitation.perRetro.length === 0) body.push('<p>No dated retros yet.</p>');
  else {
    body.push(`<p>${escapeHtml(facilitationSummary(insights))}</p>`);
    body.push(
      table(
        ['Retro', 'Facilitator'],
        facilitation.perRetro.map((r) => [escapeHtml(r.date), text(r.facilitator)]),
        ['date', 'text'],
      ),
    );
  }

  body.push('<h2>Goals</h2>');
  if (goals.length === 0) body.push(`<p>${insights.charter ? 'The charter has no goals.' : 'No charter: no goals.'}</p>`);
  else {
    body.push('<p class="muted">Actions linked to each goal (<code>goal:</code> in a retro action), by status.</p>');
    body.push(
      table(
        ['Goal', 'Title', 'Status', 'Owner', 'Due', 'Open', 'Done', 'Dropped'],
        goals.map((g) => [
          text(g.id),
          text(g.title),
          text(g.status),
          text(g.owner),
          text(g.due),
          escapeHtml(actionIds(g.actions.open)),
          escapeHtml(actionIds(g.actions.done)),
          escapeHtml(actionIds(g.actions.dropped)),
        ]),
        ['text', 'text', 'text', 'text', 'date', 'text', 'text', 'text'],
      ),
    );
  }

  if (insights.undatedRetros.length > 0) {
    body.push(
      '<h2>Left out</h2>',
      `<p>${plural(insights.undatedRetros.length, 'retro has', 'retros have')} no readable date and take${insights.undatedRetros.length === 1 ? 's' : ''} no part in the statistics above:</p>`,
    );
    body.push(`<ul>\n${insights.undatedRetros.map((file) => `<li>${escapeHtml(file)}</li>`).join('\n')}\n</ul>`);
  }

  return body.join('\n');
}

/** Score and pulse side by side, step by step: the gaps in words, the ratings retro by retro (the charts are under Scores over time). */
function pulseSection(insights: TeamInsights): string[] {
  const out = ['<h2>Score and team pulse</h2>'];
  if (!hasPulse(insights)) {
    out.push(
      "<p>No retro has recorded a pulse yet. A pulse is the team's own anonymous 1 to 5 rating of each step: the facilitator collects it by a show of fingers, a poll or slips, and writes only the counts under <code>pulse</code> in the retro.</p>",
    );
    return out;
  }
  const { gaps, declines, neverRated } = pulseSentences(insights);
  const steps = insights.scores.steps;
  const pulses = insights.pulse.history;
  out.push(`<p class="muted">${escapeHtml(PULSE_SCOPE)}</p>`);
  if (gaps.length)
    out.push(
      '<p>Where the files and the team disagree:</p>',
      `<ul class="gaps">\n${gaps.map((g) => `<li><b>Gap.</b> ${escapeHtml(g)}</li>`).join('\n')}\n</ul>`,
    );
  else out.push("<p>No gap: in the latest pulse, no step's score stands far above what the team says.</p>");
  if (declines.length) out.push(`<ul class="gaps">\n${declines.map((d) => `<li><b>Falling.</b> ${escapeHtml(d)}</li>`).join('\n')}\n</ul>`);
  if (neverRated) out.push(`<p>${escapeHtml(neverRated)}</p>`);
  out.push('<p class="muted">Each step\'s pulse is drawn beside its score under "Scores over time".</p>');
  out.push('<h3>The pulse, retro by retro</h3>');
  out.push(
    table(
      ['Retro', 'Answered', ...steps.map((s) => `<span title="${escapeHtml(STEP_TITLES[s.step])}">${s.step}</span>`)],
      pulses.map((p) => [
        escapeHtml(p.date),
        p.responses === null ? '—' : String(p.responses),
        ...steps.map((s) => escapeHtml(pulseShort(p.steps.find((r) => r.step === s.step)))),
      ]),
      ['date', 'num', 'num', 'num', 'num', 'num', 'num', 'num', 'num'],
    ),
  );
  out.push('<p class="muted">Each cell: the mean rating out of 5, and as a percentage in brackets; a dash where the retro did not rate the step.</p>');
  return out;
}

export function renderHtml(insights: TeamInsights): string {
  const title = escapeHtml(reportTitle(insights));
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${title}</title>
<style>${PALETTE_CSS}${REPORT_LAYOUT_CSS}</style>
</head>
<body>
<main>
${renderHtmlBody(insights)}
</main>
</body>
</html>
`;
}
