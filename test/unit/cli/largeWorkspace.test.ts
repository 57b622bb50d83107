import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { generateWorkspace, type Layout } from '../../../bench/generateWorkspace';
import { buildWorkspace, diskConfigs, discoverFiles } from '../../../src/cli/files';
import { TeamFile } from '../../../src/core/format/teamFile';
import { Workspace } from '../../../src/core/engine/workspace';
import type { Finding } from '../../../src/core/base/types';
import { REPO, buildCli, cli, tempWorkspace } from './cliRun';
import { RULES } from '../../../src/core/rules';

const TODAY = '2026-11-30';

/** Files a linter must take care with, next to the generated ones: they keep their parsed document, or are not parsed. */
const ODD_FILES: Record<string, string> = {
  // Anchors, aliases and a merge key: paths do not follow the written tree.
  'merged.retro.yaml':
    'kind: Retrospective\nversion: 1\nteam: team-2\ndate: 2026-11-20\nbase: &base { owner: nobody }\nactions:\n  - <<: *base\n    id: A-9000\n    title: Merged\n',
  'broken.retro.yaml': 'kind: Retrospective\nteam: team-3\ndate: [2026\n',
  'nested.charter.yaml':
    'kind: Charter\nversion: 1\nid: team-5\nteam: Five again\ngoals:\n  - id: G1\n    title: t\n    owner: zed\n    extra: { deep: { deeper: [1, 2] } }\n',
};

function sortFindings<T extends { file: string; line: number; column: number; rule: string }>(rows: T[]): T[] {
  return rows.sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0),
  );
}

/** The engine as it was before files were compacted: every document kept, one thread. */
function uncompacted(dir: string): Finding[] {
  const configs = diskConfigs();
  const { files, targets } = discoverFiles([dir], configs);
  const workspace = new Workspace({ today: TODAY, rules: RULES, configFor: (shown) => configs.configFor(shown) });
  // Parsed with yaml, documents kept: not read compact as the CLI reads them (readTeamFile).
  for (const [absolute, shown] of files) workspace.update(TeamFile.fromBytes(shown, readFileSync(absolute)));
  return targets.flatMap((t) => workspace.lintFile(t)!.findings);
}

/** Every file read compact or compacted once checked (what the CLI does). */
function compacted(dir: string): Finding[] {
  const configs = diskConfigs();
  const { files, targets } = discoverFiles([dir], configs);
  const workspace = buildWorkspace(files, configs, TODAY);
  return targets.flatMap((t) => workspace.lintFile(t)!.findings);
}

/** The CLI's JSON rows (the whole row: every field of docs/cli.md "lint --format json"). */
function viaCli(dir: string): Record<string, unknown>[] {
  const result = cli(REPO, 'lint', dir, '--format', 'json', '--today', TODAY);
  assert.ok(result.code === 0 || result.code === 1, result.stderr);
  return sortFindings(JSON.parse(result.stdout) as { file: string; line: number; column: number; rule: string }[]);
}

function asJsonRow(f: Finding): { file: string; line: number; column: number; rule: string } {
  return {
    file: f.file,
    rule: f.rule,
    step: f.step,
    severity: f.severity,
    message: f.message,
    line: f.range.line,
    column: f.range.column,
    endLine: f.range.endLine,
    endColumn: f.range.endColumn,
  } as never;
}

describe('teamcharter lint on a large workspace', function () {
  // Generating and linting 600-odd files three times per layout takes about 10 s on an idle
  // 2-core machine; a busy one takes longer. The assertions are about findings, not speed.
  this.timeout(5 * 60_000);
  before(buildCli);

  const layouts: [Layout, string][] = [
    ['shared', 'one .team folder with every team and a shared retros/'],
    ['per-team', 'a folder per team'],
    ['split', "teams split across folders (older retros in another folder's tree)"],
  ];
  for (const [layout, what] of layouts) {
    it(`compacted files give exactly the findings of whole documents: ${what}`, () => {
      const dir = path.join(tempWorkspace(), 'big');
      const files = generateWorkspace(dir, 40, 15, layout);
      if (layout === 'shared') for (const [file, text] of Object.entries(ODD_FILES)) writeFileSync(path.join(dir, '.team/retros', file), text);
      assert.ok(files.length > 500, 'a workspace of many teams');

      const reference = uncompacted(dir);
      // Enough findings, of a dozen rules, that compacting has much to keep whole (about 495 in each layout).
      assert.ok(reference.length > 400, `${reference.length} findings`);
      // Teams whose files are in different folders are still one team: no retro lost its charter.
      assert.ok(!reference.some((f) => f.rule === 'retro-unknown-team'));
      assert.ok(
        reference.some((f) => f.related?.length),
        'cross-file findings point at other files',
      );
      // Compacting keeps every finding whole: ranges, related locations, paths, fixes.
      assert.deepEqual(compacted(dir), reference);
      assert.deepEqual(viaCli(dir), sortFindings(reference.map(asJsonRow)), 'the CLI');
    });
  }
});
