/** The palette commands (category "Team Charter"). None ever overwrites a file: it offers to open it. */
import * as vscode from 'vscode';
import { str } from '../core/base/dataReaders';
import { localToday } from '../core/format/dates';
import { RETRO_FORMATS, SLUG_PATTERN, isRealDate } from '../core/format/schemas';
import { retroSeed } from '../core/format/retroSeed';
import { teamAgenda } from '../core/insights/agenda';
import { agendaCommentLines } from '../core/report/agenda';
import { holdingWords, levelName, nextStepSentence, percent, stepDetail, stepName, teamScoreSentence } from '../core/insights/scoreWords';
import type { Team } from '../core/format/team';
import { joinPath, normalizePath, relativeInside } from '../core/base/slashPaths';
import { scoreOf, type TeamScore } from '../core/insights/teamScore';
import { FORMAT_DESCRIPTIONS, charterFileName, charterTemplate, retroFileName, retroTemplate, type RetroFormat } from '../core/format/templates';
import { openRuleDocs } from './ruleDocs';
import { readSettings } from './settings';
import type { WorkspaceLinter } from './workspaceLinter';

/** A team's score as the editor shows it: the core's, and the team's open actions. */
export interface ShownTeamScore extends TeamScore {
  openActions: number;
}

/**
 * The score the status bar, the Teams view and Show Team Score show: the core's
 * team score (docs/rules.md "Scores") from the results published to the
 * Problems view, and the team's open actions.
 */
export function shownTeamScore(linter: WorkspaceLinter, team: Team): ShownTeamScore {
  const score = scoreOf(team, (file) => linter.resultOfFile(file), linter.core.rulesTurnedOff(team), linter.core.today);
  return { ...score, openActions: team.timeline.open.length };
}

/** `name` under the root folder setting, with `..` and `\` worked out (refusal() then checks where that is). */
function inRoot(folder: vscode.WorkspaceFolder, root: string, name: string): vscode.Uri {
  return folder.uri.with({ path: normalizePath(joinPath(joinPath(folder.uri.path, root), name)) });
}

/** Why a new file under the teamcharter.root setting would leave its folder. */
const rootLeadsOut = (root: string, folderName: string) => vscode.l10n.t('teamcharter.root "{0}" leads outside the workspace folder "{1}"', root, folderName);

async function pickFolder(): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length <= 1) return folders[0];
  return vscode.window.showWorkspaceFolderPick({ placeHolder: vscode.l10n.t('Which workspace folder?') });
}

async function statOf(uri: vscode.Uri): Promise<vscode.FileStat | undefined> {
  try {
    return await vscode.workspace.fs.stat(uri);
  } catch {
    return undefined;
  }
}

/** Where a command means to write a new file, and what chose the place (for a refusal). */
interface NewFile {
  /** The command's name, as the refusal begins with it. */
  command: string;
  folder: vscode.WorkspaceFolder;
  uri: vscode.Uri;
  /**
   * What led the place outside the folder, when it is, as a whole clause naming the folder:
   * e.g. 'teamcharter.root "../outside" leads outside the workspace folder "acme"'. Whole, so
   * that a translation words it as its language needs rather than gluing halves.
   */
  ledOut: (folderName: string) => string;
}

/**
 * Why the file may not be written, or undefined when it may. A folder's own settings or
 * links must not steer a write outside it, trusted or not: the file must lie inside its workspace
 * folder once `..` is worked out, and no part of the way there may be a symbolic link
 * (workspace.fs cannot say where a link leads, so none is followed).
 */
