import fc from 'fast-check';
import { PARTICIPANT_STATUSES, type ParticipantStatus } from './track-participation';
import { caseRights, caseVisibleTo, mayExportPortfolio, type CaseFacts, type CaseViewer } from './track-policy';
import { TRACK_STATUSES } from './track-lifecycle';

const nobody: CaseViewer = { userId: 'v', coordinator: false, facilitator: false, participation: null, feedbackGroup: null };
const shared: CaseFacts = { ownerId: 'owner', ownerStatus: 'ACCEPTED', ownerGroup: 'A', sharedWithGroup: true };
const kept: CaseFacts = { ...shared, sharedWithGroup: false };

describe('caseVisibleTo (DOMAIN.md: the facilitators and, by the participant’s choice, their feedback group)', () => {
  it.each<[string, CaseViewer, CaseFacts, boolean]>([
    ['the owner, shared', { ...nobody, userId: 'owner', participation: 'ACCEPTED', feedbackGroup: 'A' }, shared, true],
    ['the owner, kept to the facilitators', { ...nobody, userId: 'owner', participation: 'ACCEPTED', feedbackGroup: 'A' }, kept, true],
    ['the owner, after withdrawing', { ...nobody, userId: 'owner', participation: 'WITHDRAWN' }, { ...kept, ownerStatus: 'WITHDRAWN' }, true],
    ['a facilitator of the track, shared', { ...nobody, facilitator: true }, shared, true],
    ['a facilitator of the track, kept', { ...nobody, facilitator: true }, kept, true],
    ['a peer in the same group, shared', { ...nobody, participation: 'ACCEPTED', feedbackGroup: 'A' }, shared, true],
    ['a peer in the same group, kept', { ...nobody, participation: 'ACCEPTED', feedbackGroup: 'A' }, kept, false],
    ['a peer in another group', { ...nobody, participation: 'ACCEPTED', feedbackGroup: 'B' }, shared, false],
    ['a participant without a group', { ...nobody, participation: 'ACCEPTED', feedbackGroup: null }, shared, false],
    ['a peer, while the owner has no group yet', { ...nobody, participation: 'ACCEPTED', feedbackGroup: null }, { ...shared, ownerGroup: null }, false],
    ['a former peer who withdrew', { ...nobody, participation: 'WITHDRAWN', feedbackGroup: 'A' }, shared, false],
    ['a peer on the waitlist', { ...nobody, participation: 'WAITLISTED', feedbackGroup: 'A' }, shared, false],
    ['a peer, once the owner withdrew', { ...nobody, participation: 'ACCEPTED', feedbackGroup: 'A' }, { ...shared, ownerStatus: 'WITHDRAWN' }, false],
    ['the coordinator', { ...nobody, coordinator: true }, shared, false],
    ['the coordinator, also in the group', { ...nobody, coordinator: true, participation: 'ACCEPTED', feedbackGroup: 'A' }, shared, true],
    ['another member of the network', nobody, shared, false],
  ])('%s → %s', (_, viewer, c, visible) => {
    expect(caseVisibleTo(viewer, c)).toBe(visible);
  });

  const status = fc.constantFrom<ParticipantStatus>(...PARTICIPANT_STATUSES);
  const group = fc.option(fc.constantFrom('A', 'B'), { nil: null });
  const viewer = fc.record<CaseViewer>({
    userId: fc.constantFrom('owner', 'v'),
    coordinator: fc.boolean(),
    facilitator: fc.boolean(),
    participation: fc.option(status, { nil: null }),
    feedbackGroup: group,
  });
  const facts = fc.record<CaseFacts>({ ownerId: fc.constant('owner'), ownerStatus: status, ownerGroup: group, sharedWithGroup: fc.boolean() });

  it('never shows a case kept to the facilitators to anyone but them and its owner', () => {
    fc.assert(
      fc.property(viewer, facts, (v, c) => {
        if (!c.sharedWithGroup && caseVisibleTo(v, c)) expect(v.facilitator || v.userId === c.ownerId).toBe(true);
      }),
    );
  });

  it('never shows a case to someone outside its group who neither owns nor runs it, whatever their role', () => {
    fc.assert(
      fc.property(viewer, facts, (v, c) => {
        if (v.userId !== c.ownerId && !v.facilitator && (v.feedbackGroup === null || v.feedbackGroup !== c.ownerGroup)) expect(caseVisibleTo(v, c)).toBe(false);
      }),
    );
  });

  it('lets only readers give feedback, never the owner, and only while the track runs', () => {
    fc.assert(
      fc.property(viewer, facts, fc.constantFrom(...TRACK_STATUSES), (v, c, s) => {
        const r = caseRights(v, c, s);
        if (r.giveFeedback) expect([r.read, v.userId !== c.ownerId, s === 'OPEN' || s === 'RUNNING']).toEqual([true, true, true]);
        if (r.edit) expect(v.userId).toBe(c.ownerId);
      }),
    );
  });

  it('lets only the owner and the track’s facilitators download the portfolio, and never more than they may read', () => {
    fc.assert(
      fc.property(viewer, facts, fc.constantFrom(...TRACK_STATUSES), (v, c, s) => {
        const r = caseRights(v, c, s);
        if (r.exportPortfolio) expect([r.read, v.userId === c.ownerId || v.facilitator]).toEqual([true, true]);
      }),
    );
  });
});

describe('mayExportPortfolio (the portfolio is the participant’s own end product: a copy to take away)', () => {
  const owner: CaseViewer = { ...nobody, userId: 'owner', participation: 'ACCEPTED', feedbackGroup: 'A' };
  const peer: CaseViewer = { ...nobody, participation: 'ACCEPTED', feedbackGroup: 'A' };
  it.each<[string, CaseViewer, CaseFacts, boolean, boolean]>([
    ['the owner, shared', owner, shared, true, true],
    ['the owner, kept to the facilitators', owner, kept, true, true],
    ['the owner, after withdrawing', { ...owner, participation: 'WITHDRAWN' }, { ...kept, ownerStatus: 'WITHDRAWN' }, true, true],
    ['a facilitator of the track, shared', { ...nobody, facilitator: true }, shared, true, true],
    ['a facilitator of the track, kept', { ...nobody, facilitator: true }, kept, true, true],
    ['a peer in the same group who reads the shared case', peer, shared, true, false],
    ['a peer in the same group, kept', peer, kept, false, false],
    ['a peer in another group', { ...peer, feedbackGroup: 'B' }, shared, false, false],
    ['the coordinator', { ...nobody, coordinator: true }, shared, false, false],
    ['the coordinator, also a peer in the group', { ...peer, coordinator: true }, shared, true, false],
    ['another member of the network', nobody, shared, false, false],
  ])('%s → reads %s, downloads %s', (_, v, c, read, download) => {
    expect([caseVisibleTo(v, c), mayExportPortfolio(v, c), caseRights(v, c, 'RUNNING').exportPortfolio]).toEqual([read, download, read && download]);
  });

  it('lets the owner and the facilitators download once the track is closed, as they still read it', () => {
    expect(caseRights(owner, shared, 'CLOSED').exportPortfolio).toBe(true);
    expect(caseRights({ ...nobody, facilitator: true }, shared, 'CLOSED').exportPortfolio).toBe(true);
    expect(caseRights(peer, shared, 'CLOSED').exportPortfolio).toBe(false);
  });
});
