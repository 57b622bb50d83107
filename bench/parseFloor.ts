/** The floor for the benchmark: read and parse every file with `yaml` alone, nothing else. */
import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { findTeamFiles } from '../src/cli/files';

export function parseAll(files: string[]): number {
  let nodes = 0;
  for (const file of files) {
    const doc = parseDocument(readFileSync(file, 'utf8'));
    if (doc.contents) nodes++;
  }
  return nodes;
}

// As a process of its own, to compare with the CLI process like for like.
if (require.main === module) parseAll(findTeamFiles(process.argv[2]));
