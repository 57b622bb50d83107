/** Commands on actions from the Teams view and the CodeLenses. */
import * as vscode from 'vscode';
import { reviewWithStatus } from '../core/format/membersAndActions';
import { REVIEW_STATUSES, STATUSES_WITH_REASON, isRealDate, type ReviewStatus } from '../core/format/vocabulary';
import { actionSummary } from './actionHistory';
import { applyDocumentEdit } from './documentEdit';
import { actionPlace, openCommand, type Node } from './teamTree';
import type { WorkspaceLinter } from './workspaceLinter';

/** What the team may say of an open action in a retro, as the Review command offers it. */
// A function, not a table: vscode.l10n.t is called when the pick is shown, in the user's language.
const statusDetails = (): Record<ReviewStatus, string> => ({
  done: vscode.l10n.t('finished: closes it'),
  'in-progress': vscode.l10n.t('under way: stays open'),
  carried: vscode.l10n.t('not started, still wanted: stays open'),
  blocked: vscode.l10n.t('waiting on something outside the team: stays open, say on what'),
  deferred: vscode.l10n.t('put off on purpose until a date: not overdue until then'),
  dropped: vscode.l10n.t('no longer wanted: closes it, say why'),
});

export interface ReviewChoice {
  status?: ReviewStatus;
  /** For deferred: the day the team picks it up again. */
  until?: string;
  /** Why, or what happened (asked for dropped, blocked and deferred); '' leaves a placeholder to write it in the retro later. */
  note?: string;
}

/** Ask for what the choice lacks: the status, the until date of a deferral, the note a reason needs. Undefined when the user cancels. */
async function askReview(actionId: string, given: ReviewChoice): Promise<ReviewChoice | undefined> {
  const status =
    given.status ??
    (
      await vscode.window.showQuickPick(
        REVIEW_STATUSES.map((s) => ({ label: s, detail: statusDetails()[s], status: s })),
        { title: vscode.l10n.t('Review {0} in the latest retrospective', actionId), placeHolder: vscode.l10n.t('What became of it?') },
      )
    )?.status;
  if (!status) return undefined;
  let until = given.until;
  if (status === 'deferred' && until === undefined) {
    until = await vscode.window.showInputBox({
      title: vscode.l10n.t('Defer {0} until', actionId),
      prompt: vscode.l10n.t('The day the team picks it up again (YYYY-MM-DD)'),
      placeHolder: 'YYYY-MM-DD',
      validateInput: (v) => (isRealDate(v.trim()) ? undefined : vscode.l10n.t('A date as YYYY-MM-DD')),
    });
    if (until === undefined) return undefined;
    until = until.trim();
  }
  let note = given.note;
  if (STATUSES_WITH_REASON.includes(status) && note === undefined) {
    note = await vscode.window.showInputBox({
      title: vscode.l10n.t('Why is {0} {1}?', actionId, status),
      prompt: vscode.l10n.t('Leave it empty to write it in the retro later'),
    });
    if (note === undefined) return undefined;
  }
  return { status, until, note: note?.trim() || undefined };
}

/**
 * Review an open action in the team's latest retro (the retro after the one that
 * created it): its previousActions entry gets the status, with the until date
 * and the note that status needs (a placeholder, selected, for what was not
 * given), or one is added. Without a status in `given`, the user picks one.
 */
async function reviewInLatest(node: Node | undefined, given: ReviewChoice): Promise<boolean> {
  if (node?.kind !== 'action') return false;
  const { team, action } = node;
  const latest = team.timeline.retros[team.timeline.retros.length - 1];
  if (!latest || latest === action.createdIn) {
    const choice = await vscode.window.showInformationMessage(
      vscode.l10n.t('{0} was created in the latest retrospective: review it in the next one.', action.id),
      vscode.l10n.t('New Retrospective'),
    );
    if (choice) await vscode.commands.executeCommand('teamcharter.newRetrospective', { team: team.id });
    return false;
  }
  const review = await askReview(action.id, given);
  if (!review?.status) return false;
  const uri = vscode.Uri.parse(latest.path);
  const planned = reviewWithStatus(latest.data?.previousActions, action.id, review.status, { until: review.until, note: review.note });
  // The retro is shown first, so that a placeholder left to write is selected in its editor.
  const editor = await vscode.window.showTextDocument(uri, { preview: false });
  const outcome = await applyDocumentEdit(editor.document, planned.edits, planned.placeholder);
  if (!outcome.ok) {
    void vscode.window.showErrorMessage(outcome.message);
    return false;
  }
  return true;
}

export function registerActionCommands(linter: WorkspaceLinter): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('teamcharter.markActionDone', (node?: Node) => reviewInLatest(node, { status: 'done' })),
    vscode.commands.registerCommand('teamcharter.reviewAction', (node?: Node, given?: ReviewChoice) => reviewInLatest(node, given ?? {})),
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
        { title: vscode.l10n.t('Actions of {0}', teamId), placeHolder: vscode.l10n.t('Open an action where it was last reviewed') },
      );
      if (!picked) return;
      const place = actionPlace(team, picked.action);
      const open = openCommand(place.file, [...place.path, 'id']);
      await vscode.commands.executeCommand(open.command, ...(open.arguments ?? []));
    }),
  );
}
