/**
 * The form editor: a CustomTextEditorProvider on charters and retros. The
 * TextDocument is the model — the webview sends edit intents, each becomes one
 * minimal WorkspaceEdit through the core's YAML round trip, and every document
 * change (from the form, a text editor, git, undo) flows back as a new state.
 * Undo, redo, save, dirty state and hot exit are VS Code's own; before a save the
 * form is asked to send what is typed, and the save waits for it.
 */
import * as vscode from 'vscode';
import { parseFromWebview, requestIdOf, type FromWebview, type Outcome, type ToWebview, type YamlEdit } from '../shared/protocol';
import { applyDocumentEdit } from './documentEdit';
import { buildFormState } from './formState';
import { nonce, webviewPage } from './webviewHtml';
import { isTeamDocument, type WorkspaceLinter } from './workspaceLinter';

export const FORM_VIEW_TYPE = 'teamcharter.form';

/**
 * A save waits at most this long for a form to send what is typed. A guard, not the
 * mechanism (the form answers when it has sent it): a form that cannot answer must
 * not hold the save, and VS Code gives a save participant 1.5 s before it stops
 * asking it at all.
 */
const FLUSH_GUARD_MS = 1000;

export class FormEditorProvider implements vscode.CustomTextEditorProvider, vscode.Disposable {
  private readonly edited = new vscode.EventEmitter<vscode.TextDocument>();
  /** Fires when the form has changed a document (the walkthrough's form step waits for its save). */
  readonly onDidEdit = this.edited.event;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly linter: WorkspaceLinter,
  ) {}

  dispose(): void {
    this.edited.dispose();
  }

  resolveCustomTextEditor(document: vscode.TextDocument, panel: vscode.WebviewPanel): void {
    const webview = panel.webview;
    const bundle = vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview');
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    webview.options = { enableScripts: true, localResourceRoots: [bundle, media] };
    webview.html = this.html(webview, bundle, media);

    let disposed = false;
    const post = (message: ToWebview) => {
      if (!disposed) void webview.postMessage(message).then(undefined, () => undefined);
    };
    const reply = (id: number, outcome: Outcome, message?: string) =>
      post({ type: 'reply', id, outcome, version: document.version, ...(message !== undefined ? { message } : {}) });
    let ready = false;
    const send = () => {
      if (ready) post({ type: 'state', state: buildFormState(document, this.linter) });
    };

    // Removing or moving names a list position as the form showed it. The form's own field
    // edits move no position; any other change (a text editor, undo, git, a structural edit)
    // may, so a position named on a state older than that change is refused.
    let positionsChangedAt = document.version;
    let applyingFieldEdit = false;

    const flushes = new Map<number, () => void>();
    let lastFlush = 0;
    /** Ask the form to send what is typed; resolves when it has and the edits are applied (or the guard ran out). */
    const flush = () =>
      new Promise<void>((resolve) => {
        const id = ++lastFlush;
        const done = () => {
          clearTimeout(guard);
          flushes.delete(id);
          resolve();
        };
        const guard = setTimeout(done, FLUSH_GUARD_MS);
        flushes.set(id, done);
        // Not posted: the form is not live (hidden, closing), so nothing is typed in it.
        webview.postMessage({ type: 'flush', id } satisfies ToWebview).then((posted) => posted || done(), done);
      });

    const handle = async (message: FromWebview): Promise<void> => {
      switch (message.type) {
        case 'ready':
          ready = true;
          send();
          return reply(message.id, 'done');
        case 'edit':
        case 'edits': {
          // Several edits (an agenda item handled at once) apply together, all or none, as one undo step.
          const edits = message.type === 'edit' ? [message.edit] : message.edits;
          if (edits.some(({ op }) => op === 'delete' || op === 'move') && message.version < positionsChangedAt) {
            reply(message.id, 'refused', vscode.l10n.t('The file changed just before that click; nothing was removed or moved. Check the list and try again.'));
            return send();
          }
          applyingFieldEdit = edits.every(({ op }) => op === 'set');
          try {
            const result = await this.applyEdit(document, edits);
            return reply(message.id, result.outcome, result.message);
          } finally {
            applyingFieldEdit = false;
          }
        }
        case 'openText':
          await this.openAsText(document.uri, message.line);
          return reply(message.id, 'done');
        case 'openRuleDocs':
          await vscode.commands.executeCommand('teamcharter.openRuleDocs', message.rule);
          return reply(message.id, 'done');
        case 'flushed':
          return flushes.get(message.id)?.();
      }
    };
    // One message at a time, in the order sent: an edit is made on the document the
    // previous one left, and a flush is answered after the edits sent before it.
    let queue = Promise.resolve();
    const receive = (raw: unknown) => {
      queue = queue.then(async () => {
        const message = parseFromWebview(raw);
        const id = message?.id ?? requestIdOf(raw);
        try {
          if (message) return await handle(message);
          if (id !== undefined) reply(id, 'refused', vscode.l10n.t('The form sent a message the editor does not accept; nothing was changed.'));
        } catch (error) {
          if (id !== undefined && message?.type !== 'flushed')
            reply(id, 'refused', vscode.l10n.t('Not changed: {0}', error instanceof Error ? error.message : String(error)));
        }
      });
    };

    const subscriptions = [
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document !== document || event.contentChanges.length === 0) return;
        if (!applyingFieldEdit) positionsChangedAt = document.version;
        send();
      }),
      vscode.workspace.onWillSaveTextDocument((event) => {
        if (event.document === document && ready && !disposed) event.waitUntil(flush());
      }),
      // Findings arrive after the (throttled) lint: send them when they concern this team.
      this.linter.onDidLint((keys) => {
        if (keys.includes(document.uri.toString()) || this.sameTeam(document, keys)) send();
      }),
      webview.onDidReceiveMessage(receive),
    ];
    panel.onDidDispose(() => {
      disposed = true;
      for (const done of [...flushes.values()]) done();
      vscode.Disposable.from(...subscriptions).dispose();
    });
  }

  private sameTeam(document: vscode.TextDocument, keys: readonly string[]): boolean {
    const team = this.linter.core.get(document.uri.toString())?.teamId;
    return team !== undefined && keys.some((key) => this.linter.core.get(key)?.teamId === team);
  }

  private async applyEdit(document: vscode.TextDocument, edits: readonly YamlEdit[]): Promise<{ outcome: Outcome; message?: string }> {
    const result = await applyDocumentEdit(document, edits);
    if (!result.ok) return { outcome: 'refused', message: result.message };
    if (result.changed) this.edited.fire(document);
    return { outcome: result.changed ? 'applied' : 'unchanged' };
  }

  /** Team Charter: Open in Text Editor — the YAML in place of the form (in its group), at a line if given. */
  async openAsText(uri: vscode.Uri, line?: number): Promise<void> {
    await reopenInPlace(uri, FORM_VIEW_TYPE, TEXT_EDITOR);
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
      csp: [
        `default-src 'none'`,
        `script-src 'nonce-${token}'`,
        `style-src ${webview.cspSource}`,
        `font-src ${webview.cspSource}`,
        `img-src ${webview.cspSource}`,
      ],
      title: vscode.l10n.t('Team Charter form'),
      head: `<link rel="stylesheet" id="vscode-codicon-stylesheet" href="${codicons}">\n<link rel="stylesheet" href="${styles}">`,
      body: `<div id="app"></div>\n<script type="module" nonce="${token}" src="${script}"></script>`,
    });
  }
}

