/**
 * The team dashboard: the insights report, themed by VS Code, in a webview that
 * runs no script at all (the chart is SVG drawn by the core). It follows the
 * team's files as they change. "Export Report" writes the same insights as a file.
 */
import * as vscode from 'vscode';
import { teamInsights } from '../core/insights/insights';
import { REPORT_FORMATS, REPORT_LAYOUT_CSS, renderHtmlBody, renderReport, type ReportFormat } from '../core/report';
import { showTeamPanel } from './teamPanel';
import { nonce, webviewPage } from './webviewHtml';
import type { WorkspaceLinter } from './workspaceLinter';

export const DASHBOARD_VIEW_TYPE = 'teamcharter.dashboard';

/** The dashboard page: no script; the report's layout inline by nonce, its colours from VS Code's theme. */
export function dashboardHtml(webview: Pick<vscode.Webview, 'cspSource' | 'asWebviewUri'>, styles: vscode.Uri, body: string): string {
  const token = nonce();
  return webviewPage({
    csp: [`default-src 'none'`, `style-src ${webview.cspSource} 'nonce-${token}'`, `img-src ${webview.cspSource}`],
    title: vscode.l10n.t('Team dashboard'),
    head: `<style nonce="${token}">${REPORT_LAYOUT_CSS}</style>\n<link rel="stylesheet" href="${webview.asWebviewUri(styles)}">`,
    body: `<main>\n${body}\n</main>`,
  });
}

export class Dashboards implements vscode.Disposable {
  private readonly panels = new Map<string, vscode.WebviewPanel>();
  private readonly bodies = new Map<string, string>();
  private readonly subscription: vscode.Disposable;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly linter: WorkspaceLinter,
  ) {
    // Lints come per keystroke: redraw open dashboards at most twice a second.
    this.subscription = linter.onDidLint(() => {
      if (this.panels.size > 0 && !this.timer) this.timer = setTimeout(() => ((this.timer = undefined), this.refresh()), 500);
    });
  }

  /** Open (or reveal) the dashboard of a team; returns the HTML shown, for tests. */
  show(teamId: string): string | undefined {
    const kind = { viewType: DASHBOARD_VIEW_TYPE, title: (id: string) => vscode.l10n.t('Team {0}', id) };
    const panel = showTeamPanel(this.panels, teamId, kind, this.extensionUri, (id) => this.bodies.delete(id));
    return this.render(teamId, panel);
  }

  private render(teamId: string, panel: vscode.WebviewPanel): string | undefined {
    const insights = teamInsights(this.linter.core, teamId);
    const body = insights ? renderHtmlBody(insights) : `<h1>Team ${teamId}</h1><p>This team has no files any more.</p>`;
    // The page differs by its nonce every time: compare the content to spare a reload.
    if (this.bodies.get(teamId) === body) return panel.webview.html;
    this.bodies.set(teamId, body);
    return (panel.webview.html = dashboardHtml(panel.webview, vscode.Uri.joinPath(this.extensionUri, 'media', 'dashboard.css'), body));
  }

  private refresh(): void {
    for (const [teamId, panel] of this.panels) this.render(teamId, panel);
  }

  /** The team of the active dashboard, if one is active. */
  activeTeam(): string | undefined {
    for (const [teamId, panel] of this.panels) if (panel.active) return teamId;
    return undefined;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.subscription.dispose();
    for (const panel of this.panels.values()) panel.dispose();
  }
}

/** Team Charter: Export Team Report — the insights as Markdown or self-contained HTML, where the user chooses. */
export async function exportReport(
  linter: WorkspaceLinter,
  teamId: string,
  options: { format?: ReportFormat; target?: vscode.Uri } = {},
): Promise<vscode.Uri | undefined> {
  const insights = teamInsights(linter.core, teamId);
  if (!insights) return undefined;
  const format =
    options.format ??
    (
      await vscode.window.showQuickPick(
        [
          { label: 'HTML', description: vscode.l10n.t('one self-contained page with charts, to mail or archive'), format: 'html' as const },
          { label: 'Markdown', description: vscode.l10n.t('for a wiki or a pull request'), format: 'md' as const },
        ],
        { title: vscode.l10n.t('Export the report of {0}', teamId) },
      )
    )?.format;
  if (!format || !REPORT_FORMATS.includes(format)) return undefined;
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  // The save dialog asks before replacing an existing file; nothing is overwritten silently.
  const target =
    options.target ??
    (await vscode.window.showSaveDialog({
      defaultUri: folder ? vscode.Uri.joinPath(folder, `${teamId}-report.${format}`) : undefined,
      filters: format === 'html' ? { HTML: ['html'] } : { Markdown: ['md'] },
      title: vscode.l10n.t('Export the report of {0}', teamId),
    }));
  if (!target) return undefined;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(renderReport(insights, format)));
  const shown = vscode.workspace.asRelativePath(target);
  void vscode.window.showInformationMessage(vscode.l10n.t('Report of {0} written to {1}.', teamId, shown), vscode.l10n.t('Open')).then((choice) => {
    if (choice) void vscode.commands.executeCommand('vscode.open', target);
  });
  return target;
}
