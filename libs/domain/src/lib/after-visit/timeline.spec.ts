import fc from 'fast-check';
import { timelineAccess, timelineOrder, timelineVisit, type TimelineVisitFacts } from './timeline';

const facts: TimelineVisitFacts = {
  visitId: 'v1',
  programme: 'Sturen met Kwaliteit 2025',
  round: 'Ronde 1',
  startsOn: '2025-03-10',
  status: 'REPORT_FINAL',
  kind: 'REVIEW',
  fotoVanNu: 'Lange wachtlijsten.',
  stipAanDeHorizon: 'Hulp binnen vier weken.',
  findings: { STRENGTH: 2, RECOMMENDATION: 1 },
  actions: [
    { title: 'Dashboard terugbrengen', status: 'DONE', dueOn: '2025-09-01' },
    { title: 'Wachtlijst bespreken', status: 'IN_PROGRESS', dueOn: null },
  ],
  reviews: [
    { months: 12, submittedAt: '2026-03-01T10:00:00Z', fotoVanNu: 'Nog korter.' },
    { months: 6, submittedAt: '2025-09-05T10:00:00Z', fotoVanNu: 'Korter.' },
  ],
};

describe('who sees an organisation’s timeline', () => {
  it.each<[boolean, boolean, string]>([
    [true, false, 'content'],
    [true, true, 'content'],
    [false, true, 'figures'],
    [false, false, 'none'],
  ])('own organisation %s, coordinator %s → %s', (own, coordinator, access) => expect(timelineAccess(own, coordinator)).toBe(access));
});

describe('a visit on the timeline', () => {
  it('shows its own people the texts beside the figures, reviews in order with their moment', () => {
    const seen = timelineVisit(facts, 'content');
    expect(seen.fotoVanNu).toBe('Lange wachtlijsten.');
    expect(seen.findings).toEqual([
      { kind: 'STRENGTH', count: 2 },
      { kind: 'CONCERN', count: 0 },
      { kind: 'RECOMMENDATION', count: 1 },
      { kind: 'OWN_RESPONSIBILITY', count: 0 },
    ]);
    expect(seen.actionCounts).toEqual([
      { status: 'PLANNED', count: 0 },
      { status: 'IN_PROGRESS', count: 1 },
      { status: 'DONE', count: 1 },
      { status: 'DROPPED', count: 0 },
    ]);
    expect(seen.reviews.map((r) => [r.months, r.due, r.fotoVanNu])).toEqual([
      [6, '2025-09-10', 'Korter.'],
      [12, '2026-03-10', 'Nog korter.'],
    ]);
  });

  it('gives a coordinator figures and never a text', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), (text, title) => {
        const seen = timelineVisit(
          {
            ...facts,
            fotoVanNu: text,
            stipAanDeHorizon: text,
            actions: [{ title, status: 'PLANNED', dueOn: null }],
            reviews: [{ months: 6, submittedAt: 'x', fotoVanNu: text }],
          },
          'figures',
        );
        expect(seen.fotoVanNu).toBeNull();
        expect(seen.stipAanDeHorizon).toBeNull();
        expect(seen.actions).toBeNull();
        expect(seen.reviews.every((r) => r.fotoVanNu === null)).toBe(true);
        expect(seen.actionCounts.find((c) => c.status === 'PLANNED')!.count).toBe(1);
      }),
    );
  });
});

describe('the order of the timeline', () => {
  it('reads oldest first, undated last, stable', () => {
    const visits = [
      { visitId: 'c', startsOn: null },
      { visitId: 'b', startsOn: '2026-01-01' },
      { visitId: 'a', startsOn: '2025-01-01' },
    ];
    expect(timelineOrder(visits).map((v) => v.visitId)).toEqual(['a', 'b', 'c']);
    fc.assert(
      fc.property(fc.array(fc.record({ visitId: fc.uuid(), startsOn: fc.option(fc.constantFrom('2024-05-01', '2025-01-01', '2026-07-01')) })), (list) => {
        const once = timelineOrder(list);
        expect(timelineOrder([...list].reverse())).toEqual(once);
        const dated = once.findIndex((v) => v.startsOn === null);
        if (dated >= 0) expect(once.slice(dated).every((v) => v.startsOn === null)).toBe(true);
      }),
    );
  });
});
