/** `--format sarif`: SARIF 2.1.0, for GitHub code scanning and other viewers. */
import { RULES } from '../../core/rules';
import { ruleDocsUrl, ruleHelpMarkdown } from '../../core/rules/ruleDocs';
import { STEP_TITLES } from '../../core/engine/score';
import type { Rule } from '../../core/engine/rule';
import type { Finding, Severity } from '../../core/base/types';

const LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note' };

/** A path as a URI reference: each segment percent-encoded, so that #, ? and % stay part of the file name. */
export function pathUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

/** A rule's step in SARIF: the pulse rules and text-vague serve every step (each result names its own). */
function ruleProperties(rule: Rule) {
  const everyStep = ['step-1', 'step-2', 'step-3', 'step-4', 'step-5', 'step-6', 'step-7'];
  if (rule.step === 'rated') return { stepTitle: 'The step the team rated', tags: ['pulse', ...everyStep] };
  if (rule.step === 'field') return { stepTitle: 'The step of the field', tags: everyStep };
  return { step: rule.step, stepTitle: rule.step === 0 ? 'Structure' : STEP_TITLES[rule.step], tags: [rule.step === 0 ? 'structure' : `step-${rule.step}`] };
}

export function formatSarif(findings: readonly Finding[], version: string): string {
  const index = new Map(RULES.map((rule, i) => [rule.id, i]));
  const region = (r: Finding['range']) => ({ startLine: r.line, startColumn: r.column, endLine: r.endLine, endColumn: r.endColumn });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'teamcharter',
            version,
            informationUri: 'https://github.com/teamcharter/teamcharter',
            rules: RULES.map((rule) => ({
              id: rule.id,
              name: rule.id,
              shortDescription: { text: rule.docs.summary },
              fullDescription: { text: rule.docs.rationale },
              help: { text: `${rule.docs.rationale}\n\nHow to fix: ${rule.docs.howToFix}`, markdown: ruleHelpMarkdown(rule) },
              helpUri: ruleDocsUrl(rule.id),
              // An opt-in rule is listed as disabled; its results, once a config turns it on, carry their own level.
              defaultConfiguration: rule.severity === 'off' ? { enabled: false } : { level: LEVEL[rule.severity] },
              properties: ruleProperties(rule),
            })),
          },
        },
        results: findings.map((f) => ({
          ruleId: f.rule,
          ruleIndex: index.get(f.rule),
          level: LEVEL[f.severity],
          message: { text: f.message },
          locations: [{ physicalLocation: { artifactLocation: { uri: pathUri(f.file) }, region: region(f.range) } }],
          ...(f.related?.length
            ? {
                relatedLocations: f.related.map((r, id) => ({
                  id,
                  message: { text: r.message },
                  physicalLocation: { artifactLocation: { uri: pathUri(r.file) }, region: region(r.range) },
                })),
              }
            : {}),
          properties: { step: f.step },
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
