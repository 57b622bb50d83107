/**
 * No list is spread into a call's arguments (issue 12): `push(...list)` and
 * `Math.max(...list)` pass one argument per item, and a file with a few hundred
 * thousand findings overflows the stack. There is no ESLint config in this
 * project, so this test is the lint rule: it reads the sources.
 */
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';

const REPO = path.resolve(__dirname, '../..');

/** Calls that take one argument per item; a spread of an array literal (`push(...[a, b])`) is bounded and allowed. */
const UNBOUNDED_SPREAD = /(?:\.(?:push|unshift)|Math\.(?:max|min)|String\.fromCharCode|String\.fromCodePoint)\(\s*\.\.\.(?!\[)/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

describe('sources: no unbounded spread into call arguments', () => {
  it('src/ and webview/ have no push(...list), Math.max(...list) or the like', () => {
    const offending: string[] = [];
    for (const file of [...sources(path.join(REPO, 'src')), ...sources(path.join(REPO, 'webview'))]) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, index) => {
          if (UNBOUNDED_SPREAD.test(line)) offending.push(`${path.relative(REPO, file)}:${index + 1}: ${line.trim()}`);
        });
    }
    assert.deepEqual(offending, [], 'use pushAll (src/core/arrays.ts) or a loop instead');
  });

  it('the pattern catches what it is for', () => {
    for (const bad of ['out.push(...rows)', 'Math.max(...rows.map((r) => r.length))', 'list.unshift( ...more)', 'String.fromCharCode(...codes)']) assert.match(bad, UNBOUNDED_SPREAD, bad);
    for (const fine of ['out.push(...[a, b])', 'f(...args)', 'const all = [...a, ...b]', 'pushAll(out, rows)']) assert.doesNotMatch(fine, UNBOUNDED_SPREAD, fine);
  });
});
