import { processingOverview, processingOverviewCsv } from './processing-overview';

const terms = { retentionYears: 7, sessionIdleMinutes: 120, sessionAbsoluteHours: 12, mailOutboxDays: 7 };

describe('processing overview', () => {
  const rows = processingOverview(terms);

  it('covers every category of personal data the platform holds, each complete in Dutch and English', () => {
    expect(rows.map((r) => r.key)).toEqual([
      'account',
      'signIn',
      'memberships',
      'applications',
      'visitMaterial',
      'harvests',
      'notifications',
      'calendarFeeds',
      'identityProviders',
      'secondFactors',
    ]);
    for (const row of rows) {
      for (const field of [row.category, row.subjects, row.data, row.purpose, row.legalBasis, row.retention, row.recipients]) {
        expect(field.nl.trim()).not.toBe('');
        expect(field.en.trim()).not.toBe('');
      }
      expect(row.legalBasis.nl).toMatch(/AVG art\. 6/);
      expect(row.legalBasis.en).toMatch(/GDPR art\. 6/);
      // Every cell reads as a sentence of its own.
      for (const field of [row.category, row.subjects, row.data, row.purpose, row.legalBasis, row.retention, row.recipients]) {
        expect(field.nl.charAt(0)).toBe(field.nl.charAt(0).toUpperCase());
        expect(field.en.charAt(0)).toBe(field.en.charAt(0).toUpperCase());
      }
    }
  });

  it("fills in the network's retention of visit material and the platform's fixed terms", () => {
    const byKey = Object.fromEntries(rows.map((r) => [r.key, r]));
    expect(byKey['visitMaterial'].retention.nl).toMatch(/^7 jaar na het sluiten/);
    expect(byKey['visitMaterial'].retention.en).toMatch(/^7 years after the programme closes/);
    expect(byKey['signIn'].retention.nl).toContain('120 minuten');
    expect(byKey['signIn'].retention.en).toContain('12 hours');
    expect(byKey['notifications'].retention.nl).toContain('7 dagen');
    expect(processingOverview({ ...terms, retentionYears: 2 }).find((r) => r.key === 'visitMaterial')!.retention.nl).toMatch(/^2 jaar/);
  });

  it('exports as CSV with a header per language, quoted cells and defused formulas', () => {
    const csv = processingOverviewCsv(rows, 'nl');
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('"Categorie";"Betrokkenen";"Persoonsgegevens";"Doel";"Grondslag";"Bewaartermijn";"Ontvangers"');
    expect(lines).toHaveLength(rows.length + 2);
    expect(lines.at(-1)).toBe('');
    expect(processingOverviewCsv(rows, 'en').split('\r\n')[0]).toContain('"Legal basis"');
    const tricky = [{ ...rows[0], category: { nl: '=HYPERLINK("x")', en: 'x' } }];
    expect(processingOverviewCsv(tricky, 'nl').split('\r\n')[1]).toMatch(/^"'=HYPERLINK\(""x""\)";/);
  });
});
