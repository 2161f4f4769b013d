import { VISIT_STATUSES } from '../visits/visit-lifecycle';
import { progressReviewTask, type ProgressReviewTaskFacts } from './progress-review-tasks';
import { at, EVERYONE, PEOPLE } from './task.fixtures';

/** A visit on 8 April 2027 whose report is final; moments at 6 and 12 months. */
const facts = (over: Partial<ProgressReviewTaskFacts> & { status?: ProgressReviewTaskFacts['visit']['status'] } = {}): ProgressReviewTaskFacts => ({
  programme: { id: 'p1', name: 'Sturen met Kwaliteit' },
  round: { id: 'r1', name: 'Ronde 1' },
  visit: { id: 'v1', hostName: 'Utrecht', status: over.status ?? 'REPORT_FINAL', startsOn: '2027-04-08' },
  moments: [6, 12],
  submitted: [],
  ...over,
});

describe('write a progress review (host)', () => {
  it('is the host’s alone, from two weeks before the moment, due at the end of its Dutch day, on the plan page', () => {
    const now = at('2027-09-25T10:00:00Z');
    expect(EVERYONE.filter((p) => progressReviewTask(facts(), PEOPLE[p], now))).toEqual(['host']);
    expect(progressReviewTask(facts(), PEOPLE.host, now)).toMatchObject({
      id: 'WRITE_PROGRESS_REVIEW:v1',
      kind: 'WRITE_PROGRESS_REVIEW',
      due: new Date('2027-10-08T21:59:59.000Z'),
      overdue: false,
      path: '/bezoeken/v1/verbeterplan',
      context: { programme: 'Sturen met Kwaliteit', round: 'Ronde 1', organisation: 'Utrecht' },
    });
  });

  it('is not there before the two weeks, and is overdue after the day until it is submitted', () => {
    expect(progressReviewTask(facts(), PEOPLE.host, at('2027-09-23T10:00:00Z'))).toBeNull();
    expect(progressReviewTask(facts(), PEOPLE.host, at('2027-10-09T10:00:00Z'))?.overdue).toBe(true);
    expect(progressReviewTask(facts({ submitted: [6] }), PEOPLE.host, at('2027-10-09T10:00:00Z'))).toBeNull();
  });

  it('follows the programme’s own moments', () => {
    const now = at('2027-07-01T10:00:00Z');
    expect(progressReviewTask(facts(), PEOPLE.host, now)).toBeNull();
    expect(progressReviewTask(facts({ moments: [3, 9] }), PEOPLE.host, now)?.due).toEqual(new Date('2027-07-08T21:59:59.000Z'));
  });

  it('asks nothing before the report is final, or of a visit without a day', () => {
    const now = at('2027-10-01T10:00:00Z');
    for (const status of VISIT_STATUSES.filter((s) => s !== 'REPORT_FINAL')) expect(progressReviewTask(facts({ status }), PEOPLE.host, now)).toBeNull();
    expect(progressReviewTask({ ...facts(), visit: { id: 'v1', hostName: 'Utrecht', status: 'REPORT_FINAL', startsOn: null } }, PEOPLE.host, now)).toBeNull();
  });
});
