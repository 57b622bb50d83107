/**
 * Every text the extension shows in VS Code's own UI goes through vscode.l10n.t, so that a
 * translation bundle can replace it (CONTRIBUTING.md "Translating"). This reads the sources of
 * src/extension and reports a string literal, or a template with words in it, that reaches a
 * place the user reads without vscode.l10n.t: a notification, a pick or input box (titles,
 * placeholders, prompts, item labels, validation messages), a progress or status bar text, a
 * tree item, a code action, a CodeLens, a hover, a webview panel's title, a reply the form shows.
 * Texts from the core (rule messages, score words) are not the extension's to translate.
 */
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

const EXTENSION = path.join(__dirname, '../../../src/extension');

/** The same in every language: a date pattern the input must match, and the names of the report formats. */
const ALLOWED = new Set(['YYYY-MM-DD', 'HTML', 'Markdown']);

/** Calls whose arguments the user reads; a list names the arguments that are text (the others are ids, options...). */
const SINKS: Record<string, number[] | 'all'> = {
  showInformationMessage: 'all',
  showWarningMessage: 'all',
  showErrorMessage: 'all',
  setStatusBarMessage: [0],
  showQuickPick: 'all',
  showInputBox: 'all',
  showWorkspaceFolderPick: 'all',
  showSaveDialog: 'all',
  showOpenDialog: 'all',
  withProgress: [0],
  createWebviewPanel: [1],
  appendText: [0],
  appendMarkdown: [0],
  // Ours: the title of the team pick, and the message of a reply the form shows.
  pickTeam: [1],
  teamArgument: [1],
  reply: [2],
};
/** Constructors whose first argument is the text shown. */
const SHOWN_BY_CONSTRUCTOR = new Set(['TreeItem', 'CodeAction', 'MarkdownString']);
/** Keys of object literals (options, items, commands) and properties assigned whose value the user reads. */
const TEXT_KEYS = new Set(['title', 'placeHolder', 'prompt', 'label', 'description', 'detail', 'tooltip', 'text', 'note', 'message', 'validateInput']);

const isL10n = (node: ts.Node) => ts.isCallExpression(node) && node.expression.getText() === 'vscode.l10n.t';
/** Words in a literal's text, once codicons like $(checklist) are taken out. */
const hasWords = (text: string) => /[A-Za-z]/.test(text.replace(/\$\([a-z-]+\)/g, ''));

/** The literals with words among the values `expression` may have, that vscode.l10n.t does not wrap. */
function unwrapped(expression: ts.Node | undefined): ts.Node[] {
  if (!expression || isL10n(expression)) return [];
  if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression))
    return hasWords(expression.text) && !ALLOWED.has(expression.text) ? [expression] : [];
  if (ts.isTemplateExpression(expression)) {
    const words = [expression.head.text, ...expression.templateSpans.map((span) => span.literal.text)].some(hasWords);
    return words ? [expression] : expression.templateSpans.flatMap((span) => unwrapped(span.expression));
  }
  if (ts.isParenthesizedExpression(expression) || ts.isAsExpression(expression) || ts.isAwaitExpression(expression)) return unwrapped(expression.expression);
  if (ts.isConditionalExpression(expression)) return [...unwrapped(expression.whenTrue), ...unwrapped(expression.whenFalse)];
  if (ts.isBinaryExpression(expression)) return [...unwrapped(expression.left), ...unwrapped(expression.right)];
  if (ts.isArrayLiteralExpression(expression)) return expression.elements.flatMap(unwrapped);
  if (ts.isObjectLiteralExpression(expression))
    return expression.properties.flatMap((p) => (ts.isPropertyAssignment(p) && TEXT_KEYS.has(p.name.getText()) ? unwrapped(p.initializer) : []));
  // A validateInput function, or the callback that maps a list to pick items: what it returns.
  if (ts.isArrowFunction(expression) || ts.isFunctionExpression(expression)) {
    if (!ts.isBlock(expression.body)) return unwrapped(expression.body);
    const returned: ts.Node[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isReturnStatement(node)) returned.push(...unwrapped(node.expression));
      else if (!ts.isFunctionLike(node)) ts.forEachChild(node, visit);
    };
    ts.forEachChild(expression.body, visit);
    return returned;
  }
  if (ts.isCallExpression(expression) && ts.isPropertyAccessExpression(expression.expression) && expression.expression.name.text === 'map')
    return unwrapped(expression.arguments[0]);
  return [];
}

