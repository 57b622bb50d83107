/**
 * Most checklist rules say "this field must be given", once per file or once
 * per item of a list. These build such rules from their data.
 */
import { at, entries, present, type Data } from '../access';
import { addDays } from '../dates';
import { defineRule, type Rule, type RuleDocs } from '../rule';
import type { FileKind, Fix, Severity, Step } from '../types';
import { label, type ItemKind } from './labels';

interface Common {
  id: string;
  step: Exclude<Step, 0>;
  severity: Severity;
  kind: FileKind;
  docs: RuleDocs;
}

/** The parts every field rule shares, from its data. */
function base(rule: Common): Omit<Rule<never>, 'checkFile'> {
  return { id: rule.id, step: rule.step, severity: rule.severity, on: [rule.kind === 'charter' ? 'C' : 'R'], kinds: [rule.kind], docs: rule.docs };
}

/** A field at a fixed path, e.g. purpose.why. One check per file. */
export function requireField(rule: Common & { path: string[]; message: string; fix?: Fix }): Rule {
  return defineRule({
    ...base(rule),
    checkFile({ data, report, pass }) {
      if (present(at(data, ...rule.path))) return pass();
      report({ path: rule.path, anchor: 'missing', message: rule.message, fixes: rule.fix ? [rule.fix] : undefined });
    },
  });
}

/** A field in every item of a list, e.g. goals[].owner. One check per item. */
export function requireFieldInEach(
  rule: Common & {
    list: string;
    item: ItemKind;
    field: string;
    message: (name: string) => string;
    /** Quick fixes for one item at `path` (the missing field's path). */
    fixes?: (path: (string | number)[], data: Data, item: Data) => Fix[];
  },
): Rule {
  return defineRule({
    ...base(rule),
    checkFile({ data, report, pass }) {
      for (const [item, index] of entries(data[rule.list])) {
        if (present(item[rule.field])) {
          pass();
          continue;
        }
        const path = [rule.list, index, rule.field];
        report({ path, anchor: 'missing', message: rule.message(label(rule.item, item, index)), fixes: rule.fixes?.(path, data, item) });
      }
    },
  });
}

/** A quick fix that sets a missing field to a placeholder the user types over. */
export function placeholderFix(title: string, path: (string | number)[], placeholder: string): Fix {
  return { title, edits: [{ op: 'set', path, value: placeholder }], placeholder };
}

/** A field that at least one member should have, e.g. growth.stretch. One check per charter with members. */
export function someMemberHas(rule: Omit<Common, 'kind'> & { field: string[]; message: string }): Rule {
  return defineRule({
    ...base({ ...rule, kind: 'charter' }),
    checkFile({ data, report, pass }) {
      const members = entries(data.members);
      if (members.length === 0) return;
      if (members.some(([member]) => present(at(member, ...rule.field)))) return pass();
      report({ path: ['members'], anchor: 'key', message: rule.message });
    },
  });
}

/** A quick fix that adds a due date `days` after `from` (or a placeholder when there is no date to count from). */
export function dueDateFix(path: (string | number)[], from: string | undefined, days: number): Fix {
  const due = from ? addDays(from, days) : 'YYYY-MM-DD';
  return { title: 'Add a due date', edits: [{ op: 'set', path, value: due }], placeholder: due };
}
