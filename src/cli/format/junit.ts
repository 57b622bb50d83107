/**
 * `--format junit`: JUnit XML, for CI systems that show test reports
 * (docs/cli.md "junit"): one testsuite per linted file, named by its path; a
 * clean file holds one passing testcase, and each finding is a testcase named
 * by its rule id holding one failure.
 */
import type { Finding } from '../../core/base/types';
import { showControls } from '../../core/base/controlChars';
import { escapeHtml } from '../../core/report/format';

/** The name of the one passing testcase of a file without findings. */
export const CLEAN_TESTCASE = 'teamcharter lint';

// What XML 1.0 has no character for besides the controls showControls shows: lone surrogates, U+FFFE and U+FFFF.
const NOT_XML = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|[\ufffe\uffff]/g;

/**
 * Text as XML 1.0 may hold it, in element content or a quoted attribute: the
 * markup characters escaped, and every control character (which XML 1.0 forbids
 * or a parser would change: a line end in an attribute reads as a space) shown
 * as a visible \uXXXX, as in every other format. `keep` lists the controls
 * element content may keep (a line end).
 */
export function xmlText(text: string, keep = ''): string {
  const visible = showControls(text, keep).replace(NOT_XML, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
  return escapeHtml(visible);
}

const attribute = (name: string, value: string | number) => `${name}="${xmlText(String(value))}"`;

/** `files`: every file linted, as shown, in the order to report them (a file without findings passes). */
export function formatJunit(findings: readonly Finding[], files: readonly string[]): string {
  const byFile = new Map<string, Finding[]>(files.map((file) => [file, []]));
  for (const finding of findings) {
    const list = byFile.get(finding.file) ?? [];
    list.push(finding);
    byFile.set(finding.file, list);
  }
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites ${attribute('name', 'teamcharter')} ${attribute('tests', findings.length + [...byFile.values()].filter((list) => list.length === 0).length)} ${attribute('failures', findings.length)}>`,
  ];
  for (const [file, list] of byFile) {
    const tests = Math.max(1, list.length);
    out.push(`  <testsuite ${attribute('name', file)} ${attribute('tests', tests)} ${attribute('failures', list.length)} errors="0">`);
    if (list.length === 0) out.push(`    <testcase ${attribute('classname', file)} ${attribute('name', CLEAN_TESTCASE)}/>`);
    for (const f of list) {
      const where = `${f.range.line}:${f.range.column}`;
      out.push(
        `    <testcase ${attribute('classname', file)} ${attribute('name', f.rule)}>`,
        `      <failure ${attribute('message', `${where} ${f.message}`)} ${attribute('type', f.severity)}>${xmlText(`${file}:${where}: ${f.severity}: ${f.message} (${f.rule}, step ${f.step})`, '\n')}</failure>`,
        '    </testcase>',
      );
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>', '');
  return out.join('\n');
}