/** The view type of VS Code's own text editor, for vscode.openWith and "Reopen Editor With…". */
const TEXT_EDITOR = 'default';

/**
 * Show `uri` with the editor `to` in place of its `from` editor in the active group, as
 * "Reopen Editor With…" does: one tab where the other was, and nothing asked about
 * unsaved changes (both editors show the same document). False when the active group
 * does not show `uri` with `from`.
 */
async function reopenInPlace(uri: vscode.Uri, from: string, to: string): Promise<boolean> {
  const group = vscode.window.tabGroups.activeTabGroup;
  const shows = (tab: vscode.Tab) =>
    from === TEXT_EDITOR
      ? tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === uri.toString()
      : tab.input instanceof vscode.TabInputCustom && tab.input.viewType === from && tab.input.uri.toString() === uri.toString();
  const tab = group.tabs.find(shows);
  if (!tab) return false;
  // The command works on the active editor: make that tab the active one first.
  if (!tab.isActive) await vscode.commands.executeCommand('vscode.openWith', uri, from, { viewColumn: group.viewColumn, preview: tab.isPreview });
  await vscode.commands.executeCommand('reopenActiveEditorWith', to);
  return true;
}

/**
 * Team Charter: Open in Form — the form for a charter or retro in place of its text editor: the
 * file given, else the active or a visible team file, else the one `teamFile` finds (the walkthrough's
 * buttons run this with no file while the walkthrough is the active editor).
 */
export async function openInForm(uri: unknown, teamFile: () => Promise<vscode.Uri | undefined> = async () => undefined): Promise<void> {
  const shown = [vscode.window.activeTextEditor, ...vscode.window.visibleTextEditors].find((editor) => editor && isTeamDocument(editor.document));
  const target = uri instanceof vscode.Uri ? uri : (shown?.document.uri ?? (await teamFile()));
  if (!target) return void vscode.window.showInformationMessage(vscode.l10n.t('Open a *.charter.yaml or *.retro.yaml file first.'));
  if (!(await reopenInPlace(target, TEXT_EDITOR, FORM_VIEW_TYPE))) await vscode.commands.executeCommand('vscode.openWith', target, FORM_VIEW_TYPE);
}
