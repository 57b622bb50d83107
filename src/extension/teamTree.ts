/**
 * The "Teams" view: teams → charter, retrospectives (newest first, with their
 * score), open actions (owner, due, overdue, how long carried), and goals with
 * their linked actions, and the seven steps with their score beside the latest
 * pulse. Items open the file at the right line.
 */
import * as vscode from 'vscode';
import { entries, str } from '../core/base/dataReaders';
import { pulseKey } from '../core/format/pulse';
import { overallScore } from '../core/engine/score';
import { retrosNewestFirst, type ActionRecord, type Team } from '../core/format/team';
import { besideText, besideWords, leftOutOfScore, levelName, nextStepSentence, percent, teamScoreSentence } from '../core/insights/scoreWords';
import type { TeamFile } from '../core/format/teamFile';
import type { YamlPath } from '../core/base/types';
import { actionHistoryMarkdown, actionSummary } from './actionHistory';
import { toRange } from './diagnostics';
import { shownTeamScore } from './commands';
import { stepsBeside, type StepBeside } from './teamPulse';
import type { WorkspaceLinter } from './workspaceLinter';

export type Node =
  | { kind: 'team'; team: Team }
  | { kind: 'group'; team: Team; group: 'retros' | 'actions' | 'goals' | 'steps' }
  | { kind: 'step'; team: Team; step: StepBeside }
  | { kind: 'file'; file: TeamFile }
  | { kind: 'action'; team: Team; action: ActionRecord }
  | { kind: 'goal'; team: Team; id: string; title?: string; owner?: string; status?: string; index: number };

/** Where to open an action: an open one where its findings go, a closed one where it was closed. */
export function actionPlace(team: Team, action: ActionRecord): { file: TeamFile; path: YamlPath } {
  const where = action.closedIn ? action.mentions[action.mentions.length - 1] : team.placeOf(action);
  return { file: where.retro, path: where.path };
}

export function openCommand(file: TeamFile, path: YamlPath = []): vscode.Command {
  const node = toRange(file.locate(path));
  // The cursor at the start of the node, nothing selected: in the text editor, since the form (the default editor) has no cursor.
  return {
    title: vscode.l10n.t('Open'),
    command: 'vscode.openWith',
    arguments: [vscode.Uri.parse(file.path), 'default', { selection: node.with({ end: node.start }) }],
  };
}

