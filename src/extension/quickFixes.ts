/**
 * Code actions for our diagnostics: the rule's own fixes (data from the core,
 * applied through the YAML round trip, with a tab stop on the placeholder),
 * "Disable RULE for this line", "Show documentation", and Fix All.
 */
import * as vscode from 'vscode';
import { pushAll } from '../core/arrays';
import { disableForLineEdit } from '../core/suppressions';
import type { Finding, Fix } from '../core/types';
import { YamlEditError, applyYamlEdits, diffText } from '../core/yamlEdit';
import { findingFor, ruleOf } from './diagnostics';
import { isTeamDocument, type WorkspaceLinter } from './workspaceLinter';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('teamcharter');

/** The single text edit that applies core YAML edits to a document, or undefined when they cannot apply. */
export function fixEdit(document: vscode.TextDocument, fix: Fix, snippet: boolean): vscode.TextEdit | vscode.SnippetTextEdit | undefined {
  const before = document.getText();
  let after: string;
  try {
    after = applyYamlEdits(before, fix.edits);
  } catch (error) {
    if (error instanceof YamlEditError) return undefined;
    throw error;
  }
  const splice = diffText(before, after);
  const range = new vscode.Range(document.positionAt(splice.start), document.positionAt(splice.end));
  const at = fix.placeholder ? splice.insert.indexOf(fix.placeholder) : -1;
  if (!snippet || at < 0) return new vscode.TextEdit(range, splice.insert);
  const snippetText = new vscode.SnippetString();
  snippetText.appendText(splice.insert.slice(0, at));
  snippetText.appendPlaceholder(fix.placeholder!);
  snippetText.appendText(splice.insert.slice(at + fix.placeholder!.length));
  return new vscode.SnippetTextEdit(range, snippetText);
}

export class QuickFixProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND] };

  constructor(private readonly linter: WorkspaceLinter) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    if (!isTeamDocument(document)) return [];
    const findings = this.linter.findingsOf(document.uri);
    if (context.only && (context.only.contains(FIX_ALL_KIND) || FIX_ALL_KIND.contains(context.only))) return this.fixAll(document, findings);
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      const rule = ruleOf(diagnostic);
      if (!rule) continue;
      const finding = findingFor(diagnostic, findings);
      finding?.fixes?.forEach((fix, index) => {
        const edit = fixEdit(document, fix, true);
        if (!edit) return;
        const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
        action.diagnostics = [diagnostic];
        action.isPreferred = index === 0;
        action.edit = new vscode.WorkspaceEdit();
        action.edit.set(document.uri, [edit]);
        actions.push(action);
      });
      const disable = disableForLineEdit(document.getText(), diagnostic.range.start.line + 1, rule);
      const disableAction = new vscode.CodeAction(`Disable ${rule} for this line`, vscode.CodeActionKind.QuickFix);
      disableAction.diagnostics = [diagnostic];
      disableAction.edit = new vscode.WorkspaceEdit();
      disableAction.edit.replace(document.uri, new vscode.Range(disable.line - 1, disable.column - 1, disable.line - 1, disable.endColumn - 1), disable.insert);
      actions.push(disableAction);
      const docs = new vscode.CodeAction(`Show documentation for ${rule}`, vscode.CodeActionKind.QuickFix);
      docs.command = { title: docs.title, command: 'teamcharter.openRuleDocs', arguments: [rule] };
      actions.push(docs);
    }
    if (findings.some((f) => f.fixes?.length === 1)) pushAll(actions, this.fixAll(document, findings));
    return actions;
  }

  /** Every finding whose fix is unambiguous (exactly one), applied in one edit. */
  private fixAll(document: vscode.TextDocument, findings: readonly Finding[]): vscode.CodeAction[] {
    const fixes = findings.filter((f) => f.fixes?.length === 1).map((f) => f.fixes![0]);
    if (fixes.length === 0) return [];
    const before = document.getText();
    let after = before;
    for (const fix of fixes) {
      try {
        after = applyYamlEdits(after, fix.edits);
      } catch (error) {
        if (!(error instanceof YamlEditError)) throw error;
      }
    }
    if (after === before) return [];
    const splice = diffText(before, after);
    const action = new vscode.CodeAction(`Fix all auto-fixable teamcharter problems (${fixes.length})`, FIX_ALL_KIND);
    action.edit = new vscode.WorkspaceEdit();
    action.edit.replace(document.uri, new vscode.Range(document.positionAt(splice.start), document.positionAt(splice.end)), splice.insert);
    return [action];
  }
}
