import { namesPerson, scrubAgendaPartners, scrubPersonName, scrubReportSpeakers, searchableNames } from './named-in-text';

const GONE = 'voormalig lid (gemeente Zwolle)';
const names = ['Jan Jansen', 'J. de Wit-Jansen'];

describe('a person named in free text (speaker, action owner, conversation partner)', () => {
  it.each<[string, string, string]>([
    ['the field is their name', 'Jan Jansen', GONE],
    ['in other letters and spacing', '  jan   JANSEN ', GONE],
    ['their name with a role', 'Jan Jansen (wethouder)', `${GONE} (wethouder)`],
    ['their name after a title', 'wethouder Jan Jansen', `wethouder ${GONE}`],
    ['their name among others', 'Piet Pieters en Jan Jansen', `Piet Pieters en ${GONE}`],
    ['their name in quotes', '‘Jan Jansen’ over de Wmo', `‘${GONE}’ over de Wmo`],
    ['their name twice', 'Jan Jansen; jan jansen', `${GONE}; ${GONE}`],
    ['an earlier name with punctuation', 'Dr. J. de Wit-Jansen (VU)', `Dr. ${GONE} (VU)`],
    ['their name across a line break', 'Jan\nJansen', GONE],
    ['a longer name that contains theirs', 'Jan Jansen-de Vries', 'Jan Jansen-de Vries'],
    ['their name inside a longer word', 'Jan Jansens', 'Jan Jansens'],
    ['a first name that starts theirs', 'Marijan Jansen', 'Marijan Jansen'],
    ['someone else', 'Dr. Pieter Veen (Zijlstra Centrum)', 'Dr. Pieter Veen (Zijlstra Centrum)'],
    ['empty', '', ''],
  ])('%s: %j → %j', (_, text, expected) => {
    expect(scrubPersonName(text, names, GONE)).toBe(expected);
    expect(namesPerson(text, names)).toBe(expected !== text);
  });

  it('counts a name of one word only as the whole field: a first name inside another person’s name stays', () => {
    expect(scrubPersonName('Jan de Vries', ['Jan'], GONE)).toBe('Jan de Vries');
    expect(scrubPersonName('jan', ['Jan'], GONE)).toBe(GONE);
  });

  it('ignores names too short to mean anyone, and counts a name once whatever its case, spacing or composed letters', () => {
    expect(searchableNames(['Jo', ' ', null, 'José Núñez', 'josé núñez', 'Jose\u0301  Núñez', 'Jan Jansen'])).toEqual(['Jan Jansen', 'José Núñez']);
    expect(scrubPersonName('Jose\u0301 Núñez', ['José Núñez'], GONE)).toBe(GONE);
    expect(scrubPersonName('José Núñez (GGD)', ['José Núñez'], GONE)).toBe(`${GONE} (GGD)`);
    expect(scrubPersonName('Jo', ['Jo'], GONE)).toBe('Jo');
  });

  it('takes a name with characters a pattern would read as its own literally', () => {
    expect(scrubPersonName('A.B. (Bert) Smit+', ['A.B. (Bert) Smit+'], GONE)).toBe(GONE);
    expect(scrubPersonName('AxB (Bert) Smit', ['A.B. (Bert) Smit'], GONE)).toBe('AxB (Bert) Smit');
  });

  it('scrubs the conversation partners of a visit’s agenda, leaving the rest of each item and an agenda without them alone', () => {
    const agenda = [
      { startTime: '09:00', endTime: '10:00', topic: 'Ontvangst', partners: ['wethouder Jan Jansen', 'wijkteam'] },
      { startTime: '10:00', endTime: '11:00', topic: 'Jan Jansen over de Wmo', partners: ['ketenpartners'] },
    ];
    expect(scrubAgendaPartners(agenda, names, GONE)).toEqual([{ ...agenda[0], partners: [`wethouder ${GONE}`, 'wijkteam'] }, agenda[1]]);
    expect(scrubAgendaPartners([agenda[1]], names, GONE)).toBeNull();
  });

  it.each<[string, { speaker?: string | null }[], string[] | null]>([
    [
      'the speakers of a published programme, each by the rule, others left as they are',
      [{ speaker: 'JAN JANSEN' }, { speaker: 'Dr. J. de Wit-Jansen (VU)' }, { speaker: 'Dr. Pieter Veen (Zijlstra Centrum)' }, { speaker: '' }],
      [GONE, `Dr. ${GONE} (VU)`, 'Dr. Pieter Veen (Zijlstra Centrum)', ''],
    ],
    ['a programme that never names them: the version is left alone', [{ speaker: 'Jan' }, { speaker: 'Marijan Jansen' }, {}], null],
    ['a programme without items', [], null],
  ])('%s', (_, items, expected) => {
    expect(scrubReportSpeakers(items, names, GONE)).toEqual(expected);
  });
});
