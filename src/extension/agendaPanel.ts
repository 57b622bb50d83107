/**
 * Team Charter: Prepare Retrospective — the agenda of a team's next retro
 * (docs/cli.md "agenda", as `teamcharter agenda` gives it) in a panel with
 * VS Code's look, and "Start the Retrospective", which writes the retro as New
 * Retrospective does and opens it in the form. Like the dashboard, the page
 * runs no script: its links are command URIs, and the panel allows only the
 * commands they name (an item to the place in its file, a rule to its docs,
 * the start). It follows the team's files as they change.
 */
import * as vscode from 'vscode';
import { entries } from '../core/base/dataReaders';
import type { YamlPath } from '../core/base/types';
import { written } from '../core/format/placeholders';
import type { Team } from '../core/format/team';
import type { TeamFile } from '../core/format/teamFile';
import { teamAgenda } from '../core/insights/agenda';
import { REPORT_LAYOUT_CSS, escapeHtml } from '../core/report';
import { renderAgendaHtmlBody, type AgendaLink, type AgendaRef } from '../core/report/agendaHtml';
import { RULES_BY_ID } from '../core/rules';
import { newRetrospective, type NewRetroOptions } from './commands';
import { toRange } from './diagnostics';
import { openInForm } from './formEditor';
import { actionPlace } from './teamTree';
import { showTeamPanel } from './teamPanel';
import { nonce, webviewPage } from './webviewHtml';
import type { WorkspaceLinter } from './workspaceLinter';

export const AGENDA_VIEW_TYPE = 'teamcharter.agenda';
/** Opens a team file at a place: the panel's links to its items. Not in the palette. */
export const OPEN_PLACE = 'teamcharter.openTeamFileAt';
/** Start the Retrospective: New Retrospective for the team, opened in the form. Not in the palette. */
export const START_RETRO = 'teamcharter.startRetrospective';
const OPEN_RULE_DOCS = 'teamcharter.openRuleDocs';
/** The commands the page may run (enableCommandUris): those its links name, no other. */
export const AGENDA_COMMANDS: readonly string[] = [OPEN_PLACE, OPEN_RULE_DOCS, START_RETRO];

/** A command URI, as VS Code's markdown preview makes them: the arguments as JSON, encoded. */
function commandUri(command: string, args: readonly unknown[]): string {
  return `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
}

/** The agenda page: no script; the report's layout inline by nonce, the dashboard's theme and the agenda's own sheet. */
export function agendaHtml(webview: Pick<vscode.Webview, 'cspSource' | 'asWebviewUri'>, media: vscode.Uri, body: string): string {
  const token = nonce();
  const sheet = (name: string) => `<link rel="stylesheet" href="${webview.asWebviewUri(vscode.Uri.joinPath(media, name))}">`;
  return webviewPage({
    csp: [`default-src 'none'`, `style-src ${webview.cspSource} 'nonce-${token}'`, `img-src ${webview.cspSource}`],
    title: vscode.l10n.t('Retro agenda'),
    head: `<style nonce="${token}">${REPORT_LAYOUT_CSS}</style>\n${sheet('dashboard.css')}\n${sheet('agenda.css')}`,
    body: `<main>\n${body}\n</main>`,
  });
}

/** The link to a place in a team file, saying where it goes: "A-1 in .team/retros/2024-02-19.retro.yaml, line 9". */
function placeLink(what: string, file: TeamFile, path: YamlPath): AgendaLink {
  const line = file.locate(path).line;
  return {
    href: commandUri(OPEN_PLACE, [file.path, path]),
    text: vscode.l10n.t('{0} in {1}, line {2}', what, vscode.workspace.asRelativePath(vscode.Uri.parse(file.path)), line),
  };
}

function ruleLink(rule: string): AgendaLink[] {
  return RULES_BY_ID.has(rule) ? [{ href: commandUri(OPEN_RULE_DOCS, [rule]), text: vscode.l10n.t('rule {0}: documentation', rule) }] : [];
}

const PULSE_RULES = { low: 'pulse-low', gap: 'pulse-gap', declining: 'pulse-declining' } as const;

/** Where each kind of agenda item lives in the team's files, as links. */
function linksFor(team: Team, ref: AgendaRef): AgendaLink[] {
  const charter = team.charter;
  switch (ref.kind) {
    case 'action': {
      const action = team.timeline.actions.get(ref.id);
      if (!action) return [];
      const { file, path } = actionPlace(team, action);
      return [placeLink(ref.id, file, [...path, 'id'])];
    }
    case 'pulse': {
      // The latest rating of the step: the one the agenda read.
      const from = [...team.timeline.pulses].reverse().find((p) => p.pulse.steps.some((r) => r.step === ref.step));
      const place = from ? [placeLink(`Step ${ref.step}'s pulse`, from.retro, ['pulse', ref.key])] : [];
      return [...place, ...ref.why.flatMap((why) => ruleLink(PULSE_RULES[why]))];
    }
    case 'focus':
      return ref.holding.flatMap(ruleLink);
    case 'member': {
      const member = entries(charter?.data?.members).find(([m]) => written(m.name) === ref.name);
      return charter && member ? [placeLink(ref.name, charter, ['members', member[1], 'name'])] : [];
    }
    case 'change': {
      // The agenda lists the charter's changes not done, in the charter's order.
      const change = entries(charter?.data?.change).filter(([c]) => c.status !== 'done')[ref.index];
      return charter && change && (written(change[0].title) ?? null) === ref.title
        ? [placeLink(vscode.l10n.t('The change'), charter, ['change', change[1]])]
        : [];
    }
    case 'goal': {
      const goals = entries(charter?.data?.goals);
      const { id, title } = ref.goal;
      const goal = id !== null ? goals.find(([g]) => written(g.id) === id) : goals.find(([g]) => written(g.title) === title);
      return charter && goal ? [placeLink(id ?? vscode.l10n.t('The goal'), charter, ['goals', goal[1], id !== null ? 'id' : 'title'])] : [];
    }
  }
}

