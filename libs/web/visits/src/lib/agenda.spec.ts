import { checkDrafts, moveDraft, sortDrafts, toDraft, toInput, type AgendaDraft } from './agenda';

const draft = (key: string, startTime: string, endTime: string, topic = 'Gesprek'): AgendaDraft => ({
  key,
  startTime,
  endTime,
  topic,
  partners: [],
  others: '',
});

describe('the agenda editor', () => {
  it('splits ticked partners from free names and joins them again', () => {
    const d = toDraft({ startTime: '09:30', endTime: '10:00', topic: 'Ontvangst', partners: ['WETHOUDER', 'GGD Regio', 'WIJKTEAM'] }, 'a');
    expect(d.partners).toEqual(['WETHOUDER', 'WIJKTEAM']);
    expect(d.others).toBe('GGD Regio');
    expect(toInput({ ...d, others: 'GGD Regio, , huisartsen ' }).partners).toEqual(['WETHOUDER', 'WIJKTEAM', 'GGD Regio', 'huisartsen']);
  });

  it('sorts like the server, so its item numbers match the screen', () => {
    expect(sortDrafts([draft('b', '13:00', '14:00'), draft('a', '09:30', '10:00'), draft('c', '09:30', '09:45')]).map((d) => d.key)).toEqual(['c', 'a', 'b']);
  });

  it('sorts the small hours last in a visit across midnight, as the server does', () => {
    const evening = { startTime: '20:00', endTime: '02:00' };
    expect(sortDrafts([draft('late', '00:30', '01:30'), draft('early', '20:00', '23:00')], evening).map((d) => d.key)).toEqual(['early', 'late']);
    expect(checkDrafts([draft('a', '23:30', '00:30')], evening)).toEqual({});
    expect(checkDrafts([draft('a', '23:30', '00:30')])).toEqual({ 'agenda.0.endTime': 'plan.endBeforeStart' });
  });

  it('moves an item up or down, not past either end', () => {
    const items = [draft('a', '09:00', '10:00'), draft('b', '10:00', '11:00'), draft('c', '11:00', '12:00')];
    expect(moveDraft(items, 2, -1).map((d) => d.key)).toEqual(['a', 'c', 'b']);
    expect(moveDraft(items, 0, 1).map((d) => d.key)).toEqual(['b', 'a', 'c']);
    expect(moveDraft(items, 0, -1).map((d) => d.key)).toEqual(['a', 'b', 'c']);
  });

  it('checks times and topics before sending', () => {
    expect(checkDrafts([draft('a', '9:30', '10:00'), draft('b', '11:00', '10:00'), draft('c', '12:00', '13:00', ' ')])).toEqual({
      'agenda.0.startTime': 'plan.timeInvalid',
      'agenda.1.endTime': 'plan.endBeforeStart',
      'agenda.2.topic': 'plan.topicRequired',
    });
  });
});
