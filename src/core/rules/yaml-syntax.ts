import { defineRule } from '../engine/rule';

export default defineRule({
  id: 'yaml-syntax',
  step: 0,
  severity: 'error',
  on: ['C', 'R'],
  structural: true,
  docs: {
    summary: 'The file is not valid YAML, or cannot be read as text (binary, not UTF-8, over 1 MiB).',
    rationale:
      'Nothing else can be checked in a file that does not parse, so every other rule stays silent until this one is fixed. Each parser error is reported where the parser stopped, which is usually on or just after the real mistake.',
    howToFix:
      'Look at the reported line and the one above it: a missing space after a colon, an unclosed quote or bracket, or a tab used for indentation are the usual causes.',
    example: 'kind: Charter\nid: platform\npurpose:\n  statement: "Make every deploy boring."',
  },
  checkFile({ file, report }) {
    for (const problem of file.fatal) report({ path: [], range: problem.range, message: problem.message });
  },
});
