import { VISIT_STATUSES } from './visit-lifecycle';
import fc from 'fast-check';
import { checkFindingInput, findingsClosedByReport, normaliseTag, normaliseTags, offeredFindingRights, responseNeedsText } from './finding-content';

describe('finding content', () => {
  it.each([
    ['Wachtlijsten ', 'wachtlijsten'],
    ['#Regie', 'regie'],
    ['  integrale   toegang ', 'integrale toegang'],
    ['Ééncijferig', 'ééncijferig'],
    [' #Regie', 'regie'],
    [' # ', ''],
  ])('tag %j is stored as %j', (raw, stored) => {
    expect(normaliseTag(raw)).toBe(stored);
  });

  it('drops empty and repeated tags, keeping the order', () => {
    expect(normaliseTags(['Regie', ' ', 'wachtlijsten', 'regie', '#Wachtlijsten'])).toEqual(['regie', 'wachtlijsten']);
  });

  it('normalising twice changes nothing', () => {
    fc.assert(fc.property(fc.string(), (s) => expect(normaliseTag(normaliseTag(s))).toBe(normaliseTag(s))));
  });

  it('needs a theme of the programme, some text and a few short tags', () => {
    expect(checkFindingInput({ theme: 'Wmo', text: 'Goed', tags: [] }, ['Wmo'])).toEqual([]);
    expect(checkFindingInput({ theme: 'Sport', text: ' ', tags: Array.from({ length: 11 }, (_, i) => `t${i}`) }, ['Wmo']).map((v) => v.code)).toEqual([
      'UNKNOWN_THEME',
      'TEXT_REQUIRED',
      'TOO_MANY_TAGS',
    ]);
    expect(checkFindingInput({ theme: 'Wmo', text: 'x', tags: ['x'.repeat(41)] }, ['Wmo']).map((v) => v.code)).toEqual(['TAG_TOO_LONG']);
  });

  it('asks a text for a correction or comment, not for agreeing', () => {
    expect([responseNeedsText('AGREE'), responseNeedsText('CORRECTION'), responseNeedsText('COMMENT')]).toEqual([false, true, true]);
  });
});

describe('a final report closes its findings', () => {
  it.each(VISIT_STATUSES.map((s) => [s, s === 'REPORT_FINAL'] as const))('%s: closed %s', (status, closed) => {
    expect(findingsClosedByReport(status)).toBe(closed);
  });

  it.each(VISIT_STATUSES)('%s: the screen offers editing and replying only while the findings are open', (status) => {
    const rights = { read: 'content', edit: true, reply: true, discuss: true, release: true };
    const open = status !== 'REPORT_FINAL';
    expect(offeredFindingRights(rights, status)).toEqual({ ...rights, edit: open, reply: open });
  });
});
