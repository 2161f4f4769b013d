import fc from 'fast-check';
import { MEETING_TRANSITIONS, meetingTransition, type MeetingStatus } from './meeting-lifecycle';
import { meetingWaitlist, promoteRegistrations, registrationOnArrival, type MeetingRegistration } from './meeting-registration';
import { assignTables, tableCapacityAllows } from './table-assignment';
import { meetingRights, tableRights, type MeetingStanding } from './meeting-policy';
import { CARD_TEXT_MAX, cardsFor, checkCardText, clusterLabel, meetingQuestions, planMerge, plenaryView, type MeetingCard } from './meeting-cards';
import { meetingSpan } from './meeting-time';

describe('meeting life cycle', () => {
  it.each<[MeetingStatus, (typeof MEETING_TRANSITIONS)[number], MeetingStatus | null]>([
    ['DRAFT', 'open', 'OPEN'],
    ['OPEN', 'hold', 'HELD'],
    ['HELD', 'publishReport', 'REPORT_PUBLISHED'],
    ['DRAFT', 'cancel', 'CANCELLED'],
    ['OPEN', 'cancel', 'CANCELLED'],
    ['HELD', 'cancel', null],
    ['DRAFT', 'hold', null],
    ['CANCELLED', 'open', null],
    ['REPORT_PUBLISHED', 'publishReport', null],
  ])('%s --%s--> %s', (from, transition, to) => {
    expect(meetingTransition(from, transition)).toBe(to);
  });

  it('no transition leaves a cancelled or published meeting', () => {
    for (const t of MEETING_TRANSITIONS) {
      expect(meetingTransition('CANCELLED', t)).toBeNull();
      expect(meetingTransition('REPORT_PUBLISHED', t)).toBeNull();
    }
  });
});

function reg(id: string, status: MeetingRegistration['status'], minute: number): MeetingRegistration {
  return { id, status, registeredAt: new Date(Date.UTC(2026, 0, 1, 9, minute)) };
}

describe('registration', () => {
  it.each([
    [0, 10, 'REGISTERED'],
    [9, 10, 'REGISTERED'],
    [10, 10, 'WAITLISTED'],
    [0, 0, 'WAITLISTED'],
  ])('%i taken of %i → %s', (taken, capacity, status) => {
    expect(registrationOnArrival(taken, capacity)).toBe(status);
  });

  it('a cancellation promotes the first waiting person', () => {
    const regs = [reg('a', 'CANCELLED', 0), reg('b', 'REGISTERED', 1), reg('d', 'WAITLISTED', 3), reg('c', 'WAITLISTED', 2)];
    expect(promoteRegistrations(regs, 2)).toEqual(['c']);
    expect(meetingWaitlist(regs)).toEqual([
      { id: 'c', position: 1 },
      { id: 'd', position: 2 },
    ]);
  });

  it('never promotes beyond the capacity, and promotes in arrival order', () => {
    const status = fc.constantFrom<MeetingRegistration['status']>('REGISTERED', 'WAITLISTED', 'CANCELLED');
    fc.assert(
      fc.property(fc.array(fc.tuple(status, fc.integer({ min: 0, max: 59 })), { maxLength: 30 }), fc.integer({ min: 0, max: 30 }), (rows, capacity) => {
        const regs = rows.map(([s, m], i) => reg(`r${String(i).padStart(2, '0')}`, s, m));
        const promoted = promoteRegistrations(regs, capacity);
        const registered = regs.filter((r) => r.status === 'REGISTERED').length;
        expect(registered + promoted.length).toBeLessThanOrEqual(Math.max(capacity, registered));
        const waitlist = meetingWaitlist(regs).map((w) => w.id);
        expect(promoted).toEqual(waitlist.slice(0, promoted.length));
      }),
    );
  });
});

