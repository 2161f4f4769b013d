import { at, EVERYONE, PEOPLE, visitFacts, type Person } from './task.fixtures';
import {
  assignTeamTask,
  commentOnReportTask,
  finaliseReportTask,
  prepareVisitTask,
  releaseFindingsTask,
  replyToFindingsTask,
  shareFindingsTask,
  shareReportTask,
  submitFindingsTask,
  visitTasks,
  writeReportTask,
  type VisitTaskFacts,
  type VisitTaskRule,
} from './visit-tasks';

const BEFORE = at('2027-03-20T10:00:00Z');
const PREPARATION_DUE = '2027-04-01T21:59:59.000Z';
const REPORT_DUE = '2027-05-06T21:59:59.000Z';
const REPLY_END = at('2027-04-22T21:59:59Z');

/** Who of the visit's people gets the task. */
const whoGets = (rule: VisitTaskRule, facts: VisitTaskFacts, now: Date): Person[] => EVERYONE.filter((p) => rule(facts, PEOPLE[p], now) !== null);

describe('prepare a visit (host)', () => {
  const planned = visitFacts();

  it('is the host’s, due at the end of the Dutch day the programme’s rule gives, with its link', () => {
    expect(whoGets(prepareVisitTask, planned, BEFORE)).toEqual(['host']);
    const task = prepareVisitTask(planned, PEOPLE.host, BEFORE)!;
    expect(task).toMatchObject({ kind: 'PREPARE_VISIT', visitId: 'v1', roundId: 'r1', programmeId: 'p1', overdue: false, path: '/bezoeken/v1' });
    expect(task.context).toEqual({ programme: 'Sturen met Kwaliteit', round: 'Ronde 1', organisation: 'Utrecht' });
    expect(task.due?.toISOString()).toBe(PREPARATION_DUE);
  });

  it('follows the visit’s own deadline and is overdue once it has passed', () => {
    const own = visitFacts({ visit: { preparationDue: at('2027-03-25T12:00:00Z') } });
    expect(prepareVisitTask(own, PEOPLE.host, BEFORE)?.due).toEqual(at('2027-03-25T12:00:00Z'));
    expect(prepareVisitTask(own, PEOPLE.host, at('2027-03-26T00:00:00Z'))?.overdue).toBe(true);
  });

  it('has no deadline while the visit has no day', () => {
    expect(prepareVisitTask(visitFacts({ visit: { startsOn: null } }), PEOPLE.host, BEFORE)?.due).toBeNull();
  });

  it('disappears once the preparation is submitted, and with a closed programme', () => {
    expect(whoGets(prepareVisitTask, visitFacts({ visit: { status: 'PREPARED' } }), BEFORE)).toEqual([]);
    expect(whoGets(prepareVisitTask, visitFacts({ programme: { status: 'CLOSED' } }), BEFORE)).toEqual([]);
  });
});

describe('assign a team (whoever manages it)', () => {
  const lonely = visitFacts({ team: [{ userId: 'u-b', organisationId: 'b', lead: true }] });

  it('is the coordinator’s while the team is incomplete, due when the visit day begins', () => {
    expect(whoGets(assignTeamTask, lonely, BEFORE)).toEqual(['coordinator']);
    expect(assignTeamTask(lonely, PEOPLE.coordinator, BEFORE)?.due?.toISOString()).toBe('2027-04-07T22:00:00.000Z');
    expect(whoGets(assignTeamTask, visitFacts({ team: [] }), BEFORE)).toEqual(['coordinator']);
  });

  it('asks for a lead and for reviewers of two organisations', () => {
    const noLead = visitFacts({
      team: [
        { userId: 'u-b', organisationId: 'b', lead: false },
        { userId: 'u-c', organisationId: 'c', lead: false },
      ],
    });
    const oneOrganisation = visitFacts({
      team: [
        { userId: 'u-b', organisationId: 'b', lead: true },
        { userId: 'u-b2', organisationId: 'b', lead: false },
      ],
    });
    expect(assignTeamTask(noLead, PEOPLE.coordinator, BEFORE)).not.toBeNull();
    expect(assignTeamTask(oneOrganisation, PEOPLE.coordinator, BEFORE)).not.toBeNull();
  });

  it('disappears once the team is complete, and once the visit is held', () => {
    expect(whoGets(assignTeamTask, visitFacts(), BEFORE)).toEqual([]);
    expect(whoGets(assignTeamTask, visitFacts({ team: [], visit: { status: 'HELD' } }), BEFORE)).toEqual([]);
  });
});

