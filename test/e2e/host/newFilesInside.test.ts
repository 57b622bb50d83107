/**
 * A folder cannot steer New Team Charter or New Retrospective into writing outside it (issue 20,
 * item 7): a teamcharter.root that leads out, or a symbolic link on the way, is refused with a
 * message, and nothing is written.
 */
import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activated, errorsShownDuring, fileUri, folderUri, resetWorkspace, setFolderSetting, waitForDiagnostics } from './vscodeHelpers';

describe('new files stay inside the workspace folder', () => {
  /** Where "../outside" leads from the workspace folder (a fresh temp folder, so nothing of ours is there). */
  const outside = () => path.join(path.dirname(folderUri().fsPath), 'outside');
  let outsideExisted: boolean;
  let settingsExisted: boolean;

  before(() => {
    outsideExisted = existsSync(outside());
    settingsExisted = existsSync(path.join(folderUri().fsPath, '.vscode'));
  });

  beforeEach(async () => {
    await resetWorkspace();
    await activated();
  });

  afterEach(() => setFolderSetting('teamcharter', 'root', undefined));

  after(() => {
    if (!settingsExisted) rmSync(path.join(folderUri().fsPath, '.vscode'), { recursive: true, force: true });
  });

  it('New Team Charter refuses a folder setting teamcharter.root of ../outside, says why, and writes nothing', async () => {
    await setFolderSetting('teamcharter', 'root', '../outside');
    const { result, errors } = await errorsShownDuring(() => vscode.commands.executeCommand('teamcharter.newCharter', { id: 'escape', team: 'Escape Team' }));
    assert.equal(result, undefined);
    assert.equal(existsSync(outside()), outsideExisted, 'no folder is made outside');
    assert.equal(existsSync(path.join(outside(), 'escape.charter.yaml')), false);
    assert.deepEqual(errors, [
      `New Team Charter wrote nothing: teamcharter.root "../outside" leads outside the workspace folder "${path.basename(folderUri().fsPath)}", and new files are written only inside it (this one would be ${path.join(outside(), 'escape.charter.yaml')}).`,
    ]);
  });

  it('New Retrospective of a team with no charter refuses it too', async () => {
    await setFolderSetting('teamcharter', 'root', '..\\outside');
    const { result, errors } = await errorsShownDuring(() =>
      vscode.commands.executeCommand('teamcharter.newRetrospective', { team: 'newcomers', format: 'start-stop-continue', date: '2024-05-06' }),
    );
    assert.equal(result, undefined);
    assert.equal(existsSync(outside()), outsideExisted, 'no folder is made outside');
    assert.equal(errors.length, 1, errors.join('\n'));
    assert.match(
      errors[0],
      /^New Retrospective wrote nothing: teamcharter\.root "\.\.\\outside" leads outside the workspace folder ".*", and new files are written only inside it \(this one would be .*\/outside\/retros\/2024-05-06\.retro\.yaml\)\.$/,
    );
  });

  it('a symbolic link on the way is not written through', async () => {
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'teamcharter-elsewhere-'));
    const link = path.join(folderUri().fsPath, 'linked');
    symlinkSync(elsewhere, link, 'dir');
    try {
      await setFolderSetting('teamcharter', 'root', 'linked/team');
      const { result, errors } = await errorsShownDuring(() => vscode.commands.executeCommand('teamcharter.newCharter', { id: 'escape', team: 'Escape Team' }));
      assert.equal(result, undefined);
      assert.deepEqual(readdirSync(elsewhere), [], 'nothing is written where the link leads');
      assert.deepEqual(errors, [
        `New Team Charter wrote nothing: linked is a symbolic link, and new files are not written through links, which may lead outside the workspace folder "${path.basename(folderUri().fsPath)}" (this one would be linked/team/escape.charter.yaml).`,
      ]);
    } finally {
      rmSync(link);
      rmSync(elsewhere, { recursive: true });
    }
  });

  it('a team whose charter was opened from outside the folder gets no retro written next to it', async () => {
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'teamcharter-elsewhere-'));
    const charter = vscode.Uri.file(path.join(elsewhere, 'faraway.charter.yaml'));
    writeFileSync(charter.fsPath, 'id: faraway\nteam: Far Away\n');
    try {
      await vscode.window.showTextDocument(charter);
      await waitForDiagnostics(charter, (ds) => ds.length > 0, 'the charter opened from outside is linted');
      const { result, errors } = await errorsShownDuring(() =>
        vscode.commands.executeCommand('teamcharter.newRetrospective', { team: 'faraway', format: 'start-stop-continue', date: '2024-05-06' }),
      );
      assert.equal(result, undefined);
      assert.deepEqual(readdirSync(elsewhere), ['faraway.charter.yaml'], 'no retros folder is made next to it');
      assert.equal(errors.length, 1, errors.join('\n'));
      assert.match(errors[0], /^New Retrospective wrote nothing: it goes next to the team's charter, .*faraway\.charter\.yaml, outside the workspace folder/);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      rmSync(elsewhere, { recursive: true });
    }
  });

  it('a root inside the folder, however spelt, is written as before', async () => {
    await setFolderSetting('teamcharter', 'root', './docs/../teams/');
    try {
      const uri = await vscode.commands.executeCommand<vscode.Uri>('teamcharter.newCharter', { id: 'inside', team: 'Inside Team' });
      assert.equal(uri?.toString(), fileUri('teams/inside.charter.yaml').toString());
      assert.ok(existsSync(path.join(folderUri().fsPath, 'teams/inside.charter.yaml')));
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(fileUri('teams'), { recursive: true });
    }
  });
});
