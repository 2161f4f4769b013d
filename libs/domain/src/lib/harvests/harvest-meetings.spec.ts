import fc from 'fast-check';
import type { MeetingQuestionKind } from '../meetings/meeting-cards';
import { NETWORK_NAMES } from './harvest.fixtures';
import { harvestMeetings, type HarvestMeetingFacts, type MeetingParticipant, type MeetingYieldCount } from './harvest-meetings';

/** People at a table: `n` people of `orgs` organisations (round robin). */
const seated = (tableId: string, n: number, orgs: number, tag = tableId): MeetingParticipant[] =>
  Array.from({ length: n }, (_, i) => ({ tableId, person: `${tag}-p${i}`, unit: `${tag}-org${i % orgs}` }));
const marked = (tableId: string, kind: MeetingQuestionKind, count: number, recommendation = false): MeetingYieldCount => ({
  tableId,
  kind,
  recommendation,
  count,
});
const cellsOf = (topic: { cells: { kind: string; count: number | null }[] }) => Object.fromEntries(topic.cells.map((c) => [c.kind, c.count]));

describe('the work meetings in a harvest', () => {
  const wmo = { id: 't1', name: 'Wmo en Jeugd' };
  const participatie = { id: 't2', name: 'Participatie' };
  const info = { id: 't3', name: 'Informatievoorziening' };

  it('counts yields per question and recommendations apart, per topic and over all tables', () => {
    const facts: HarvestMeetingFacts = {
      meetings: 1,
      tables: [wmo, participatie, info],
      participants: [...seated('t1', 4, 3), ...seated('t2', 3, 3), ...seated('t3', 5, 4)],
      yields: [
        marked('t1', 'CONCERN', 2),
        marked('t1', 'OWN_RESPONSIBILITY', 1, true),
        marked('t2', 'STRENGTH', 1),
        marked('t3', 'STRENGTH', 1),
        marked('t3', 'CONCERN', 1),
        marked('t3', 'OWN_RESPONSIBILITY', 2, true),
      ],
    };
    const result = harvestMeetings(facts, NETWORK_NAMES);
    expect(result).toMatchObject({ state: 'SHOWN', meetings: 1, tables: 3, participants: 12, total: 8 });
    expect(Object.fromEntries(result.cells.map((c) => [c.kind, c.count]))).toEqual({ STRENGTH: 2, CONCERN: 3, RECOMMENDATION: 3, OWN_RESPONSIBILITY: 0 });
    // In Dutch order of their names.
    expect(result.topics.map((t) => [t.topic, t.tables, t.participants, t.total])).toEqual([
      ['Informatievoorziening', 1, 5, 4],
      ['Participatie', 1, 3, 1],
      ['Wmo en Jeugd', 1, 4, 3],
    ]);
    expect(cellsOf(result.topics[2])).toEqual({ STRENGTH: 0, CONCERN: 2, RECOMMENDATION: 1, OWN_RESPONSIBILITY: 0 });
  });

  it.each<[string, HarvestMeetingFacts, 'NONE' | 'SUPPRESSED' | 'SHOWN']>([
    ['no meeting counts', { meetings: 0, tables: [], participants: [], yields: [] }, 'NONE'],
    ['people of two organisations', { meetings: 1, tables: [wmo], participants: seated('t1', 6, 2), yields: [marked('t1', 'CONCERN', 3)] }, 'SUPPRESSED'],
    ['six people of one organisation over two meetings', { meetings: 2, tables: [wmo], participants: seated('t1', 6, 1), yields: [] }, 'SUPPRESSED'],
    ['people of three organisations', { meetings: 1, tables: [wmo], participants: seated('t1', 3, 3), yields: [marked('t1', 'CONCERN', 3)] }, 'SHOWN'],
  ])('%s → %s, and nothing but the number of meetings below SHOWN', (_label, facts, state) => {
    const result = harvestMeetings(facts, NETWORK_NAMES);
    expect(result.state).toBe(state);
    expect(result.meetings).toBe(facts.meetings);
    if (state !== 'SHOWN') expect(result).toMatchObject({ tables: null, participants: null, cells: [], total: null, topics: [] });
  });

  it('hides a topic whose people came from fewer than three organisations, and the smallest other one to protect it', () => {
    const result = harvestMeetings(
      {
        meetings: 1,
        tables: [wmo, participatie, info],
        participants: [...seated('t1', 5, 5), ...seated('t2', 4, 3), ...seated('t3', 4, 2)],
        yields: [marked('t1', 'CONCERN', 2), marked('t2', 'STRENGTH', 1), marked('t3', 'STRENGTH', 4)],
      },
      NETWORK_NAMES,
    );
    const [info3, part, wmo5] = result.topics;
    expect(info3).toMatchObject({ topic: 'Informatievoorziening', participants: null, total: null, suppressed: { code: 'SMALL_GROUP' } });
    expect(info3.suppressed!.text.nl).toMatch(/minder dan 3 organisaties/);
    expect(info3.suppressed!.text.en).toMatch(/fewer than 3 organisations/);
    expect(Object.values(cellsOf(info3))).toEqual([null, null, null, null]);
    // Total minus the shown topics would give the hidden one back: the smallest shown one goes too.
    expect(part).toMatchObject({ topic: 'Participatie', total: null, suppressed: { code: 'PROTECTS_SMALL_GROUP' } });
    expect(wmo5).toMatchObject({ topic: 'Wmo en Jeugd', participants: 5, total: 2, suppressed: null });
    expect(result.total).toBe(7);
  });

  it('counts tables of the same topic at different meetings together, whatever their case and spaces, in the spelling most used', () => {
    const result = harvestMeetings(
      {
        meetings: 3,
        tables: [wmo, { id: 't4', name: ' wmo  en jeugd' }, { id: 't5', name: 'Wmo en Jeugd' }, participatie],
        participants: [...seated('t1', 2, 2), ...seated('t4', 2, 2), ...seated('t2', 3, 3)],
        yields: [marked('t1', 'CONCERN', 1), marked('t4', 'CONCERN', 2), marked('t2', 'STRENGTH', 1)],
      },
      NETWORK_NAMES,
    );
    expect(result.topics.map((t) => [t.topic, t.tables, t.participants, t.total])).toEqual([
      ['Participatie', 1, 3, 1],
      ['Wmo en Jeugd', 3, 4, 3],
    ]);
  });

  it('counts a table whose name holds a municipality, person or place with the other tables, last, never showing the name', () => {
    const result = harvestMeetings(
      {
        meetings: 1,
        tables: [{ id: 'a', name: 'Tafel Utrecht' }, { id: 'b', name: 'Bij Jan de Vries' }, { id: 'c', name: 'Kanaleneiland' }, wmo],
        participants: [...seated('a', 1, 1), ...seated('b', 1, 1), ...seated('c', 1, 1), ...seated('t1', 3, 3)],
        yields: [marked('a', 'STRENGTH', 1), marked('b', 'STRENGTH', 1), marked('c', 'CONCERN', 1), marked('t1', 'CONCERN', 1)],
      },
      NETWORK_NAMES,
    );
    expect(result.topics.map((t) => [t.topic, t.tables, t.total])).toEqual([
      ['Wmo en Jeugd', 1, 1],
      [null, 3, 3],
    ]);
    expect(JSON.stringify(result)).not.toMatch(/Utrecht|Jan de Vries|Kanaleneiland/);
  });

  it('counts a person at two tables once overall, a registration without a table only overall, and a person without an organisation as their own', () => {
    const result = harvestMeetings(
      {
        meetings: 2,
        tables: [wmo, participatie],
        participants: [
          { tableId: 't1', person: 'ann', unit: 'org1' },
          { tableId: 't2', person: 'ann', unit: 'org1' },
          { tableId: 't2', person: 'eve', unit: 'org4' },
          { tableId: 't2', person: 'fay', unit: 'org5' },
          { tableId: 't1', person: 'bob', unit: 'org2' },
          { tableId: 't1', person: 'cas', unit: 'cas' },
          { tableId: null, person: 'dirk', unit: 'org3' },
        ],
        yields: [],
      },
      NETWORK_NAMES,
    );
    expect(result).toMatchObject({ state: 'SHOWN', participants: 6, total: 0 });
    expect(result.topics.map((t) => [t.topic, t.participants])).toEqual([
      ['Participatie', 3],
      ['Wmo en Jeugd', 3],
    ]);
  });

  it('hides yields whose people are all gone (erased), as a small group', () => {
    const result = harvestMeetings({ meetings: 1, tables: [wmo, info], participants: seated('t1', 3, 3), yields: [marked('t3', 'CONCERN', 2)] }, NETWORK_NAMES);
    expect(result.topics.find((t) => t.topic === 'Informatievoorziening')).toMatchObject({ total: null, suppressed: { code: 'SMALL_GROUP' } });
  });

  it('never shows a topic figure of people from fewer than three organisations, and totals always add up to the cells (fast-check)', () => {
    const kinds: MeetingQuestionKind[] = ['STRENGTH', 'CONCERN', 'OWN_RESPONSIBILITY'];
    const table = fc.record({
      people: fc.integer({ min: 0, max: 6 }),
      orgs: fc.integer({ min: 1, max: 4 }),
      topic: fc.constantFrom('Wmo', 'Jeugd', 'wmo', 'Zorg'),
    });
    fc.assert(
      fc.property(
        fc.array(table, { minLength: 1, maxLength: 6 }),
        fc.array(fc.tuple(fc.nat(5), fc.constantFrom(...kinds), fc.boolean(), fc.integer({ min: 1, max: 3 })), { maxLength: 12 }),
        (tables, marks) => {
          const facts: HarvestMeetingFacts = {
            meetings: 1,
            tables: tables.map((t, i) => ({ id: `t${i}`, name: t.topic })),
            participants: tables.flatMap((t, i) => seated(`t${i}`, t.people, t.orgs)),
            yields: marks.filter(([i]) => i < tables.length).map(([i, kind, rec, n]) => marked(`t${i}`, kind, n, rec)),
          };
          const result = harvestMeetings(facts, NETWORK_NAMES);
          if (result.state !== 'SHOWN') return;
          expect(result.total).toBe(result.cells.reduce((s, c) => s + (c.count ?? 0), 0));
          for (const topic of result.topics) {
            const ids = facts.tables.filter((t) => t.name.toLowerCase() === (topic.topic ?? '').toLowerCase()).map((t) => t.id);
            const units = new Set(facts.participants.filter((p) => ids.includes(p.tableId!)).map((p) => p.unit));
            if (units.size > 0 && units.size < 3) expect(topic.total).toBeNull();
            if (units.size === 0) expect([null, 0]).toContain(topic.total);
            if (topic.total !== null) expect(topic.total).toBe(topic.cells.reduce((s, c) => s + (c.count ?? 0), 0));
          }
        },
      ),
    );
  });
});
