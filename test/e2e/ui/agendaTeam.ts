/**
 * The Web team in the middle of a retro, for the form's Agenda section (issue 23): a
 * charter and five retros, the newest today's, written as `new retro` starts one (the
 * open actions listed by id with no status yet) with the comments a person adds. Its
 * agenda has two open actions (A-1, carried since the first retro, and A-3), a low
 * pulse step (decisions, rated 2 out of 5 in the retro before), a member never
 * credited in a win (tom, who attends every retro) and a suggested facilitator (tom
 * again: everyone else has facilitated). Dates count back from `today`: a pulse is on
 * the agenda only while it is recent. The unit tests (test/unit/webview/agenda.test.ts)
 * and the UI test (agendaForm.test.ts) both use it.
 */
import { addDays } from '../../../src/core/format/dates';

/** Where the meeting's retro is, in the workspace folder. */
export const meetingRetroPath = (today: string) => `.team/retros/${today}.retro.yaml`;

/** Every comment of the meeting's retro, each with the start of its line: each must still be in the file after the meeting's edits. */
export const MEETING_COMMENTS: readonly RegExp[] = [
  /^# The retro of the week, started with Team Charter: New Retrospective\.$/m,
  /^# Reviewed first thing, as the team agreed\.$/m,
  /^ {2}- id: A-1 {3}# carried since the first retro$/m,
  /^ {2}- id: A-3 {3}# blocked on the vendor last time$/m,
  /^# Who made a win happen: names, or team\.$/m,
  /^wins:.* {3}# none yet$/m,
  /^actions:.* {3}# agreed at the end$/m,
];

export function webTeam(today: string): Record<string, string> {
  const [r1, r2, r3, r4] = [-56, -42, -28, -14].map((days) => addDays(today, days));
  return {
    '.team/web.charter.yaml': `kind: Charter
version: 1
id: web
team: Web
updated: ${r1}
purpose:
  statement: Pages that load before the customer notices.
  why: A slow page is a customer who leaves.
members:
  - name: dana
    role: Tech lead
  - name: lee
    role: Engineer
  - name: sam
    role: Engineer
  - name: tom
    role: Engineer
feedback:
  retrospectives: biweekly
`,
    [`.team/retros/${r1}.retro.yaml`]: `kind: Retrospective
version: 1
team: web
date: ${r1}
format: start-stop-continue
facilitator: dana
attendees: [dana, lee, sam, tom]
wins:
  - text: The new image pipeline shipped
    who: [dana]
actions:
  - id: A-1
    title: Lazy-load the product images
    owner: lee
    due: ${addDays(r1, 14)}
`,
    [`.team/retros/${r2}.retro.yaml`]: `kind: Retrospective
version: 1
team: web
date: ${r2}
format: start-stop-continue
facilitator: lee
attendees: [dana, lee, sam, tom]
previousActions:
  - id: A-1
    status: carried
    note: The CDN change came first
wins:
  - text: Checkout under two seconds
    who: [lee]
actions:
  - id: A-2
    title: Budget for the checkout bundle
    owner: sam
    due: ${addDays(r2, 14)}
`,
    [`.team/retros/${r3}.retro.yaml`]: `kind: Retrospective
version: 1
team: web
date: ${r3}
format: start-stop-continue
facilitator: sam
attendees: [dana, lee, sam, tom]
previousActions:
  - id: A-1
    status: in-progress
  - id: A-2
    status: done
wins:
  - text: The bundle budget caught two regressions
    who: [sam]
actions:
  - id: A-3
    title: Move the fonts to our own CDN
    owner: dana
    due: ${addDays(r3, 21)}
`,
    [`.team/retros/${r4}.retro.yaml`]: `kind: Retrospective
version: 1
team: web
date: ${r4}
format: start-stop-continue
facilitator: dana
attendees: [dana, lee, sam, tom]
previousActions:
  - id: A-1
    status: carried
    note: Waiting for the image service
  - id: A-3
    status: blocked
    note: The vendor has not answered
wins:
  - text: Zero incidents in the sale week
    who: [dana, sam]
pulse:
  responses: 4
  decisions: [1, 2, 1, 0, 0]
  feedback: [0, 0, 1, 2, 1]
`,
    [meetingRetroPath(today)]: `# The retro of the week, started with Team Charter: New Retrospective.
kind: Retrospective
version: 1
team: web
date: ${today}
format: start-stop-continue
attendees: [dana, lee, sam, tom]
# Reviewed first thing, as the team agreed.
previousActions:
  - id: A-1   # carried since the first retro
  - id: A-3   # blocked on the vendor last time
# Who made a win happen: names, or team.
wins: []   # none yet
items:
  start: [Performance budgets per page]
  stop: []
  continue: [Pairing on reviews]
actions: []   # agreed at the end
`,
  };
}
