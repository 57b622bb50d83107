/** Agendas for the renderers' tests: the fixture team's, and one with nothing on it but what a test gives. */
import * as path from 'node:path';
import { loadWorkspace } from '../../../src/cli/files';
import { teamAgenda, type Agenda } from '../../../src/core/insights/agenda';
import { FIXTURES, TODAY } from '../helpers';

/** The agenda of test/fixtures/agenda's team on TODAY. */
export function fixtureAgenda(): Agenda {
  const { workspace, configFor } = loadWorkspace([path.join(FIXTURES, 'agenda')], { today: TODAY });
  return teamAgenda(workspace, 'platform', configFor)!;
}

/** An agenda with nothing on it but what a test gives. */
export function emptyAgenda(over: Partial<Agenda> = {}): Agenda {
  return {
    team: 'web',
    name: null,
    date: TODAY,
    lastRetro: null,
    actions: [],
    pulse: [],
    focus: [],
    uncredited: [],
    facilitator: null,
    changes: [],
    goals: [],
    ...over,
  };
}
