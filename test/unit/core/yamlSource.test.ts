/**
 * The edit gate tells comments from text by yaml's lexer (src/core/yaml/yamlSource.ts):
 * held here to yaml's own syntax tree, on generated texts full of YAML's corner
 * cases (block scalars whose lines start with '#', quotes holding '#', flow).
 * By hand, longer: FUZZ_RUNS=200000 npx mocha --no-config --require tsx test/unit/core/yamlSource.test.ts
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { Parser, parseDocument } from 'yaml';
import { commentsOf } from '../../../src/core/yaml/yamlSource';

const RUNS = Number(process.env.FUZZ_RUNS ?? 3000);

/** The comments of yaml's concrete syntax tree, with their offsets. */
function treeComments(text: string): { offset: number; text: string }[] {
  const comments: { offset: number; text: string }[] = [];
  const stack: unknown[] = [...new Parser().parse(text)];
  while (stack.length > 0) {
    const value = stack.pop() as Record<string, unknown> | unknown[] | null;
    if (Array.isArray(value)) stack.push(...value);
    else if (value && typeof value === 'object') {
      if (value.type === 'comment') comments.push({ offset: value.offset as number, text: (value.source as string).trimEnd() });
      else for (const child of Object.values(value)) if (child && typeof child === 'object') stack.push(child);
    }
  }
  return comments.sort((a, b) => a.offset - b.offset);
}

const PARTS = [
  ...':-?[]{}&*!|>#\'"%@`,<= \n\n\n  \t\r\\/.~',
  'a',
  'k',
  '1',
  '# c',
  ' # d',
  '#\tt',
  'key: ',
  '- ',
  '|\n  #x\n',
  '|+\n',
  '>-\n  # y\n',
  '"a#b"',
  "'#'",
  'x #y',
];

describe('yamlSource: comments as yaml reads them', () => {
  it('a "#" line inside a block scalar is text, a "#" in quotes is text, a comment after a value is a comment', () => {
    assert.deepEqual(
      commentsOf('a: |\n  # text\nb: "x # y" # real\n').map((c) => c.text),
      ['# real'],
    );
    assert.deepEqual(commentsOf('|\n# text at the root\n'), []);
    assert.deepEqual(commentsOf('a: |\n#c\nb: 1\n'), [{ offset: 5, text: '#c' }]);
  });

  it(`agrees with yaml's syntax tree on every generated text that parses (${RUNS} texts)`, () => {
    let compared = 0;
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PARTS), { maxLength: 40 }).map((parts) => parts.join('')),
        (text) => {
          if (parseDocument(text).errors.length > 0) return;
          compared++;
          assert.deepEqual(commentsOf(text), treeComments(text), JSON.stringify(text));
        },
      ),
      { numRuns: RUNS, seed: 20261206 },
    );
    assert.ok(compared > RUNS / 20, `enough texts parse to compare (${compared})`);
  });
});
