/**
 * The per-step charts as inline SVG, drawn here rather than by a chart library
 * so the HTML report stays one self-contained file: one small chart per step
 * (seven lines on one chart cannot be read). Colours come from CSS classes
 * (`.step-1` … `.step-7`) that the page defines for light and dark; each step
 * also has its own marker shape, and score and pulse lines differ in dashes and
 * fill, so nothing depends on colour (high contrast, forced colours, print).
 */
import { dayNumber } from '../format/dates';
import { describeReading, type PulseReading, type PulseStep } from '../format/pulse';
import { levelName, percent, stepName } from '../insights/scoreWords';
import type { Level } from '../insights/levels';
import { escapeHtml } from './format';

/** What a chart reads of a history point (insights.ts ScorePoint): its date and each step's score and level. */
export interface ChartPoint {
  date: string;
  steps: readonly { score: number | null; level?: Level | null }[];
}

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

/** One small chart per step: the team's score and the team's pulse, retro by retro. */
const PANEL = { width: 440, height: 214, left: 44, right: 16, top: 46, bottom: 34 };
/** The pulse line's dashes: the score line is solid, so the two read apart without colour. */
const PULSE_DASH = '6 4';

/**
 * A step's score retro by retro, as the team stood at each (solid line, filled
 * markers, the level in each tooltip), and its pulse percentage (dashed line,
 * hollow markers) on one 0–100% axis; the x axis is every retro of the team, so
 * the panels of one team line up. Under the title, the two side by side now:
 * the team's score and its latest pulse; `gap` is the pulse-gap's points, said
 * there too. `pulse` undefined: the team has never taken a pulse, and the panel
 * shows the score alone.
 */
export function scorePulsePanelSvg(
  step: PulseStep,
  points: readonly ChartPoint[],
  pulse: readonly PulseReading[] | undefined,
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
  const scores = points
    .filter((p) => p.steps[step - 1].score !== null)
    .map((p) => ({ date: p.date, value: p.steps[step - 1].score!, level: p.steps[step - 1].level }));
  const pulseWords =
    pulse === undefined ? '' : ` and the team pulse${pulse.length ? ` (${pulse.length} ${pulse.length === 1 ? 'rating' : 'ratings'})` : ' (not rated yet)'}`;
  const summary = `${title}: the team's score at each retro${scores.length ? '' : ' (no check applies)'}${pulseWords}${gap === undefined ? '' : `; the score stands ${gap} points above the latest pulse`}.`;
  const out: string[] = [
    `<svg class="chart panel" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-title" aria-describedby="${id}-desc">`,
    `<title id="${id}-title">${escapeHtml(title)}</title>`,
    `<desc id="${id}-desc">${escapeHtml(summary)}</desc>`,
    `<text class="panel-title" x="${left}" y="16">${escapeHtml(title)}</text>`,
  ];
  const nowText = `now: score ${percent(now.score)}${pulse === undefined ? '' : `, team pulse ${now.pulse === undefined ? 'not rated' : `${now.pulse}%`}`}`;
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
    `<g class="series score step-${step}">${line(scores, '')}${scores.map((s) => marker(step, x(s.date), y(s.value), `Score, ${s.date}: ${percent(s.value)}${s.level === undefined || s.level === null ? '' : `, ${levelName(s.level)}`}`)).join('')}</g>`,
  );
  if (pulse === undefined) {
    out.push('</svg>');
    return out.join('\n');
  }
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
    `<g class="series score"><line x1="2" y1="12" x2="30" y2="12"/>${marker(1, 16, 12)}</g><text x="38" y="16">the team's score at each retro (solid, filled)</text>`,
    `<g class="series pulse"><line x1="282" y1="12" x2="310" y2="12" stroke-dasharray="${PULSE_DASH}"/>${marker(1, 296, 12)}</g><text x="318" y="16">team pulse as a % (dashed, hollow)</text>`,
    '</svg>',
  ].join('\n');
}
