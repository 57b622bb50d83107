/**
 * Reports of a team's insights: pure functions from TeamInsights to a string,
 * shared by `teamcharter report` and the extension's export command.
 */
import type { TeamInsights } from '../insights/insights';
import { renderHtml } from './html';
import { renderMarkdown } from './markdown';

export const REPORT_FORMATS = ['md', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export function renderReport(insights: TeamInsights, format: ReportFormat): string {
  return format === 'html' ? renderHtml(insights) : renderMarkdown(insights);
}

export { renderHtml, renderMarkdown };
export { REPORT_LAYOUT_CSS, renderHtmlBody } from './html';
export { scorePulseKeySvg, scorePulsePanelSvg } from './chart';
export { escapeHtml } from './format';
export { escapeMarkdown } from './markdown';
