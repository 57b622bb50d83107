/** Config `extends` and `ignores` in the core's lookup, as every front end gets them (docs/format.md "Config"). */
import { strict as assert } from 'node:assert';
import { ConfigLookup } from '../../../src/core/engine/configLookup';
import { ConfigError } from '../../../src/core/engine/config';
import { globMatches } from '../../../src/core/base/glob';
import { RULES } from '../../../src/core/rules';

/** A lookup over files held in memory, counting the reads of each (as the extension's read-ahead map would). */
function lookupOf(files: Record<string, string>, options: { explicit?: string; ignorePatterns?: string[] } = {}) {
  const reads = new Map<string, number>();
  const lookup = new ConfigLookup(
    {
      read: (path) => {
        reads.set(path, (reads.get(path) ?? 0) + 1);
        return path in files ? { bytes: new TextEncoder().encode(files[path]) } : undefined;
      },
      shown: (path) => path.slice(1),
      pathOf: (file) => file,
    },
    RULES,
    options.explicit,
    (options.ignorePatterns ?? []).map((pattern) => ({ folder: '/repo', pattern })),
  );
  return { lookup, reads };
}

function configError(run: () => unknown): ConfigError {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof ConfigError, String(error));
    return error;
  }
  assert.fail('no config error');
}

describe('config extends and ignores', () => {
  const team = '/repo/teams/web/.team/web.charter.yaml';

  it('bases load first; rules merge rule by rule and option by option; a list option is replaced; ignores add up, each from its own folder', () => {
    const { lookup } = lookupOf({
      '/repo/org/base.yaml': [
        'rules:',
        '  member-no-growth: error',
        '  pulse-gap: { severity: info, points: 30 }',
        '  text-vague: { words: [synergy, alignment], allow: [Be bold] }',
        'recentRetros: 4',
        'root: docs/.team',
        'ignores: [archive/**]',
      ].join('\n'),
      '/repo/teams/web/.team/teamcharter.config.yaml': [
        'extends: ../../../org/base.yaml',
        'rules:',
        '  pulse-gap: { points: 40 }',
        '  text-vague: { words: [OKR] }',
        'ignores: [drafts/**]',
      ].join('\n'),
    });
    lookup.discover([team]);
    const config = lookup.configFor(team);
    assert.deepStrictEqual(config.files, ['repo/org/base.yaml', 'repo/teams/web/.team/teamcharter.config.yaml']);
    assert.deepStrictEqual(config.rules['member-no-growth'], { severity: 'error', options: {} }, 'from the base');
    assert.deepStrictEqual(config.rules['pulse-gap'], { severity: 'info', options: { points: 40 } }, 'severity from the base, the option from the team');
    assert.deepStrictEqual(config.rules['text-vague'].options, { words: ['OKR'], allow: ['Be bold'] }, 'words replaced, allow kept');
    assert.equal(config.recentRetros, 4);
    assert.deepStrictEqual([config.root, config.rootFolder], ['docs/.team', '/repo/org'], 'root is relative to the config that writes it');
    assert.deepStrictEqual(config.ignores, [
      { folder: '/repo/org', pattern: 'archive/**' },
      { folder: '/repo/teams/web/.team', pattern: 'drafts/**' },
    ]);
    assert.equal(lookup.ignoredBy('/repo/teams/web/.team/drafts/x.retro.yaml'), 'repo/teams/web/.team/teamcharter.config.yaml');
    assert.equal(lookup.ignoredBy('/repo/teams/web/.team/archive/x.retro.yaml'), undefined, "the base's archive/ is its own folder's");
    assert.equal(lookup.ignoredBy(team), undefined);
  });

  it('a list of bases loads in order, the later one winning', () => {
    const { lookup } = lookupOf({
      '/repo/a.yaml': 'rules:\n  member-no-growth: error\n',
      '/repo/b.yaml': 'rules:\n  member-no-growth: info\n',
      '/repo/teamcharter.config.yaml': 'extends: [a.yaml, ./b.yaml]\n',
    });
    lookup.discover([team]);
    assert.equal(lookup.configFor(team).rules['member-no-growth'].severity, 'info');
  });

  it('a diamond loads its shared base once, before both that extend it', () => {
    const { lookup, reads } = lookupOf({
      '/repo/org.yaml': 'rules:\n  member-no-growth: error\n  goal-no-measure: error\n',
      '/repo/left.yaml': 'extends: org.yaml\nrules:\n  member-no-growth: info\n',
      '/repo/right.yaml': 'extends: org.yaml\n',
      '/repo/teamcharter.config.yaml': 'extends: [left.yaml, right.yaml]\n',
    });
    lookup.discover([team]);
    const config = lookup.configFor(team);
    assert.deepStrictEqual(config.files, ['repo/org.yaml', 'repo/left.yaml', 'repo/right.yaml', 'repo/teamcharter.config.yaml']);
    assert.equal(config.rules['member-no-growth'].severity, 'info', 'right.yaml does not load org.yaml again over left.yaml');
    assert.equal(reads.get('/repo/org.yaml'), 1);
  });

  it('a cycle is a config error that shows the cycle, on the line that closes it', () => {
    const { lookup } = lookupOf({
      '/repo/a.yaml': 'rules: {}\nextends: b.yaml\n',
      '/repo/b.yaml': 'extends: [a.yaml]\n',
      '/repo/teamcharter.config.yaml': 'extends: a.yaml\n',
    });
    const error = configError(() => lookup.discover([team]));
    assert.equal(error.message, 'repo/b.yaml:1:11: extends makes a cycle: repo/a.yaml → repo/b.yaml → repo/a.yaml');
    assert.equal(lookup.configFor(team).files?.length ?? 0, 0, 'the defaults apply meanwhile');
  });

  it('a missing base is a config error naming it and the config that names it', () => {
    const { lookup } = lookupOf({ '/repo/teamcharter.config.yaml': 'extends:\n  - ../org/none.yaml\n' });
    const error = configError(() => lookup.discover([team]));
    assert.equal(error.message, 'repo/teamcharter.config.yaml:2:5: extends org/none.yaml, which does not exist');
    assert.deepStrictEqual(
      lookup.errors().map(({ path }) => path),
      ['/repo/teamcharter.config.yaml'],
    );
  });

  it('a broken base is its own error, and the config that extends it gets it too', () => {
    const { lookup } = lookupOf({ '/repo/base.yaml': 'rules:\n  no-such-rule: off\n', '/repo/teamcharter.config.yaml': 'extends: base.yaml\n' });
    const error = configError(() => lookup.discover([team]));
    assert.match(error.message, /^repo\/base\.yaml:2:3: unknown rule "no-such-rule"/);
    assert.deepStrictEqual(
      lookup
        .errors()
        .map(({ path }) => path)
        .sort(),
      ['/repo/base.yaml', '/repo/teamcharter.config.yaml'],
    );
  });

  it('rule settings are checked after merging: a base may turn on the opt-in rule a team gives a map', () => {
    const on = lookupOf({
      '/repo/base.yaml': 'rules:\n  step-declining: warning\n',
      '/repo/teamcharter.config.yaml': 'extends: base.yaml\nrules:\n  step-declining: {}\n',
    });
    on.lookup.discover([team]);
    assert.deepStrictEqual(on.lookup.configFor(team).rules['step-declining'], { severity: 'warning', options: {} });
    const off = lookupOf({ '/repo/base.yaml': '', '/repo/teamcharter.config.yaml': 'extends: base.yaml\nrules:\n  step-declining: {}\n' });
    assert.match(configError(() => off.lookup.discover([team])).message, /^repo\/teamcharter\.config\.yaml:3:3: rule "step-declining" is off by default/);
  });

  it('the config that applies ignores (a config farther up is not read); with --config only its own, plus --ignore-pattern', () => {
    const files = {
      '/repo/teamcharter.config.yaml': 'ignores: [teams/old]\n',
      '/repo/teams/old/.team/teamcharter.config.yaml': 'rules:\n  member-no-growth: off\n',
      '/repo/other.yaml': 'ignores: ["**/*.draft.charter.yaml"]\n',
    };
    const old = '/repo/teams/old/.team/old.charter.yaml';
    const nested = lookupOf(files);
    const beside = '/repo/teams/old/x.charter.yaml';
    nested.lookup.discover([old, beside]);
    assert.equal(nested.lookup.ignoredBy(old), undefined, 'the folder has its own config: it answers for itself');
    assert.equal(nested.lookup.ignoredBy(beside), 'repo/teamcharter.config.yaml');
    const explicit = lookupOf(files, { explicit: '/repo/other.yaml', ignorePatterns: ['teams/web/**'] });
    explicit.lookup.discover([old, team]);
    assert.equal(explicit.lookup.ignoredBy(old), undefined);
    assert.equal(explicit.lookup.ignoredBy('/repo/teams/x/a.draft.charter.yaml'), 'repo/other.yaml');
    assert.equal(explicit.lookup.ignoredBy(team), '--ignore-pattern');
  });

  it('names the files the configs extend, for a front end that reads them ahead', () => {
    const { lookup } = lookupOf({ '/repo/teamcharter.config.yaml': 'extends: [../org/a.yaml, b.yaml]\n', '/repo/b.yaml': '' });
    lookup.load('/repo/teamcharter.config.yaml');
    assert.deepStrictEqual(lookup.extendedFiles().sort(), ['/org/a.yaml', '/repo/b.yaml']);
  });

  it("tells a front end whether a config's change changed what is ignored (the editor reads the files again only then)", () => {
    const files: Record<string, string> = { '/repo/base.yaml': 'ignores: [old]\n', '/repo/teamcharter.config.yaml': 'extends: base.yaml\n' };
    const { lookup } = lookupOf(files);
    lookup.discover([team]);
    const before = lookup.ignoresSignature();
    files['/repo/teamcharter.config.yaml'] = 'extends: base.yaml\nrules:\n  member-no-growth: off\n';
    lookup.load('/repo/teamcharter.config.yaml');
    assert.equal(lookup.ignoresSignature(), before, 'rules alone');
    files['/repo/base.yaml'] = 'ignores: [old, older]\n';
    lookup.load('/repo/base.yaml');
    assert.notEqual(lookup.ignoresSignature(), before, 'the base ignores more');
    assert.equal(lookup.ignoredBy('/repo/older/x.charter.yaml'), 'repo/teamcharter.config.yaml');
  });

  describe('globs', () => {
    const cases: [string, string, boolean][] = [
      ['archive/**', '/r/archive/2020/a.retro.yaml', true],
      ['archive', '/r/archive/a.retro.yaml', true],
      ['archive/', '/r/archive/a.retro.yaml', true],
      ['archive/**', '/r/archived/a.retro.yaml', false],
      ['*.retro.yaml', '/r/a.retro.yaml', true],
      ['*.retro.yaml', '/r/sub/a.retro.yaml', false],
      ['**/*.retro.yaml', '/r/sub/deep/a.retro.yaml', true],
      ['**/drafts/**', '/r/drafts/a.yaml', true],
      ['team-?/x.yaml', '/r/team-1/x.yaml', true],
      ['team-[!0-9]/x.yaml', '/r/team-1/x.yaml', false],
      ['{old,older}/*', '/r/older/x.yaml', true],
      ['../shared/**', '/shared/x.yaml', true],
      ['./a.(1).yaml', '/r/a.(1).yaml', true],
      ['**', '/elsewhere/x.yaml', false],
    ];
    for (const [pattern, path, expected] of cases)
      it(`${pattern} ${expected ? 'takes in' : 'leaves out'} ${path}`, () => assert.equal(globMatches({ folder: '/r', pattern }, path), expected));
  });
});
