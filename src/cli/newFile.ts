/** `teamcharter new charter|retro`: write a file from a template, never over an existing one. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_ROOT, configCandidates, parseConfig } from '../core/config';
import { localToday } from '../core/dates';
import { RETRO_FORMATS, SLUG_PATTERN, isRealDate } from '../core/schemas';
import { retroSeed } from '../core/retroSeed';
import { charterFileName, charterTemplate, retroFileName, retroTemplate, type RetroFormat } from '../core/templates';
import { UsageError, findTeamFiles, readTeamFile, toSlash } from './files';
import { parse, type Io } from './main';

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

function newCharter(args: string[], io: Io): number {
  const { values } = parse(args, { id: { type: 'string' }, team: { type: 'string' }, dir: { type: 'string' } });
  const id = values.id as string | undefined;
  const team = values.team as string | undefined;
  if (!id) throw new UsageError('new charter needs --id ID (a slug such as platform)');
  if (!SLUG_PATTERN.test(id)) throw new UsageError(`--id must be a slug of lowercase letters, digits and -, got "${id}"`);
  if (!team || team.trim() === '') throw new UsageError('new charter needs --team NAME (the team\'s display name)');
  const dir = (values.dir as string | undefined) ?? rootFolder();
  return writeNew(path.join(dir, charterFileName(id)), charterTemplate({ id, team, today: localToday() }), io);
}

function newRetro(args: string[], io: Io): number {
  const { values } = parse(args, { team: { type: 'string' }, date: { type: 'string' }, format: { type: 'string' }, dir: { type: 'string' } });
  const team = values.team as string | undefined;
  if (!team) throw new UsageError('new retro needs --team ID (the id of the team\'s charter)');
  if (!SLUG_PATTERN.test(team)) throw new UsageError(`--team must be a team id (lowercase letters, digits and -), got "${team}"`);
  const date = (values.date as string | undefined) ?? localToday();
  if (!isRealDate(date)) throw new UsageError(`--date must be a date as YYYY-MM-DD, got "${date}"`);
  const format = ((values.format as string | undefined) ?? 'start-stop-continue') as RetroFormat;
  if (!(RETRO_FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${RETRO_FORMATS.join(', ')}, got "${format}"`);
  const root = rootFolder();
  const dir = (values.dir as string | undefined) ?? path.join(root, 'retros');

  // The team's files: under the root folder, and around --dir when it is elsewhere.
  const folders = new Set([root, dir, path.dirname(dir)].filter((f) => existsSync(f)));
  const seen = new Set<string>();
  const files = [...folders].flatMap(findTeamFiles).filter((f) => !seen.has(path.resolve(f)) && seen.add(path.resolve(f)));
  const teamFiles = files.map((f) => readTeamFile(path.resolve(f), toSlash(f))).filter((f) => f.teamId === team);
  const charter = teamFiles.find((f) => f.kind === 'charter');
  if (!charter) io.stderr(`teamcharter: note: no charter with id "${team}" found under ${toSlash(root)}; the retro is created without carried actions from it\n`);
  const seed = retroSeed(team, date, format, { charter, retros: teamFiles.filter((f) => f.kind === 'retro') });
  const code = writeNew(path.join(dir, retroFileName(date)), retroTemplate(seed), io);
  const carried = seed.carried.map((a) => a.id);
  if (carried.length > 0) io.stdout(`Carried over ${carried.length} open action${carried.length === 1 ? '' : 's'}: ${carried.join(', ')}\n`);
  return code;
}

export function runNew(args: string[], io: Io): number {
  const [what, ...rest] = args;
  if (what === 'charter') return newCharter(rest, io);
  if (what === 'retro') return newRetro(rest, io);
  throw new UsageError(`new needs "charter" or "retro", got ${what ? `"${what}"` : 'nothing'}`);
}
