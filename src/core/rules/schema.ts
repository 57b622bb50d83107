import { obj } from '../base/dataReaders';
import { countsOverResponses } from '../format/pulse';
import { defineRule } from '../engine/rule';
import { describeIssue, describeValue } from '../format/schemaMessages';
import { charterSchema, retroSchema } from '../format/schemas';
import { KIND_VALUES } from '../format/teamFile';

export default defineRule({
  id: 'schema',
  step: 0,
  severity: 'error',
  on: ['C', 'R'],
  structural: true,
  docs: {
    summary:
      "A field has the wrong type or a value outside its list, or a required field (kind; a charter's id; a retro's team and date) is missing; a step's `pulse` counts are not five whole numbers of 0 or more, or add up to more than `responses`. Also warns (as a warning) about unknown rule ids in teamcharter-disable comments.",
    rationale:
      'The other rules, the editor form and the team index all rely on the shape of the file. A date written as "next week" or an owner written as a list cannot be tracked, so the file format is checked first, at the exact field.',
    howToFix:
      'Read the message: it names the field, what was expected and what was found. Dates are YYYY-MM-DD, lists are written with "- " or [a, b], ids are lowercase slugs.',
    example: 'kind: Retrospective\nversion: 1\nteam: platform\ndate: 2026-11-30',
  },
  checkFile({ file, report }) {
    if (file.fatal.length > 0) return;
    // A compacted file has no document, but its data is the document's (TeamFile.compact).
    const data = file.data ?? file.yaml?.data;
    if (!file.kind) {
      report({
        path: ['kind'],
        anchor: 'value',
        message: 'not a charter or a retrospective: name the file *.charter.yaml or *.retro.yaml, or set kind: Charter or kind: Retrospective',
      });
      return;
    }
    const expectedKind = KIND_VALUES[file.kind];
    if (!obj(data)) {
      const what = data === null || data === undefined ? 'the file is empty' : `the file holds ${describeValue(data)}`;
      report({
        path: [],
        message: `${what}; a ${file.kind === 'charter' ? 'charter' : 'retrospective'} is a map of fields starting with "kind: ${expectedKind}"`,
      });
      return;
    }
    const result = (file.kind === 'charter' ? charterSchema : retroSchema).safeParse(data);
    if (!result.success) {
      const seen = new Set<string>();
      for (const issue of result.error.issues) {
        const described = describeIssue(issue, data);
        const key = described.path.join('\u0000');
        if (seen.has(key)) continue;
        seen.add(key);
        report({ path: described.path, anchor: described.anchor, message: described.message });
      }
    }
    if (file.kind === 'retro') {
      for (const { key, sum, responses } of countsOverResponses(obj(data)?.pulse)) {
        report({
          path: ['pulse', key],
          message: `pulse.${key}: the counts add up to ${sum}, more than the ${responses} responses (each person rates a step at most once)`,
        });
      }
    }
  },
});
