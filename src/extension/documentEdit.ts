/**
 * Core YAML edits on a VS Code document, for every caller (the form, quick
 * fixes, Fix All, the action commands): one WorkspaceEdit holding the smallest
 * splice from the text before to the text after, so that undo takes back
 * exactly one change. One way to fail: a message saying why, with the document
 * left as it was (a set of edits applies whole or not at all).
 */
import * as vscode from 'vscode';
import type { YamlEdit } from '../core/base/types';
import { YamlEditError, applyYamlEdits, diffText } from '../core/yaml/yamlEdit';

export type DocumentEdit = { ok: true; edit: vscode.WorkspaceEdit; changed: boolean } | { ok: false; message: string };

export type EditOutcome = { ok: true; changed: boolean } | { ok: false; message: string };

/**
 * The edit that applies `edits` in order, all or none. With `placeholder`, that
 * text in what is inserted becomes a snippet tab stop, selected to type over.
 */
export function documentEdit(document: vscode.TextDocument, edits: readonly YamlEdit[], placeholder?: string): DocumentEdit {
  const before = document.getText();
  try {
    return { ok: true, ...spliceEdit(document, before, applyYamlEdits(before, edits), placeholder) };
  } catch (error) {
    if (error instanceof YamlEditError) return { ok: false, message: vscode.l10n.t('Not changed: {0}', error.message) };
    throw error;
  }
}

/** One edit for independent sets of edits (Fix All): each set applies whole, or is left out when it cannot apply. */
export function documentEditOfEach(document: vscode.TextDocument, sets: readonly (readonly YamlEdit[])[]): DocumentEdit {
  const before = document.getText();
  let after = before;
  for (const edits of sets) {
    try {
      after = applyYamlEdits(after, edits);
    } catch (error) {
      if (!(error instanceof YamlEditError)) throw error;
    }
  }
  return { ok: true, ...spliceEdit(document, before, after) };
}

/** Apply `edits` to the document now (`placeholder` as in documentEdit): changed or not, or the message saying why nothing was changed. */
export async function applyDocumentEdit(document: vscode.TextDocument, edits: readonly YamlEdit[], placeholder?: string): Promise<EditOutcome> {
  const planned = documentEdit(document, edits, placeholder);
  if (!planned.ok || !planned.changed) return planned.ok ? { ok: true, changed: false } : planned;
  if (!(await vscode.workspace.applyEdit(planned.edit)))
    return { ok: false, message: vscode.l10n.t('VS Code did not accept the change (is the file read-only?).') };
  return { ok: true, changed: true };
}

function spliceEdit(document: vscode.TextDocument, before: string, after: string, placeholder?: string): { edit: vscode.WorkspaceEdit; changed: boolean } {
  const splice = diffText(before, after);
  const range = new vscode.Range(document.positionAt(splice.start), document.positionAt(splice.end));
  const edit = new vscode.WorkspaceEdit();
  const at = placeholder ? splice.insert.indexOf(placeholder) : -1;
  if (at < 0) edit.replace(document.uri, range, splice.insert);
  else {
    const snippet = new vscode.SnippetString()
      .appendText(splice.insert.slice(0, at))
      .appendPlaceholder(placeholder!)
      .appendText(splice.insert.slice(at + placeholder!.length));
    const snippetEdit = new vscode.SnippetTextEdit(range, snippet);
    // The YAML is indented already: VS Code must not indent the inserted lines again.
    snippetEdit.keepWhitespace = true;
    edit.set(document.uri, [snippetEdit]);
  }
  return { edit, changed: after !== before };
}
