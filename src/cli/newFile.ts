/** `teamcharter new charter|retro`: write a file from a template, never over an existing one. */
import { existsSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { entries, str } from '../core/access';
import { localToday } from '../core/dates';
import { RETRO_FORMATS, SLUG_PATTERN, isRealDate } from '../core/schemas';
import { buildTimeline, retrosBefore } from '../core/team';
import { charterFileName, charterTemplate, nextActionId, retroFileName, retroTemplate, type RetroFormat } from '../core/templates';
import { UsageError, readTeamFile, teamFilesAround, toSlash } from './files';
import { makeFolder } from './fsWrite';
import { parse, type Io } from './main';
import { newFilesRoot as rootFolder } from './newRoot';
import { noteWriter, showControls } from './terminalText';

/** Write a file that must not exist yet (exit 2 otherwise); `hint` says what to change. */
export function writeNew(file: string, text: string, io: Io, hint = 'choose another --date, --id or --dir'): number {
  if (existsSync(file)) throw new UsageError(`${file} already exists; not overwriting it (${hint})`);
  try {
    makeFolder(path.dirname(file));
    writeFileSync(file, text, { flag: 'wx' });
  } catch (error) {
    if (error instanceof UsageError) throw error;
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

  // The team's files: its team folders (the root folder, and those of --dir when it is elsewhere), nothing around them.
  const notes = noteWriter(io.stderr);
  const files = teamFilesAround([{ file: path.join(root, 'probe'), root }, { file: path.join(dir, 'probe'), root }], notes);
  const teamFiles = files.flatMap((f) => readTeamFile(f, toSlash(path.relative(process.cwd(), f)), notes) ?? []).filter((f) => f.teamId === team);
  const charter = teamFiles.find((f) => f.kind === 'charter');
  // Only retros before the new date count: a retro written for an earlier date carries what was open then.
  const timeline = buildTimeline(retrosBefore(teamFiles.filter((f) => f.kind === 'retro'), date, toSlash(path.join(dir, retroFileName(date)))));
  const attendees = entries(charter?.data?.members)
    .map(([member]) => str(member.name))
    .filter((name): name is string => name !== undefined);
  if (!charter) io.stderr(`teamcharter: note: no charter with id "${team}" found under ${toSlash(root)}; the retro is created without carried actions from it\n`);
  const text = retroTemplate({ team, date, format, carried: timeline.open, attendees, nextActionId: nextActionId(timeline.actions.keys()) });
  const code = writeNew(path.join(dir, retroFileName(date)), text, io);
  if (timeline.open.length > 0) io.stdout(`Carried over ${timeline.open.length} open action${timeline.open.length === 1 ? '' : 's'}: ${showControls(timeline.open.map((a) => a.id).join(', '))}\n`);
  return code;
}

export function runNew(args: string[], io: Io): number {
  const [what, ...rest] = args;
  if (what === 'charter') return newCharter(rest, io);
  if (what === 'retro') return newRetro(rest, io);
  throw new UsageError(`new needs "charter" or "retro", got ${what ? `"${what}"` : 'nothing'}`);
}
