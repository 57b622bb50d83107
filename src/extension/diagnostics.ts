/** Core findings as VS Code diagnostics, and back. */
import * as vscode from 'vscode';
import type { Finding, Range, Severity } from '../core/base/types';
import { ruleDocUri } from './ruleDocs';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

export const SOURCE = 'teamcharter';

export function toRange(range: Range): vscode.Range {
  return new vscode.Range(range.line - 1, range.column - 1, range.endLine - 1, range.endColumn - 1);
}

export function toDiagnostic(finding: Finding): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(toRange(finding.range), finding.message, SEVERITY[finding.severity]);
  diagnostic.source = SOURCE;
  diagnostic.code = { value: finding.rule, target: ruleDocUri(finding.rule) };
  if (finding.related?.length) {
    diagnostic.relatedInformation = finding.related.map(
      (r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(vscode.Uri.parse(r.file), toRange(r.range)), r.message),
    );
  }
  return diagnostic;
}

/** The rule id of one of our diagnostics. */
export function ruleOf(diagnostic: vscode.Diagnostic): string | undefined {
  if (diagnostic.source !== SOURCE) return undefined;
  const code = diagnostic.code;
  return typeof code === 'object' && code !== null ? String(code.value) : code === undefined ? undefined : String(code);
}

/** The finding a diagnostic came from (diagnostics are copied across the API, so match by rule and range). */
export function findingFor(diagnostic: vscode.Diagnostic, findings: readonly Finding[]): Finding | undefined {
  const rule = ruleOf(diagnostic);
  return findings.find((f) => f.rule === rule && toRange(f.range).isEqual(diagnostic.range) && f.message === diagnostic.message);
}
