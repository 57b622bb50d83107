import { strict as assert } from 'node:assert';
import { parse, parseDocument } from 'yaml';
import * as vscode from 'vscode';
import { localToday } from '../../../src/core/format/dates';
import { CHARTER, RETRO_2, activated, fileUri, original, resetWorkspace, waitForTab } from './vscodeHelpers';

/** The page's text between two tags as a person reads it: tags dropped, entities back to characters. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** A section of the agenda page by its list's name ("actions", "goals"…). */
function section(html: string, list: string): string {
  const found = new RegExp(`<section class="agenda-list" aria-labelledby="agenda-${list}">([\\s\\S]*?)</section>`).exec(html);
  assert.ok(found, `the page has the section agenda-${list}`);
  return found[1];
}

/** Each link of a piece of the page: the command it runs, its arguments, and what it says. */
function links(html: string): { command: string; args: unknown[]; text: string }[] {
  return [...html.matchAll(/<a(?: class="[^"]*")? href="command:([\w.]+)\?([^"]*)">([^<]*)<\/a>/g)].map((m) => ({
    command: m[1],
    args: JSON.parse(decodeURIComponent(textOf(m[2]))) as unknown[],
    text: textOf(m[3]),
  }));
}

/**
 * The team's open actions as its retros say them, read here from the files: every action a
 * retro creates, less those a later retro reviews as done or dropped; with the title it was created with.
 */
async function openActionsInFiles(): Promise<Map<string, string>> {
  const retros = (await vscode.workspace.findFiles('**/*.retro.yaml'))
    .map(
      (uri) =>
        parse(original(vscode.workspace.asRelativePath(uri, false))) as {
          date: string;
          actions?: { id: string; title: string }[];
          previousActions?: { id: string; status?: string }[];
        },
    )
    .sort((a, b) => (String(a.date) < String(b.date) ? -1 : 1));
  const open = new Map<string, string>();
  for (const retro of retros) {
    for (const review of retro.previousActions ?? []) if (review.status === 'done' || review.status === 'dropped') open.delete(review.id);
    for (const action of retro.actions ?? []) open.set(action.id, action.title);
  }
  return open;
}

/** Resolve when the open agenda of `team` shows what `test` wants, checked now and each time it redraws. */
async function agendaShows(team: string, test: (html: string) => boolean, what: string): Promise<string> {
  const { agendas } = await activated();
  return new Promise((resolve, reject) => {
    const check = () => {
      const html = agendas.shown(team) ?? '';
      if (!test(html)) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(html);
    };
    const subscription = agendas.onDidRender((shown) => shown === team && check());
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`timed out waiting for the agenda to show ${what}`));
    }, 20_000);
    check();
  });
}

