import type { DocSection, KijkjeDocument } from '../lib/document.model';

/** Test support: documents shaped like the visit reports and harvests Kijkje exports. */

export function visitReport(overrides: Partial<KijkjeDocument> = {}): KijkjeDocument {
  return {
    language: 'nl',
    title: 'Visitatierapport Coöperatie Zuid-Limburg',
    subtitle: 'Sturen met Kwaliteit – ronde 3',
    titlePageLines: ['Netwerk Directeuren Sociaal Domein', 'Programma Sturen met Kwaliteit 2019-2020', '12 maart 2020', 'Vertrouwelijk'],
    footerLabel: 'Vertrouwelijk – alleen voor de ronde',
    sections: [
      {
        heading: 'Samenvatting',
        blocks: [
          {
            kind: 'keyValue',
            rows: [
              ['Gastgemeente', '’s-Hertogenbosch'],
              ['Datum', '12 maart 2020'],
              ['Teamleider', 'Anouk de Vries'],
            ],
          },
          {
            kind: 'markdown',
            source: 'De gemeente werkt **integraal** en _durft_ te kiezen.\n\n- Stip aan de horizon\n- Foto van nu\n\n1. Eerste punt\n2. Tweede punt',
          },
        ],
      },
      {
        heading: 'Bevindingen per thema',
        blocks: [{ kind: 'paragraph', runs: [{ text: 'Per thema de drie vragen.' }] }],
        subsections: [
          {
            heading: 'Wmo',
            blocks: [
              { kind: 'markdown', source: '# Wat gaat goed?\n\nDe toegang is **dichtbij**.\n\n> “We kennen onze inwoners.”' },
              {
                kind: 'table',
                header: ['Vraag', 'Antwoord'],
                rows: [
                  ['Wat gaat goed?', 'Toegang'],
                  ['Wat zorgt?', 'Wachtlijst'],
                ],
              },
            ],
          },
          {
            heading: 'Jeugd',
            blocks: [
              {
                kind: 'barChart',
                caption: 'Bevindingen per soort',
                rows: [
                  { label: 'Gaat goed', value: 12 },
                  { label: 'Zorg', value: 7 },
                  { label: 'Eigen rol', value: 0 },
                ],
              },
            ],
          },
        ],
      },
    ],
    ...overrides,
  };
}

/** One section holding a table of `rows` numbered rows: long enough to span pages. */
export function longTable(rows: number, overrides: Partial<KijkjeDocument> = {}): KijkjeDocument {
  return visitReport({
    sections: [
      {
        heading: 'Alle bevindingen',
        blocks: [
          {
            kind: 'table',
            header: ['Nr', 'Thema', 'Bevinding'],
            rows: Array.from({ length: rows }, (_, index) => [
              String(index + 1),
              ['Wmo', 'Jeugd', 'Participatie'][index % 3],
              `Bevinding ${index + 1}: de samenwerking tussen toegang en uitvoering verdient aandacht, vooral rond de overdracht.`,
            ]),
          },
        ],
      },
    ],
    ...overrides,
  });
}

/** A harvest of about twenty pages: many themes, each with text, a list, a table and a chart. */
export function twentyPageHarvest(): KijkjeDocument {
  const paragraph =
    'Tellen én vertellen: de gemeenten zien dezelfde patronen. De toegang ligt dichtbij de inwoner, maar de ' +
    'overdracht naar de uitvoering kost tijd. Teams zoeken ruimte om te **experimenteren** en willen _samen_ leren.';
  const theme = (index: number): DocSection => ({
    heading: `Thema ${index + 1}`,
    blocks: [
      { kind: 'markdown', source: `${paragraph}\n\n${paragraph}\n\n- Wat gaat goed\n- Wat zorgt\n- Eigen verantwoordelijkheid\n\n> “${paragraph}”` },
      {
        kind: 'table',
        header: ['Gemeente', 'Bevinding', 'Aantal'],
        rows: Array.from({ length: 8 }, (_, row) => [`Gemeente ${row + 1}`, 'Overdracht tussen toegang en uitvoering', String(row * 3)]),
      },
      {
        kind: 'barChart',
        caption: 'Bevindingen per vraag',
        rows: [
          { label: 'Gaat goed', value: 30 },
          { label: 'Zorg', value: 18 },
          { label: 'Eigen rol', value: 9 },
        ],
      },
    ],
  });
  return visitReport({ title: 'Oogst Sturen met Kwaliteit', sections: Array.from({ length: 24 }, (_, index) => theme(index)) });
}
