/**
 * teamcharter.config.yaml: severities and options per rule, the root folder and
 * ignored paths. One file is parsed into a layer; a config is its layers merged,
 * the configs it extends first (docs/format.md "Config"). Which config applies
 * to a file is configLookup.ts's business. Editor settings may override severities on top.
 */
import { obj } from '../base/dataReaders';
import { ancestors, dirname, joinPath } from '../base/slashPaths';
import type { Glob } from '../base/glob';
import { closest } from '../base/wording';
import type { Rule, RuleOption } from './rule';
import * as z from 'zod/mini';
import { configSchema, described, severitySetting } from '../format/schemas';
import { CONFIG_NAMES } from '../format/teamFile';
import type { Range, SeveritySetting } from '../base/types';
import { YamlFile, decodeUtf8 } from '../yaml/yamlFile';
import { describeIssue, describeValue } from '../format/schemaMessages';
import type { YamlPath } from '../base/types';

export const DEFAULT_ROOT = '.team';
/** How many of a team's latest retros get findings about their own content (docs/rules.md "Past meetings are history"). */
export const DEFAULT_RECENT_RETROS = 2;

/** An option's value: a number, or a list of texts. */
export type OptionValue = number | readonly string[];

export interface RuleSetting {
  severity?: SeveritySetting;
  options: Record<string, OptionValue>;
}

export interface Config {
  /** Where it came from; undefined for the built-in defaults. */
  path?: string;
  /** The files it was merged from, the first base first and `path` last (as shown); empty for the defaults. */
  files?: readonly string[];
  rules: Record<string, RuleSetting>;
  root: string;
  /** The folder `root` is relative to: that of the config that wrote it; undefined for the default. */
  rootFolder?: string;
  recentRetros: number;
  /** Globs of files that are neither linted nor read, each relative to the folder of the config that wrote it. */
  ignores?: readonly Glob[];
}

export const DEFAULT_CONFIG: Config = { files: [], rules: {}, root: DEFAULT_ROOT, recentRetros: DEFAULT_RECENT_RETROS, ignores: [] };

/** One config file as written, its rule settings checked against the rules but not yet merged with what it extends. */
export interface ConfigLayer {
  /** The file as shown in messages. */
  shown: string;
  /** The configs it extends, as written, with where. */
  extends: { path: string; range?: Range }[];
  ignores: string[];
  rules: Record<string, RuleSetting>;
  /** Where each rule's key is, for the checks that wait for the merge. */
  ruleRanges: Record<string, Range | undefined>;
  root?: string;
  recentRetros?: number;
}

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly range: Range | undefined,
    readonly detail: string,
  ) {
    super(`${file}${range ? `:${range.line}:${range.column}` : ''}: ${detail}`);
  }
}

/** A rule's severity and options for the files of a config, the rule's defaults filled in. */
export interface EffectiveSetting {
  readonly severity: SeveritySetting;
  readonly options: Readonly<Record<string, OptionValue>>;
}

/** Worked out once per config and rule: the engine asks for every rule of every file it checks, and on every keystroke. */
const settings = new WeakMap<Config, Map<Rule, EffectiveSetting>>();

/** The severity and options a rule runs with under a config. */
export function ruleSetting(rule: Rule, config: Config): EffectiveSetting {
  let byRule = settings.get(config);
  if (!byRule) settings.set(config, (byRule = new Map<Rule, EffectiveSetting>()));
  let found = byRule.get(rule);
  if (!found) {
    const setting = config.rules[rule.id];
    const options: Record<string, OptionValue> = {};
    for (const [name, option] of Object.entries(rule.options ?? {})) options[name] = setting?.options[name] ?? option.default;
    byRule.set(rule, (found = { severity: setting?.severity ?? rule.severity, options }));
  }
  return found;
}

/** Candidate config files for a file, nearest first. */
export function configCandidates(filePath: string): string[] {
  return ancestors(dirname(filePath)).flatMap((dir) => CONFIG_NAMES.map((name) => joinPath(dir, name)));
}

/** "; did you mean …?" for a mistyped rule id among `rules`, or an empty string. */
export function suggestRuleId(id: string, rules: readonly Rule[]): string {
  const match = closest(
    id,
    rules.map((rule) => rule.id),
    3,
  );
  return match ? `; did you mean "${match}"?` : '';
}

/**
 * Parse and validate a config file that extends nothing, as the config of the
 * files under it (`path`'s folder is what its paths are relative to); throws
 * ConfigError saying what is wrong and where.
 */
export function parseConfig(path: string, content: string | Uint8Array, rules: readonly Rule[], size?: number): Config {
  return mergeConfigs([{ path, layer: parseConfigLayer(path, content, rules, size) }], rules);
}

