/** `teamcharter new charter|retro`: write a file from a template, never over an existing one. */
import { existsSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { localToday } from '../core/format/dates';
import { RETRO_FORMATS, SLUG_PATTERN, isRealDate } from '../core/format/schemas';
import { retroSeed } from '../core/format/retroSeed';
import { teamAgenda } from '../core/insights/agenda';
import { agendaCommentLines } from '../core/report/agenda';
import { charterFileName, charterTemplate, retroFileName, retroTemplate, type RetroFormat } from '../core/format/templates';
import { defineCommand, UsageError, type Io } from './args';
import { buildWorkspace, diskConfigs, diskPath, teamFilesAround, toSlash } from './files';
import { makeFolder } from './fsWrite';
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

/** `new` never overwrites: that is an exit 2 of its own. */
const NEW_EXITS = { 2: 'a usage error, a file that exists already (it is left as it was), or a config error' };

export const newCharterCommand = defineCommand({
  name: 'new charter',
  summary: 'Write a new charter from the template',
  exits: NEW_EXITS,
  options: {
    id: { value: 'ID', required: 'a slug such as platform', help: "the team's id: lowercase letters, digits and -" },
    team: { value: 'NAME', required: "the team's display name", help: "the team's name" },
    dir: { value: 'DIR', help: "the folder to write into; default: the root folder (.team, or the config's root)" },
  },
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
  exits: NEW_EXITS,
  options: {
    team: { value: 'ID', required: "the id of the team's charter", help: "the team: its charter's id" },
    date: { value: 'YYYY-MM-DD', help: "the meeting's date; default: the local date" },
    format: { short: 'f', value: 'FORMAT', choices: RETRO_FORMATS, default: 'start-stop-continue', help: "the retro's columns" },
    dir: { value: 'DIR', help: 'the folder to write into; default: retros under the root folder' },
  },
  run({ values }, io) {
    const { team } = values;
    if (!SLUG_PATTERN.test(team)) throw new UsageError(`--team must be a team id (lowercase letters, digits and -), got "${team}"`);
    const date = values.date ?? localToday();
    if (!isRealDate(date)) throw new UsageError(`--date must be a date as YYYY-MM-DD, got "${date}"`);
    const format = values.format as RetroFormat;
    const root = rootFolder();
    const dir = values.dir ?? path.join(root, 'retros');

    // The team's files: its team folders (the root folder, and those of --dir when it is elsewhere), nothing around them.
    const notes = noteWriter(io.stderr);
    const files = teamFilesAround(
      [
        { file: path.join(root, 'probe'), root },
        { file: path.join(dir, 'probe'), root },
      ],
      notes,
    );
    // Linted as `agenda` lints them (their configs, today's date), for the agenda at the top of the new file.
    const configs = diskConfigs();
    configs.discover(files.map(diskPath));
    const workspace = buildWorkspace(
      files.map((f) => [f, toSlash(path.relative(process.cwd(), f))]),
      configs,
      localToday(),
      notes,
    );
    const charter = workspace.team(team)?.charter;
    if (!charter)
      io.stderr(`teamcharter: note: no charter with id "${team}" found under ${toSlash(root)}; the retro is created without open actions to review\n`);
    const file = path.join(dir, retroFileName(date));
    const agenda = teamAgenda(workspace, team, (shown) => configs.configFor(shown));
    const retros = workspace.team(team)?.retros ?? [];
    const seed = retroSeed(team, date, format, toSlash(file), { charter, retros }, agenda && agendaCommentLines(agenda));
    const code = writeNew(file, retroTemplate(seed), io);
    const toReview = seed.toReview.map((a) => a.id);
    if (toReview.length > 0)
      io.stdout(`Listed ${toReview.length} open action${toReview.length === 1 ? '' : 's'} to review (no status yet): ${showControls(toReview.join(', '))}\n`);
    return code;
  },
});
