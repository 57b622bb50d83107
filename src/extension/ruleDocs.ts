/**
 * Rule documentation shipped with the extension (docs/rules/<id>.md), shown in
 * VS Code's markdown preview. The diagnostic code links to the file itself;
 * when it opens as text, it is swapped for the preview.
 */
import * as vscode from 'vscode';
import { RULES, RULES_BY_ID } from '../core/rules';
import { stepLabel } from '../core/rules/ruleDocs';

let docsRoot: vscode.Uri | undefined;

export function initRuleDocs(extensionUri: vscode.Uri): vscode.Disposable {
  docsRoot = vscode.Uri.joinPath(extensionUri, 'docs', 'rules');
  return vscode.window.onDidChangeActiveTextEditor((editor) => {
    if (editor && isRuleDoc(editor.document.uri)) void showAsPreview(editor);
  });
}

export function ruleDocUri(rule: string): vscode.Uri {
  if (!docsRoot) throw new Error('rule docs used before activation');
  return vscode.Uri.joinPath(docsRoot, `${rule}.md`);
}

function isRuleDoc(uri: vscode.Uri): boolean {
  return docsRoot !== undefined && uri.scheme === docsRoot.scheme && uri.path.startsWith(`${docsRoot.path}/`) && uri.path.endsWith('.md');
}

async function showAsPreview(editor: vscode.TextEditor): Promise<void> {
  const uri = editor.document.uri;
  const tab = vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .find((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === uri.toString());
  await vscode.commands.executeCommand('markdown.showPreview', uri);
  if (tab) await vscode.window.tabGroups.close(tab, true);
}

/** Team Charter: Open Rule Documentation — for a rule id, or picked from the list. */
export async function openRuleDocs(rule?: unknown): Promise<string | undefined> {
  let id = typeof rule === 'string' && RULES_BY_ID.has(rule) ? rule : undefined;
  if (!id) {
    const picked = await vscode.window.showQuickPick(
      RULES.map((r) => ({ label: r.id, description: stepLabel(r), detail: r.docs.summary })),
      {
        title: vscode.l10n.t('Team Charter: rule documentation'),
        matchOnDescription: true,
        matchOnDetail: true,
        placeHolder: vscode.l10n.t('Pick a rule'),
      },
    );
    id = picked?.label;
  }
  if (!id) return undefined;
  await vscode.commands.executeCommand('markdown.showPreview', ruleDocUri(id));
  return id;
}
