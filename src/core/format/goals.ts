/**
 * What the rules read of a charter's goals. A goal whose status is `proposed`
 * is an idea, not a commitment: the goal rules skip it, and it gives nobody a
 * line of sight (docs/format.md "Goals").
 */
import { entries, type Data } from '../base/dataReaders';

export function isProposed(goal: Data): boolean {
  return goal.status === 'proposed';
}

/** The goals a member can line up with: neither done nor only proposed, with their index. */
export function openGoals(charter: Data): [Data, number][] {
  return entries(charter.goals).filter(([goal]) => goal.status !== 'done' && !isProposed(goal));
}