export class TeamTreeProvider implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly linter: WorkspaceLinter,
    private readonly today: () => string,
  ) {
    // Lints come per keystroke: refresh the tree at most every 300 ms.
    linter.onDidLint(() => {
      if (!this.timer) this.timer = setTimeout(() => ((this.timer = undefined), this.changed.fire(undefined)), 300);
    });
  }

  getChildren(node?: Node): Node[] {
    if (!node) return [...this.linter.core.allTeams()].sort((a, b) => (a.id < b.id ? -1 : 1)).map((team) => ({ kind: 'team', team }));
    switch (node.kind) {
      case 'team': {
        const children: Node[] = node.team.charters.map((file) => ({ kind: 'file', file }));
        children.push(
          { kind: 'group', team: node.team, group: 'retros' },
          { kind: 'group', team: node.team, group: 'actions' },
          { kind: 'group', team: node.team, group: 'goals' },
          { kind: 'group', team: node.team, group: 'steps' },
        );
        return children;
      }
      case 'group':
        if (node.group === 'retros') return retrosNewestFirst(node.team.retros).map((file) => ({ kind: 'file', file }));
        if (node.group === 'actions') return node.team.timeline.open.map((action) => ({ kind: 'action', team: node.team, action }));
        if (node.group === 'steps')
          return stepsBeside(this.linter, node.team, shownTeamScore(this.linter, node.team)).map((step) => ({ kind: 'step', team: node.team, step }));
        return entries(node.team.charter?.data?.goals).flatMap(([goal, index]) => {
          const id = str(goal.id);
          return id === undefined
            ? []
            : [{ kind: 'goal' as const, team: node.team, id, title: str(goal.title), owner: str(goal.owner), status: str(goal.status), index }];
        });
      case 'goal':
        return [...node.team.timeline.actions.values()].filter((a) => a.goal === node.id).map((action) => ({ kind: 'action', team: node.team, action }));
      default:
        return [];
    }
  }

  getTreeItem(node: Node): vscode.TreeItem {
    switch (node.kind) {
      case 'team': {
        const score = shownTeamScore(this.linter, node.team);
        const item = new vscode.TreeItem(node.team.id, vscode.TreeItemCollapsibleState.Expanded);
        const name = str(node.team.charter?.data?.team);
        const leftOut = leftOutOfScore(score);
        item.description = [name, levelName(score.level), percent(score.overall), leftOut].filter(Boolean).join(' · ');
        item.iconPath = new vscode.ThemeIcon('organization');
        const next = nextStepSentence(score.steps);
        item.tooltip = `${teamScoreSentence(node.team.id, score, score.openActions)}${next ? ` ${next}.` : ''}`;
        item.contextValue = 'team';
        item.id = `team:${node.team.id}`;
        return item;
      }
      case 'group': {
        if (node.group === 'steps') {
          // The seven steps: each one's level and score, and beside it what the team says (its latest pulse).
          const item = new vscode.TreeItem(vscode.l10n.t('Checklist and pulse'), vscode.TreeItemCollapsibleState.Collapsed);
          item.iconPath = new vscode.ThemeIcon('pulse');
          item.id = `steps:${node.team.id}`;
          return item;
        }
        const count =
          node.group === 'retros'
            ? node.team.retros.length
            : node.group === 'actions'
              ? node.team.timeline.open.length
              : entries(node.team.charter?.data?.goals).length;
        const label = {
          retros: () => vscode.l10n.t('Retrospectives ({0})', count),
          actions: () => vscode.l10n.t('Open actions ({0})', count),
          goals: () => vscode.l10n.t('Goals ({0})', count),
        }[node.group]();
        const item = new vscode.TreeItem(label, node.group === 'goals' ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded);
        item.iconPath = new vscode.ThemeIcon({ retros: 'history', actions: 'tasklist', goals: 'target' }[node.group]);
        item.id = `${node.group}:${node.team.id}`;
        return item;
      }
      case 'file': {
        const result = this.linter.resultOfFile(node.file);
        const uri = vscode.Uri.parse(node.file.path);
        const isCharter = node.file.kind === 'charter';
        const item = new vscode.TreeItem(
          isCharter ? vscode.l10n.t('Charter') : (node.file.date ?? uri.path.split('/').pop()!),
          vscode.TreeItemCollapsibleState.None,
        );
        const format = str(node.file.data?.format);
        item.description = [!isCharter && format, result && percent(overallScore(result.tally))].filter(Boolean).join(' · ');
        item.resourceUri = uri;
        item.iconPath = new vscode.ThemeIcon(isCharter ? 'book' : 'comment-discussion');
        item.command = openCommand(node.file);
        item.contextValue = 'teamFile';
        item.id = `file:${node.file.path}`;
        return item;
      }
      case 'action': {
        const { action } = node;
        const overdue = !action.closedIn && action.due !== undefined && action.due < this.today();
        const item = new vscode.TreeItem(`${action.id}${action.title ? ` ${action.title}` : ''}`, vscode.TreeItemCollapsibleState.None);
        const due = !action.due
          ? vscode.l10n.t('no due date')
          : overdue
            ? vscode.l10n.t('overdue since {0}', action.due)
            : vscode.l10n.t('due {0}', action.due);
        const parts = [action.owner ?? vscode.l10n.t('no owner'), due];
        if (action.closedIn) parts.push(action.closedAs ?? vscode.l10n.t('closed'));
        else if (action.retroCount > 1) parts.push(vscode.l10n.t('carried {0}×', action.retroCount - 1));
        item.description = parts.join(' · ');
        // The history (tooltip) is made on hover: resolveTreeItem.
        item.iconPath = action.closedIn
          ? new vscode.ThemeIcon(action.closedAs === 'done' ? 'pass' : 'circle-slash')
          : overdue
            ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'))
            : new vscode.ThemeIcon('circle-large-outline');
        const place = actionPlace(node.team, action);
        item.command = openCommand(place.file, [...place.path, 'id']);
        item.contextValue = action.closedIn ? 'closedAction' : 'openAction';
        const summary = actionSummary(action);
        item.accessibilityInformation = {
          label: overdue ? vscode.l10n.t('Action {0}, {1}, overdue', action.id, summary) : vscode.l10n.t('Action {0}, {1}', action.id, summary),
        };
        return item;
      }
      case 'step': {
        const { step } = node;
        // The step's short name (its pulse key), so the score and the pulse beside it stay in view in a narrow sidebar.
        const key = pulseKey(step.step);
        const item = new vscode.TreeItem(`${step.step}. ${key.charAt(0).toUpperCase()}${key.slice(1)}`, vscode.TreeItemCollapsibleState.None);
        item.description = besideText(step);
        item.tooltip = besideWords(step);
        item.accessibilityInformation = { label: besideWords(step) };
        item.iconPath = step.gap ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground')) : new vscode.ThemeIcon('checklist');
        if (step.place) item.command = openCommand(step.place.file, step.place.path);
        item.contextValue = step.gap ? 'pulseGapStep' : 'step';
        item.id = `step:${node.team.id}:${step.step}`;
        return item;
      }
      case 'goal': {
        const item = new vscode.TreeItem(`${node.id}${node.title ? ` ${node.title}` : ''}`, vscode.TreeItemCollapsibleState.Collapsed);
        item.description = [node.owner, node.status].filter(Boolean).join(' · ');
        item.iconPath = new vscode.ThemeIcon(node.status === 'done' ? 'pass-filled' : 'target');
        if (node.team.charter) item.command = openCommand(node.team.charter, ['goals', node.index, 'id']);
        item.id = `goal:${node.team.id}:${node.id}`;
        return item;
      }
    }
  }

  /** On hover: an action's history across retros, made for the one item hovered rather than for every action of every team. */
  resolveTreeItem(item: vscode.TreeItem, node: Node): vscode.TreeItem {
    if (node.kind === 'action') item.tooltip = actionHistoryMarkdown(node.action);
    return item;
  }

  getParent(): undefined {
    return undefined;
  }
}
