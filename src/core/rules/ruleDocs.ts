/** Rule documentation pages, generated from the rule modules so they cannot drift. */
import type { Rule, RuleOption } from '../engine/rule';
import { STEP_TITLES } from '../engine/score';

export const REPOSITORY_URL = 'https://github.com/teamcharter/teamcharter';

export function ruleDocsUrl(id: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${id}.md`;
}

const ON: Record<string, string> = { C: 'charter', R: 'retrospective', X: 'across files' };

export function stepLabel(rule: Rule): string {
  if (rule.step === 'rated') return 'Steps 1–7: each finding is about the step the team rated';
  if (rule.step === 'field') return 'Steps 1–7: each finding and check counts in the step of the field it is about';
  return rule.step === 0 ? 'Structure' : `Step ${rule.step}: ${STEP_TITLES[rule.step]}`;
}

/** The help text used in SARIF and hovers: why, and how to fix. */
export function ruleHelpMarkdown(rule: Rule): string {
  return `**${rule.id}** (${stepLabel(rule)})\n\n${rule.docs.rationale}\n\n**How to fix:** ${rule.docs.howToFix}`;
}

/** The page docs/rules/<id>.md. */
export function ruleDocPage(rule: Rule): string {
  const options = Object.entries(rule.options ?? {});
  const lines = [
    `# ${rule.id}`,
    '',
    `- **Step:** ${stepLabel(rule)}`,
    `- **Default severity:** ${rule.severity}${rule.severity === 'off' ? ' (opt-in: turn it on in `teamcharter.config.yaml`)' : ''}`,
    `- **Applies to:** ${rule.on.map((o) => ON[o]).join(', ')}`,
    '',
    `**Fires when:** ${rule.docs.summary}`,
    '',
    '## Why it matters',
    '',
    rule.docs.rationale,
    '',
    '## How to fix',
    '',
    rule.docs.howToFix,
    '',
    ...(rule.docs.details ? ['## In detail', '', rule.docs.details, ''] : []),
    '## Example',
    '',
    '```yaml',
    rule.docs.example,
    '```',
    '',
  ];
  if (options.length) {
    lines.push('## Options', '', '| option | default | meaning |', '| --- | --- | --- |');
    for (const [name, option] of options) lines.push(`| \`${name}\` | ${shownDefault(option)} | ${option.description} |`);
    lines.push(
      '',
      'Set in `teamcharter.config.yaml`:',
      '',
      '```yaml',
      'rules:',
      `  ${rule.id}: { severity: ${enabledSeverity(rule)}, ${options.map(([n, o]) => `${n}: ${'texts' in o ? `[${o.default.join(', ')}]` : o.default}`).join(', ')} }`,
      '```',
      '',
    );
  }
  if (rule.severity === 'off') {
    lines.push(
      '## Turning it on',
      '',
      'This rule is off unless a config names it. Give it a severity under `rules:` in `teamcharter.config.yaml` (in VS Code, the `teamcharter.rules` setting works too):',
      '',
      '```yaml',
      'rules:',
      `  ${rule.id}: ${enabledSeverity(rule)}`,
      '```',
      '',
      'Once on, `# teamcharter-disable-next-line ' + rule.id + '` and `# teamcharter-disable ' + rule.id + '` silence it for a line or a file.',
      '',
    );
  } else {
    lines.push(
      '## Turning it off',
      '',
      'For one line: `# teamcharter-disable-next-line ' +
        rule.id +
        '` on the line above. For a file: `# teamcharter-disable ' +
        rule.id +
        '`. Everywhere: `' +
        rule.id +
        ': off` under `rules:` in `teamcharter.config.yaml`.',
      '',
    );
  }
  return lines.join('\n');
}

/** The severity to show in a config example: an opt-in rule's examples turn it on. */
function enabledSeverity(rule: Rule): string {
  return rule.severity === 'off' ? 'warning' : rule.severity;
}

/** The rule table of the README and of docs/rules.md; `pages` is the folder of the rule pages, relative to the page that holds the table. */
export function ruleTable(rules: readonly Rule[], pages = 'docs/rules/'): string {
  const rows = rules.map(
    (r) =>
      `| [${r.id}](${pages}${r.id}.md) | ${r.step === 0 ? '0 (structure)' : r.step === 'rated' ? '1–7 (rated)' : r.step === 'field' ? '1–7' : r.step} | ${r.severity} | ${r.on.join(' ')} | ${r.docs.summary.replace(/\|/g, '\\|')} |`,
  );
  return ['| rule | step | default | on | fires when |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}

/** An option's default as the docs show it: a number, or the texts of a list. */
function shownDefault(option: RuleOption): string {
  if (!('texts' in option)) return String(option.default);
  return option.default.length === 0 ? '(none)' : option.default.map((text) => `\`${text}\``).join(', ');
}
