/** `lint --format junit`: JUnit XML that a real XML parser reads, whatever the messages and file names hold. */
import { strict as assert } from 'node:assert';
import { CLEAN_TESTCASE, formatJunit } from '../../../src/cli/format/junit';
import type { Finding, Severity } from '../../../src/core/base/types';
import { buildCli, cli, copyOfAcme, CHARTER_WITH_ERROR, tempWorkspace } from './cliRun';
import { parseXml, parseXmlDocuments, type XmlElement } from './xmlParser';

const TODAY = '2026-12-02';

function finding(file: string, rule: string, message: string, line = 3, column = 5, severity: Severity = 'warning'): Finding {
  return { file, rule, step: 2, severity, message, range: { line, column, endLine: line, endColumn: column + 4 } };
}

const children = (element: XmlElement, name: string) => element.children.filter((child) => child.name === name);

describe('lint --format junit', function () {
  before(buildCli);

  it('one testsuite per file named by its path; a clean file passes one testcase; a finding is a testcase named by its rule with one failure', () => {
    const xml = formatJunit([finding('a.charter.yaml', 'goal-no-measure', 'goal G1 has no measure', 7, 9)], ['a.charter.yaml', 'retros/b.retro.yaml']);
    const root = parseXml(xml);
    assert.equal(root.name, 'testsuites');
    const suites = children(root, 'testsuite');
    assert.deepEqual(
      suites.map((s) => s.attributes.name),
      ['a.charter.yaml', 'retros/b.retro.yaml'],
    );
    const [failing] = children(suites[0], 'testcase');
    assert.equal(failing.attributes.name, 'goal-no-measure');
    const failures = children(failing, 'failure');
    assert.equal(failures.length, 1);
    assert.equal(failures[0].attributes.message, '7:9 goal G1 has no measure');
    assert.equal(failures[0].attributes.type, 'warning');
    const clean = children(suites[1], 'testcase');
    assert.deepEqual(
      clean.map((c) => [c.attributes.name, c.children.length]),
      [[CLEAN_TESTCASE, 0]],
    );
    assert.deepEqual([root.attributes.tests, root.attributes.failures], ['2', '1']);
    assert.deepEqual([suites[0].attributes.failures, suites[1].attributes.failures], ['1', '0']);
  });

  it('any message or file name is well-formed XML: markup characters come back as written, control characters visibly escaped', () => {
    const nasty = `a <b> & "c" 'd' ]]> --> <![CDATA[ e\u0000f\u0001g\u0008h\u000bi\u000cj\u001bk\u007fl\u0085m\u2028n\ud800o\ufffe\uffffp\ttab\nline\rcr`;
    const file = `we<ird> & "name".charter.yaml`;
    const root = parseXml(formatJunit([finding(file, 'text-vague', nasty)], [file]));
    const [suite] = children(root, 'testsuite');
    assert.equal(suite.attributes.name, file);
    const [failure] = children(children(suite, 'testcase')[0], 'failure');
    const message = failure.attributes.message;
    assert.ok(message.startsWith(`3:5 a <b> & "c" 'd' ]]> --> <![CDATA[ e`), message);
    for (const escape of ['\\u0000', '\\u0001', '\\u0008', '\\u000b', '\\u000c', '\\u001b', '\\u007f', '\\u0085', '\\u2028', '\\ud800', '\\ufffe', '\\uffff'])
      assert.ok(message.includes(escape), `${escape} is shown in ${message}`);
    // In an attribute a parser would turn a tab or a line end into a space: they are shown too.
    assert.ok(message.endsWith('p\\u0009tab\\u000aline\\u000dcr'), message);
    assert.ok(failure.text.includes('a <b> & "c"'), failure.text);
  });

  it('a pair of surrogates (an emoji) is kept; what XML 1.0 forbids is refused by the parser used here', () => {
    const root = parseXml(formatJunit([finding('x.retro.yaml', 'r', 'we shipped 🚀')], ['x.retro.yaml']));
    assert.equal(children(children(children(root, 'testsuite')[0], 'testcase')[0], 'failure')[0].attributes.message, '3:5 we shipped 🚀');
    // The parser is strict where a lenient one would pass: otherwise the tests above would prove nothing.
    const refused = parseXmlDocuments(['<a>\u0001</a>', '<a b="<"/>', '<a/><b/>', '<a b="1" b="2"/>']);
    assert.ok(
      refused.every((r) => 'error' in r),
      JSON.stringify(refused),
    );
  });

  it('from the CLI: the example team, every file a testsuite, failures where the stylish report has findings; exit code as for stylish', () => {
    const dir = copyOfAcme();
    const result = cli(dir, 'lint', '-f', 'junit', '--today', TODAY);
    assert.equal(result.code, 0, result.stderr);
    const root = parseXml(result.stdout);
    const suites = children(root, 'testsuite');
    assert.equal(suites.length, 5);
    const failing = suites.flatMap((suite) =>
      children(suite, 'testcase').flatMap((testcase) =>
        children(testcase, 'failure').map((f) => `${suite.attributes.name} ${testcase.attributes.name} ${f.attributes.message.split(' ')[0]}`),
      ),
    );
    const json = (JSON.parse(cli(dir, 'lint', '-f', 'json', '--today', TODAY).stdout) as { file: string; rule: string; line: number; column: number }[]).map(
      (f) => `${f.file} ${f.rule} ${f.line}:${f.column}`,
    );
    assert.deepEqual(failing, json);

    const broken = tempWorkspace({ '.team/web.charter.yaml': CHARTER_WITH_ERROR });
    const errors = cli(broken, 'lint', '--format', 'junit', '--today', TODAY);
    assert.equal(errors.code, 1);
    assert.ok(children(children(parseXml(errors.stdout), 'testsuite')[0], 'testcase').some((t) => children(t, 'failure')[0]?.attributes.type === 'error'));
  });
});
