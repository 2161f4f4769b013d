import { evidenceInput, excerpt, parseTags } from './finding-labels';

describe('finding labels', () => {
  it('reads comma-separated tags', () => {
    expect(parseTags(' wachtlijsten, toegang ,, #Wmo ')).toEqual(['wachtlijsten', 'toegang', '#Wmo']);
    expect(parseTags('')).toEqual([]);
  });

  it('shortens a finding to its first words without Markdown marks', () => {
    expect(excerpt('**De wachttijd** voor _huishoudelijke hulp_ loopt op')).toBe('De wachttijd voor huishoudelijke hulp loopt op');
    expect(excerpt('a'.repeat(100), 10)).toBe(`${'a'.repeat(9)}…`);
  });
});

describe('evidenceInput', () => {
  it('leaves out what is empty', () => {
    expect(evidenceInput({ source: ' Gesprek ', quote: '', indicator: '  ' })).toEqual({ source: 'Gesprek', quote: null, indicator: null });
  });
});
