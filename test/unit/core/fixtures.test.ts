/**
 * Rule fixtures: test/fixtures/rules/<rule-id>/<fires*|passes*>/ are small
 * workspaces whose expected findings are marked inline with `# expect: rule-id`
 * on the line where the finding starts. For the folder's rule and every rule
 * named in a marker, the findings must be exactly the markers (as a multiset:
 * a rule named twice on a line expects two findings there).
 */
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { loadWorkspace } from '../../../src/cli/files';
import { RULES, RULES_BY_ID } from '../../../src/core/rules';
import { TeamFile } from '../../../src/core/format/teamFile';
import { RULE_FIXTURES, TODAY, allFindings, folderMarkers, lintFolder, markKeys, marksOf, ofRule, stripMarkers } from '../helpers';

function subfolders(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => statSync(path.join(dir, name)).isDirectory())
        .sort()
    : [];
}

describe('rule fixtures', () => {
  it('every rule has a fires and a passes folder', () => {
    const missing: string[] = [];
    for (const rule of RULES) {
      const cases = subfolders(path.join(RULE_FIXTURES, rule.id));
      if (!cases.some((c) => c.startsWith('fires'))) missing.push(`${rule.id}/fires`);
      if (!cases.some((c) => c.startsWith('passes'))) missing.push(`${rule.id}/passes`);
    }
    assert.deepStrictEqual(missing, [], `rules without fixtures: ${missing.join(', ')}`);
  });

  it('every fixture folder is named after a rule and is a fires* or passes* case', () => {
    for (const ruleId of subfolders(RULE_FIXTURES)) {
      assert.ok(RULES_BY_ID.has(ruleId), `test/fixtures/rules/${ruleId} names no rule`);
      for (const name of subfolders(path.join(RULE_FIXTURES, ruleId))) {
        assert.ok(/^(fires|passes)/.test(name), `${ruleId}/${name} is neither fires* nor passes*`);
      }
    }
  });

  for (const ruleId of subfolders(RULE_FIXTURES)) {
    describe(ruleId, () => {
      for (const name of subfolders(path.join(RULE_FIXTURES, ruleId))) {
        const folder = path.join(RULE_FIXTURES, ruleId, name);
        const fires = name.startsWith('fires');
        it(`${name}: findings match the # expect markers`, () => {
          const markers = folderMarkers(folder);
          for (const mark of markers) assert.ok(RULES_BY_ID.has(mark.rule), `${mark.file}:${mark.line}: marker names unknown rule "${mark.rule}"`);
          const findings = lintFolder(folder);
          const checked = new Set([ruleId, ...markers.map((m) => m.rule)]);
          for (const rule of checked) {
            const expected = markKeys(markers.filter((m) => m.rule === rule));
            const actual = markKeys(marksOf(ofRule(findings, rule)));
            assert.deepStrictEqual(actual, expected, `${ruleId}/${name}: findings of ${rule} differ from the markers`);
          }
          // The markers are comments: without them, every finding is the same.
          const { workspace } = loadWorkspace([folder], { today: TODAY });
          const snapshot = () =>
            allFindings(workspace.lintAll())
              .map((f) => `${f.file} ${JSON.stringify(f.range)} ${f.rule} ${f.message}`)
              .sort();
          const withMarkers = snapshot();
          for (const file of [...workspace.allFiles()]) workspace.update(TeamFile.fromText(file.path, stripMarkers(file.text)));
          assert.deepStrictEqual(snapshot(), withMarkers, 'removing the markers changes the findings');
          if (fires) {
            assert.ok(
              markers.some((m) => m.rule === ruleId),
              `${ruleId}/${name} has no "# expect: ${ruleId}" marker`,
            );
          } else {
            assert.deepStrictEqual(ofRule(findings, ruleId), [], `${ruleId}/${name}: the rule fired in a passes folder`);
          }
        });
      }
    });
  }
});
