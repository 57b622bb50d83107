/**
 * The per-step score chart as inline SVG, drawn here rather than by a chart
 * library so the HTML report stays one self-contained file. Colours come from
 * CSS classes (`.step-1` … `.step-7`) that the page defines for light and dark;
 * each step also has its own dash pattern and marker shape, so the lines can be
 * told apart without colour (high contrast, forced colours, print, colour blindness).
 */
import { dayNumber } from '../format/dates';
import type { ScorePoint } from '../insights/insights';
import { describeReading, type PulseReading, type PulseStep } from '../format/pulse';
import { percent, stepName } from '../insights/scoreWords';
import { STEPS } from '../base/types';
import { escapeHtml } from './format';

const WIDTH = 760;
const PLOT = { left: 56, right: 44, top: 16, bottom: 56 };
const PLOT_HEIGHT = 240;
const LEGEND_ROW = 22;
const LEGEND_COLUMNS = 2;
/** Pixels a date label needs on the x axis. */
const LABEL_ROOM = 84;
/** Dash patterns tell the lines apart without colour. */
const DASHES = ['', '8 4', '2 3', '10 3 2 3', '4 4', '1 5', '12 4 4 4'];
/** Marker shapes around (0, 0), one per step: circle, square, triangle, diamond, triangle down, plus, cross. */
const MARKERS = [
  'M-3.5 0a3.5 3.5 0 1 0 7 0a3.5 3.5 0 1 0-7 0z',
  'M-3.2-3.2h6.4v6.4h-6.4z',
  'M0-4.6L4.2 3H-4.2z',
  'M0-4.6L4.6 0L0 4.6L-4.6 0z',
  'M0 4.6L4.2-3H-4.2z',
  'M-1.3-4.5h2.6v3.2h3.2v2.6h-3.2v3.2h-2.6v-3.2h-3.2v-2.6h3.2z',
  'M-3.9-2.1L-2.1-3.9L0-1.8L2.1-3.9L3.9-2.1L1.8 0L3.9 2.1L2.1 3.9L0 1.8L-2.1 3.9L-3.9 2.1L-1.8 0z',
];

/** A step's marker at (x, y), with a tooltip when given one. */
function marker(step: number, x: number, y: number, title?: string): string {
  const shape = `<path class="marker" transform="translate(${fixed(x)} ${fixed(y)})" d="${MARKERS[step - 1]}"`;
  return title === undefined ? `${shape}/>` : `${shape}><title>${escapeHtml(title)}</title></path>`;
}

