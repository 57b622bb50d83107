/** Parsed files and contexts the webview tests share (what the extension would send). */
import type { FormContext, FormFinding } from '../../../src/shared/protocol.js';

export function charterData(): Record<string, unknown> {
  return {
    kind: 'Charter',
    version: 1,
    id: 'platform',
    team: 'Platform Team',
    purpose: { statement: 'Make every deploy boring.' },
    priorities: [
      { id: 'P1', title: 'Halve lead time' },
      { id: 'P2', title: 'Fewer incidents' },
    ],
    goals: [
      { id: 'G1', title: 'One-click rollback', supports: ['P1', 'P9'], owner: 'dana', measure: 'Rollback in 5 minutes', due: '2027-03-31', status: 'on-track' },
      { id: 'G2', title: 'Faster builds', owner: 'alex' },
    ],
    commitment: { agreed: '2026-11-30', by: ['dana'] },
    members: [
      { name: 'dana', role: 'Tech lead', growth: { aspiration: 'EM', stretch: 'Run planning', coach: 'lee' } },
      { name: 'lee', role: 'Engineer' },
    ],
    accountability: { checkIns: 'weekly' },
    change: [{ title: 'New CI', leaderCommitments: ['Lead migrates first'] }],
    decisions: { framework: 'consent', rights: [{ area: 'Tooling', decidedBy: 'team', consulted: ['dana'] }] },
    feedback: { retrospectives: 'biweekly', norms: ['Disagree and commit'] },
    recognition: { practices: ['Wins open every retro'] },
  };
}

export function retroData(): Record<string, unknown> {
  return {
    kind: 'Retrospective',
    version: 1,
    team: 'platform',
    date: '2026-11-30',
    format: 'sailboat',
    facilitator: 'lee',
    attendees: ['dana', 'lee'],
    previousActions: [
      { id: 'A-7', status: 'done', note: 'Shipped' },
      { id: 'A-3', status: 'carried' },
    ],
    wins: [{ text: 'Rollback works', who: ['dana'] }],
    items: { wind: ['Pairing'], rocks: [], kudos: ['Thanks lee'] },
    actions: [{ id: 'A-8', title: 'Automate canaries', owner: 'dana', due: '2026-12-14', goal: 'G1' }],
    growth: [{ who: 'lee', note: 'Led the review' }],
    decisions: ['Trunk-based development'],
    change: [],
  };
}

export function context(overrides: Partial<FormContext> = {}): FormContext {
  return {
    members: ['dana', 'lee'],
    goals: [{ id: 'G1', title: 'One-click rollback' }, { id: 'G2' }],
    priorities: [{ id: 'P1', title: 'Halve lead time' }],
    teams: ['platform', 'web'],
    openActions: [
      { id: 'A-6', title: 'Remove stale flags', owner: 'lee', due: '2026-12-04', retros: 3 },
      { id: 'A-7', title: 'Decline codes', owner: 'dana', retros: 1 },
    ],
    nextActionId: 'A-9',
    ...overrides,
  };
}

export function finding(path: FormFinding['path'], overrides: Partial<FormFinding> = {}): FormFinding {
  return { rule: 'goal-no-measure', step: 2, severity: 'warning', message: `finding at ${path.join('.')}`, path, line: 1, ...overrides };
}
