import fc from 'fast-check';
import { VISIT_RELATIONS, type VisitRelation } from '../visits/finding-policy';
import { REPORT_SHARING } from '../visits/report-policy';
import { VISIT_STATUSES } from '../visits/visit-lifecycle';
import {
  ACTION_STATUSES,
  ACTION_TITLE_MAX,
  actionFigures,
  actionMayBeRemoved,
  findingsForActionPlan,
  actionMayMove,
  actionPlanRights,
  checkActionInput,
  type ActionPlanFacts,
  type ActionStatus,
} from './action-plan';

const DRAFT: ActionPlanFacts = { status: 'DRAFT', openToCoordinator: false };
const SHARED: ActionPlanFacts = { status: 'SHARED', openToCoordinator: false };
const OPEN: ActionPlanFacts = { status: 'SHARED', openToCoordinator: true };
const reads = (relations: VisitRelation[], plan: ActionPlanFacts | null, sharing: 'TEAM' | 'ROUND' | 'NETWORK' = 'TEAM') =>
  actionPlanRights(relations, 'REPORT_FINAL', plan, sharing).read;

describe('who reads an action plan', () => {
  // [relations, plan, report sharing, reads content, sees figures]
  const table: [VisitRelation[], ActionPlanFacts, 'TEAM' | 'ROUND' | 'NETWORK', boolean, boolean][] = [
    [['host', 'roundMember', 'networkMember'], DRAFT, 'TEAM', true, true],
    [['reviewer', 'roundMember', 'networkMember'], DRAFT, 'NETWORK', false, false],
    [['reviewer', 'roundMember', 'networkMember'], SHARED, 'TEAM', true, true],
    [['lead', 'reviewer', 'roundMember', 'networkMember'], SHARED, 'TEAM', true, true],
    [['coordinator', 'networkMember'], DRAFT, 'TEAM', false, true],
    [['coordinator', 'networkMember'], SHARED, 'TEAM', false, true],
    [['coordinator', 'networkMember'], OPEN, 'TEAM', true, true],
    [['coordinator', 'networkMember'], SHARED, 'NETWORK', true, true],
    [['roundMember', 'networkMember'], SHARED, 'TEAM', false, false],
    [['roundMember', 'networkMember'], SHARED, 'ROUND', true, true],
    [['roundMember', 'networkMember'], DRAFT, 'NETWORK', false, false],
    [['networkMember'], SHARED, 'ROUND', false, false],
    [['networkMember'], SHARED, 'NETWORK', true, true],
    [['networkMember'], OPEN, 'TEAM', false, false],
  ];
  it.each(table)('%j, plan %j, report shared with %s: content %s, figures %s', (relations, plan, sharing, content, figures) => {
    const rights = actionPlanRights(relations, 'REPORT_FINAL', plan, sharing);
    expect(rights.read).toBe(content);
    expect(rights.figures).toBe(figures);
  });

  it('has nothing to read before there is a plan, for anybody', () => {
    fc.assert(
      fc.property(fc.subarray([...VISIT_RELATIONS]), fc.constantFrom(...VISIT_STATUSES), fc.constantFrom(...REPORT_SHARING), (relations, status, sharing) => {
        const rights = actionPlanRights(relations, status, null, sharing);
        return !rights.read && !rights.figures && !rights.edit && !rights.share && !rights.comment && !rights.markAnswered;
      }),
    );
  });

  it('never lets anyone read what they may not see the figures of, nor anyone but the host change it', () => {
    const plans = fc.record({ status: fc.constantFrom('DRAFT' as const, 'SHARED' as const), openToCoordinator: fc.boolean() });
    fc.assert(
      fc.property(fc.subarray([...VISIT_RELATIONS]), plans, fc.constantFrom(...REPORT_SHARING), (relations, plan, sharing) => {
        const rights = actionPlanRights(relations, 'REPORT_FINAL', plan, sharing);
        const host = relations.includes('host');
        return (
          (!rights.read || rights.figures) &&
          rights.edit === host &&
          rights.setCoordinatorAccess === host &&
          (!rights.markAnswered || relations.includes('lead'))
        );
      }),
    );
  });
});

