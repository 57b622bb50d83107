/** Commands on actions from the Teams view and the CodeLenses. */
import * as vscode from 'vscode';
import { entries, str } from '../core/access';
import type { YamlEdit } from '../core/types';
import { YamlEditError, applyYamlEdits, diffText } from '../core/yamlEdit';
import { actionSummary } from './actionHistory';
import { actionPlace, openCommand, type Node } from './teamTree';
import type { WorkspaceLinter } from './workspaceLinter';

async function editDocument(uri: vscode.Uri, edit: YamlEdit): Promise<boolean> {
  const document = await vscode.workspace.openTextDocument(uri);
  const before = document.getText();
  let after: string;
  try {
    after = applyYamlEdits(before, [edit]);
  } catch (error) {
    if (error instanceof YamlEditError) {
      void vscode.window.showErrorMessage(`Not changed: ${error.message}`);
      return false;
    }
    throw error;
  }
  const splice = diffText(before, after);
  const workspaceEdit = new vscode.WorkspaceEdit();
  workspaceEdit.replace(uri, new vscode.Range(document.positionAt(splice.start), document.positionAt(splice.end)), splice.insert);
  return vscode.workspace.applyEdit(workspaceEdit);
}

/**
 * Mark an open action done in the team's latest retro (the retro after the one that
 * created it): its previousActions entry gets status done, or one is added.
 */
async function markDone(node?: Node): Promise<boolean> {
  if (node?.kind !== 'action') return false;
  const { team, action } = node;
  const latest = team.timeline.retros[team.timeline.retros.length - 1];
  if (!latest || latest === action.createdIn) {
    const choice = await vscode.window.showInformationMessage(`${action.id} was created in the latest retrospective: mark it done in the next one.`, 'New Retrospective');
    if (choice) await vscode.commands.executeCommand('teamcharter.newRetrospective', { team: team.id });
    return false;
  }
  const uri = vscode.Uri.parse(latest.path);
  const index = entries(latest.data?.previousActions).find(([entry]) => str(entry.id) === action.id)?.[1];
  const done = await editDocument(uri, index === undefined ? { op: 'append', path: ['previousActions'], value: { id: action.id, status: 'done' } } : { op: 'set', path: ['previousActions', index, 'status'], value: 'done' });
  if (done) await vscode.window.showTextDocument(uri, { preview: false });
  return done;
}

export function registerActionCommands(linter: WorkspaceLinter): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('teamcharter.markActionDone', (node?: Node) => markDone(node)),
    vscode.commands.registerCommand('teamcharter.revealInProblems', async (node?: Node) => {
      if (node?.kind === 'action') {
        const place = actionPlace(node.team, node.action);
        const open = openCommand(place.file, [...place.path, 'id']);
        await vscode.commands.executeCommand(open.command, ...(open.arguments ?? []));
      } else if (node?.kind === 'file') {
        await vscode.commands.executeCommand('vscode.open', vscode.Uri.parse(node.file.path));
      }
      await vscode.commands.executeCommand('workbench.actions.view.problems');
    }),
    vscode.commands.registerCommand('teamcharter.showActions', async (ids: string[], teamId: string) => {
      const team = linter.core.team(teamId);
      if (!team) return;
      const actions = ids.map((id) => team.timeline.actions.get(id)).filter((a) => a !== undefined);
      const picked = await vscode.window.showQuickPick(
        actions.map((action) => ({ label: `${action.id}${action.title ? ` ${action.title}` : ''}`, description: actionSummary(action), action })),
        { title: `Actions of ${teamId}`, placeHolder: 'Open an action where it was last reviewed' },
      );
      if (!picked) return;
      const place = actionPlace(team, picked.action);
      const open = openCommand(place.file, [...place.path, 'id']);
      await vscode.commands.executeCommand(open.command, ...(open.arguments ?? []));
    }),
  );
}
