/**
 * A folder cannot steer New Team Charter or New Retrospective into writing outside it (issue 20,
 * item 7): a teamcharter.root that leads out, or a symbolic link on the way, is refused with a
 * message, and nothing is written.
 */
import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activated, errorsShownDuring, fileUri, folderUri, resetWorkspace, setFolderSetting } from './vscodeHelpers';

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
    assert.deepEqual(errors, [`New Team Charter did not write ${path.join(outside(), 'escape.charter.yaml')}: teamcharter.root is "../outside", outside the workspace folder "${path.basename(folderUri().fsPath)}". New files are written only inside it.`]);
  });

  it('New Retrospective of a team with no charter refuses it too', async () => {
    await setFolderSetting('teamcharter', 'root', '..\\outside');
    const { result, errors } = await errorsShownDuring(() => vscode.commands.executeCommand('teamcharter.newRetrospective', { team: 'newcomers', format: 'start-stop-continue', date: '2024-05-06' }));
    assert.equal(result, undefined);
    assert.equal(existsSync(outside()), outsideExisted, 'no folder is made outside');
    assert.equal(errors.length, 1, errors.join('\n'));
    assert.match(errors[0], /^New Retrospective did not write .*\/outside\/retros\/2024-05-06\.retro\.yaml: teamcharter\.root is "\.\.\\outside", outside the workspace folder/);
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
      assert.deepEqual(errors, [`New Team Charter did not write linked/team/escape.charter.yaml: linked is a symbolic link, and new files are not written through links, which may lead outside the workspace folder "${path.basename(folderUri().fsPath)}".`]);
    } finally {
      rmSync(link);
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
