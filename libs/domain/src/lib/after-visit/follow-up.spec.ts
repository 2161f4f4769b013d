import { actionPlanRights } from './action-plan';
import { FOLLOW_UPS_MAX, followUpInvitation, hasSelfAssessment, followUpRefusalMessages, steersRound, type FollowUpFacts } from './follow-up';
import type { VisitRelation } from '../visits/finding-policy';

const review = (over: Partial<FollowUpFacts> = {}): FollowUpFacts => ({ kind: 'REVIEW', status: 'REPORT_FINAL', followUps: [], ...over });

describe('follow-up conversations (terugkomgesprek)', () => {
  it.each<[string, VisitRelation[], FollowUpFacts, ReturnType<typeof followUpInvitation>]>([
    ['the host, after the final report', ['host', 'roundMember', 'networkMember'], review(), { allowed: true }],
    ['the coordinator, after the final report', ['coordinator', 'networkMember'], review(), { allowed: true }],
    ['the host, before the report is final', ['host'], review({ status: 'REPORT_SHARED' }), { allowed: false, reason: 'REPORT_NOT_FINAL' }],
    ['the host, of a follow-up', ['host'], review({ kind: 'FOLLOW_UP' }), { allowed: false, reason: 'NOT_A_REVIEW' }],
    ['the host, while one is under way', ['host'], review({ followUps: ['REPORT_FINAL', 'HELD'] }), { allowed: false, reason: 'ONE_OPEN' }],
    ['the host, after earlier ones ended', ['host'], review({ followUps: ['REPORT_FINAL'] }), { allowed: true }],
    ['the host, at the most', ['host'], review({ followUps: Array(FOLLOW_UPS_MAX).fill('REPORT_FINAL') }), { allowed: false, reason: 'TOO_MANY' }],
    ['the lead: not theirs to ask', ['lead', 'reviewer', 'roundMember'], review(), null],
    ['a reviewer', ['reviewer'], review(), null],
    ['another round member', ['roundMember', 'networkMember'], review(), null],
    ['a network member', ['networkMember'], review(), null],
  ])('%s', (_name, relations, facts, expected) => {
    expect(followUpInvitation(relations, facts)).toEqual(expected);
  });

  it('says every refusal in Dutch and English', () => {
    for (const message of Object.values(followUpRefusalMessages)) {
      expect(message.nl.length).toBeGreaterThan(10);
      expect(message.en.length).toBeGreaterThan(10);
    }
  });

  it('gives only a review a self-assessment', () => {
    expect(hasSelfAssessment('REVIEW')).toBe(true);
    expect(hasSelfAssessment('FOLLOW_UP')).toBe(false);
  });

  it('lets only reviews steer the round', () => {
    expect(steersRound('REVIEW')).toBe(true);
    expect(steersRound('FOLLOW_UP')).toBe(false);
  });

  it('gives a follow-up no action plan of its own', () => {
    expect(actionPlanRights(['host'], 'REPORT_FINAL', null, 'TEAM', 'REVIEW').start).toBe(true);
    expect(actionPlanRights(['host'], 'REPORT_FINAL', null, 'TEAM', 'FOLLOW_UP').start).toBe(false);
  });
});
