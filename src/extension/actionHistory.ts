/** CodeLens and hover for goals and actions: what happened to them across retros. */
import * as vscode from 'vscode';
import { entries, str } from '../core/base/dataReaders';
import type { ActionRecord, Team } from '../core/format/team';
import type { TeamFile } from '../core/format/teamFile';
import { toRange } from './diagnostics';
import type { WorkspaceLinter } from './workspaceLinter';

/** "created 2026-10-01, carried 2×, done 2026-10-29" */
export function actionSummary(action: ActionRecord): string {
  const created = action.createdIn.date ? vscode.l10n.t('created {0}', action.createdIn.date) : vscode.l10n.t('created');
  const carried = action.mentions.filter((m) => m.status === 'carried' || m.status === 'in-progress').length;
  const parts = [created];
  if (carried > 0) parts.push(vscode.l10n.t('carried {0}×', carried));
  if (action.closedIn) parts.push(`${action.closedAs} ${action.closedIn.date ?? ''}`.trim());
  else parts.push(action.retroCount === 1 ? vscode.l10n.t('open for 1 retro') : vscode.l10n.t('open for {0} retros', action.retroCount));
  return parts.join(', ');
}

export function actionHistoryMarkdown(action: ActionRecord): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, true);
  md.appendMarkdown(`**${action.id}**`);
  if (action.title) md.appendText(` ${action.title}`);
  md.appendMarkdown('\n\n');
  const facts = [
    action.owner && vscode.l10n.t('owner {0}', action.owner),
    action.due && vscode.l10n.t('due {0}', action.due),
    action.goal && vscode.l10n.t('goal {0}', action.goal),
  ]
    .filter(Boolean)
    .join(' · ');
  if (facts) md.appendText(`${facts}\n\n`);
  for (const mention of action.mentions) {
    const file = vscode.Uri.parse(mention.retro.path);
    const name = file.path.slice(file.path.lastIndexOf('/') + 1);
    const date = mention.retro.date ?? vscode.l10n.t('(no date)');
    md.appendMarkdown(`- ${date}: ${mention.status ?? vscode.l10n.t('listed without a status')} — [${name}](${file.toString()})\n`);
  }
  return md;
}

function teamOf(linter: WorkspaceLinter, document: vscode.TextDocument): { file: TeamFile; team: Team } | undefined {
  const file = linter.core.get(document.uri.toString());
  const team = file?.teamId !== undefined ? linter.core.team(file.teamId) : undefined;
  return file && team ? { file, team } : undefined;
}

export class ActionLensProvider implements vscode.CodeLensProvider, vscode.HoverProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor(private readonly linter: WorkspaceLinter) {
    linter.onDidLint(() => this.changed.fire());
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const found = teamOf(this.linter, document);
    if (!found || found.file.text !== document.getText()) return []; // positions would be stale: wait for the lint
    const { file, team } = found;
    const actions = [...team.timeline.actions.values()];
    const lenses: vscode.CodeLens[] = [];
    if (file.kind === 'charter') {
      for (const [goal, index] of entries(file.data?.goals)) {
        const id = str(goal.id);
        if (id === undefined) continue;
        const linked = actions.filter((a) => a.goal === id);
        const open = linked.filter((a) => !a.closedIn).length;
        const done = linked.filter((a) => a.closedAs === 'done').length;
        const title =
          linked.length === 0
            ? vscode.l10n.t('no actions yet')
            : linked.length === 1
              ? vscode.l10n.t('1 action: {0} open, {1} done', open, done)
              : vscode.l10n.t('{0} actions: {1} open, {2} done', linked.length, open, done);
        lenses.push(
          new vscode.CodeLens(toRange(file.locate(['goals', index, 'id'])), {
            title,
            command: linked.length ? 'teamcharter.showActions' : '',
            arguments: [linked.map((a) => a.id), team.id],
          }),
        );
      }
    } else {
      for (const list of ['actions', 'previousActions'] as const) {
        for (const [item, index] of entries(file.data?.[list])) {
          const action = team.timeline.actions.get(str(item.id) ?? '');
          if (!action) continue;
          lenses.push(new vscode.CodeLens(toRange(file.locate([list, index, 'id'])), { title: actionSummary(action), command: '' }));
        }
      }
    }
    return lenses;
  }

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const found = teamOf(this.linter, document);
    if (!found) return undefined;
    const range = document.getWordRangeAtPosition(position, /[A-Za-z0-9_-]+/);
    if (!range) return undefined;
    const action = found.team.timeline.actions.get(document.getText(range));
    // Only where the word is an id of this file's actions or reviews, not any text that happens to match.
    const line = document.lineAt(position.line).text;
    if (!action || !/^\s*(-\s*)?id:/.test(line)) return undefined;
    return new vscode.Hover(actionHistoryMarkdown(action), range);
  }
}
