/**
 * The walkthrough's progress (package.json contributes.walkthroughs): context keys
 * that turn true when the team has really done a step, read from the workspace
 * index, so a step is checked by doing it, not by clicking its button.
 */
import * as vscode from 'vscode';
import type { WorkspaceLinter } from './workspaceLinter';

/** The context keys the walkthrough's steps complete on (onContext:...). */
export const PROGRESS_KEYS = {
  hasCharter: 'teamcharter.hasCharter',
  formSaved: 'teamcharter.formSaved',
  hasRetro: 'teamcharter.hasRetro',
  hasPulse: 'teamcharter.hasPulse',
} as const;

/**
 * Keeps the keys in step with the index. `formEdits` fires with a document the form
 * has changed; saving that document afterwards completes the form step.
 */
export function trackWalkthrough(linter: WorkspaceLinter, formEdits: vscode.Event<vscode.TextDocument>): vscode.Disposable {
  const set = new Map<string, boolean>();
  const setKey = (key: string, value: boolean) => {
    if (set.get(key) === value) return;
    set.set(key, value);
    void vscode.commands.executeCommand('setContext', key, value);
  };
  const refresh = () => {
    let charter = false;
    let retro = false;
    let pulse = false;
    for (const team of linter.core.allTeams()) {
      charter ||= team.charter !== undefined;
      retro ||= team.retros.length > 0;
      // A pulse counts once it is on disk: typed but unsaved, the team has not recorded it yet.
      pulse ||= team.timeline.pulses.some(({ retro }) => !isDirty(retro.path));
    }
    setKey(PROGRESS_KEYS.hasCharter, charter);
    setKey(PROGRESS_KEYS.hasRetro, retro);
    setKey(PROGRESS_KEYS.hasPulse, pulse);
  };
  const editedInForm = new Set<string>();
  void linter.ready().then(refresh);
  return vscode.Disposable.from(
    linter.onDidLint(refresh),
    formEdits((document) => editedInForm.add(document.uri.toString())),
    vscode.workspace.onDidSaveTextDocument((document) => {
      if (editedInForm.has(document.uri.toString())) setKey(PROGRESS_KEYS.formSaved, true);
      // A save publishes no new findings when the text is the one already linted.
      refresh();
    }),
  );
}

function isDirty(key: string): boolean {
  return vscode.workspace.textDocuments.some((document) => document.isDirty && document.uri.toString() === key);
}