describe('table assignment', () => {
  it('fills the emptiest table first, ties by order, never beyond capacity', () => {
    const seats = assignTables(
      ['p1', 'p2', 'p3', 'p4', 'p5'],
      [
        { id: 'wmo', capacity: 2, occupied: 1 },
        { id: 'participatie', capacity: 3, occupied: 0 },
        { id: 'iv', capacity: 1, occupied: 0 },
      ],
    );
    expect([...seats]).toEqual([
      ['p1', 'participatie'],
      ['p2', 'iv'],
      ['p3', 'wmo'],
      ['p4', 'participatie'],
      ['p5', 'participatie'],
    ]);
  });

  it('balances: occupancy differs by at most one between tables with room left, never over capacity', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 8 }), { minLength: 1, maxLength: 6 }), fc.integer({ min: 0, max: 40 }), (capacities, people) => {
        const tables = capacities.map((capacity, i) => ({ id: `t${i}`, capacity, occupied: 0 }));
        const ids = Array.from({ length: people }, (_, i) => `p${i}`);
        const seats = assignTables(ids, tables);
        const count = new Map<string, number>();
        for (const t of seats.values()) count.set(t, (count.get(t) ?? 0) + 1);
        tables.forEach((t) => expect(count.get(t.id) ?? 0).toBeLessThanOrEqual(t.capacity));
        const total = capacities.reduce((a, b) => a + b, 0);
        expect(seats.size).toBe(Math.min(people, total));
        // A table with room left never has more than one person fewer than any other table.
        for (const open of tables.filter((t) => (count.get(t.id) ?? 0) < t.capacity)) {
          for (const other of tables) expect(count.get(other.id) ?? 0).toBeLessThanOrEqual((count.get(open.id) ?? 0) + 1);
        }
      }),
    );
  });
});

describe('a table’s capacity', () => {
  it.each([
    [8, 3, true],
    [3, 3, true],
    [2, 3, false],
  ])('%d places with %d seated: %s', (capacity, occupied, allowed) => {
    expect(tableCapacityAllows(capacity, occupied)).toBe(allowed);
  });
});

const nobody: MeetingStanding = {
  coordinator: false,
  networkMember: false,
  facilitator: false,
  hostContact: false,
  hostMayEdit: false,
  registration: null,
  track: null,
};
const member: MeetingStanding = { ...nobody, networkMember: true };

describe('meeting rights', () => {
  it.each<[string, MeetingStanding, MeetingStatus, Partial<ReturnType<typeof meetingRights>>]>([
    ['coordinator edits a draft', { ...member, coordinator: true }, 'DRAFT', { read: true, edit: true }],
    ['member does not see a draft', member, 'DRAFT', { read: false, edit: false, register: false }],
    ['member registers for an open meeting', member, 'OPEN', { read: true, edit: false, register: true }],
    ['host contact edits only when allowed', { ...member, hostContact: true }, 'OPEN', { edit: false }],
    ['host contact allowed edits', { ...member, hostContact: true, hostMayEdit: true }, 'OPEN', { edit: true, assignTables: true }],
    ['outsider sees nothing', nobody, 'OPEN', { read: false, register: false }],
    ['registered cancels', { ...member, registration: 'REGISTERED' }, 'OPEN', { register: false, cancelRegistration: true }],
    ['cancelled registers again', { ...member, registration: 'CANCELLED' }, 'OPEN', { register: true, cancelRegistration: false }],
    ['no edits after holding', { ...member, coordinator: true }, 'HELD', { edit: false, register: false }],
    ['the coordinator names the next meeting after holding', { ...member, coordinator: true }, 'REPORT_PUBLISHED', { linkNext: true }],
    ['a member names no next meeting', member, 'OPEN', { linkNext: false }],
    ['nothing follows a cancelled meeting', { ...member, coordinator: true }, 'CANCELLED', { linkNext: false }],
    ['nor a draft, which the network does not see', { ...member, coordinator: true }, 'DRAFT', { linkNext: false }],
  ])('%s', (_, standing, status, expected) => {
    expect(meetingRights(standing, status)).toMatchObject(expected);
  });

  it.each([
    [{ tableHost: true, seatedHere: false }, 'OPEN', { read: 'full', post: true, moderate: true }],
    [{ tableHost: false, seatedHere: true }, 'HELD', { read: 'full', post: true, moderate: false }],
    [{ tableHost: false, seatedHere: false }, 'OPEN', { read: 'yields', post: false, moderate: false }],
    [{ tableHost: true, seatedHere: false }, 'REPORT_PUBLISHED', { read: 'full', post: false, moderate: false }],
  ] as const)('table %j in %s → %j', (standing, status, expected) => {
    expect(tableRights(standing, status)).toEqual(expected);
  });
});

function card(id: string, extra: Partial<MeetingCard> = {}): MeetingCard {
  return {
    id,
    tableId: 't1',
    kind: 'STRENGTH',
    text: `kaart ${id}`,
    authorId: 'u1',
    authorName: 'Anna',
    cluster: null,
    mergedIntoId: null,
    isYield: false,
    isRecommendation: false,
    createdAt: new Date(Date.UTC(2026, 0, 1, 9, Number(id.replace(/\D/g, '')) || 0)),
    ...extra,
  };
}

