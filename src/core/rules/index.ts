/** Every rule, in the order docs/rules.md "The rules" lists them (structure first, then step by step). */
import type { Rule } from '../engine/rule';
import yamlSyntax from './yaml-syntax';
import schema from './schema';
import duplicateId from './duplicate-id';
import purposeMissing from './purpose-missing';
import purposeWhyMissing from './purpose-why-missing';
import goalsMissing from './goals-missing';
import goalNoPriority from './goal-no-priority';
import goalUnknownPriority from './goal-unknown-priority';
import priorityNoGoal from './priority-no-goal';
import commitmentMissing from './commitment-missing';
import actionUnknownGoal from './action-unknown-goal';
import retroUnknownTeam from './retro-unknown-team';
import memberNoGoal from './member-no-goal';
import commitmentStale from './commitment-stale';
import goalNoActivity from './goal-no-activity';
import goalNoOwner from './goal-no-owner';
import ownerNotMember from './owner-not-member';
import goalNoMeasure from './goal-no-measure';
import goalNoDue from './goal-no-due';
import goalOverdue from './goal-overdue';
import checkinsMissing from './checkins-missing';
import trackingMissing from './tracking-missing';
import actionNoOwner from './action-no-owner';
import actionNoDue from './action-no-due';
import actionOverdue from './action-overdue';
import memberNoGrowth from './member-no-growth';
import noStretch from './no-stretch';
import noCoaching from './no-coaching';
import facilitatorNotRotating from './facilitator-not-rotating';
import changeNoWhy from './change-no-why';
import changeNoLeaderCommitment from './change-no-leader-commitment';
import changeNoCommunication from './change-no-communication';
import changeNotReviewed from './change-not-reviewed';
import decisionRightsMissing from './decision-rights-missing';
import decisionFrameworkMissing from './decision-framework-missing';
import decisionsCentralised from './decisions-centralised';
import feedbackCadenceMissing from './feedback-cadence-missing';
import normsMissing from './norms-missing';
import retroNoActions from './retro-no-actions';
import previousActionsNotReviewed from './previous-actions-not-reviewed';
import actionCarriedTooLong from './action-carried-too-long';
import retroOverdue from './retro-overdue';
import stepDeclining from './step-declining';
import reviewNoReason from './review-no-reason';
import retroNoWins from './retro-no-wins';
import winNoCredit from './win-no-credit';
import recognitionUnbalanced from './recognition-unbalanced';
import recognitionMissing from './recognition-missing';
import textVague from './text-vague';
import measureNotMeasurable from './measure-not-measurable';
import ownershipConcentrated from './ownership-concentrated';
import growthCopied from './growth-copied';
import coachSelf from './coach-self';
import growthNotPractised from './growth-not-practised';
import decisionsByOne from './decisions-by-one';
import decisionsNotRecorded from './decisions-not-recorded';
import pulseMissing from './pulse-missing';
import pulseNotActed from './pulse-not-acted';
import retroCopied from './retro-copied';
import actionRecurring from './action-recurring';
import recognitionNeverIndividual from './recognition-never-individual';
import pulseLow from './pulse-low';
import pulseGap from './pulse-gap';
import pulseDeclining from './pulse-declining';

export const RULES: readonly Rule[] = [
  yamlSyntax,
  schema,
  duplicateId,
  purposeMissing,
  purposeWhyMissing,
  goalsMissing,
  goalNoPriority,
  goalUnknownPriority,
  priorityNoGoal,
  commitmentMissing,
  actionUnknownGoal,
  retroUnknownTeam,
  memberNoGoal,
  commitmentStale,
  goalNoActivity,
  goalNoOwner,
  ownerNotMember,
  goalNoMeasure,
  goalNoDue,
  goalOverdue,
  checkinsMissing,
  trackingMissing,
  actionNoOwner,
  actionNoDue,
  actionOverdue,
  memberNoGrowth,
  noStretch,
  noCoaching,
  facilitatorNotRotating,
  changeNoWhy,
  changeNoLeaderCommitment,
  changeNoCommunication,
  changeNotReviewed,
  decisionRightsMissing,
  decisionFrameworkMissing,
  decisionsCentralised,
  feedbackCadenceMissing,
  normsMissing,
  retroNoActions,
  previousActionsNotReviewed,
  actionCarriedTooLong,
  retroOverdue,
  stepDeclining,
  reviewNoReason,
  retroNoWins,
  winNoCredit,
  recognitionUnbalanced,
  recognitionMissing,
  textVague,
  measureNotMeasurable,
  ownershipConcentrated,
  growthCopied,
  coachSelf,
  growthNotPractised,
  decisionsByOne,
  decisionsNotRecorded,
  pulseMissing,
  pulseNotActed,
  retroCopied,
  actionRecurring,
  recognitionNeverIndividual,
  pulseLow,
  pulseGap,
  pulseDeclining,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.id, rule]));