async function refusal({ command, folder, uri, ledOut }: NewFile): Promise<string | undefined> {
  const sameRoot = uri.scheme === folder.uri.scheme && uri.authority === folder.uri.authority;
  const below = sameRoot ? relativeInside(folder.uri.path, uri.path) : undefined;
  const shown = vscode.workspace.asRelativePath(uri);
  // The reason first: a notification shows its first line only.
  if (!below)
    return vscode.l10n.t('{0} wrote nothing: {1}, and new files are written only inside it (this one would be {2}).', command, ledOut(folder.name), shown);
  let path = '';
  for (const segment of below.split('/')) {
    path = joinPath(path, segment);
    const stat = await statOf(vscode.Uri.joinPath(folder.uri, path));
    // Nothing lies below a missing folder: it is made as a real folder.
    if (!stat) return undefined;
    if (stat.type & vscode.FileType.SymbolicLink)
      return vscode.l10n.t(
        '{0} wrote nothing: {1} is a symbolic link, and new files are not written through links, which may lead outside the workspace folder "{2}" (this one would be {3}).',
        command,
        path,
        folder.name,
        shown,
      );
  }
  return undefined;
}

/** Write a new file and open it (as text unless `open` says otherwise), or when one is there already, offer to open it. Returns the URI opened, if any. */
async function createAndOpen(
  file: NewFile,
  text: string,
  open: (uri: vscode.Uri) => Thenable<unknown> = (uri) => vscode.window.showTextDocument(uri),
): Promise<vscode.Uri | undefined> {
  const refused = await refusal(file);
  if (refused) return void vscode.window.showErrorMessage(refused);
  const { uri } = file;
  if (await statOf(uri)) {
    // Not awaited: the command is done; the message waits for the user on its own.
    const openIt = vscode.l10n.t('Open It');
    void vscode.window
      .showWarningMessage(vscode.l10n.t('{0} already exists. It was not changed.', vscode.workspace.asRelativePath(uri)), openIt)
      .then((choice) => {
        if (choice === openIt) void vscode.window.showTextDocument(uri);
      });
    return undefined;
  }
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  await open(uri);
  return uri;
}

/** The team of the active editor, else the only team, else one picked by the user. */
export async function pickTeam(linter: WorkspaceLinter, title: string): Promise<Team | undefined> {
  const teams = [...linter.core.allTeams()].sort((a, b) => (a.id < b.id ? -1 : 1));
  const active = vscode.window.activeTextEditor?.document.uri.toString();
  const current = active ? teams.find((t) => t.files.some((f) => f.path === active)) : undefined;
  if (teams.length <= 1) return teams[0];
  const picked = await vscode.window.showQuickPick(
    teams.map((team) => ({ label: team.id, description: str(team.charter?.data?.team) ?? vscode.l10n.t('no charter'), team, picked: team === current })),
    { title, placeHolder: current ? vscode.l10n.t('Current: {0}', current.id) : vscode.l10n.t('Pick a team') },
  );
  return picked?.team;
}

/** What New Retrospective may be given instead of asking: the team, the format, the date. */
export interface NewRetroOptions {
  team?: string;
  format?: RetroFormat;
  date?: string;
}

/**
 * Team Charter: New Retrospective — asks for what `options` does not give, writes the retro next
 * to the team's charter with the team's agenda at its top, and opens it with `open` (as text by
 * default). Start the Retrospective (the agenda panel) is this with the team given, opened in the form.
 */
