/** The Markdown the Action adds to the job's summary page ($GITHUB_STEP_SUMMARY): counts, and the rules that report most. */
import type { Finding, Severity } from '../core/base/types';
import { plural } from '../core/base/wording';
import { ruleDocsUrl } from '../core/rules/ruleDocs';

/** GitHub shows this many annotations of each kind per step (docs/ci.md, "Annotations"); the summary says when there are more. */
export const SHOWN_PER_STEP = 10;

const TOP_RULES = 10;

export function stepSummary(findings: readonly Finding[], fileCount: number, verdict: string): string {
  const count: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  // A rule's severity comes from the config of each file: two configs can give it two.
  const byRule = new Map<string, { severities: Set<Severity>; count: number }>();
  for (const finding of findings) {
    count[finding.severity]++;
    const entry = byRule.get(finding.rule) ?? { severities: new Set<Severity>(), count: 0 };
    entry.severities.add(finding.severity);
    entry.count++;
    byRule.set(finding.rule, entry);
  }
  const lines = [
    '### Team Charter lint',
    '',
    `${verdict}: ${plural(count.error, 'error')}, ${plural(count.warning, 'warning')} and ${count.info} info in ${plural(fileCount, 'file')} checked.`,
  ];
  if (byRule.size > 0) {
    // Rule ids and counts only: nothing from the files themselves reaches the Markdown.
    const top = [...byRule].sort(([a, x], [b, y]) => y.count - x.count || (a < b ? -1 : 1)).slice(0, TOP_RULES);
    lines.push('', '| Rule | Severity | Findings |', '| --- | --- | ---: |');
    for (const [rule, { severities, count: n }] of top) lines.push(`| [${rule}](${ruleDocsUrl(rule)}) | ${[...severities].join(', ')} | ${n} |`);
    if (byRule.size > TOP_RULES) lines.push('', `and ${plural(byRule.size - TOP_RULES, 'more rule')}.`);
  }
  if (count.error > SHOWN_PER_STEP || count.warning > SHOWN_PER_STEP)
    lines.push(
      '',
      `GitHub shows the first ${SHOWN_PER_STEP} errors and ${SHOWN_PER_STEP} warnings as annotations; the log and the SARIF report have them all.`,
    );
  return `${lines.join('\n')}\n`;
}
