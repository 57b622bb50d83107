/** Commands on actions from the Teams view and the CodeLenses. */
import * as vscode from 'vscode';
import { reviewAction } from '../core/teamFacts';
import { actionSummary } from './actionHistory';
import { applyDocumentEdit } from './documentEdit';
import { actionPlace, openCommand, type Node } from './teamTree';
import type { WorkspaceLinter } from './workspaceLinter';

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
  const outcome = await applyDocumentEdit(await vscode.workspace.openTextDocument(uri), [reviewAction(latest.data?.previousActions, action.id, 'status', 'done')!]);
  if (!outcome.ok) {
    void vscode.window.showErrorMessage(outcome.message);
    return false;
  }
  await vscode.window.showTextDocument(uri, { preview: false });
  return true;
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