describe('what the host and the team may do', () => {
  it('lets the host begin a plan only once the report is final, and only once', () => {
    for (const status of VISIT_STATUSES) expect(actionPlanRights(['host'], status, null, 'TEAM').start).toBe(status === 'REPORT_FINAL');
    expect(actionPlanRights(['host'], 'REPORT_FINAL', DRAFT, 'TEAM').start).toBe(false);
    expect(actionPlanRights(['lead', 'reviewer'], 'REPORT_FINAL', null, 'TEAM').start).toBe(false);
  });

  it('shares a draft once; the team comments and the lead marks answers only on a shared plan', () => {
    expect(actionPlanRights(['host'], 'REPORT_FINAL', DRAFT, 'TEAM').share).toBe(true);
    expect(actionPlanRights(['host'], 'REPORT_FINAL', SHARED, 'TEAM').share).toBe(false);
    expect(actionPlanRights(['reviewer'], 'REPORT_FINAL', DRAFT, 'TEAM').comment).toBe(false);
    expect(actionPlanRights(['reviewer'], 'REPORT_FINAL', SHARED, 'TEAM').comment).toBe(true);
    expect(actionPlanRights(['host'], 'REPORT_FINAL', SHARED, 'TEAM').comment).toBe(true);
    expect(actionPlanRights(['reviewer'], 'REPORT_FINAL', SHARED, 'TEAM').markAnswered).toBe(false);
    expect(actionPlanRights(['lead', 'reviewer'], 'REPORT_FINAL', SHARED, 'TEAM').markAnswered).toBe(true);
    expect(actionPlanRights(['coordinator'], 'REPORT_FINAL', OPEN, 'NETWORK').comment).toBe(false);
    expect(reads(['roundMember'], SHARED, 'ROUND')).toBe(true);
  });
});

describe('an action moving through its statuses', () => {
  const table: [ActionStatus, ActionStatus, boolean][] = [
    ['PLANNED', 'IN_PROGRESS', true],
    ['PLANNED', 'DONE', true],
    ['PLANNED', 'DROPPED', true],
    ['IN_PROGRESS', 'PLANNED', true],
    ['IN_PROGRESS', 'DONE', true],
    ['IN_PROGRESS', 'DROPPED', true],
    ['DONE', 'IN_PROGRESS', true],
    ['DONE', 'PLANNED', false],
    ['DONE', 'DROPPED', false],
    ['DROPPED', 'PLANNED', true],
    ['DROPPED', 'DONE', false],
    ['DROPPED', 'IN_PROGRESS', false],
  ];
  it.each(table)('%s → %s: %s', (from, to, allowed) => expect(actionMayMove(from, to)).toBe(allowed));

  it('never stays where it is', () => {
    for (const s of ACTION_STATUSES) expect(actionMayMove(s, s)).toBe(false);
  });

  it('counts the plan per status', () => {
    expect(actionFigures(['PLANNED', 'DONE', 'DONE', 'DROPPED'])).toEqual({ PLANNED: 1, IN_PROGRESS: 0, DONE: 2, DROPPED: 1, total: 4 });
  });
});

describe('checkActionInput', () => {
  const findings = new Set(['f1', 'f2']);
  const good = { title: 'Wijkteams krijgen één aanspreekpunt', description: null, owner: 'Teamleider Wmo', dueOn: '2027-06-01', findingIds: ['f1'] };

  it('accepts what, who, by when and which findings', () => {
    expect(checkActionInput(good, '2026-11-20', findings)).toEqual([]);
    expect(checkActionInput({ ...good, dueOn: null }, '2026-11-20', findings)).toEqual([]);
  });

  it.each([
    [{ title: '   ' }, 'title', 'TITLE_REQUIRED'],
    [{ title: 'x'.repeat(ACTION_TITLE_MAX + 1) }, 'title', 'TITLE_TOO_LONG'],
    [{ owner: '' }, 'owner', 'OWNER_REQUIRED'],
    [{ dueOn: '2026-11-19' }, 'dueOn', 'DUE_BEFORE_VISIT'],
    [{ findingIds: [] }, 'findingIds', 'FINDINGS_REQUIRED'],
    [{ findingIds: ['f1', 'elsewhere'] }, 'findingIds', 'FINDING_NOT_OF_VISIT'],
  ])('refuses %j', (change, field, code) => {
    expect(checkActionInput({ ...good, ...change }, '2026-11-20', findings)).toEqual([{ field, code }]);
  });

  it('counts a finding linked twice once', () => {
    expect(checkActionInput({ ...good, findingIds: ['f1', 'f1', 'f2'] }, '2026-11-20', findings)).toEqual([]);
  });
});

describe('removing an action', () => {
  it('is possible only while the plan is a draft', () => {
    expect(actionMayBeRemoved('DRAFT')).toBe(true);
    expect(actionMayBeRemoved('SHARED')).toBe(false);
  });
});

describe('the findings an action plan answers', () => {
  it('puts recommendations first, then own-responsibility points, then the rest in their usual order', () => {
    const kinds = ['CONCERN', 'OWN_RESPONSIBILITY', 'STRENGTH', 'RECOMMENDATION'].map((kind, i) => ({ id: `f${i}`, kind }));
    expect(findingsForActionPlan(kinds).map((f) => f.kind)).toEqual(['RECOMMENDATION', 'OWN_RESPONSIBILITY', 'STRENGTH', 'CONCERN']);
  });
});