describe('Prepare Retrospective: the agenda panel', () => {
  beforeEach(async () => {
    await resetWorkspace();
    await activated();
  });

  it('is contributed and registered', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['teamcharter.prepareRetrospective', 'teamcharter.startRetrospective', 'teamcharter.openTeamFileAt']) assert.ok(commands.includes(id), id);
  });

  it("lists the team's open actions, as its files say them, each linked to its place in its retro; runs no script", async () => {
    const html = await vscode.commands.executeCommand<string>('teamcharter.prepareRetrospective', 'platform');
    const tab = await waitForTab((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.includes('teamcharter.agenda'), 'the agenda tab');
    assert.equal(tab.label, 'Retro agenda platform');
    assert.match(html, /<h1>Retro agenda: Platform Team \(platform\)<\/h1>/);
    const csp = /Content-Security-Policy" content="([^"]+)"/.exec(html)![1];
    assert.match(csp, /default-src 'none'/);
    assert.doesNotMatch(csp, /script-src/);
    assert.doesNotMatch(html, /<script/);

    const open = await openActionsInFiles();
    assert.ok(open.size > 0, 'the workspace has open actions');
    const actions = section(html, 'actions');
    const items = [...actions.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => m[1]);
    assert.deepEqual(
      items.map((item) => textOf(item).split(' ')[0]),
      [...open.keys()],
      'every open action, oldest first, and no other',
    );
    for (const [i, [id, title]] of [...open].entries()) {
      assert.ok(textOf(items[i]).startsWith(`${id} "${title}"`), textOf(items[i]));
      const [link] = links(items[i]);
      assert.equal(link.command, 'teamcharter.openTeamFileAt');
      assert.match(link.text, new RegExp(`^${id} in \\.team/retros/\\d{4}-\\d\\d-\\d\\d\\.retro\\.yaml, line \\d+$`), 'the link says where it goes');
      // Following it opens that file at that line, on the action's id.
      const editor = await vscode.commands.executeCommand<vscode.TextEditor>(link.command, ...link.args);
      assert.equal(vscode.workspace.asRelativePath(editor.document.uri), /in (\S+),/.exec(link.text)![1]);
      assert.equal(editor.selection.active.line + 1, Number(/line (\d+)$/.exec(link.text)![1]));
      assert.match(editor.document.lineAt(editor.selection.active.line).text, new RegExp(`id: ${id}\\b`));
    }
    // Every link runs one of the commands the panel allows.
    for (const link of links(html))
      assert.ok(['teamcharter.openTeamFileAt', 'teamcharter.openRuleDocs', 'teamcharter.startRetrospective'].includes(link.command), link.command);
  });

  it("links goals to the charter and a focus step's rules to their docs; a link to a file of no team opens nothing", async () => {
    const html = await vscode.commands.executeCommand<string>('teamcharter.prepareRetrospective', 'platform');
    const goalIds = (parse(original(CHARTER)) as { goals: { id: string }[] }).goals.map((g) => g.id);
    const goals = links(section(html, 'goals'));
    assert.ok(goals.length > 0, 'the fixture has goals on the agenda (overdue)');
    for (const link of goals) {
      const id = link.text.split(' ')[0];
      assert.ok(goalIds.includes(id), link.text);
      assert.match(link.text, new RegExp(`^${id} in \\.team/platform\\.charter\\.yaml, line \\d+$`));
      const editor = await vscode.commands.executeCommand<vscode.TextEditor>(link.command, ...link.args);
      assert.match(editor.document.lineAt(editor.selection.active.line).text, new RegExp(`- id: ${id}\\b`));
    }
    const focus = links(section(html, 'focus'));
    assert.ok(focus.length > 0, 'the focus steps name the rules holding them');
    for (const link of focus) {
      assert.equal(link.command, 'teamcharter.openRuleDocs');
      assert.equal(link.text, `rule ${String(link.args[0])}: documentation`);
    }
    assert.equal(await vscode.commands.executeCommand(focus[0].command, ...focus[0].args), focus[0].args[0]);
    await waitForTab((t) => t.input instanceof vscode.TabInputWebview && /markdown/i.test(t.input.viewType), 'the rule docs in the markdown preview');
    assert.equal(await vscode.commands.executeCommand('teamcharter.openTeamFileAt', fileUri('package.json').toString(), []), undefined);
  });

  it('links a pulse step to where the team rated it, a change to the charter, the suggested facilitator to the member', async () => {
    const { linter } = await activated();
    const retro = '.team/retros/2024-03-04.retro.yaml';
    await vscode.workspace.fs.writeFile(
      fileUri(retro),
      new TextEncoder().encode(
        'kind: Retrospective\nversion: 1\nteam: platform\ndate: 2024-03-04\nformat: start-stop-continue\nfacilitator: lee\nattendees: [dana, lee]\nactions: []\npulse:\n  responses: 2\n  decisions: [1, 1, 0, 0, 0]\n',
      ),
    );
    const charter = original(CHARTER).replace('change: []\n', 'change:\n  - title: Move builds to the new CI\n    status: in-progress\n');
    assert.notEqual(charter, original(CHARTER));
    await vscode.workspace.fs.writeFile(fileUri(CHARTER), new TextEncoder().encode(charter));
    await linter.reindex();
    await vscode.commands.executeCommand<string>('teamcharter.prepareRetrospective', 'platform');
    // A charter still open from a test before is read again once VS Code sees the file change.
    const html = await agendaShows(
      'platform',
      (shown) => /Move builds to the new CI/.test(section(shown, 'changes')) && /Step 5/.test(section(shown, 'pulse')),
      'the new pulse and change',
    );
    const follow = async (link: { command: string; args: unknown[] }) => {
      const editor = await vscode.commands.executeCommand<vscode.TextEditor>(link.command, ...link.args);
      return editor.document.lineAt(editor.selection.active.line).text;
    };

    const [rating, ...docs] = links(section(html, 'pulse'));
    assert.ok(rating, `the pulse item has links: ${section(html, 'pulse')}`);
    assert.match(rating.text, /^Step 5's pulse in \.team\/retros\/2024-03-04\.retro\.yaml, line \d+$/);
    assert.match(await follow(rating), /^ {2}decisions: \[1, 1, 0, 0, 0\]$/);
    assert.ok(
      docs.some((l) => l.text === 'rule pulse-low: documentation'),
      docs.map((l) => l.text).join('; '),
    );
    const [change] = links(section(html, 'changes'));
    assert.ok(change, `the change has a link: ${section(html, 'changes')}`);
    assert.match(change.text, /^The change in \.team\/platform\.charter\.yaml, line \d+$/);
    assert.match(await follow(change), /- title: Move builds to the new CI$/);
    // The member suggested to facilitate, at their name in the charter.
    const [facilitator] = links(section(html, 'facilitator'));
    assert.ok(facilitator, `the facilitator has a link: ${section(html, 'facilitator')}`);
    const name = facilitator.text.split(' ')[0];
    assert.match(facilitator.text, /^\S+ in \.team\/platform\.charter\.yaml, line \d+$/);
    assert.match(await follow(facilitator), new RegExp(`- name: ${name}\\b`));
  });

  it('follows the files: an action reviewed as done leaves the agenda', async () => {
    await vscode.commands.executeCommand<string>('teamcharter.prepareRetrospective', 'platform');
    assert.match(textOf(section((await activated()).agendas.shown('platform')!, 'actions')), /A-1 "/);
    const done = original(RETRO_2).replace('  - id: A-1   # expect: action-overdue\n    status: carried\n', '  - id: A-1\n    status: done\n');
    assert.notEqual(done, original(RETRO_2));
    await vscode.workspace.fs.writeFile(fileUri(RETRO_2), new TextEncoder().encode(done));
    await agendaShows('platform', (html) => html !== '' && !/A-1 "/.test(textOf(section(html, 'actions'))), 'A-1 gone once done');
  });

  it('Start the Retrospective writes the retro as New Retrospective does, the agenda at its top, and opens it in the form', async () => {
    const open = await openActionsInFiles();
    const html = await vscode.commands.executeCommand<string>('teamcharter.prepareRetrospective', 'platform');
    const start = links(html).find((l) => l.text === 'Start the Retrospective');
    assert.ok(start, 'the page has the start button');
    assert.equal(start.command, 'teamcharter.startRetrospective');
    assert.deepEqual(start.args, ['platform']);
    // The link's own arguments, and what New Retrospective would then ask: the format, and the date (today by default).
    const date = localToday();
    const uri = await vscode.commands.executeCommand<vscode.Uri>(start.command, ...start.args, { format: '4ls', date });
    assert.equal(uri?.toString(), fileUri(`.team/retros/${date}.retro.yaml`).toString());
    await waitForTab(
      (t) => t.input instanceof vscode.TabInputCustom && t.input.viewType === 'teamcharter.form' && t.input.uri.toString() === uri.toString(),
      'the new retro in the form',
    );
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    const document = parseDocument(text);
    assert.deepEqual(document.errors, [], 'the new retro parses');
    const data = document.toJS() as { team: string; format: string; date: string; previousActions: { id: string }[] };
    assert.deepEqual([data.team, data.format, String(data.date)], ['platform', '4ls', date]);
    assert.deepEqual(
      data.previousActions.map((a) => a.id),
      [...open.keys()],
    );
    // The agenda, as comments before the first key: one line per open action.
    const top = text.slice(0, text.indexOf('\nkind:'));
    assert.ok(
      top.split('\n').every((line) => line === '' || line.startsWith('#')),
      top,
    );
    assert.match(top, /^# .*Agenda/m);
    for (const [id, title] of open) assert.match(top, new RegExp(`^#\\s+- ${id} "${title}"`, 'm'));
  });
});
