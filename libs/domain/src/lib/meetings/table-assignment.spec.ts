import fc from 'fast-check';
import { assignTables, tableOfGroup, type MeetingTableSeats } from './table-assignment';

const tables = (...rows: [string, number, number][]): MeetingTableSeats[] => rows.map(([id, capacity, occupied]) => ({ id, capacity, occupied }));

describe('seating with a preferred table', () => {
  it.each<[string, string[], MeetingTableSeats[], [string, string][], [string, string][]]>([
    [
      'the preferred table first, the rest evenly around them',
      ['p1', 'p2', 'p3', 'p4'],
      tables(['jeugd', 5, 0], ['noord', 5, 0]),
      [
        ['p2', 'noord'],
        ['p3', 'noord'],
      ],
      [
        ['p2', 'noord'],
        ['p3', 'noord'],
        ['p1', 'jeugd'],
        ['p4', 'jeugd'],
      ],
    ],
    [
      'a full preferred table: the earliest get its last place, the others sit evenly',
      ['p1', 'p2', 'p3'],
      tables(['jeugd', 5, 0], ['noord', 2, 1]),
      [
        ['p1', 'noord'],
        ['p2', 'noord'],
      ],
      [
        ['p1', 'noord'],
        ['p2', 'jeugd'],
        ['p3', 'jeugd'],
      ],
    ],
    [
      'a preferred table that is not of this meeting counts for nothing',
      ['p1', 'p2'],
      tables(['jeugd', 5, 0], ['wmo', 5, 0]),
      [['p1', 'elders']],
      [
        ['p1', 'jeugd'],
        ['p2', 'wmo'],
      ],
    ],
    [
      'no preferences: evenly, as ever',
      ['p1', 'p2', 'p3'],
      tables(['jeugd', 5, 1], ['wmo', 5, 0]),
      [],
      [
        ['p1', 'wmo'],
        ['p2', 'jeugd'],
        ['p3', 'wmo'],
      ],
    ],
    ['no room anywhere: nobody is seated', ['p1'], tables(['noord', 1, 1]), [['p1', 'noord']], []],
  ])('%s', (_, people, seats, preferred, expected) => {
    expect([...assignTables(people, seats, new Map(preferred))]).toEqual(expected);
  });

  it('seats nobody twice, within capacity, everyone with a preferred table there unless it is full, the rest evenly', () => {
    const world = fc
      .tuple(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 8 })), { minLength: 1, maxLength: 5 }),
        fc.array(fc.option(fc.integer({ min: 0, max: 6 }), { nil: null }), { maxLength: 30 }),
      )
      .map(([rows, wishes]) => ({
        tables: rows.map(([capacity, occupied], i) => ({ id: `t${i}`, capacity, occupied: Math.min(occupied, capacity) })),
        people: wishes.map((wish, i) => ({ id: `p${i}`, wish: wish === null ? null : `t${wish}` })),
      }));
    fc.assert(
      fc.property(world, ({ tables, people }) => {
        const preferred = new Map(people.filter((p) => p.wish !== null).map((p) => [p.id, p.wish!]));
        const seats = assignTables(
          people.map((p) => p.id),
          tables,
          preferred,
        );
        // Only these people, at this meeting's tables, each once (a map keeps one table per person).
        for (const [person, table] of seats) {
          expect(people.some((p) => p.id === person)).toBe(true);
          expect(tables.some((t) => t.id === table)).toBe(true);
        }
        const count = new Map(tables.map((t) => [t.id, t.occupied]));
        for (const table of seats.values()) count.set(table, count.get(table)! + 1);
        for (const t of tables) expect(count.get(t.id)!).toBeLessThanOrEqual(t.capacity);
        const room = tables.reduce((sum, t) => sum + t.capacity - t.occupied, 0);
        expect(seats.size).toBe(Math.min(people.length, room));
        const full = (id: string) => count.get(id)! >= tables.find((t) => t.id === id)!.capacity;
        // A person with a table of their own sits there, unless it is full (with others who wished it, or people seated before).
        for (const p of people) if (p.wish !== null && tables.some((t) => t.id === p.wish) && seats.get(p.id) !== p.wish) expect(full(p.wish)).toBe(true);
        // A table that took someone without their wish there has at most one person more than any table with room left.
        const evenly = new Set(people.filter((p) => seats.has(p.id) && seats.get(p.id) !== p.wish).map((p) => seats.get(p.id)!));
        for (const table of evenly)
          for (const open of tables.filter((t) => !full(t.id))) expect(count.get(table)!).toBeLessThanOrEqual(count.get(open.id)! + 1);
      }),
    );
  });

  it('without preferences seats exactly as before', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 8 }), { minLength: 1, maxLength: 6 }), fc.integer({ min: 0, max: 40 }), (capacities, n) => {
        const seats = capacities.map((capacity, i) => ({ id: `t${i}`, capacity, occupied: 0 }));
        const ids = Array.from({ length: n }, (_, i) => `p${i}`);
        expect(assignTables(ids, seats, new Map())).toEqual(assignTables(ids, seats));
      }),
    );
  });
});

describe('the table of a feedback group', () => {
  const named = [
    { id: 'jeugd', name: 'Jeugd' },
    { id: 'noord', name: 'Groep Noord' },
    { id: 'noord2', name: 'groep noord' },
    { id: 'a', name: 'A' },
  ];
  it.each<[string | null, string | null]>([
    ['Groep Noord', 'noord'],
    ['  groep   NOORD ', 'noord'],
    ['GroepNoord', 'noord'],
    ['a', 'a'],
    ['Groep Zuid', null],
    ['', null],
    ['   ', null],
    [null, null],
  ])('%j → %j', (group, table) => {
    expect(tableOfGroup(group, named)).toBe(table);
  });
});
