/** The webview panels shown per team (the dashboard, the retro agenda): one per team and kind, with no script. */
import * as vscode from 'vscode';

export interface TeamPanelKind {
  viewType: string;
  /** The tab's title for a team. */
  title(teamId: string): string;
  /** Commands its links may run (command URIs); none when absent. */
  commands?: readonly string[];
}

/**
 * Reveal the team's panel of this kind, or open one: `panels` keeps them by
 * team id, and `closed` hears when the user closes one (it is then forgotten).
 */
export function showTeamPanel(
  panels: Map<string, vscode.WebviewPanel>,
  teamId: string,
  kind: TeamPanelKind,
  extensionUri: vscode.Uri,
  closed: (teamId: string) => void,
): vscode.WebviewPanel {
  let panel = panels.get(teamId);
  if (panel) {
    panel.reveal();
    return panel;
  }
  panel = vscode.window.createWebviewPanel(kind.viewType, kind.title(teamId), vscode.ViewColumn.Active, {
    enableScripts: false,
    ...(kind.commands ? { enableCommandUris: [...kind.commands] } : {}),
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media')],
  });
  panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'team.svg');
  panels.set(teamId, panel);
  panel.onDidDispose(() => {
    panels.delete(teamId);
    closed(teamId);
  });
  return panel;
}
