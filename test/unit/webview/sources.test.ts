/**
 * The webview runs under a strict Content-Security-Policy and shows text from
 * files as text. These checks read its sources: no way around lit's escaping,
 * no inline styles (blocked by the CSP), no eval, no node or vscode imports.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

const files = sources('webview').map((path) => ({ path, text: readFileSync(path, 'utf8') }));

describe('webview sources: text stays text, and the CSP holds', () => {
  it('finds the webview sources', () => {
    assert.ok(files.some((f) => f.path.endsWith('main.ts')));
  });

  const forbidden: [string, RegExp][] = [
    ['unsafeHTML / unsafeSVG / unsafeStatic', /unsafe(HTML|SVG|Static|MathML)/],
    ['innerHTML / outerHTML / insertAdjacentHTML', /\b(innerHTML|outerHTML|insertAdjacentHTML)\b/],
    ['eval / new Function', /\beval\s*\(|new Function\s*\(/],
    ['document.write', /document\.write/],
    ['inline style attributes or styleMap', /\bstyle=|styleMap|\.style\s*=/],
    ['inline event handler attributes', /\son[a-z]+=\$\{|\son[a-z]+="/],
    ['node or vscode imports', /from ['"](node:|vscode['"]|fs['"]|path['"])/],
  ];
  for (const [what, pattern] of forbidden) {
    it(`uses no ${what}`, () => {
      const offenders = files.filter((f) => pattern.test(f.text)).map((f) => f.path);
      assert.deepEqual(offenders, []);
    });
  }
});
