/** A status bar item for the active team: its overall score and open actions; click for the details. */
import * as vscode from 'vscode';
import { besideWords, leftOutOfScore, levelName, nextStepSentence, percent, teamScoreSentence } from '../core/insights/scoreWords';
import type { Team } from '../core/format/team';
import { shownTeamScore, type ShownTeamScore } from './commands';
import { stepsBeside } from './teamPulse';
import type { WorkspaceLinter } from './workspaceLinter';

export class TeamStatusBar implements vscode.Disposable {
  /** Public for the tests, which read what it shows. */
  readonly item = vscode.window.createStatusBarItem('teamcharter.team', vscode.StatusBarAlignment.Left, 50);
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly linter: WorkspaceLinter) {
    this.item.name = vscode.l10n.t('Team Charter');
    this.item.command = 'teamcharter.showTeamScore';
    this.disposables = [this.item, linter.onDidLint(() => this.update()), vscode.window.onDidChangeActiveTextEditor(() => this.update())];
  }

  /** The team shown: the active editor's, else the only one in the workspace. */
  private activeTeam() {
    const active = vscode.window.activeTextEditor?.document.uri.toString();
    const teams = [...this.linter.core.allTeams()];
    return (active && teams.find((t) => t.files.some((f) => f.path === active))) || (teams.length === 1 ? teams[0] : undefined);
  }

  update(): void {
    const team = this.activeTeam();
    if (!team) return this.item.hide();
    const score = shownTeamScore(this.linter, team);
    const overall = percent(score.overall);
    const level = levelName(score.level);
    // A score raised by turning checks off says so (docs/rules.md "Scores").
    const leftOut = leftOutOfScore(score);
    // The level first: where the team stands; the percentage after it.
    this.item.text = `$(checklist) ${team.id} ${level} · ${overall}${leftOut ? ` (${leftOut})` : ''} · $(tasklist) ${vscode.l10n.t('{0} open', score.openActions)}`;
    const next = nextStepSentence(score.steps);
    const click = vscode.l10n.t('Click for the scores per step and to prepare the next retro.');
    this.item.tooltip = `${teamScoreSentence(team.id, score, score.openActions)}${next ? ` ${next}.` : ''} ${click}`;
    const open = score.openActions === 1 ? vscode.l10n.t('1 open action') : vscode.l10n.t('{0} open actions', score.openActions);
    // A list read aloud, its items joined by commas: each item is whole in the translation.
    const parts = [vscode.l10n.t('Team {0}', team.id), vscode.l10n.t('level {0}', level), vscode.l10n.t('checklist score {0}', overall), leftOut, open];
    this.item.accessibilityInformation = { label: parts.filter(Boolean).join(', ') };
    this.showPulse(team, score);
    this.item.show();
  }

  /** Per step, the score beside the team's latest pulse in the tooltip; a step with a pulse gap also marks the text. */
  private showPulse(team: Team, score: ShownTeamScore): void {
    const steps = stepsBeside(this.linter, team, score);
    if (!steps.some((s) => s.pulse)) return;
    const gaps = steps.filter((s) => s.gap);
    if (gaps.length > 0) {
      const gapSteps = gaps.map((s) => s.step).join(', ');
      const one = gaps.length === 1;
      this.item.text += ` · $(pulse) ${one ? vscode.l10n.t('gap at step {0}', gapSteps) : vscode.l10n.t('gaps at steps {0}', gapSteps)}`;
      const label = this.item.accessibilityInformation?.label ?? '';
      const gapWords = one ? vscode.l10n.t('pulse gap at step {0}', gapSteps) : vscode.l10n.t('pulse gap at steps {0}', gapSteps);
      this.item.accessibilityInformation = { label: `${label}, ${gapWords}` };
    }
    this.item.tooltip = `${String(this.item.tooltip)}\n\n${steps.map(besideWords).join('\n')}`;
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
