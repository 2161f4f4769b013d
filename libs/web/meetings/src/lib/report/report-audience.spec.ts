import { reportAudience, reportVisibilityChoices } from './report-audience';

describe('who reads a meeting’s report', () => {
  it('is the network or everyone for a meeting of the network, and the track for a track session’s, which is never public', () => {
    expect([reportAudience('NETWORK', false), reportAudience('PUBLIC', false)]).toEqual(['NETWORK', 'PUBLIC']);
    expect(reportAudience('NETWORK', true)).toBe('TRACK');
    expect(reportVisibilityChoices(false)).toEqual(['NETWORK', 'PUBLIC']);
    expect(reportVisibilityChoices(true)).toEqual(['NETWORK']);
  });
});
