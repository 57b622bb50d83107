/** npm run gen: write the generated files (see generated.ts). */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { RULES_DOC, generatedFiles, readmeWithRules, rulesDocWithTable } from './generated';

const files = generatedFiles();
for (const old of readdirSync('docs/rules', { withFileTypes: true })) {
  if (old.isFile() && !files.has(`docs/rules/${old.name}`)) rmSync(`docs/rules/${old.name}`);
}
for (const [path, content] of files) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}
writeFileSync('README.md', readmeWithRules(readFileSync('README.md', 'utf8')));
writeFileSync(RULES_DOC, rulesDocWithTable(readFileSync(RULES_DOC, 'utf8')));
console.log(`wrote ${files.size} files and the rule tables of the README and ${RULES_DOC}`);
