import { myDataHref } from './my-data-href';

describe('myDataHref', () => {
  it.each([
    ['json', 'nl', '/export/mijn-gegevens/json'],
    ['pdf', 'nl-NL', '/export/mijn-gegevens/pdf?taal=nl'],
    ['pdf', 'en-GB', '/export/mijn-gegevens/pdf?taal=en'],
  ] as const)('%s in %s → %s', (format, language, href) => {
    expect(myDataHref(format, language)).toBe(href);
  });
});