export async function newRetrospective(
  linter: WorkspaceLinter,
  options: NewRetroOptions = {},
  open: (uri: vscode.Uri) => Thenable<unknown> = (uri) => vscode.window.showTextDocument(uri),
): Promise<vscode.Uri | undefined> {
  const folder = await pickFolder();
  if (!folder) return void vscode.window.showErrorMessage(vscode.l10n.t('Open a folder first: the retrospective is saved in the workspace.'));
  await linter.ready();
  const teamId =
    options.team ??
    (await pickTeam(linter, vscode.l10n.t('New retrospective: which team?')))?.id ??
    (await vscode.window.showInputBox({
      title: vscode.l10n.t('New retrospective'),
      prompt: vscode.l10n.t('Team id (no charter found yet)'),
      validateInput: (v) => (SLUG_PATTERN.test(v) ? undefined : vscode.l10n.t('A team id: lowercase letters, digits and -')),
    }));
  if (!teamId) return;
  const format =
    options.format ??
    (
      await vscode.window.showQuickPick(
        RETRO_FORMATS.map((f) => ({ label: f, detail: FORMAT_DESCRIPTIONS[f] })),
        { title: vscode.l10n.t('New retrospective: format') },
      )
    )?.label;
  if (!format) return;
  const date =
    options.date ??
    (await vscode.window.showInputBox({
      title: vscode.l10n.t('New retrospective: date'),
      value: localToday(),
      validateInput: (v) => (isRealDate(v) ? undefined : vscode.l10n.t('A date as YYYY-MM-DD')),
    }));
  if (!date) return;
  const team = linter.core.team(teamId);
  const charterUri = team?.charter ? vscode.Uri.parse(team.charter.path) : undefined;
  const { root } = readSettings(folder.uri);
  const file = charterUri
    ? {
        command: vscode.l10n.t('New Retrospective'),
        folder: vscode.workspace.getWorkspaceFolder(charterUri) ?? folder,
        uri: vscode.Uri.joinPath(charterUri, '..', 'retros', retroFileName(date)),
        ledOut: (name: string) =>
          vscode.l10n.t('it goes next to the team\'s charter, {0}, outside the workspace folder "{1}"', vscode.workspace.asRelativePath(charterUri), name),
      }
    : {
        command: vscode.l10n.t('New Retrospective'),
        folder,
        uri: inRoot(folder, root, `retros/${retroFileName(date)}`),
        ledOut: (name: string) => rootLeadsOut(root, name),
      };
  // The team's agenda as the CLI's agenda command gives it, written at the top as comments (docs/cli.md "new retro").
  const agenda = teamAgenda(linter.core, teamId, (path) => linter.configs.lookup.configFor(path));
  const seed = retroSeed(
    teamId,
    date,
    format as RetroFormat,
    file.uri.toString(),
    { charter: team?.charter, retros: team?.retros ?? [] },
    agenda && agendaCommentLines(agenda),
  );
  return createAndOpen(file, retroTemplate(seed), open);
}

