/** A status bar item for the active team: its overall score and open actions; click for the details. */
import * as vscode from 'vscode';
import { besideWords, leftOutOfScore, levelName, nextStepSentence, percent, teamScoreSentence } from '../core/insights/scoreWords';
import type { Team } from '../core/format/team';
import { plural } from '../core/base/wording';
import { shownTeamScore, type ShownTeamScore } from './commands';
import { stepsBeside } from './teamPulse';
import type { WorkspaceLinter } from './workspaceLinter';

export class TeamStatusBar implements vscode.Disposable {
  /** Public for the tests, which read what it shows. */
  readonly item = vscode.window.createStatusBarItem('teamcharter.team', vscode.StatusBarAlignment.Left, 50);
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly linter: WorkspaceLinter) {
    this.item.name = 'Team Charter';
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
    this.item.text = `$(checklist) ${team.id} ${level} · ${overall}${leftOut ? ` (${leftOut})` : ''} · $(tasklist) ${score.openActions} open`;
    const next = nextStepSentence(score.steps);
    this.item.tooltip = `${teamScoreSentence(team.id, score, score.openActions)}${next ? ` ${next}.` : ''} Click for the scores per step and to prepare the next retro.`;
    this.item.accessibilityInformation = {
      label: `Team ${team.id}, level ${level}, checklist score ${overall}${leftOut ? `, ${leftOut}` : ''}, ${plural(score.openActions, 'open action')}`,
    };
    this.showPulse(team, score);
    this.item.show();
  }

  /** Per step, the score beside the team's latest pulse in the tooltip; a step with a pulse gap also marks the text. */
  private showPulse(team: Team, score: ShownTeamScore): void {
    const steps = stepsBeside(this.linter, team, score);
    if (!steps.some((s) => s.pulse)) return;
    const gaps = steps.filter((s) => s.gap);
    if (gaps.length > 0) {
      this.item.text += ` · $(pulse) ${gaps.length === 1 ? `gap at step ${gaps[0].step}` : `gaps at steps ${gaps.map((s) => s.step).join(', ')}`}`;
      const label = this.item.accessibilityInformation?.label ?? '';
      this.item.accessibilityInformation = { label: `${label}, pulse gap at step${gaps.length === 1 ? '' : 's'} ${gaps.map((s) => s.step).join(', ')}` };
    }
    this.item.tooltip = `${String(this.item.tooltip)}\n\n${steps.map(besideWords).join('\n')}`;
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