/** Parse one config file and check its rule settings (all but what needs the merge); throws ConfigError saying what is wrong and where. */
export function parseConfigLayer(path: string, content: string | Uint8Array, rules: readonly Rule[], size?: number): ConfigLayer {
  let text: string;
  if (typeof content === 'string') text = content;
  else {
    const decoded = decodeUtf8(content, size);
    if ('problem' in decoded) throw new ConfigError(path, undefined, decoded.problem);
    text = decoded.text;
  }
  const yaml = new YamlFile(text);
  if (yaml.problems.length > 0) {
    const first = yaml.problems[0];
    throw new ConfigError(path, first.range, `not valid YAML: ${first.message}`);
  }
  const empty: ConfigLayer = { shown: path, extends: [], ignores: [], rules: {}, ruleRanges: {} };
  if (yaml.data === null || yaml.data === undefined) return empty;
  const recentRetros = obj(yaml.data)?.recentRetros;
  // Empty is allowed: the default applies.
  const recent = recentRetros === null || recentRetros === undefined ? undefined : countProblem(recentRetros, yaml, ['recentRetros']);
  if (recent) throw new ConfigError(path, yaml.locate(['recentRetros']), `recentRetros: expected ${COUNT}${recent}`);
  const parsed = configSchema.safeParse(yaml.data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const { path: at, message, anchor } = describeIssue(issue, yaml.data);
    throw new ConfigError(path, yaml.locate(at, anchor), message);
  }
  const settings: Record<string, RuleSetting> = {};
  const ruleRanges: Record<string, Range | undefined> = {};
  // The keys as written, not as zod hands them back: a record drops "__proto__" (and assigning it would set a prototype).
  const written = obj(obj(yaml.data)?.rules) ?? {};
  for (const id of Object.keys(written)) {
    const rule = rules.find((known) => known.id === id);
    if (!rule) throw new ConfigError(path, yaml.locate(['rules', id], 'key'), `unknown rule "${id}"${suggestRuleId(id, rules)}`);
    const value = written[id] as SeveritySetting | Record<string, unknown>;
    ruleRanges[id] = yaml.locate(['rules', id], 'key');
    if (typeof value === 'string') {
      settings[id] = { severity: value, options: {} };
      continue;
    }
    const options: Record<string, OptionValue> = {};
    for (const name of Object.keys(value)) {
      if (name === 'severity') continue;
      if (!Object.prototype.hasOwnProperty.call(rule.options ?? {}, name)) {
        const known = Object.keys(rule.options ?? {});
        throw new ConfigError(
          path,
          yaml.locate(['rules', id, name], 'key'),
          `rule "${id}" has no option "${name}"${known.length ? ` (it has: ${known.join(', ')})` : ' (it takes none)'}`,
        );
      }
      const option = rule.options![name];
      const problem = optionProblem(option, value[name], yaml, ['rules', id, name]);
      if (problem) throw new ConfigError(path, yaml.locate(['rules', id, name]), `option "${name}" of rule "${id}" must be ${problem}`);
      options[name] = value[name] as OptionValue;
    }
    settings[id] = { severity: value.severity as SeveritySetting | undefined, options };
  }
  const named = parsed.data.extends;
  const extendsList: string[] = named === undefined || named === null ? [] : typeof named === 'string' ? [named] : named;
  return {
    ...empty,
    extends: extendsList.map((file, i) => ({ path: file, range: yaml.locate(typeof named === 'string' ? ['extends'] : ['extends', i]) })),
    ignores: parsed.data.ignores ?? [],
    rules: settings,
    ruleRanges,
    root: parsed.data.root ?? undefined,
    recentRetros: parsed.data.recentRetros ?? undefined,
  };
}

/**
 * A config from its layers, the first base first and the file itself last
 * (docs/format.md "Config"): later keys override earlier ones, a rule's
 * options merge key by key (a list is replaced whole), ignores add up, each
 * relative to its own file's folder. `path`: the file as the lookup names it.
 * The settings are checked once merged: a base may turn on the rule whose
 * options a team sets.
 */
export function mergeConfigs(layers: readonly { path: string; layer: ConfigLayer }[], rules: readonly Rule[]): Config {
  const settings: Record<string, RuleSetting> = {};
  const ignores: Glob[] = [];
  let root: { root: string; folder: string } | undefined;
  let recentRetros: number | undefined;
  const lastWrote = new Map<string, ConfigLayer>();
  for (const { path, layer } of layers) {
    const folder = dirname(path);
    for (const [id, setting] of Object.entries(layer.rules)) {
      const before = settings[id];
      settings[id] = { severity: setting.severity ?? before?.severity, options: { ...before?.options, ...setting.options } };
      lastWrote.set(id, layer);
    }
    for (const pattern of layer.ignores) ignores.push({ folder, pattern });
    if (layer.root !== undefined) root = { root: layer.root, folder };
    if (layer.recentRetros !== undefined) recentRetros = layer.recentRetros;
  }
  for (const [id, layer] of lastWrote) {
    // Options alone would leave an opt-in rule off, silently: say how to turn it on instead.
    if (settings[id].severity === undefined && rules.find((rule) => rule.id === id)?.severity === 'off')
      throw new ConfigError(layer.shown, layer.ruleRanges[id], `rule "${id}" is off by default; give it a severity (info, warning or error) to turn it on`);
  }
  const top = layers[layers.length - 1];
  return {
    path: top?.layer.shown,
    files: layers.map(({ layer }) => layer.shown),
    rules: settings,
    root: root?.root ?? DEFAULT_ROOT,
    rootFolder: root?.folder,
    recentRetros: recentRetros ?? DEFAULT_RECENT_RETROS,
    ignores,
  };
}

