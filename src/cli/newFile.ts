/** `teamcharter new charter|retro`: write a file from a template, never over an existing one. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_ROOT, configCandidates, parseConfig } from '../core/config';
import { localToday } from '../core/dates';
import { RETRO_FORMATS, SLUG_PATTERN, isRealDate } from '../core/schemas';
import { retroSeed } from '../core/retroSeed';
import { charterFileName, charterTemplate, retroFileName, retroTemplate, type RetroFormat } from '../core/templates';
import { defineCommand, UsageError, type Io } from './args';
import { findTeamFiles, readTeamFile, toSlash } from './files';

/** The root folder (.team by default, or `root:` of a config found from the working folder). */
function rootFolder(): string {
  const probe = toSlash(path.resolve(DEFAULT_ROOT, 'probe'));
  for (const candidate of configCandidates(probe)) {
    if (!existsSync(candidate)) continue;
    const config = parseConfig(path.relative(process.cwd(), candidate) || candidate, readFileSync(candidate));
    return config.root;
  }
  return DEFAULT_ROOT;
}

/** Write a file that must not exist yet (exit 2 otherwise); `hint` says what to change. */
export function writeNew(file: string, text: string, io: Io, hint = 'choose another --date, --id or --dir'): number {
  if (existsSync(file)) throw new UsageError(`${file} already exists; not overwriting it (${hint})`);
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text, { flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new UsageError(`${file} already exists; not overwriting it`);
    throw new UsageError(`cannot write ${file}: ${code ?? (error as Error).message}`);
  }
  io.stdout(`Created ${toSlash(file)}\n`);
  return 0;
}

export const newCharterCommand = defineCommand({
  name: 'new charter',
  summary: 'Write a new charter from the template',
  options: { id: { value: 'ID', required: 'a slug such as platform' }, team: { value: 'NAME', required: "the team's display name" }, dir: { value: 'DIR' } },
  run({ values }, io) {
    const { id, team } = values;
    if (!SLUG_PATTERN.test(id)) throw new UsageError(`--id must be a slug of lowercase letters, digits and -, got "${id}"`);
    const dir = values.dir ?? rootFolder();
    return writeNew(path.join(dir, charterFileName(id)), charterTemplate({ id, team, today: localToday() }), io);
  },
});

export const newRetroCommand = defineCommand({
  name: 'new retro',
  summary: "Write a new retrospective, carrying over the team's open actions",
  options: {
    team: { value: 'ID', required: "the id of the team's charter" },
    date: { value: 'YYYY-MM-DD' },
    format: { value: 'FORMAT', choices: RETRO_FORMATS, default: 'start-stop-continue' },
    dir: { value: 'DIR' },
  },
  run({ values }, io) {
    const { team } = values;
    if (!SLUG_PATTERN.test(team)) throw new UsageError(`--team must be a team id (lowercase letters, digits and -), got "${team}"`);
    const date = values.date ?? localToday();
    if (!isRealDate(date)) throw new UsageError(`--date must be a date as YYYY-MM-DD, got "${date}"`);
    const format = values.format as RetroFormat;
    const root = rootFolder();
    const dir = values.dir ?? path.join(root, 'retros');

    // The team's files: under the root folder, and around --dir when it is elsewhere.
    const folders = new Set([root, dir, path.dirname(dir)].filter((f) => existsSync(f)));
    const seen = new Set<string>();
    const files = [...folders].flatMap(findTeamFiles).filter((f) => !seen.has(path.resolve(f)) && seen.add(path.resolve(f)));
    const teamFiles = files.map((f) => readTeamFile(path.resolve(f), toSlash(f))).filter((f) => f.teamId === team);
    const charter = teamFiles.find((f) => f.kind === 'charter');
    if (!charter) io.stderr(`teamcharter: note: no charter with id "${team}" found under ${toSlash(root)}; the retro is created without open actions to review\n`);
    const seed = retroSeed(team, date, format, { charter, retros: teamFiles.filter((f) => f.kind === 'retro') });
    const code = writeNew(path.join(dir, retroFileName(date)), retroTemplate(seed), io);
    const toReview = seed.toReview.map((a) => a.id);
    if (toReview.length > 0) io.stdout(`Listed ${toReview.length} open action${toReview.length === 1 ? '' : 's'} to review (no status yet): ${toReview.join(', ')}\n`);
    return code;
  },
});