function fixed(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** An SVG line chart of each step's score (0–100%) per retro, oldest first; one line per step. */
export function scoreChartSvg(points: readonly ScorePoint[], title = 'Scores per step, retro by retro'): string {
  const legendRows = Math.ceil(STEPS.length / LEGEND_COLUMNS);
  const height = PLOT.top + PLOT_HEIGHT + PLOT.bottom + legendRows * LEGEND_ROW;
  const plotWidth = WIDTH - PLOT.left - PLOT.right;
  const bottom = PLOT.top + PLOT_HEIGHT;
  const y = (score: number) => bottom - (score / 100) * PLOT_HEIGHT;
  // Retros sit on a time axis, so uneven gaps between them show; a single retro sits in the middle.
  const first = points.length ? dayNumber(points[0].date) : 0;
  const span = points.length ? dayNumber(points[points.length - 1].date) - first : 0;
  const x = (date: string) => (span === 0 ? PLOT.left + plotWidth / 2 : PLOT.left + ((dayNumber(date) - first) / span) * plotWidth);

  const out: string[] = [
    `<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-labelledby="chart-title" aria-describedby="chart-desc">`,
    `<title id="chart-title">${escapeHtml(title)}</title>`,
    '<desc id="chart-desc">One line per step, each with its own dash pattern and marker shape; a gap where no check of the step applies.</desc>',
  ];
  // Y axis: gridlines and labels every 25%.
  for (const tick of [0, 25, 50, 75, 100]) {
    out.push(`<line class="grid" x1="${PLOT.left}" y1="${fixed(y(tick))}" x2="${WIDTH - PLOT.right}" y2="${fixed(y(tick))}"/>`);
    out.push(`<text class="tick" x="${PLOT.left - 8}" y="${fixed(y(tick) + 4)}" text-anchor="end">${tick}%</text>`);
  }
  out.push(`<text class="axis-title" transform="translate(14 ${fixed(PLOT.top + PLOT_HEIGHT / 2)}) rotate(-90)" text-anchor="middle">Score</text>`);
  out.push(`<line class="axis" x1="${PLOT.left}" y1="${bottom}" x2="${WIDTH - PLOT.right}" y2="${bottom}"/>`);
  out.push(`<line class="axis" x1="${PLOT.left}" y1="${PLOT.top}" x2="${PLOT.left}" y2="${bottom}"/>`);
  // X axis: a tick per retro; labels left to right wherever they do not collide, and always the latest.
  const labelled: number[] = [];
  points.forEach((point, index) => {
    const px = x(point.date);
    out.push(`<line class="axis" x1="${fixed(px)}" y1="${bottom}" x2="${fixed(px)}" y2="${bottom + 5}"/>`);
    const previous = labelled[labelled.length - 1];
    if (previous === undefined || px - x(points[previous].date) >= LABEL_ROOM) labelled.push(index);
  });
  const latest = points.length - 1;
  if (latest > 0 && labelled[labelled.length - 1] !== latest) {
    if (labelled.length > 1 && x(points[latest].date) - x(points[labelled[labelled.length - 1]].date) < LABEL_ROOM) labelled.pop();
    if (labelled.length === 0 || x(points[latest].date) - x(points[labelled[labelled.length - 1]].date) >= LABEL_ROOM) labelled.push(latest);
  }
  for (const index of labelled)
    out.push(`<text class="tick" x="${fixed(x(points[index].date))}" y="${bottom + 20}" text-anchor="middle">${escapeHtml(points[index].date)}</text>`);
  out.push(`<text class="axis-title" x="${fixed(PLOT.left + plotWidth / 2)}" y="${bottom + 40}" text-anchor="middle">Retro date</text>`);
  // One line per step; a retro where the step is n/a breaks the line.
  for (const step of STEPS) {
    const dash = DASHES[step - 1] ? ` stroke-dasharray="${DASHES[step - 1]}"` : '';
    let segment: string[] = [];
    const segments: string[][] = [];
    for (const point of points) {
      const score = point.steps[step - 1].score;
      if (score === null) {
        if (segment.length) segments.push(segment);
        segment = [];
        continue;
      }
      segment.push(`${fixed(x(point.date))},${fixed(y(score))}`);
    }
    if (segment.length) segments.push(segment);
    out.push(`<g class="series step-${step}">`);
    for (const part of segments) if (part.length > 1) out.push(`<polyline points="${part.join(' ')}"${dash}/>`);
    for (const point of points) {
      const score = point.steps[step - 1].score;
      if (score === null) continue;
      out.push(marker(step, x(point.date), y(score), `Step ${step}, ${point.date}: ${percent(score)}`));
    }
    out.push('</g>');
  }
  // Legend under the axis title: a line sample with the step's colour, dashes and marker, then its name.
  const legendTop = bottom + PLOT.bottom;
  const columnWidth = (WIDTH - PLOT.left) / LEGEND_COLUMNS;
  for (const step of STEPS) {
    const row = Math.floor((step - 1) / LEGEND_COLUMNS);
    const column = (step - 1) % LEGEND_COLUMNS;
    const lx = PLOT.left + column * columnWidth;
    const ly = legendTop + row * LEGEND_ROW;
    const dash = DASHES[step - 1] ? ` stroke-dasharray="${DASHES[step - 1]}"` : '';
    const empty = points.every((p) => p.steps[step - 1].score === null);
    out.push(
      `<g class="legend step-${step}"><line x1="${fixed(lx)}" y1="${ly}" x2="${fixed(lx + 24)}" y2="${ly}"${dash}/>${marker(step, lx + 12, ly)}<text x="${fixed(lx + 30)}" y="${ly + 4}">${escapeHtml(`${stepName(step)}${empty ? ' (n/a)' : ''}`)}</text></g>`,
    );
  }
  out.push('</svg>');
  return out.join('\n');
}

/** One small chart per step: its own score and the team's pulse, retro by retro. */
const PANEL = { width: 440, height: 214, left: 44, right: 16, top: 46, bottom: 34 };
/** The pulse line's dashes: the score line is solid, so the two read apart without colour. */
const PULSE_DASH = '6 4';

/**
 * A step's retro-by-retro score (solid line, filled markers) and pulse
 * percentage (dashed line, hollow markers) on one 0–100% axis; the x axis is
 * every retro of the team, so the panels of one team line up. Under the title,
 * the two side by side now: the team's score and its latest pulse; `gap` is
 * the pulse-gap's points, said there too.
 */
export function scorePulsePanelSvg(
  step: PulseStep,
  points: readonly ScorePoint[],
  pulse: readonly PulseReading[],
  now: { score: number | null; pulse?: number },
  gap?: number,
): string {
  const { width, height, left, right, top, bottom: bottomRoom } = PANEL;
  const plotWidth = width - left - right;
  const bottom = height - bottomRoom;
  const y = (value: number) => bottom - (value / 100) * (bottom - top);
  const first = points.length ? dayNumber(points[0].date) : 0;
  const span = points.length ? dayNumber(points[points.length - 1].date) - first : 0;
  const x = (date: string) => (span === 0 ? left + plotWidth / 2 : left + ((dayNumber(date) - first) / span) * plotWidth);
  const id = `pulse-step-${step}`;
  const title = stepName(step);
  const scores = points.filter((p) => p.steps[step - 1].score !== null).map((p) => ({ date: p.date, value: p.steps[step - 1].score! }));
  const summary = `${title}: the retros' own scores${scores.length ? '' : ' (no check applies)'} and the team pulse${pulse.length ? ` (${pulse.length} ${pulse.length === 1 ? 'rating' : 'ratings'})` : ' (not rated yet)'}${gap === undefined ? '' : `; the score stands ${gap} points above the latest pulse`}.`;
  const out: string[] = [
    `<svg class="chart panel" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-title" aria-describedby="${id}-desc">`,
    `<title id="${id}-title">${escapeHtml(title)}</title>`,
    `<desc id="${id}-desc">${escapeHtml(summary)}</desc>`,
    `<text class="panel-title" x="${left}" y="16">${escapeHtml(title)}</text>`,
  ];
  const nowText = `now: score ${percent(now.score)}, team pulse ${now.pulse === undefined ? 'not rated' : `${now.pulse}%`}`;
  out.push(`<text class="tick" x="${left}" y="32">${escapeHtml(nowText)}</text>`);
  if (gap !== undefined) out.push(`<text class="gap-note" x="${width - right}" y="32" text-anchor="end">gap: ${fixed(gap)} points</text>`);
  for (const tick of [0, 50, 100]) {
    out.push(`<line class="grid" x1="${left}" y1="${fixed(y(tick))}" x2="${width - right}" y2="${fixed(y(tick))}"/>`);
    out.push(`<text class="tick" x="${left - 6}" y="${fixed(y(tick) + 4)}" text-anchor="end">${tick}%</text>`);
  }
  out.push(`<line class="axis" x1="${left}" y1="${bottom}" x2="${width - right}" y2="${bottom}"/>`);
  for (const point of points) out.push(`<line class="axis" x1="${fixed(x(point.date))}" y1="${bottom}" x2="${fixed(x(point.date))}" y2="${bottom + 4}"/>`);
  if (points.length) {
    const firstDate = points[0].date;
    const lastDate = points[points.length - 1].date;
    out.push(`<text class="tick" x="${left}" y="${bottom + 18}" text-anchor="start">${escapeHtml(firstDate)}</text>`);
    if (lastDate !== firstDate) out.push(`<text class="tick" x="${width - right}" y="${bottom + 18}" text-anchor="end">${escapeHtml(lastDate)}</text>`);
  }
  const line = (values: readonly { date: string; value: number }[], dash: string) =>
    values.length > 1
      ? `<polyline points="${values.map((v) => `${fixed(x(v.date))},${fixed(y(v.value))}`).join(' ')}"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`
      : '';
  out.push(
    `<g class="series score step-${step}">${line(scores, '')}${scores.map((s) => marker(step, x(s.date), y(s.value), `Score, ${s.date}: ${percent(s.value)}`)).join('')}</g>`,
  );
  const rated = pulse.map((r) => ({ date: r.date, value: r.percent, reading: r }));
  out.push(
    `<g class="series pulse step-${step}">${line(rated, PULSE_DASH)}${rated.map((r) => marker(step, x(r.date), y(r.value), `Team pulse, ${r.date}: ${describeReading(r.reading)}`)).join('')}</g>`,
  );
  if (pulse.length === 0)
    out.push(`<text class="tick" x="${fixed(left + plotWidth / 2)}" y="${fixed(y(50) - 6)}" text-anchor="middle">not rated in any pulse yet</text>`);
  out.push('</svg>');
  return out.join('\n');
}

/** The key of the panels: what solid and dashed, filled and hollow mean. */
export function scorePulseKeySvg(): string {
  return [
    '<svg class="chart pulse-key" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 560 24" width="560" height="24" aria-hidden="true">',
    `<g class="series score"><line x1="2" y1="12" x2="30" y2="12"/>${marker(1, 16, 12)}</g><text x="38" y="16">the retro's own score (solid, filled)</text>`,
    `<g class="series pulse"><line x1="282" y1="12" x2="310" y2="12" stroke-dasharray="${PULSE_DASH}"/>${marker(1, 296, 12)}</g><text x="318" y="16">team pulse as a % (dashed, hollow)</text>`,
    '</svg>',
  ].join('\n');
}
