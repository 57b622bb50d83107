/**
 * No list is spread into a call's arguments (issue 12): `push(...list)` and
 * `Math.max(...list)` pass one argument per item, and a file with a few hundred
 * thousand findings overflows the stack. `npm run lint` refuses them
 * (no-restricted-syntax in eslint.config.mjs); these plant them and check.
 */
import { strict as assert } from 'node:assert';
import { rulesFor } from './plantedLint';

/** A module whose one expression is `line`, with the names it uses exported (so nothing else is reported). */
const planted = (line: string) =>
  `export const out: number[] = [], rows: number[] = [], codes: number[] = [], args: number[] = [];\nexport const f = (...a: number[]) => a;\nexport const planted = () => ${line};\n`;

describe('lint: no unbounded spread into call arguments', function () {
  this.timeout(60_000);

  for (const layer of ['src/core', 'src/cli', 'src/extension', 'webview']) {
    it(`refuses push(...list), Math.max(...list) and the like in ${layer}`, async () => {
      for (const bad of [
        'out.push(...rows)',
        'Math.max(...rows.map((r) => r + 1))',
        'Math.min(...rows)',
        'out.unshift( ...rows)',
        'String.fromCharCode(...codes)',
        'String.fromCodePoint(...codes)',
        'out?.push(...rows)',
      ]) {
        assert.deepEqual(await rulesFor(`${layer}/planted.ts`, planted(bad)), ['no-restricted-syntax'], bad);
      }
    });
  }

  it('allows bounded spreads and other calls', async () => {
    for (const fine of ['out.push(...[1, 2])', 'f(...args)', '[...rows, ...codes]', 'Math.max(rows[0], codes[0])', 'out.push(rows.length)']) {
      assert.deepEqual(await rulesFor('src/core/planted.ts', planted(fine)), [], fine);
    }
  });
});