/** Every rule with the severity and options it runs with under a config (what `lint --print-config` prints). */
export function effectiveRules(config: Config, rules: readonly Rule[]): Record<string, EffectiveSetting> {
  return Object.fromEntries(rules.map((rule) => [rule.id, ruleSetting(rule, config)]));
}

const COUNT = 'a whole number of 1 or more';

/** What an option's value must be, in words. */
function optionKind(option: RuleOption): string {
  if ('texts' in option) return 'a list of texts';
  if (option.whole && option.min === 1 && option.max === undefined) return COUNT;
  const what = option.whole ? 'a whole number' : 'a number';
  return option.max === undefined ? `${what} of ${option.min} or more` : `${what} from ${option.min} to ${option.max}`;
}

/** What is wrong with an option's value, as "<kind><problem>" to follow "must be"; undefined when it is right. */
function optionProblem(option: RuleOption, value: unknown, yaml: YamlFile, path: YamlPath): string | undefined {
  const kind = optionKind(option);
  if ('texts' in option) {
    if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return undefined;
    return `${kind}, found ${describeValue(value)}`;
  }
  if (option.whole && option.min === 1 && option.max === undefined) {
    const problem = countProblem(value, yaml, path);
    return problem && `${kind}${problem}`;
  }
  if (typeof value !== 'number') return `${kind}, found ${describeValue(value)}`;
  const written = yaml.writtenAt(path) ?? String(value);
  const fits = Number.isFinite(value) && value >= option.min && (option.max === undefined || value <= option.max) && (!option.whole || Number.isInteger(value));
  return fits ? undefined : `${kind}, found ${written}`;
}

/**
 * What is wrong with `value`, written at `path`, as a count (a whole number of
 * 1 or more that a number holds exactly, as zod's int), to follow COUNT;
 * undefined when it is one. It quotes the number as written: yaml reads 1e400
 * as infinity.
 */
function countProblem(value: unknown, yaml: YamlFile, path: YamlPath): string | undefined {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 1) return undefined;
  if (typeof value !== 'number') return `, found ${describeValue(value)}`;
  const written = yaml.writtenAt(path) ?? String(value);
  if (Number.isNaN(value)) return `; ${written} is not a number`;
  if (value === Infinity && /^\+?\.inf$/i.test(written)) return `; infinity (${written}) is not allowed`;
  if (value > Number.MAX_SAFE_INTEGER) return `; ${written} is too large (the most is ${Number.MAX_SAFE_INTEGER})`;
  return `, found ${written}`;
}

/** Severity overrides on top of a config (the editor's teamcharter.rules setting); ids of no rule among `rules` are ignored. */
export function withOverrides(config: Config, overrides: Record<string, unknown> | undefined, rules: readonly Rule[]): Config {
  if (!overrides || Object.keys(overrides).length === 0) return config;
  const settings = { ...config.rules };
  for (const [id, value] of Object.entries(overrides)) {
    if (!rules.some((rule) => rule.id === id)) continue;
    const severity = typeof value === 'string' ? value : (obj(value)?.severity as string | undefined);
    if (severity === 'off' || severity === 'info' || severity === 'warning' || severity === 'error') {
      settings[id] = { severity, options: settings[id]?.options ?? {} };
    }
  }
  return { ...config, rules: settings };
}

function optionSchema(option: RuleOption): z.ZodMiniType {
  if ('texts' in option) return z.array(z.string());
  const number = option.whole ? z.int() : z.number();
  return option.max === undefined ? number.check(z.gte(option.min)) : number.check(z.gte(option.min), z.lte(option.max));
}

/**
 * The config schema with every rule and its options spelled out, for editors'
 * completion. Parsing uses the generic configSchema so that unknown rule ids get
 * a "did you mean" message instead of a schema error.
 */
export function describedConfigSchema(rules: readonly Rule[]): z.ZodMiniType {
  const ruleSettings = Object.fromEntries(
    rules.map((rule) => {
      const options = Object.fromEntries(
        Object.entries(rule.options ?? {}).map(([name, option]) => [
          name,
          z.optional(
            described(optionSchema(option), `${option.description} (default ${'texts' in option ? option.default.join(', ') || 'none' : option.default})`),
          ),
        ]),
      );
      // An opt-in rule's map form needs a severity (parseConfig says so too).
      const severity = rule.severity === 'off' ? severitySetting : z.optional(severitySetting);
      const setting = z.union([severitySetting, z.strictObject({ severity, ...options })]);
      return [
        rule.id,
        described(
          z.optional(setting),
          `${rule.docs.summary} Default: ${rule.severity}${rule.severity === 'off' ? ' (opt-in: give it a severity to turn it on)' : ''}.`,
        ),
      ];
    }),
  );
  return z.extend(configSchema, {
    rules: described(z.nullish(z.strictObject(ruleSettings)), 'Rule id → off | info | warning | error, or { severity, ...options }'),
  });
}