describe('submit findings (a reviewer with drafts)', () => {
  const capturing = (drafts: number) => visitFacts({ visit: { status: 'PREPARED' }, findings: { myDrafts: drafts } });

  it('is for the reviewer (and the lead) with drafts, due at the end of the visit day', () => {
    expect(whoGets(submitFindingsTask, capturing(2), BEFORE)).toEqual(['reviewer', 'lead']);
    const task = submitFindingsTask(capturing(2), PEOPLE.reviewer, BEFORE)!;
    expect(task).toMatchObject({ kind: 'SUBMIT_FINDINGS', count: 2, path: '/bezoeken/v1/bevindingen' });
    expect(task.due?.toISOString()).toBe('2027-04-08T21:59:59.000Z');
  });

  it('disappears without drafts and once findings are no longer captured', () => {
    expect(whoGets(submitFindingsTask, capturing(0), BEFORE)).toEqual([]);
    expect(whoGets(submitFindingsTask, visitFacts({ visit: { status: 'REPORT_DRAFT' }, findings: { myDrafts: 1 } }), BEFORE)).toEqual([]);
  });
});

describe('share findings (the lead after the visit)', () => {
  const held = visitFacts({ visit: { status: 'HELD' }, findings: { submitted: 3 } });

  it('is the lead’s once the visit is held and findings are submitted, due with the report', () => {
    expect(whoGets(shareFindingsTask, held, BEFORE)).toEqual(['lead']);
    expect(shareFindingsTask(held, PEOPLE.lead, BEFORE)).toMatchObject({ count: 3 });
    expect(shareFindingsTask(held, PEOPLE.lead, BEFORE)?.due?.toISOString()).toBe(REPORT_DUE);
  });

  it('is not offered before the visit is held, nor once everything is shared', () => {
    expect(whoGets(shareFindingsTask, visitFacts({ visit: { status: 'PREPARED' }, findings: { submitted: 3 } }), BEFORE)).toEqual([]);
    expect(whoGets(shareFindingsTask, visitFacts({ visit: { status: 'HELD' } }), BEFORE)).toEqual([]);
  });
});

describe('reply as host', () => {
  const shared = (unanswered: number) => visitFacts({ visit: { status: 'HELD', replyDeadline: REPLY_END }, findings: { unanswered, visible: 4 } });

  it('is the host’s within the reply period, due at its end', () => {
    const now = at('2027-04-15T10:00:00Z');
    expect(whoGets(replyToFindingsTask, shared(2), now)).toEqual(['host']);
    expect(replyToFindingsTask(shared(2), PEOPLE.host, now)).toMatchObject({ kind: 'REPLY_TO_FINDINGS', due: REPLY_END, count: 2, overdue: false });
  });

  it('disappears once every finding has a reply, and when the period has ended', () => {
    expect(whoGets(replyToFindingsTask, shared(0), at('2027-04-15T10:00:00Z'))).toEqual([]);
    expect(whoGets(replyToFindingsTask, shared(2), at('2027-04-23T00:00:00Z'))).toEqual([]);
  });
});

describe('release findings for the harvest (host)', () => {
  const answered = visitFacts({ visit: { status: 'REPORT_DRAFT', replyDeadline: REPLY_END }, findings: { visible: 4 } });

  it('is the host’s once the replying is done, without a deadline', () => {
    expect(whoGets(releaseFindingsTask, answered, BEFORE)).toEqual(['host']);
    expect(releaseFindingsTask(answered, PEOPLE.host, BEFORE)).toMatchObject({ due: null, overdue: false, path: '/bezoeken/v1/bevindingen' });
  });

  it('waits while replies are still open, and appears when the period is over', () => {
    const open = visitFacts({ visit: { status: 'HELD', replyDeadline: REPLY_END }, findings: { visible: 4, unanswered: 1 } });
    expect(releaseFindingsTask(open, PEOPLE.host, at('2027-04-10T00:00:00Z'))).toBeNull();
    expect(releaseFindingsTask(open, PEOPLE.host, at('2027-04-23T00:00:00Z'))).not.toBeNull();
  });

  it('disappears once a finding is released', () => {
    expect(whoGets(releaseFindingsTask, visitFacts({ visit: { status: 'REPORT_FINAL' }, findings: { visible: 4, released: 1 } }), BEFORE)).toEqual([]);
  });
});