describe('cards', () => {
  it('asks the framework’s three questions', () => {
    expect(meetingQuestions.STRENGTH.nl).toBe('Wat gaat goed?');
    expect(meetingQuestions.CONCERN.nl).toBe('Waar maak je je zorgen om?');
    expect(meetingQuestions.OWN_RESPONSIBILITY.nl).toBe('Wat zie je als eigen verantwoordelijkheid?');
  });

  it.each([
    ['  kort  ', { text: 'kort' }],
    ['   ', { violation: 'EMPTY' }],
    ['x'.repeat(CARD_TEXT_MAX), { text: 'x'.repeat(CARD_TEXT_MAX) }],
    ['x'.repeat(CARD_TEXT_MAX + 1), { violation: 'TOO_LONG' }],
    ['😀'.repeat(CARD_TEXT_MAX), { text: '😀'.repeat(CARD_TEXT_MAX) }],
  ])('checkCardText case %#', (text, expected) => {
    expect(checkCardText(text)).toEqual(expected);
  });

  it('own table sees all cards with authors; others only yields, never an author', () => {
    const cards = [
      card('c1', { isYield: true }),
      card('c2'),
      card('c3', { isRecommendation: true, mergedIntoId: 'c1' }),
      card('c4', { authorId: 'u2', isRecommendation: true }),
    ];
    expect(cardsFor(cards, 'full', 'u1').map((c) => [c.id, c.authorName, c.mine])).toEqual([
      ['c1', 'Anna', true],
      ['c2', 'Anna', true],
      ['c3', 'Anna', true],
      ['c4', 'Anna', false],
    ]);
    expect(cardsFor(cards, 'yields', 'u1').map((c) => [c.id, c.authorName, c.mine])).toEqual([
      ['c1', null, false],
      ['c4', null, false],
    ]);
  });

  it('no author ever leaks at the yields level', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ y: fc.boolean(), r: fc.boolean(), m: fc.boolean() }), { maxLength: 20 }), (rows) => {
        const cards = rows.map((r, i) => card(`c${i}`, { isYield: r.y, isRecommendation: r.r, mergedIntoId: r.m ? 'x' : null }));
        for (const view of plenaryView(['t1'], cards)[0].yields) {
          expect(view.authorName).toBeNull();
          expect(JSON.stringify(view)).not.toContain('Anna');
          expect(view.mergedIntoId).toBeNull();
        }
      }),
    );
  });

  it.each([
    ['c1', 'c1', { violation: 'SAME_CARD' }],
    ['c1', 'c9', { violation: 'OTHER_TABLE' }],
    ['c1', 'c5', { violation: 'OTHER_TABLE' }],
    ['c3', 'c2', { violation: 'ALREADY_MERGED' }],
    ['c2', 'c3', { violation: 'ALREADY_MERGED' }],
    ['c1', 'c2', { move: ['c1', 'c3'] }],
  ])('merge %s into %s', (source, target, expected) => {
    const cards = [card('c1'), card('c2'), card('c3', { mergedIntoId: 'c1' }), card('c5', { tableId: 't2' })];
    expect(planMerge(cards, source, target)).toEqual(expected);
  });

  it.each([
    [null, { cluster: null }],
    ['  ', { cluster: null }],
    [' Wachtlijsten ', { cluster: 'Wachtlijsten' }],
    ['x'.repeat(61), { violation: 'TOO_LONG' }],
  ])('clusterLabel(%j)', (label, expected) => {
    expect(clusterLabel(label)).toEqual(expected);
  });
});

describe('meeting time', () => {
  it('reads a Dutch afternoon as instants', () => {
    expect(meetingSpan({ day: '2026-07-02', startTime: '13:30', endTime: '17:00' }, { today: '2026-06-01', previousDay: null })).toEqual({
      startsAt: new Date('2026-07-02T11:30:00Z'),
      endsAt: new Date('2026-07-02T15:00:00Z'),
    });
  });
  it('refuses a new day in the past but keeps an unchanged one', () => {
    expect(meetingSpan({ day: '2026-01-02', startTime: '13:30', endTime: '17:00' }, { today: '2026-06-01', previousDay: null })).toEqual({
      violations: [{ field: 'day', code: 'DAY_IN_PAST' }],
    });
    expect('startsAt' in meetingSpan({ day: '2026-01-02', startTime: '13:30', endTime: '17:00' }, { today: '2026-06-01', previousDay: '2026-01-02' })).toBe(
      true,
    );
  });
});
