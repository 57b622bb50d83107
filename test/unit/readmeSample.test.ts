/**
 * The README's sample output is what a user gets: each block marked
 * `<!-- sample: ARGS -->` is the output of `teamcharter ARGS` run at the
 * repository's root, so a change to a rule or its wording cannot leave the
 * first page a reader sees out of date.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { buildCli, cli, REPO } from './cli/cliRun';
import * as path from 'node:path';

const SAMPLE = /<!-- sample: ([^(]+?) (?:\([^)]*\) )?-->\n```\n([\s\S]*?)```/g;

describe('README samples', () => {
  const readme = readFileSync(path.join(REPO, 'README.md'), 'utf8');
  const samples = [...readme.matchAll(SAMPLE)];

  it('has a sample, and each gives its date (the output depends on it)', () => {
    assert.ok(samples.length > 0, 'no <!-- sample: ... --> block in README.md');
    for (const [, args] of samples) assert.match(args, /--today \d{4}-\d{2}-\d{2}/, `sample "${args}" has no --today`);
  });

  for (const [, args, expected] of samples) {
    it(`teamcharter ${args}`, () => {
      buildCli();
      const result = cli(REPO, ...args.trim().split(/\s+/));
      assert.equal(result.stderr, '');
      // Blank lines around the output (stylish starts with one, as ESLint's does) are not shown in the README.
      assert.equal(result.stdout.replace(/^\n+|\n+$/g, ''), expected.replace(/\n+$/, ''), `README.md's sample of "teamcharter ${args}" is out of date`);
    });
  }
});
