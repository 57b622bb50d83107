/**
 * Code actions for our diagnostics: the rule's own fixes (data from the core,
 * applied through the YAML round trip, with a tab stop on the placeholder),
 * "Disable RULE for this line", "Show documentation", and Fix All (placeholders only).
 */
import * as vscode from 'vscode';
import { pushAll } from '../core/base/arrays';
import { disableForLineEdit } from '../core/engine/suppressions';
import { unattendedFix, type Finding } from '../core/base/types';
import { findingFor, ruleOf, toRange } from './diagnostics';
import { documentEdit, documentEditOfEach } from './documentEdit';
import { isTeamDocument, type WorkspaceLinter } from './workspaceLinter';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('teamcharter');

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
        const planned = documentEdit(document, fix.edits, fix.placeholder);
        if (!planned.ok) return;
        const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
        action.diagnostics = [diagnostic];
        action.isPreferred = index === 0;
        action.edit = planned.edit;
        actions.push(action);
      });
      const disable = disableForLineEdit(document.getText(), diagnostic.range.start.line + 1, rule);
      const disableAction = new vscode.CodeAction(vscode.l10n.t('Disable {0} for this line', rule), vscode.CodeActionKind.QuickFix);
      disableAction.diagnostics = [diagnostic];
      disableAction.edit = new vscode.WorkspaceEdit();
      disableAction.edit.replace(document.uri, toRange(disable), disable.insert);
      actions.push(disableAction);
      const docs = new vscode.CodeAction(vscode.l10n.t('Show documentation for {0}', rule), vscode.CodeActionKind.QuickFix);
      docs.command = { title: docs.title, command: 'teamcharter.openRuleDocs', arguments: [rule] };
      actions.push(docs);
    }
    if (findings.some((f) => unattendedFix(f))) pushAll(actions, this.fixAll(document, findings));
    return actions;
  }

  /** Every finding whose only fix lays out a placeholder (unattendedFix), applied in one edit. */
  private fixAll(document: vscode.TextDocument, findings: readonly Finding[]): vscode.CodeAction[] {
    const fixes = findings.map(unattendedFix).filter((fix) => fix !== undefined);
    if (fixes.length === 0) return [];
    const planned = documentEditOfEach(
      document,
      fixes.map((fix) => fix.edits),
    );
    if (!planned.ok || !planned.changed) return [];
    const action = new vscode.CodeAction(vscode.l10n.t('Fix all auto-fixable teamcharter problems ({0})', fixes.length), FIX_ALL_KIND);
    action.edit = planned.edit;
    return [action];
  }
}
