/**
 * Most checklist rules say "this field must be given", once per file, once
 * per item of a list, or once in a team's latest retros. These build such
 * rules from their data. A placeholder
 * (docs/rules.md "Placeholders") is not given: the rule fires, saying so, at the
 * placeholder itself.
 */
import { at, entries, type Data } from '../base/dataReaders';
import { addDays } from '../format/dates';
import { PLACEHOLDER, presence, quotePlaceholder, type Presence } from '../format/placeholders';
import { countOption, defineRule, type Report, type Rule, type RuleDocs } from '../engine/rule';
import type { FileKind, Fix, SeveritySetting, Step } from '../base/types';
import type { TeamFile } from '../format/teamFile';
import { label, type ItemKind } from './labels';

interface Common {
  id: string;
  step: Exclude<Step, 0>;
  /** 'off': opt-in (action-no-due), run only where a config gives it a severity. */
  severity: SeveritySetting;
  kind: FileKind;
  docs: RuleDocs;
}

/** The parts every field rule shares, from its data. */
function base(rule: Common): Omit<Rule<never>, 'checkFile'> {
  return { id: rule.id, step: rule.step, severity: rule.severity, on: [rule.kind === 'charter' ? 'C' : 'R'], kinds: [rule.kind], docs: rule.docs };
}

/**
 * The report for a field that is not given: at its parent's key when it is
 * missing (with the fixes that add it), at the value when it is a placeholder
 * (a person types over it; no fix can).
 */
function notGiven(
  state: Exclude<Presence, 'given'>,
  path: (string | number)[],
  value: unknown,
  missing: string,
  placeholder: (shown: string) => string,
  fixes: Report['fixes'],
): Report {
  if (state === 'missing') return { path, anchor: 'missing', message: missing, fixes };
  return { path, anchor: 'value', message: placeholder(quotePlaceholder(value)) };
}

/** A field at a fixed path, e.g. purpose.why. One check per file. */
export function requireField(
  rule: Common & {
    path: string[];
    message: string;
    /** The message when the value is a placeholder, given it quoted. */
    placeholderMessage: (shown: string) => string;
    fix?: Fix;
    /** What counts as given, when it is more than "not a placeholder" (e.g. a decision right needs its area). */
    presence?: (value: unknown) => Presence;
  },
): Rule {
  const presenceOf = rule.presence ?? presence;
  return defineRule({
    ...base(rule),
    checkFile({ data, report, pass }) {
      const value = at(data, ...rule.path);
      const state = presenceOf(value);
      if (state === 'given') return pass();
      report(notGiven(state, rule.path, value, rule.message, rule.placeholderMessage, rule.fix && [rule.fix]));
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
    /** The message when the value is a placeholder, given the item's name and the value quoted. */
    placeholderMessage: (name: string, shown: string) => string;
    /** Quick fixes for one item at `path` (the missing field's path). */
    fixes?: (path: (string | number)[], data: Data, item: Data) => Fix[];
    /** Items the rule does not ask it of (a proposed goal, say): no finding, no check. */
    skip?: (item: Data) => boolean;
  },
): Rule {
  return defineRule({
    ...base(rule),
    checkFile({ data, report, pass }) {
      for (const [item, index] of entries(data[rule.list])) {
        if (rule.skip?.(item)) continue;
        const value = item[rule.field];
        const state = presence(value);
        if (state === 'given') {
          pass();
          continue;
        }
        const path = [rule.list, index, rule.field];
        const name = label(rule.item, item, index);
        const fixes = rule.fixes;
        report(
          notGiven(
            state,
            path,
            value,
            rule.message(name),
            (shown) => rule.placeholderMessage(name, shown),
            state === 'missing' && fixes ? () => fixes(path, data, item) : undefined,
          ),
        );
      }
    },
  });
}

/** A quick fix that sets a missing field to a placeholder the user types over. */
export function placeholderFix(title: string, path: (string | number)[], placeholder: string): Fix {
  return { title, edits: [{ op: 'set', path, value: placeholder }], placeholder };
}

/** A quick fix that sets a missing field to a list of one placeholder. */
export function placeholderListFix(title: string, path: (string | number)[], placeholder: string): Fix {
  return { title, edits: [{ op: 'set', path, value: [placeholder] }], placeholder };
}

/** A field that at least one member should have, e.g. growth.stretch. One check per charter with members. */
export function someMemberHas(rule: Omit<Common, 'kind'> & { field: string[]; message: string; placeholderMessage: string }): Rule {
  return defineRule({
    ...base({ ...rule, kind: 'charter' }),
    checkFile({ data, report, pass }) {
      const members = entries(data.members);
      if (members.length === 0) return;
      const states = members.map(([member]) => presence(at(member, ...rule.field)));
      if (states.includes('given')) return pass();
      report({ path: ['members'], anchor: 'key', message: states.includes('placeholder') ? rule.placeholderMessage : rule.message });
    },
  });
}

/**
 * Quick fixes for a missing due date: a placeholder to type over and, when
 * there is a date to count from, that date plus `days` (a person picks it:
 * a date nobody chose would pass the check).
 */
export function dueDateFixes(path: (string | number)[], from: string | undefined, days: number, why: string): Fix[] {
  const fixes = [placeholderFix('Add a due date', path, PLACEHOLDER.date)];
  if (from) {
    const due = addDays(from, days);
    fixes.push({ title: `Set due to ${due} (${why})`, edits: [{ op: 'set', path, value: due }] });
  }
  return fixes;
}

/**
 * Something at least one of the team's last N retros should record (option
 * `lastRetros`), e.g. a decision or a growth moment. Only once the team has N
 * dated retros (a young team has not had the time to show it); one check per
 * team, on the `date` of its latest retro.
 */
export function someRecentRetroRecords(
  rule: Omit<Common, 'kind'> & {
    lastRetros: number;
    /** What the option's description says the retros are searched for. */
    searchedFor: string;
    records: (retro: TeamFile) => boolean;
    /** The finding, after "none of the last N retros (since DATE) ". */
    message: string;
  },
): Rule {
  return defineRule({
    id: rule.id,
    step: rule.step,
    severity: rule.severity,
    on: ['X'],
    options: { lastRetros: countOption(rule.lastRetros, `How many of the team's latest retros are searched for ${rule.searchedFor}`) },
    docs: rule.docs,
    checkTeam({ team, options, report, pass }) {
      const { retros } = team.timeline;
      const window = options.lastRetros;
      if (retros.length < window) return;
      const last = retros.slice(-window);
      const latest = last[last.length - 1];
      if (last.some((retro) => retro.derived(rule.records))) return pass(latest);
      report(latest, {
        path: ['date'],
        message: `none of the last ${window} retros (since ${last[0].date}) ${rule.message}`,
        related: [{ file: last[0], path: ['date'], message: `the first of the last ${window} retros` }],
      });
    },
  });
}
