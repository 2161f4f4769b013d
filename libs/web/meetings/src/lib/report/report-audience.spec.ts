import { meetingsTranslations } from '../../i18n';
import { reportAudience, reportNotice, reportVisibilityChoices, type ReportAudience, type ReportNotice } from './report-audience';

describe('who reads a meeting’s report', () => {
  it('is the network or everyone for a meeting of the network, and the track for a track session’s, which is never public', () => {
    expect([reportAudience('NETWORK', false), reportAudience('PUBLIC', false)]).toEqual(['NETWORK', 'PUBLIC']);
    expect(reportAudience('NETWORK', true)).toBe('TRACK');
    expect(reportVisibilityChoices(false)).toEqual(['NETWORK', 'PUBLIC']);
    expect(reportVisibilityChoices(true)).toEqual(['NETWORK']);
  });
});

describe('who is told of a published report', () => {
  it.each<[ReportAudience, ReportNotice]>([
    ['NETWORK', 'REGISTERED'],
    ['PUBLIC', 'REGISTERED'],
    ['TRACK', 'TRACK_PARTICIPANTS'],
  ])('publishing for %s tells %s', (audience, notice) => {
    expect(reportNotice(audience)).toBe(notice);
  });

  const told = (language: 'nl' | 'en') => meetingsTranslations[language].meetings.report.publish.told as Record<ReportNotice, string>;

  // What the API does (apps/api/test/track-session-meetings.spec.ts): the track's participants are told, its facilitators are not.
  it.each<['nl' | 'en', RegExp, RegExp]>([
    ['nl', /^De deelnemers van de leergang krijgen een melding; de begeleiders en coördinatoren niet\.$/, /aangemeld/],
    ['en', /^The participants of the learning track get a notification; its facilitators and the coordinators do not\.$/, /registered/],
  ])('says so for a track session’s meeting (%s), and nothing of registering there', (language, says, never) => {
    expect(told(language).TRACK_PARTICIPANTS).toMatch(says);
    expect(told(language).TRACK_PARTICIPANTS).not.toMatch(never);
    expect(told(language).REGISTERED).toMatch(never);
  });
});