/** Where `text` (a module of src/extension) shows a literal the user reads without vscode.l10n.t: "file:line: literal". */
function unlocalised(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: ts.Node[] = [];
  const visit = (node: ts.Node): void => {
    if (isL10n(node)) return;
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : '';
      const shown = Object.hasOwn(SINKS, name) ? SINKS[name] : undefined;
      if (shown) node.arguments.forEach((arg, index) => (shown === 'all' || shown.includes(index)) && found.push(...unwrapped(arg)));
    } else if (ts.isNewExpression(node)) {
      const name = ts.isPropertyAccessExpression(node.expression) ? node.expression.name.text : node.expression.getText();
      if (SHOWN_BY_CONSTRUCTOR.has(name)) found.push(...unwrapped(node.arguments?.[0]));
    } else if (ts.isPropertyAssignment(node) && TEXT_KEYS.has(node.name.getText())) {
      found.push(...unwrapped(node.initializer));
    } else if (
      ts.isBinaryExpression(node) &&
      [ts.SyntaxKind.EqualsToken, ts.SyntaxKind.PlusEqualsToken].includes(node.operatorToken.kind) &&
      ts.isPropertyAccessExpression(node.left) &&
      (TEXT_KEYS.has(node.left.name.text) || node.left.name.text === 'name')
    ) {
      found.push(...unwrapped(node.right));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  // A literal reached by two ways (an item's label inside a pick) is reported once.
  return [...new Set(found)].map((node) => `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${node.getText()}`);
}

describe('extension strings go through vscode.l10n.t', () => {
  it('src/extension shows no literal text without vscode.l10n.t', () => {
    const files = readdirSync(EXTENSION).filter((name) => name.endsWith('.ts'));
    assert.ok(files.length > 10);
    assert.deepEqual(
      files.flatMap((name) => unlocalised(name, readFileSync(path.join(EXTENSION, name), 'utf8'))),
      [],
    );
  });

  it('finds planted text in each kind of place, and passes the same text through vscode.l10n.t', () => {
    const planted = [
      "vscode.window.showInformationMessage('The charter was saved.');",
      "vscode.window.showWarningMessage(vscode.l10n.t('{0} exists.', name), 'Open It');",
      'vscode.window.showErrorMessage(`Nothing written to ${name}`);',
      "vscode.window.showQuickPick(items, { title: vscode.l10n.t('Pick'), placeHolder: current ? current : 'Pick a team' });",
      "vscode.window.showQuickPick(list.map((x) => ({ label: x, detail: 'one of the formats' })));",
      "vscode.window.showInputBox({ prompt: vscode.l10n.t('Name'), validateInput: (v) => (v ? undefined : 'The team needs a name') });",
      "vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Indexing' }, work);",
      "vscode.window.createWebviewPanel(viewType, 'Team ' + id, column);",
      "item.tooltip = 'Click for the scores';",
      'item.text += ` · gap at step ${step}`;',
      "const tree = new vscode.TreeItem('Goals', state);",
      'const fix = new vscode.CodeAction(`Disable ${rule} for this line`, kind);',
      "const lens = new vscode.CodeLens(range, { title: 'no actions yet', command: '' });",
      "md.appendText(owner ?? 'no owner');",
      "pickTeam(linter, 'Which team?');",
      "reply(id, 'refused', 'The file changed before that click.');",
      "return { ok: false, message: 'VS Code did not accept the change.' };",
    ];
    for (const line of planted) assert.equal(unlocalised('planted.ts', line).length, 1, line);
    const fine = [
      "vscode.window.showInformationMessage(vscode.l10n.t('The charter was saved.'));",
      "vscode.window.showQuickPick(items, { title: vscode.l10n.t('Pick'), placeHolder: 'YYYY-MM-DD' });",
      "vscode.window.showInputBox({ validateInput: (v) => (v ? undefined : vscode.l10n.t('The team needs a name')) });",
      "item.text = `$(checklist) ${team.id} · ${vscode.l10n.t('{0} open', count)}`;",
      "reply(id, 'refused', vscode.l10n.t('The file changed before that click.'));",
      "const bar = vscode.window.createStatusBarItem('teamcharter.team', alignment, 50);",
      "vscode.commands.executeCommand('vscode.openWith', uri, 'default');",
    ];
    for (const line of fine) assert.deepEqual(unlocalised('planted.ts', line), [], line);
  });
});
