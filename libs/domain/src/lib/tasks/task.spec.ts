import { at, visitFacts } from './task.fixtures';
import { isOverdue, makeTask, sortTasks, type Task } from './task';
import { visitProgress } from './progress';

const NOW = at('2027-04-10T10:00:00Z');
const subject = { programmeId: 'p', roundId: null, visitId: null, applicationId: null, context: { programme: 'P', round: null, organisation: null } };
const task = (id: string, due: string | null): Task => makeTask('OPEN_PROGRAMME', { ...subject, programmeId: id }, due ? at(due) : null, NOW);

describe('sortTasks', () => {
  it('puts overdue first (oldest first), then by deadline, undated last', () => {
    const tasks = [
      task('undated', null),
      task('later', '2027-05-01T00:00:00Z'),
      task('late', '2027-04-01T00:00:00Z'),
      task('soon', '2027-04-11T00:00:00Z'),
      task('very-late', '2027-03-01T00:00:00Z'),
    ];
    expect(sortTasks(tasks).map((t) => t.programmeId)).toEqual(['very-late', 'late', 'soon', 'later', 'undated']);
  });

  it('orders equal deadlines and kinds by what they concern, as people read it, not by id', () => {
    const visit = (id: string, organisation: string) =>
      makeTask('ASSIGN_TEAM', { ...subject, visitId: id, roundId: 'r', context: { programme: 'P', round: 'Ronde 1', organisation } }, null, NOW);
    // The ids would put Deventer first; the names put Arnhem first, then Ede (Dutch order).
    const tasks = [visit('00000000-0000-0000-0000-000000000001', 'Deventer'), visit('ffffffff-0000-0000-0000-000000000000', 'Arnhem'), visit('5', 'Ede')];
    expect(sortTasks(tasks).map((t) => t.context.organisation)).toEqual(['Arnhem', 'Deventer', 'Ede']);
    expect(sortTasks([...tasks].reverse()).map((t) => t.context.organisation)).toEqual(['Arnhem', 'Deventer', 'Ede']);
  });

  it('keeps a stable order among equals: by life cycle, then id', () => {
    const a = makeTask('CLOSE_PROGRAMME', subject, null, NOW);
    const b = makeTask('COMPOSE_ROUNDS', subject, null, NOW);
    expect(sortTasks([a, b]).map((t) => t.kind)).toEqual(['COMPOSE_ROUNDS', 'CLOSE_PROGRAMME']);
  });
});

describe('isOverdue', () => {
  it('is overdue only after the deadline, never without one', () => {
    expect(isOverdue(at('2027-04-10T10:00:00Z'), NOW)).toBe(false);
    expect(isOverdue(at('2027-04-10T09:59:59Z'), NOW)).toBe(true);
    expect(isOverdue(null, NOW)).toBe(false);
  });
});

describe('visitProgress', () => {
  it('names what is late and whom it waits on, oldest first', () => {
    const late = visitProgress(visitFacts({ team: [] }), NOW);
    expect(late.late).toEqual([
      { kind: 'PREPARE_VISIT', due: at('2027-04-01T21:59:59Z'), holder: 'host' },
      { kind: 'ASSIGN_TEAM', due: at('2027-04-07T22:00:00Z'), holder: 'coordinator' },
    ]);
    expect(late.deadlines.reportDue?.toISOString()).toBe('2027-05-06T21:59:59.000Z');
  });

  it('has nothing late before the deadlines, nor once the steps are done', () => {
    expect(visitProgress(visitFacts(), at('2027-03-01T00:00:00Z')).late).toEqual([]);
    expect(visitProgress(visitFacts({ visit: { status: 'REPORT_FINAL' } }), at('2027-06-01T00:00:00Z')).late).toEqual([]);
  });

  it('waits on the lead for an overdue report', () => {
    const shared = visitFacts({
      visit: { status: 'REPORT_SHARED' },
      report: { summaryWritten: true, replyDeadline: at('2027-04-22T21:59:59Z'), hostCommented: true },
    });
    expect(visitProgress(shared, at('2027-05-10T00:00:00Z')).late).toEqual([{ kind: 'FINALISE_REPORT', due: at('2027-05-06T21:59:59Z'), holder: 'lead' }]);
  });

  it('waits on the host for a progress review past its moment, until it is submitted', () => {
    const final = visitFacts({ visit: { status: 'REPORT_FINAL' }, round: { status: 'CLOSED' } });
    const moments = { moments: [6, 12], submitted: [] as number[] };
    expect(visitProgress(final, at('2027-10-01T00:00:00Z'), moments).late).toEqual([]);
    expect(visitProgress(final, at('2027-10-09T00:00:00Z'), moments).late).toEqual([
      { kind: 'WRITE_PROGRESS_REVIEW', due: at('2027-10-08T21:59:59Z'), holder: 'host' },
    ]);
    expect(visitProgress(final, at('2027-10-09T00:00:00Z'), { ...moments, submitted: [6] }).late).toEqual([]);
  });
});
