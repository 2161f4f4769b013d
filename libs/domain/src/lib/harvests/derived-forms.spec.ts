import { derivedForms } from './derived-forms';

describe('derivedForms', () => {
  it.each([
    ['utrecht', ['utrechtse', 'ADJECTIVE'], ['utrechts', 'ADJECTIVE_UNINFLECTED'], ['utrechter', 'INHABITANT'], ['utrechters', 'INHABITANTS']],
    ['amsterdam', ['amsterdamse', 'ADJECTIVE'], ['amsterdammer', 'INHABITANT'], ['amsterdammers', 'INHABITANTS']],
    ['zwolle', ['zwolse', 'ADJECTIVE'], ['zwollenaar', 'INHABITANT'], ['zwollenaren', 'INHABITANTS']],
    ['leiden', ['leidse', 'ADJECTIVE'], ['leidenaar', 'INHABITANT'], ['leidens', 'ADJECTIVE_UNINFLECTED']],
    ['groningen', ['groningse', 'ADJECTIVE'], ['groninger', 'INHABITANT'], ['groningers', 'INHABITANTS']],
    ['ede', ['edese', 'ADJECTIVE'], ['edenaar', 'INHABITANT'], ['edenaren', 'INHABITANTS']],
    ['goes', ['goese', 'ADJECTIVE'], ['goesenaar', 'INHABITANT']],
    ['zoetermeer', ['zoetermeerse', 'ADJECTIVE'], ['zoetermeerder', 'INHABITANT'], ['zoetermeerders', 'INHABITANTS']],
    ['kapelle', ['kapelse', 'ADJECTIVE']],
    ['enschede', ['enschedese', 'ADJECTIVE'], ['enschedeer', 'INHABITANT']],
  ] as [string, ...[string, string][]][])('%s', (word, ...expected) => {
    const forms = derivedForms(word);
    for (const [derived, form] of expected) expect([derived, forms.get(derived)]).toEqual([derived, form]);
  });

  it('never produces an ordinary word it knows of, nor the name itself', () => {
    expect(derivedForms('leiden').has('leider')).toBe(false);
    expect(derivedForms('leiden').has('leiders')).toBe(false);
    expect(derivedForms('putten').has('putter')).toBe(false);
    expect(derivedForms('utrecht').has('utrecht')).toBe(false);
  });

  it('does not shorten a name to a stem of fewer than four letters', () => {
    expect(derivedForms('emmen').has('emmer')).toBe(false);
    expect(derivedForms('assen').has('asser')).toBe(false);
  });

  it('derives nothing from short or non-letter words', () => {
    expect(derivedForms('nh').size).toBe(0);
    expect(derivedForms('14').size).toBe(0);
  });
});
