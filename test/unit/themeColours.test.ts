/**
 * The form and the dashboard take every colour from VS Code's theme, so they read
 * in Light, Dark, High Contrast and High Contrast Light alike: no colour is
 * written in their CSS or their markup. The standalone HTML report keeps its own
 * palette, light and dark by prefers-color-scheme, and yields to forced colours.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { REPORT_CASES } from '../../scripts/reportFixture';
import { REPORT_LAYOUT_CSS } from '../../src/core/report';

const NAMED = [
  'black',
  'white',
  'red',
  'green',
  'blue',
  'yellow',
  'orange',
  'purple',
  'gray',
  'grey',
  'silver',
  'maroon',
  'navy',
  'teal',
  'olive',
  'lime',
  'aqua',
  'fuchsia',
  'pink',
  'brown',
  'cyan',
  'magenta',
  'gold',
  'indigo',
  'violet',
  'darkgray',
  'darkgrey',
  'lightgray',
  'lightgrey',
  'dimgray',
  'whitesmoke',
];
const COLOUR = new RegExp(
  `#[0-9a-f]{3,8}\\b|\\b(rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\\(|:\\s*(${NAMED.join('|')})\\b|\\s(${NAMED.join('|')})\\s*[;)]`,
  'gi',
);

/** The colours written in a style sheet, comments left out. */
function fixedColours(css: string): string[] {
  return css.replace(/\/\*[\s\S]*?\*\//g, '').match(COLOUR) ?? [];
}

describe('colours come from the theme', () => {
  it('finds colours where there are some (the check itself)', () => {
    assert.deepEqual(fixedColours('a { color: #fff; background: rgba(0, 0, 0, 0.5); border: 1px solid red; } /* #000 */'), ['#fff', 'rgba(', ' red;']);
    assert.deepEqual(fixedColours('a { color: var(--vscode-foreground); border: 1px solid var(--vscode-contrastBorder, transparent); }'), []);
  });

  const media = path.join(__dirname, '../../media');
  for (const name of readdirSync(media).filter((n) => n.endsWith('.css'))) {
    it(`media/${name} writes no colour of its own`, () => {
      assert.deepEqual(fixedColours(readFileSync(path.join(media, name), 'utf8')), []);
    });
  }

  it("the report's layout (inlined in the dashboard) writes no colour: only its variables, and the system's in forced colours", () => {
    assert.deepEqual(fixedColours(REPORT_LAYOUT_CSS), []);
    assert.match(REPORT_LAYOUT_CSS, /@media \(forced-colors: active\)/);
  });

  it("the report's body (the dashboard's content) has no inline style or colour attribute", () => {
    const html = readFileSync(REPORT_CASES[1].expected, 'utf8');
    const body = html.slice(html.indexOf('<body>'));
    assert.doesNotMatch(body, /\sstyle=|\s(fill|stroke|color|bgcolor)="/);
  });

  it('the standalone report has its own palette for light and dark, and yields to forced colours', () => {
    const html = readFileSync(REPORT_CASES[1].expected, 'utf8');
    assert.match(html, /@media \(prefers-color-scheme: dark\)/);
    assert.match(html, /@media \(forced-colors: active\) \{\s*html:root \{[^}]*--step-1: CanvasText/);
  });
});
