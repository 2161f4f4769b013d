import { checkDeadlineDraft, deadlineDraft } from './deadline-fields';

describe('the deadline fields of the programme form', () => {
  it('sends the typed rules as numbers and checks them against the domain’s limits', () => {
    const draft = deadlineDraft({ preparationDaysBefore: 7, replyDays: 14, reportWeeksAfter: 4 });
    expect(checkDeadlineDraft(draft)).toEqual({ settings: { preparationDaysBefore: 7, replyDays: 14, reportWeeksAfter: 4 }, problems: {} });
    const wrong = checkDeadlineDraft({ preparationDaysBefore: '', replyDays: '0', reportWeeksAfter: '2.5' });
    expect(Object.keys(wrong.problems)).toEqual(['preparationDaysBefore', 'replyDays', 'reportWeeksAfter']);
    expect(wrong.problems['replyDays']).toEqual({ nl: 'Vul een heel getal in van 1 tot en met 60.', en: 'Enter a whole number from 1 to 60.' });
  });
});
