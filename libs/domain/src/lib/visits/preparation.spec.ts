import { defaultFramework } from '../programmes/programme-lifecycle';
import { checkAgenda, checkAnswers, checkPreparationComplete, selfAssessmentKeys, sortAgenda, submitViolationMessage } from './preparation';

const framework = defaultFramework(['Wmo', 'Jeugd']);
const item = (startTime: string, endTime: string, topic = 'Gesprek met het wijkteam') => ({ startTime, endTime, topic, partners: ['WIJKTEAM'] });

describe('agenda of the day', () => {
  it('accepts a well-formed day in any order, and sorts it', () => {
    const day = [item('13:00', '14:00'), item('09:30', '10:30'), item('10:30', '12:00')];
    expect(checkAgenda(day)).toEqual([]);
    expect(sortAgenda(day).map((i) => i.startTime)).toEqual(['09:30', '10:30', '13:00']);
  });

  it.each([
    ['a time that is not a time', [item('9.30', '10:00')], [{ index: 0, field: 'startTime', code: 'TIME_INVALID' }]],
    ['24:00', [item('23:00', '24:00')], [{ index: 0, field: 'endTime', code: 'TIME_INVALID' }]],
    ['an end before the start', [item('10:00', '09:00')], [{ index: 0, field: 'endTime', code: 'END_BEFORE_START' }]],
    ['no topic', [item('10:00', '11:00', '  ')], [{ index: 0, field: 'topic', code: 'TOPIC_REQUIRED' }]],
    ['an overlap', [item('10:00', '11:00'), item('10:30', '11:30')], [{ index: 1, field: 'startTime', code: 'OVERLAP' }]],
  ])('refuses %s', (_what, items, expected) => {
    expect(checkAgenda(items)).toEqual(expected);
  });
});

describe('self-assessment', () => {
  it('asks foto van nu and stip aan de horizon, then the three questions per theme', () => {
    expect(selfAssessmentKeys(framework)).toEqual([
      'general:FOTO_VAN_NU',
      'general:STIP_AAN_DE_HORIZON',
      'theme:Wmo:WHAT_GOES_WELL',
      'theme:Wmo:WHAT_WORRIES_YOU',
      'theme:Wmo:OWN_RESPONSIBILITY',
      'theme:Jeugd:WHAT_GOES_WELL',
      'theme:Jeugd:WHAT_WORRIES_YOU',
      'theme:Jeugd:OWN_RESPONSIBILITY',
    ]);
  });

  it('accepts only the framework’s questions', () => {
    expect(checkAnswers(framework, { 'general:FOTO_VAN_NU': 'Wij staan hier.', 'theme:Participatie:WHAT_GOES_WELL': 'x' })).toEqual([
      { key: 'theme:Participatie:WHAT_GOES_WELL', code: 'UNKNOWN_QUESTION' },
    ]);
    expect(checkAnswers(framework, { 'general:FOTO_VAN_NU': 'x'.repeat(10_001) })).toEqual([{ key: 'general:FOTO_VAN_NU', code: 'TOO_LONG' }]);
  });

  it('may be submitted with a date and times, a place, an agenda, foto van nu and stip aan de horizon', () => {
    const complete = {
      framework,
      answers: { 'general:FOTO_VAN_NU': 'Zo staan wij ervoor.', 'general:STIP_AAN_DE_HORIZON': 'Daar willen wij heen.' },
      startsOn: '2027-03-10',
      location: 'Stadhuis',
      agenda: [item('09:30', '10:30')],
      times: { day: '2027-03-10', startTime: '09:00', endTime: '16:00' },
    };
    expect(checkPreparationComplete(complete)).toEqual([]);
    expect(checkPreparationComplete({ ...complete, times: null })).toEqual(['TIME_REQUIRED']);
    expect(checkPreparationComplete({ ...complete, agenda: [item('08:30', '09:30')] })).toEqual(['AGENDA_INVALID']);
    const empty = { framework, answers: {}, startsOn: null, location: ' ', agenda: [] };
    const violations = checkPreparationComplete(empty);
    expect(violations).toEqual([
      'DATE_REQUIRED',
      'LOCATION_REQUIRED',
      'AGENDA_REQUIRED',
      { code: 'ANSWER_REQUIRED', key: 'general:FOTO_VAN_NU' },
      { code: 'ANSWER_REQUIRED', key: 'general:STIP_AAN_DE_HORIZON' },
    ]);
    expect(submitViolationMessage(violations[3], framework)).toEqual({ nl: 'Beantwoord eerst "Foto van nu".', en: 'First answer "Snapshot of today".' });
    expect(checkPreparationComplete({ ...complete, agenda: [item('10:00', '09:00')] })).toEqual(['AGENDA_INVALID']);
  });
});