/** The agenda panels, one per team, and the commands their links run. */
export class AgendaPanels implements vscode.Disposable {
  private readonly panels = new Map<string, vscode.WebviewPanel>();
  private readonly bodies = new Map<string, string>();
  private readonly rendered = new vscode.EventEmitter<string>();
  /** Fires with a team's id when its open agenda shows a new page. */
  readonly onDidRender = this.rendered.event;
  private readonly disposables: vscode.Disposable[];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly linter: WorkspaceLinter,
  ) {
    this.disposables = [
      this.rendered,
      // Lints come per keystroke: redraw open agendas at most twice a second, as the dashboard does.
      linter.onDidLint(() => {
        if (this.panels.size > 0 && !this.timer) this.timer = setTimeout(() => ((this.timer = undefined), this.refresh()), 500);
      }),
      vscode.commands.registerCommand(OPEN_PLACE, (path?: unknown, yamlPath?: unknown) => this.openPlace(path, yamlPath)),
      vscode.commands.registerCommand(START_RETRO, (team?: unknown, options?: Omit<NewRetroOptions, 'team'>) => this.start(team, options)),
    ];
  }

  /** Open (or reveal) the agenda of a team; returns the HTML shown, for tests. */
  show(teamId: string): string {
    const kind = { viewType: AGENDA_VIEW_TYPE, title: (id: string) => vscode.l10n.t('Retro agenda {0}', id), commands: AGENDA_COMMANDS };
    const panel = showTeamPanel(this.panels, teamId, kind, this.extensionUri, (id) => this.bodies.delete(id));
    return this.render(teamId, panel);
  }

  private render(teamId: string, panel: vscode.WebviewPanel): string {
    const team = this.linter.core.team(teamId);
    const agenda = team && teamAgenda(this.linter.core, teamId, (path) => this.linter.configs.lookup.configFor(path));
    const body =
      team && agenda
        ? renderAgendaHtmlBody(agenda, {
            linksFor: (ref) => linksFor(team, ref),
            start: {
              href: commandUri(START_RETRO, [teamId]),
              text: vscode.l10n.t('Start the Retrospective'),
              note: vscode.l10n.t('writes the new retro of {0}, as New Retrospective does, with this agenda at its top, and opens it in the form', teamId),
            },
          })
        : `<h1>${escapeHtml(vscode.l10n.t('Retro agenda'))}</h1>\n<p>${escapeHtml(vscode.l10n.t('The team {0} has no files any more.', teamId))}</p>`;
    // The page differs by its nonce every time: compare the content to spare a reload.
    if (this.bodies.get(teamId) === body) return panel.webview.html;
    this.bodies.set(teamId, body);
    panel.webview.html = agendaHtml(panel.webview, vscode.Uri.joinPath(this.extensionUri, 'media'), body);
    this.rendered.fire(teamId);
    return panel.webview.html;
  }

  private refresh(): void {
    for (const [teamId, panel] of this.panels) this.render(teamId, panel);
  }

  /** The page a team's open agenda shows now (for tests: it follows the files by itself). */
  shown(teamId: string): string | undefined {
    return this.panels.get(teamId)?.webview.html;
  }

  /** The team of the active agenda, if one is active. */
  activeTeam(): string | undefined {
    for (const [teamId, panel] of this.panels) if (panel.active) return teamId;
    return undefined;
  }

  /**
   * A link's target: a file of the workspace's teams (nothing else, whatever the link says),
   * at the node the YAML path names now, beside the agenda so that it stays in view.
   */
  private async openPlace(path: unknown, yamlPath: unknown): Promise<vscode.TextEditor | undefined> {
    const file = typeof path === 'string' ? this.linter.core.get(path) : undefined;
    if (!file || !Array.isArray(yamlPath) || !yamlPath.every((key) => typeof key === 'string' || typeof key === 'number')) return undefined;
    const start = toRange(file.locate(yamlPath as YamlPath)).start;
    return vscode.window.showTextDocument(vscode.Uri.parse(file.path), {
      viewColumn: vscode.ViewColumn.Beside,
      selection: new vscode.Range(start, start),
    });
  }

  /** Start the Retrospective: the team's new retro, written by New Retrospective's own code, opened in the form. */
  private start(team: unknown, options: Omit<NewRetroOptions, 'team'> = {}): Promise<vscode.Uri | undefined> {
    return newRetrospective(this.linter, { ...options, team: typeof team === 'string' ? team : undefined }, (uri) => openInForm(uri));
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    vscode.Disposable.from(...this.disposables).dispose();
    for (const panel of this.panels.values()) panel.dispose();
  }
}
