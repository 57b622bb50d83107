/** npm run gen: write the generated files (see generated.ts). */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { generatedFiles, readmeWithRules } from './generated';

const files = generatedFiles();
for (const old of readdirSync('docs/rules', { withFileTypes: true })) {
  if (old.isFile() && !files.has(`docs/rules/${old.name}`)) rmSync(`docs/rules/${old.name}`);
}
for (const [path, content] of files) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}
writeFileSync('README.md', readmeWithRules(readFileSync('README.md', 'utf8')));
console.log(`wrote ${files.size} files and the README rule table`);
