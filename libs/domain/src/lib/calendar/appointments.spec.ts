import { startOfDutchDay } from '../time/dutch-time';
import {
  appointmentCalendarMessage,
  appointmentMoved,
  appointmentReminderToSend,
  nextCalendarSequence,
  type AppointmentChange,
  type AppointmentReminderStage,
  type CalendarMessage,
} from './appointments';

/** `hour`:`minute` Dutch time on a day (in spring, no clock change near). */
const dutchAt = (day: string, hour: number, minute = 0) => new Date(startOfDutchDay(day).getTime() + (hour * 60 + minute) * 60_000);

describe('an appointment that moves', () => {
  const at = { startsAt: dutchAt('2030-05-14', 13, 30), endsAt: dutchAt('2030-05-14', 17), place: 'Stadhuis', onlineLink: '' };
  it.each<[string, Partial<typeof at>, boolean]>([
    ['another start', { startsAt: dutchAt('2030-05-14', 14) }, true],
    ['another end', { endsAt: dutchAt('2030-05-14', 16) }, true],
    ['another day', { startsAt: dutchAt('2030-05-15', 13, 30), endsAt: dutchAt('2030-05-15', 17) }, true],
    ['another place', { place: 'Raadzaal' }, true],
    ['an online link', { onlineLink: 'https://meet.example/abc' }, true],
    ['the same, with spaces', { place: ' Stadhuis ' }, false],
    ['nothing that a calendar shows', {}, false],
  ])('%s: %s', (_name, change, moved) => {
    expect(appointmentMoved(at, { ...at, ...change })).toBe(moved);
  });

  it('reads an appointment without an online link (a track session) as one with an empty link', () => {
    const session = { startsAt: at.startsAt, endsAt: at.endsAt, place: 'Stadhuis' };
    expect(appointmentMoved(session, at)).toBe(false);
    expect(appointmentMoved(session, { ...session, place: 'Raadzaal' })).toBe(true);
  });

  it('is told with a SEQUENCE above the last one the person got, never below the appointment’s own version', () => {
    expect(nextCalendarSequence(4, null)).toBe(4);
    expect(nextCalendarSequence(5, 4)).toBe(5);
    // A cancellation went out with 6; an invitation again at version 5 must still be newer.
    expect(nextCalendarSequence(5, 6)).toBe(7);
    expect(nextCalendarSequence(9, 6)).toBe(9);
  });
});

describe('reminders before an appointment', () => {
  const startsAt = dutchAt('2030-05-14', 13, 30);
  it.each<[string, Date, AppointmentReminderStage[], AppointmentReminderStage | null]>([
    ['eight days before', dutchAt('2030-05-06', 6), [], null],
    ['seven days before', dutchAt('2030-05-07', 6), [], 'WEEK_BEFORE'],
    ['seven days before, already sent', dutchAt('2030-05-07', 18), ['WEEK_BEFORE'], null],
    ['three days before, sent a week before', dutchAt('2030-05-11', 6), ['WEEK_BEFORE'], null],
    ['the day before', dutchAt('2030-05-13', 6), ['WEEK_BEFORE'], 'DAY_BEFORE'],
    ['the day before, without the week reminder: only the latest', dutchAt('2030-05-13', 6), [], 'DAY_BEFORE'],
    ['the day itself, before it begins', dutchAt('2030-05-14', 6), ['WEEK_BEFORE'], 'DAY_BEFORE'],
    ['the day itself, sent', dutchAt('2030-05-14', 6), ['DAY_BEFORE'], null],
    ['once it has begun', dutchAt('2030-05-14', 13, 30), [], null],
    ['after it', dutchAt('2030-05-15', 6), [], null],
  ])('%s: %s', (_name, now, sent, stage) => {
    expect(appointmentReminderToSend(startsAt, now, sent)).toBe(stage);
  });
});

describe('what one calendar gets after a change to an appointment', () => {
  const startsAt = dutchAt('2030-05-14', 13, 30);
  it.each<[AppointmentChange, boolean, boolean, CalendarMessage | null]>([
    ['SCHEDULED', true, false, 'PUBLISH'],
    ['SCHEDULED', true, true, 'PUBLISH'],
    ['SCHEDULED', false, true, null],
    ['CALLED_OFF', false, true, 'CANCEL'],
    ['CALLED_OFF', false, false, null],
    ['HOLDERS', true, false, 'PUBLISH'],
    ['HOLDERS', true, true, null],
    ['HOLDERS', false, true, 'CANCEL'],
    ['HOLDERS', false, false, null],
  ])('%s (holds: %s, in the calendar: %s): %s', (change, holds, inCalendar, message) => {
    expect(appointmentCalendarMessage(change, { holds, inCalendar }, { startsAt }, dutchAt('2030-05-13', 6))).toBe(message);
  });

  it('sends nothing about an appointment that has begun', () => {
    for (const change of ['SCHEDULED', 'CALLED_OFF', 'HOLDERS'] as const)
      for (const holds of [true, false]) expect(appointmentCalendarMessage(change, { holds, inCalendar: !holds }, { startsAt }, startsAt)).toBeNull();
  });
});
