import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { RULES_DOC, generatedFiles, readmeWithRules, rulesDocWithTable } from '../../../scripts/generated';

describe('generated files are up to date (run npm run gen when this fails)', () => {
  const files = generatedFiles();
  for (const [path, content] of files) {
    it(path, () => {
      assert.ok(existsSync(path), `${path} is missing`);
      assert.equal(readFileSync(path, 'utf8'), content, `${path} is stale`);
    });
  }

  it('docs/rules holds no page for a rule that does not exist', () => {
    const stray = readdirSync('docs/rules').filter((name) => !files.has(`docs/rules/${name}`));
    assert.deepEqual(stray, []);
  });

  it("README's rule table", () => {
    const readme = readFileSync('README.md', 'utf8');
    assert.equal(readme, readmeWithRules(readme));
  });

  it(`${RULES_DOC}'s rule table`, () => {
    const doc = readFileSync(RULES_DOC, 'utf8');
    assert.equal(doc, rulesDocWithTable(doc));
  });
});
