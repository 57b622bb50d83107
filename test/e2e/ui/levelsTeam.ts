/**
 * The Payments team: a charter and three retros, written for the levels test so that its
 * seven steps stand at all four levels, and one step is held back by a gap a team would
 * recognise. Its dates count back from `today` (the newest retro is today's): a pulse
 * confirms a step only while it is recent, and goals fall due, so fixed dates would age.
 */
import { addDays } from '../../../src/core/format/dates';

/** What each step's level should be, and why, as a person reading the files would tell. */
export const PAYMENTS_LEVELS: readonly { step: number; name: string; level: string; heldBy?: RegExp }[] = [
  // Goals owned, measured and due later; every member on one; the team rates them 4.5 out of 5.
  { step: 1, name: 'Goals aligned with purpose', level: 'confirmed' },
  // Check-ins, reviews and tracking, followed in every retro; but no pulse has rated it.
  { step: 2, name: 'Accountability and transparency', level: 'practised', heldBy: /pulse/ },
  // pia has no growth path: the step the team works on next.
  { step: 3, name: 'Growing future leaders', level: 'not yet', heldBy: /^member-no-growth$/ },
  // The move to the new provider is under way, and no retro has talked about it.
  { step: 4, name: 'Leading by example through change', level: 'written', heldBy: /^change-not-reviewed$/ },
  // Decided by the team and by different people; rated 4 out of 5.
  { step: 5, name: 'Empowered decisions', level: 'confirmed' },
  // Retros every two weeks, actions reviewed and done, facilitators rotating; rated 4.25.
  { step: 6, name: 'A feedback-driven environment', level: 'confirmed' },
  // A named win in every retro; but no pulse has rated it.
  { step: 7, name: 'Celebrating successes', level: 'practised', heldBy: /pulse/ },
];

/** The files, by their path in the workspace folder. */
export function paymentsTeam(today: string): Record<string, string> {
  const [first, second] = [addDays(today, -28), addDays(today, -14)];
  return {
    '.team/payments.charter.yaml': `# The Payments team: most steps practised, one held back.
kind: Charter
version: 1
id: payments
team: Payments
updated: ${first}
purpose:
  statement: A customer pays in one step, whatever card or bank they use.
  why: Every failed payment is a customer who walks away and a sale we lose.
priorities:
  - id: P1
    title: Fewer abandoned checkouts
goals:
  - id: G1
    title: Retry a declined card with the customer's second card
    supports: [P1]
    owner: mia
    contributors: [pia]
    measure: Card declines that end in a lost order under 20%
    due: ${addDays(today, 120)}
    status: on-track
  - id: G2
    title: Bank transfers confirmed while the customer waits
    supports: [P1]
    owner: noah
    contributors: [omar]
    measure: Transfers confirmed within 30 seconds for 95% of payments
    due: ${addDays(today, 200)}
    status: not-started
commitment:
  agreed: ${first}
  by: [mia, noah, omar, pia]
members:
  - name: mia
    role: Tech lead
    growth:
      aspiration: Engineering manager
      stretch: Run the Q1 planning for the payments roadmap
      coach: omar
  - name: noah
    role: Engineer
    growth:
      aspiration: Staff engineer
      stretch: Design the retry service
      coach: mia
  - name: omar
    role: Engineer
    growth:
      aspiration: Payments domain expert
      stretch: Lead the bank certification
      coach: pia
  - name: pia
    role: Engineer
accountability:
  checkIns: weekly
  progressReview: biweekly
  tracking: https://example.org/payments/board
change:
  - title: Move card payments to the new provider
    status: in-progress
    why: The old provider declines one card in ten that the new one accepts
    leaderCommitments: [Mia moves the first merchant herself, pairing with whoever is on call]
    communication: A note in the merchants' channel every Friday
decisions:
  framework: consent
  rights:
    - area: Which payment provider we integrate next
      decidedBy: team
    - area: On-call rota
      decidedBy: team
feedback:
  retrospectives: biweekly
  oneOnOnes: weekly
  norms:
    - Say what you saw and what it cost, then ask
recognition:
  practices:
    - Every retro opens with who made a win happen
`,
    [`.team/retros/${first}.retro.yaml`]: `kind: Retrospective
version: 1
team: payments
date: ${first}
format: start-stop-continue
facilitator: mia
attendees: [mia, noah, omar, pia]
wins:
  - text: Card retries shipped to 10% of customers
    who: [noah]
items:
  start: [Pairing on bank certification]
  stop: [Deploying on Friday afternoons]
  continue: [Demo every sprint]
decisions:
  - text: Integrate the second bank before the new card provider
    by: team
actions:
  - id: A-1
    title: Write the bank certification checklist
    owner: omar
    goal: G2
`,
    [`.team/retros/${second}.retro.yaml`]: `kind: Retrospective
version: 1
team: payments
date: ${second}
format: mad-sad-glad
facilitator: noah
attendees: [mia, noah, omar, pia]
previousActions:
  - id: A-1
    status: done
wins:
  - text: The bank accepted our certification first time
    who: [omar, pia]
items:
  mad: [Flaky sandbox of the second bank]
  sad: [Two days lost to a provider outage]
  glad: [Declines halved on the retry cohort]
decisions:
  - text: Move card retries to every customer
    by: mia
actions:
  - id: A-2
    title: Alert on the provider's error rate, not on ours alone
    owner: pia
    goal: G1
`,
    [`.team/retros/${today}.retro.yaml`]: `kind: Retrospective
version: 1
team: payments
date: ${today}
format: start-stop-continue
facilitator: omar
attendees: [mia, noah, omar, pia]
previousActions:
  - id: A-2
    status: done
wins:
  - text: Retries live for every customer with no incident
    who: [mia, noah]
items:
  start: [A shared dashboard of declines per bank]
  stop: [Answering provider tickets alone]
  continue: [Pairing on certification]
decisions:
  - text: Keep the second bank's sandbox out of the merge checks
    by: noah
actions:
  - id: A-3
    title: Publish the declines dashboard to the support team
    owner: noah
    goal: G1
pulse:
  responses: 4
  goals: [0, 0, 0, 2, 2]
  decisions: [0, 0, 1, 2, 1]
  feedback: [0, 0, 0, 3, 1]
`,
  };
}
