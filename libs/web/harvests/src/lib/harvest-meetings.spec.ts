import type { HarvestMeetingsFieldsFragment } from '@kijkje/web/data-access';
import { MEETING_COLUMNS, meetingRows, toggleMeeting } from './harvest-meetings';

const cells = (counts: Record<string, number | null>) => Object.entries(counts).map(([kind, count]) => ({ kind: kind as 'STRENGTH', count }));
const section = (overrides: Partial<HarvestMeetingsFieldsFragment> = {}): HarvestMeetingsFieldsFragment => ({
  state: 'SHOWN',
  message: { nl: 'Getoond.', en: 'Shown.' },
  meetings: 2,
  tables: 4,
  participants: 10,
  cells: cells({ STRENGTH: 1, CONCERN: 5, OWN_RESPONSIBILITY: 1, RECOMMENDATION: 2 }),
  total: 9,
  topics: [
    { topic: 'Participatie', tables: 1, participants: null, cells: cells({}), total: null, suppressed: { nl: 'Te weinig organisaties.', en: 'Too few.' } },
    { topic: 'Wmo en Jeugd', tables: 2, participants: 5, cells: cells({ CONCERN: 4, STRENGTH: 1, RECOMMENDATION: 1 }), total: 6, suppressed: null },
    { topic: null, tables: 1, participants: 3, cells: cells({ CONCERN: 1 }), total: 1, suppressed: null },
  ],
  ...overrides,
});

describe('the work meetings’ table', () => {
  it('puts the three questions first and the recommendations last, filling a missing kind with 0', () => {
    expect(MEETING_COLUMNS).toEqual(['STRENGTH', 'CONCERN', 'OWN_RESPONSIBILITY', 'RECOMMENDATION']);
    const [, wmo] = meetingRows(section());
    expect(wmo).toMatchObject({ topic: 'Wmo en Jeugd', tables: 2, participants: 5, values: [1, 4, 0, 1], total: 6, suppressed: null });
  });

  it('shows a hidden topic without numbers and with its reason, never as zeros', () => {
    const [participatie] = meetingRows(section());
    expect(participatie).toMatchObject({ topic: 'Participatie', participants: null, values: [null, null, null, null], total: null });
    expect(participatie.suppressed?.nl).toBe('Te weinig organisaties.');
  });

  it('keeps the other tables (no name shown) apart, and ends with the totals', () => {
    const rows = meetingRows(section());
    expect(rows.map((r) => r.topic)).toEqual(['Participatie', 'Wmo en Jeugd', null, { total: true }]);
    expect(rows[3]).toMatchObject({ tables: 4, participants: 10, values: [1, 5, 1, 2], total: 9 });
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
  });

  it.each(['NONE', 'SUPPRESSED'])('has no rows when the state is %s', (state) => {
    expect(meetingRows(section({ state, tables: null, participants: null, cells: [], total: null, topics: [] }))).toEqual([]);
  });
});

describe('choosing meetings', () => {
  it.each([
    ['ticks one on, after those chosen', ['a'], 'b', true, ['a', 'b']],
    ['ticks one off', ['a', 'b'], 'a', false, ['b']],
    ['never twice', ['a'], 'a', true, ['a']],
  ] as const)('%s', (_label, chosen, id, on, expected) => {
    expect(toggleMeeting(chosen, id, on)).toEqual(expected);
  });
});
