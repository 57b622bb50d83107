/**
 * Activation registers providers and nothing else; indexing the workspace
 * starts right after, in the background.
 */
import { loadStartedAt } from './loadTimer';
import * as vscode from 'vscode';
import { localToday } from '../core/format/dates';
import { registerActionCommands } from './actionCommands';
import { ActionLensProvider } from './actionHistory';
import { AgendaPanels } from './agendaPanel';
import { pickTeam, registerCommands } from './commands';
import { Dashboards, exportReport } from './dashboard';
import { FORM_VIEW_TYPE, FormEditorProvider, openInForm } from './formEditor';
import { QuickFixProvider } from './quickFixes';
import { initRuleDocs } from './ruleDocs';
import { TeamStatusBar } from './statusBar';
import { TeamTreeProvider, type Node } from './teamTree';
import { trackWalkthrough } from './walkthrough';
import { WorkspaceLinter } from './workspaceLinter';

/** Evaluating the bundle: everything imported above. */
const moduleLoadMs = performance.now() - loadStartedAt;

/** What activate() returns: used by the tests and by anyone measuring us. */
export interface TeamCharterApi {
  linter: WorkspaceLinter;
  tree: TeamTreeProvider;
  dashboards: Dashboards;
  agendas: AgendaPanels;
  statusBar: TeamStatusBar;
  /** Time spent in activate(), in ms. */
  activationMs: number;
  /** Time to evaluate the bundle (its imports), in ms. */
  moduleLoadMs: number;
}

export function activate(context: vscode.ExtensionContext): TeamCharterApi {
  const start = performance.now();
  const linter = new WorkspaceLinter();
  const formProvider = new FormEditorProvider(context.extensionUri, linter);
  const lenses = new ActionLensProvider(linter);
  const tree = new TeamTreeProvider(linter, localToday);
  const dashboards = new Dashboards(context.extensionUri, linter);
  const agendas = new AgendaPanels(context.extensionUri, linter);
  const statusBar = new TeamStatusBar(linter);
  /** A team id from a command argument (an id or a Teams view node), else the active dashboard's or agenda's, else picked. */
  const teamArgument = async (arg: unknown, title: string) => {
    if (typeof arg === 'string') return arg;
    if (typeof arg === 'object' && arg !== null && 'team' in arg) return (arg as { team: { id: string } }).team.id;
    await linter.ready();
    return dashboards.activeTeam() ?? agendas.activeTeam() ?? (await pickTeam(linter, title))?.id;
  };
  // Team files by name, and any YAML file (one may be a team file by its kind: the providers ask isTeamDocument or the index).
  const selector: vscode.DocumentSelector = [{ pattern: '**/*.{charter,retro}.{yaml,yml}' }, { language: 'yaml' }];
  context.subscriptions.push(
    linter,
    initRuleDocs(context.extensionUri),
    registerCommands(linter, context.extensionUri),
    vscode.languages.registerCodeActionsProvider(selector, new QuickFixProvider(linter), QuickFixProvider.metadata),
    statusBar,
    formProvider,
    trackWalkthrough(linter, formProvider.onDidEdit),
    vscode.window.registerCustomEditorProvider(FORM_VIEW_TYPE, formProvider, {
      webviewOptions: { retainContextWhenHidden: false },
      supportsMultipleEditorsPerDocument: true,
    }),
    // From the palette or editor title (a URI) or from the Teams view (a file node).
    vscode.commands.registerCommand('teamcharter.openInForm', (arg?: unknown) =>
      openInForm(isFileNode(arg) ? vscode.Uri.parse(arg.file.path) : arg, async () => {
        // The file a team works on now: its latest retrospective, else its charter.
        await linter.ready();
        const team = await pickTeam(linter, vscode.l10n.t('Open which team in the form?'));
        const file = team?.timeline.retros.at(-1) ?? team?.retros.at(-1) ?? team?.charter;
        return file && vscode.Uri.parse(file.path);
      }),
    ),
    vscode.commands.registerCommand('teamcharter.openAsText', (arg?: unknown) => {
      const target = isFileNode(arg) ? vscode.Uri.parse(arg.file.path) : arg instanceof vscode.Uri ? arg : activeFormUri();
      if (target) return formProvider.openAsText(target);
    }),
    vscode.window.createTreeView('teamcharter.teams', { treeDataProvider: tree, showCollapseAll: true }),
    vscode.commands.registerCommand('teamcharter.refreshTeams', () => linter.reindex()),
    vscode.languages.registerCodeLensProvider(selector, lenses),
    vscode.languages.registerHoverProvider(selector, lenses),
    registerActionCommands(linter),
    dashboards,
    vscode.commands.registerCommand('teamcharter.showDashboard', async (arg?: unknown) => {
      const team = await teamArgument(arg, vscode.l10n.t('Dashboard: which team?'));
      return team ? dashboards.show(team) : undefined;
    }),
    vscode.commands.registerCommand('teamcharter.exportReport', async (arg?: unknown, options?: Parameters<typeof exportReport>[2]) => {
      const team = await teamArgument(arg, vscode.l10n.t('Export the report of which team?'));
      return team ? exportReport(linter, team, options) : undefined;
    }),
    agendas,
    vscode.commands.registerCommand('teamcharter.prepareRetrospective', async (arg?: unknown) => {
      const team = await teamArgument(arg, vscode.l10n.t('Prepare the retrospective of which team?'));
      return team ? agendas.show(team) : undefined;
    }),
  );
  // Indexing reads every team file: after activation, never inside it.
  setTimeout(() => linter.start(), 0);
  const end = performance.now();
  return { linter, tree, dashboards, agendas, statusBar, activationMs: end - start, moduleLoadMs };
}

function isFileNode(arg: unknown): arg is Extract<Node, { kind: 'file' }> {
  return typeof arg === 'object' && arg !== null && (arg as Node).kind === 'file';
}

/** The file of the active form editor tab. */
function activeFormUri(): vscode.Uri | undefined {
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  return input instanceof vscode.TabInputCustom && input.viewType === FORM_VIEW_TYPE ? input.uri : undefined;
}

export function deactivate(): void {}
