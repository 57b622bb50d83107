/**
 * The per-step score chart as inline SVG, drawn here rather than by a chart
 * library so the HTML report stays one self-contained file. Colours come from
 * CSS classes (`.step-1` … `.step-7`) that the page defines for light and dark;
 * each step also has its own dash pattern and marker shape, so the lines can be
 * told apart without colour (high contrast, forced colours, print, colour blindness).
 */
import { dayNumber } from '../dates';
import type { ScorePoint } from '../insights';
import { STEP_TITLES } from '../score';
import { percent } from '../teamFacts';
import { STEPS } from '../types';
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
  for (const index of labelled) out.push(`<text class="tick" x="${fixed(x(points[index].date))}" y="${bottom + 20}" text-anchor="middle">${escapeHtml(points[index].date)}</text>`);
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
      `<g class="legend step-${step}"><line x1="${fixed(lx)}" y1="${ly}" x2="${fixed(lx + 24)}" y2="${ly}"${dash}/>${marker(step, lx + 12, ly)}<text x="${fixed(lx + 30)}" y="${ly + 4}">${escapeHtml(`${step}. ${STEP_TITLES[step]}${empty ? ' (n/a)' : ''}`)}</text></g>`,
    );
  }
  out.push('</svg>');
  return out.join('\n');
}