describe('write, share and finalise the report (lead)', () => {
  const afterReplies = at('2027-04-23T10:00:00Z');
  const held = visitFacts({ visit: { status: 'HELD', replyDeadline: REPLY_END }, findings: { visible: 3, unanswered: 1 } });

  it('asks the lead to write once the host’s reply period is over, due with the report', () => {
    expect(whoGets(writeReportTask, held, afterReplies)).toEqual(['lead']);
    expect(writeReportTask(held, PEOPLE.lead, afterReplies)).toMatchObject({ kind: 'WRITE_REPORT', path: '/bezoeken/v1/verslag' });
    expect(writeReportTask(held, PEOPLE.lead, afterReplies)?.due?.toISOString()).toBe(REPORT_DUE);
    expect(writeReportTask(held, PEOPLE.lead, at('2027-05-07T00:00:00Z'))?.overdue).toBe(true);
  });

  it('does not ask to write while the host may still reply, nor before findings are shared', () => {
    expect(writeReportTask(held, PEOPLE.lead, at('2027-04-15T10:00:00Z'))).toBeNull();
    expect(writeReportTask(visitFacts({ visit: { status: 'HELD' } }), PEOPLE.lead, afterReplies)).toBeNull();
    const allAnswered = visitFacts({ visit: { status: 'HELD', replyDeadline: REPLY_END }, findings: { visible: 3 } });
    expect(writeReportTask(allAnswered, PEOPLE.lead, at('2027-04-15T10:00:00Z'))).not.toBeNull();
  });

  it('goes from writing to sharing once the draft has a summary', () => {
    const draft = (summaryWritten: boolean) =>
      visitFacts({ visit: { status: 'REPORT_DRAFT' }, report: { summaryWritten, replyDeadline: null, hostCommented: false } });
    expect(whoGets(writeReportTask, draft(false), BEFORE)).toEqual(['lead']);
    expect(whoGets(shareReportTask, draft(false), BEFORE)).toEqual([]);
    expect(whoGets(writeReportTask, draft(true), BEFORE)).toEqual([]);
    expect(whoGets(shareReportTask, draft(true), BEFORE)).toEqual(['lead']);
  });

  it('offers finalising as a task only after the host’s reply period on the report', () => {
    const shared = visitFacts({ visit: { status: 'REPORT_SHARED' }, report: { summaryWritten: true, replyDeadline: REPLY_END, hostCommented: false } });
    expect(whoGets(finaliseReportTask, shared, at('2027-04-20T10:00:00Z'))).toEqual([]);
    expect(whoGets(finaliseReportTask, shared, at('2027-04-23T10:00:00Z'))).toEqual(['lead']);
    expect(whoGets(finaliseReportTask, visitFacts({ visit: { status: 'REPORT_FINAL' } }), at('2027-04-23T10:00:00Z'))).toEqual([]);
  });
});

describe('comment on the shared report (host)', () => {
  const shared = (hostCommented: boolean) =>
    visitFacts({ visit: { status: 'REPORT_SHARED' }, report: { summaryWritten: true, replyDeadline: REPLY_END, hostCommented } });

  it('is the host’s within the report’s reply period, due at its end', () => {
    expect(whoGets(commentOnReportTask, shared(false), at('2027-04-20T10:00:00Z'))).toEqual(['host']);
    expect(commentOnReportTask(shared(false), PEOPLE.host, at('2027-04-20T10:00:00Z'))?.due).toEqual(REPLY_END);
  });

  it('disappears once the host commented, and after the period', () => {
    expect(whoGets(commentOnReportTask, shared(true), at('2027-04-20T10:00:00Z'))).toEqual([]);
    expect(whoGets(commentOnReportTask, shared(false), at('2027-04-23T10:00:00Z'))).toEqual([]);
  });
});

describe('visitTasks', () => {
  it('gives nobody outside the visit anything, in any state', () => {
    for (const status of ['PLANNED', 'PREPARED', 'HELD', 'REPORT_DRAFT', 'REPORT_SHARED', 'REPORT_FINAL'] as const) {
      const facts = visitFacts({
        visit: { status, replyDeadline: REPLY_END },
        team: [],
        findings: { myDrafts: 1, submitted: 1, unanswered: 1, visible: 2 },
        report: { summaryWritten: false, replyDeadline: REPLY_END, hostCommented: false },
      });
      expect(visitTasks(facts, PEOPLE.roundMember, BEFORE)).toEqual([]);
      expect(visitTasks(facts, PEOPLE.networkMember, BEFORE)).toEqual([]);
    }
  });

  it('asks nothing of anyone in a round that is still composing', () => {
    const facts = visitFacts({ round: { status: 'COMPOSING' }, team: [] });
    for (const person of EVERYONE) expect(visitTasks(facts, PEOPLE[person], BEFORE)).toEqual([]);
  });
});
