/**
 * GitHub runs the Action's bundle as committed (dist/action.js), never a build of the sources:
 * a bundle older than src/action and what it imports is a real bug, so this rebuilds it and
 * compares.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { REPO } from '../cli/cliRun';

const BUNDLE = 'dist/action.js';
const REBUILD = 'node esbuild.mjs --action';

describe('the GitHub Action bundle (dist/action.js)', function () {
  this.timeout(60_000);

  it('is what the sources build today', () => {
    const fresh = path.join(mkdtempSync(path.join(tmpdir(), 'teamcharter-action-')), 'action.js');
    const build = spawnSync('node', ['esbuild.mjs', '--action', '--outfile', fresh], { cwd: REPO, encoding: 'utf8' });
    assert.equal(build.status, 0, build.stderr);
    const committed = readFileSync(path.join(REPO, BUNDLE), 'utf8');
    assert.ok(readFileSync(fresh, 'utf8') === committed, `${BUNDLE} is stale: run \`${REBUILD}\` and commit ${BUNDLE}`);
  });

  it('is committed, not ignored as the rest of dist/ is', () => {
    const ignored = spawnSync('git', ['check-ignore', '-q', BUNDLE], { cwd: REPO });
    assert.equal(ignored.status, 1, `${BUNDLE} is ignored by .gitignore: GitHub would find no bundle to run`);
    const others = spawnSync('git', ['check-ignore', '-q', 'dist/cli.js'], { cwd: REPO });
    assert.equal(others.status, 0, 'the rest of dist/ stays ignored');
  });
});