export function registerCommands(linter: WorkspaceLinter, extensionUri: vscode.Uri): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('teamcharter.newCharter', async (options?: { id?: string; team?: string }) => {
      const folder = await pickFolder();
      if (!folder) return void vscode.window.showErrorMessage(vscode.l10n.t('Open a folder first: the charter is saved in the workspace.'));
      const known = new Set([...linter.core.allTeams()].filter((t) => t.charter).map((t) => t.id));
      const id =
        options?.id ??
        (await vscode.window.showInputBox({
          title: vscode.l10n.t('New team charter (1/2)'),
          prompt: vscode.l10n.t('Team id: lowercase letters, digits and -; retros refer to it'),
          placeHolder: vscode.l10n.t('platform'),
          validateInput: (value) =>
            !SLUG_PATTERN.test(value)
              ? vscode.l10n.t('Use lowercase letters, digits and - (e.g. platform)')
              : known.has(value)
                ? vscode.l10n.t('A charter with id "{0}" already exists', value)
                : undefined,
        }));
      if (!id) return;
      const team =
        options?.team ??
        (await vscode.window.showInputBox({
          title: vscode.l10n.t('New team charter (2/2)'),
          prompt: vscode.l10n.t("The team's name"),
          placeHolder: vscode.l10n.t('Platform Team'),
          validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('The team needs a name')),
        }));
      if (!team) return;
      const { root } = readSettings(folder.uri);
      const file = {
        command: vscode.l10n.t('New Team Charter'),
        folder,
        uri: inRoot(folder, root, charterFileName(id)),
        ledOut: (name: string) => rootLeadsOut(root, name),
      };
      return createAndOpen(file, charterTemplate({ id, team: team.trim(), today: localToday() }));
    }),

    vscode.commands.registerCommand('teamcharter.newRetrospective', (options?: NewRetroOptions) => newRetrospective(linter, options)),

    vscode.commands.registerCommand('teamcharter.lintWorkspace', async () => {
      const { files, problems } = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Team Charter: linting') },
        () => linter.reindex(),
      );
      // Four whole sentences, not a word "problem(s)" glued in: languages count differently.
      const counted =
        problems === 1
          ? files === 1
            ? vscode.l10n.t('Team Charter: 1 problem in 1 file')
            : vscode.l10n.t('Team Charter: 1 problem in {0} files', files)
          : files === 1
            ? vscode.l10n.t('Team Charter: {0} problems in 1 file', problems)
            : vscode.l10n.t('Team Charter: {0} problems in {1} files', problems, files);
      void vscode.window.setStatusBarMessage(counted, 5000);
      return { files, problems };
    }),

    vscode.commands.registerCommand('teamcharter.showTeamScore', async (teamId?: string) => {
      await linter.ready();
      const team = typeof teamId === 'string' ? linter.core.team(teamId) : await pickTeam(linter, vscode.l10n.t('Team score: which team?'));
      if (!team)
        return void vscode.window.showInformationMessage(vscode.l10n.t('No team files found: create a charter with "Team Charter: New Team Charter".'));
      const score = shownTeamScore(linter, team);
      // The level first, with what holds the step; the score and the pulse after.
      const next = nextStepSentence(score.steps);
      const items: (vscode.QuickPickItem & { command?: string })[] = score.steps.map((s) => ({
        label: `${levelName(s.level)}  ${stepName(s.step)}`,
        description: `${percent(s.score)} · ${stepDetail(s)}`,
        detail: s.holding.length ? vscode.l10n.t('held by {0}', holdingWords(s.holding)) : undefined,
      }));
      // The status bar's menu (it runs this command): what to do about the score, after it.
      items.push(
        { label: vscode.l10n.t('Next retrospective'), kind: vscode.QuickPickItemKind.Separator },
        {
          label: `$(checklist) ${vscode.l10n.t('Prepare Retrospective')}`,
          description: vscode.l10n.t("the agenda of {0}'s next retro, from its files", team.id),
          command: 'teamcharter.prepareRetrospective',
        },
      );
      // Not awaited: the command returns the score; the pick is the user's, whenever it comes.
      void vscode.window
        .showQuickPick(items, { title: teamScoreSentence(team.id, score, score.openActions), placeHolder: next ?? vscode.l10n.t('Every step is confirmed') })
        .then((picked) => picked?.command && vscode.commands.executeCommand(picked.command, team.id));
      return score;
    }),

    vscode.commands.registerCommand('teamcharter.openRuleDocs', (rule?: unknown) => openRuleDocs(rule)),

    vscode.commands.registerCommand('teamcharter.openConfig', () => openConfig(linter, extensionUri)),
  );
}

/** The file of the active editor, a text editor or the form. */
function activeFileUri(): vscode.Uri | undefined {
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  return input instanceof vscode.TabInputText || input instanceof vscode.TabInputCustom ? input.uri : undefined;
}

const CONFIG_FILE_NAME = 'teamcharter.config.yaml';

/**
 * Team Charter: Open Config File — the config that applies to the active file, else the one
 * at the root of its workspace folder; when there is none, a new one written at that root
 * (never over a file that is there) from media/config-template.yaml: every key explained,
 * commented out at its default (docs/format.md, "Config"). The template ships as a file,
 * not in the bundle, which has a size budget.
 */
async function openConfig(linter: WorkspaceLinter, extensionUri: vscode.Uri): Promise<vscode.Uri | undefined> {
  await linter.ready();
  const active = activeFileUri();
  const activeFolder = active && vscode.workspace.getWorkspaceFolder(active);
  const folder = activeFolder ?? (await pickFolder());
  if (!folder) return void vscode.window.showErrorMessage(vscode.l10n.t('Open a folder first: the config is saved in the workspace.'));
  const uri = linter.configs.applyingTo(activeFolder && active ? active : vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME));
  if (uri) {
    await vscode.window.showTextDocument(uri);
    return uri;
  }
  const file = {
    command: vscode.l10n.t('Open Config File'),
    folder,
    uri: vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME),
    ledOut: (name: string) => vscode.l10n.t('it goes at the root of the workspace folder "{0}"', name),
  };
  const template = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'media', 'config-template.yaml'));
  return createAndOpen(file, new TextDecoder().decode(template));
}
