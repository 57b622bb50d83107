/**
 * The form editor: a CustomTextEditorProvider on charters and retros. The
 * TextDocument is the model — the webview sends edit intents, each becomes one
 * minimal WorkspaceEdit through the core's YAML round trip, and every document
 * change (from the form, a text editor, git, undo) flows back as a new state.
 * Undo, redo, save, dirty state and hot exit are VS Code's own.
 */
import * as vscode from 'vscode';
import type { YamlEdit } from '../core/types';
import type { ToWebview } from '../shared/protocol';
import { parseFromWebview } from '../shared/protocolSchema';
import { applyDocumentEdit } from './documentEdit';
import { buildFormState } from './formState';
import { nonce, webviewPage } from './webviewHtml';
import { isTeamDocument, type WorkspaceLinter } from './workspaceLinter';

export const FORM_VIEW_TYPE = 'teamcharter.form';

export class FormEditorProvider implements vscode.CustomTextEditorProvider {
  /** Documents the user asked to see as text: openFormByDefault leaves them alone. */
  static readonly openedAsText = new Set<string>();

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly linter: WorkspaceLinter,
  ) {}

  resolveCustomTextEditor(document: vscode.TextDocument, panel: vscode.WebviewPanel): void {
    const webview = panel.webview;
    const bundle = vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview');
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    webview.options = { enableScripts: true, localResourceRoots: [bundle, media] };
    webview.html = this.html(webview, bundle, media);

    const post = (message: ToWebview) => void webview.postMessage(message);
    let ready = false;
    const send = () => {
      if (ready) post({ type: 'state', state: buildFormState(document, this.linter) });
    };
    const subscriptions = [
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === document && event.contentChanges.length > 0) send();
      }),
      // Findings arrive after the (throttled) lint: send them when they concern this team.
      this.linter.onDidLint((keys) => {
        if (keys.includes(document.uri.toString()) || this.sameTeam(document, keys)) send();
      }),
      webview.onDidReceiveMessage(async (raw) => {
        const message = parseFromWebview(raw);
        if (!message) return post({ type: 'error', message: 'The form sent a message the editor does not accept; nothing was changed.' });
        switch (message.type) {
          case 'ready':
            ready = true;
            return send();
          case 'edit':
            // Removing or moving names a list position: if the document changed since the form
            // showed it, that position may hold another item now. Refuse, and show the current state.
            if ((message.edit.op === 'delete' || message.edit.op === 'move') && message.version !== document.version) {
              post({ type: 'error', message: 'The file changed just before that click; nothing was removed or moved. Check the list and try again.' });
              return send();
            }
            return this.applyEdit(document, message.edit, post);
          case 'openText':
            return this.openAsText(document.uri, message.line);
          case 'openRuleDocs':
            return void vscode.commands.executeCommand('teamcharter.openRuleDocs', message.rule);
        }
      }),
    ];
    panel.onDidDispose(() => vscode.Disposable.from(...subscriptions).dispose());
  }

  private sameTeam(document: vscode.TextDocument, keys: readonly string[]): boolean {
    const team = this.linter.core.get(document.uri.toString())?.teamId;
    return team !== undefined && keys.some((key) => this.linter.core.get(key)?.teamId === team);
  }

  private async applyEdit(document: vscode.TextDocument, edit: YamlEdit, post: (m: ToWebview) => void): Promise<void> {
    const outcome = await applyDocumentEdit(document, [edit]);
    if (!outcome.ok) post({ type: 'error', message: outcome.message });
    else if (!outcome.changed) post({ type: 'unchanged' });
  }

  async openAsText(uri: vscode.Uri, line?: number): Promise<void> {
    FormEditorProvider.openedAsText.add(uri.toString());
    const editor = await vscode.window.showTextDocument(uri, { preview: false });
    if (line) {
      const position = new vscode.Position(line - 1, 0);
      editor.selection = new vscode.Selection(position, position);
      editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenter);
    }
  }

  private html(webview: vscode.Webview, bundle: vscode.Uri, media: vscode.Uri): string {
    const token = nonce();
    const script = webview.asWebviewUri(vscode.Uri.joinPath(bundle, 'main.js'));
    const codicons = webview.asWebviewUri(vscode.Uri.joinPath(bundle, 'codicon.css'));
    const styles = webview.asWebviewUri(vscode.Uri.joinPath(media, 'form.css'));
    return webviewPage({
      csp: [`default-src 'none'`, `script-src 'nonce-${token}'`, `style-src ${webview.cspSource}`, `font-src ${webview.cspSource}`, `img-src ${webview.cspSource}`],
      title: 'Team Charter form',
      head: `<link rel="stylesheet" id="vscode-codicon-stylesheet" href="${codicons}">\n<link rel="stylesheet" href="${styles}">`,
      body: `<div id="app"></div>\n<script type="module" nonce="${token}" src="${script}"></script>`,
    });
  }
}

/** Team Charter: Open in Editor — the form for a charter or retro (the active one by default). */
export async function openInForm(uri?: unknown): Promise<void> {
  const target = uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.uri;
  if (!target) return void vscode.window.showInformationMessage('Open a *.charter.yaml or *.retro.yaml file first.');
  FormEditorProvider.openedAsText.delete(target.toString());
  await vscode.commands.executeCommand('vscode.openWith', target, FORM_VIEW_TYPE);
}

/** With teamcharter.openFormByDefault, a team file opened as text is reopened in the form (unless asked for as text). */
export function openFormByDefault(enabled: () => boolean): vscode.Disposable {
  return vscode.window.onDidChangeActiveTextEditor(async (editor) => {
    if (!editor || !enabled() || !isTeamDocument(editor.document)) return;
    const uri = editor.document.uri;
    if (FormEditorProvider.openedAsText.has(uri.toString())) return;
    const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
    await vscode.commands.executeCommand('vscode.openWith', uri, FORM_VIEW_TYPE, editor.viewColumn);
    if (tab && tab.input instanceof vscode.TabInputText) await vscode.window.tabGroups.close(tab);
  });
}
