import type { GroupingInput } from './grouping';
import { classRange, suggestGrouping } from './grouping';
import { app, apps, orgId, roundOf, variedApps } from './grouping.fixtures';

// The soft rules, determinism and size classes of suggestGrouping; sizes and hard conflicts are in grouping.spec.ts.

describe('suggestGrouping: soft rules', () => {
  it('avoids an earlier pairing when possible', () => {
    const result = suggestGrouping({ applications: apps(8), earlierPairings: [[orgId(0), orgId(1)]] });
    expect(roundOf(result, orgId(0))).not.toBe(roundOf(result, orgId(1)));
    expect(result.givenUp.filter((g) => g.rule === 'EARLIER_PAIRING')).toEqual([]);
  });

  it('reports an earlier pairing it had to keep', () => {
    const result = suggestGrouping({
      applications: apps(4),
      earlierPairings: [[orgId(2), orgId(1)]],
      organisationNames: { [orgId(1)]: 'Amersfoort', [orgId(2)]: 'Utrecht' },
    });
    expect(result.givenUp.filter((g) => g.rule === 'EARLIER_PAIRING')).toEqual([
      {
        rule: 'EARLIER_PAIRING',
        round: 1,
        organisationIds: [orgId(1), orgId(2)],
        text: {
          nl: 'Ronde 1: Amersfoort en Utrecht zaten eerder al samen in een ronde; een betere indeling was er niet.',
          en: 'Round 1: Amersfoort and Utrecht were in a round together before; there was no better grouping.',
        },
      },
    ]);
  });

  it('groups by shared theme', () => {
    const applications = apps(10, (i) => ({ themes: [i % 2 === 0 ? 'Jeugd' : 'Wmo'] }));
    const result = suggestGrouping({ applications });
    const themes = result.rounds.map((r) => r.reasons.find((x) => x.code === 'SHARED_THEMES')?.text.nl).sort();
    expect(themes).toEqual(["Gedeelde thema's: Jeugd (alle 5).", "Gedeelde thema's: Wmo (alle 5)."]);
  });

  it('names themes shared by part of the round, most shared first', () => {
    const applications = apps(4, (i) => ({ themes: i < 2 ? ['Wmo', 'Jeugd'] : ['Jeugd', ' jeugd ', 'Participatie'] }));
    const [round] = suggestGrouping({ applications }).rounds;
    expect(round.reasons.find((r) => r.code === 'SHARED_THEMES')?.text).toEqual({
      nl: "Gedeelde thema's: Jeugd (alle 4), Participatie (2 van de 4), Wmo (2 van de 4).",
      en: 'Shared themes: Jeugd (all 4), Participatie (2 of 4), Wmo (2 of 4).',
    });
  });

  it('reports a round without a shared theme', () => {
    const themes = ['Wmo', 'Jeugd', 'Participatie', 'Informatievoorziening'];
    const result = suggestGrouping({ applications: apps(4, (i) => ({ themes: [themes[i]] })) });
    expect(result.givenUp.map((g) => g.rule)).toContain('NO_SHARED_THEME');
  });

  it('groups comparable sizes', () => {
    const applications = apps(8, (i) => ({ populationClass: i % 2 === 0 ? 'XS' : 'XL' }));
    const result = suggestGrouping({ applications });
    const texts = result.rounds.map((r) => r.reasons.find((x) => x.code === 'COMPARABLE_SIZE')?.text.nl).sort();
    expect(texts).toEqual([
      'Vergelijkbare omvang: alle gemeenten hebben 250.000 inwoners of meer.',
      'Vergelijkbare omvang: alle gemeenten hebben minder dan 20.000 inwoners.',
    ]);
    expect(result.givenUp.filter((g) => g.rule === 'MIXED_SIZE_CLASSES')).toEqual([]);
  });

  it('reports mixed size classes it could not avoid', () => {
    const applications = apps(4, (i) => ({ populationClass: (['XS', 'S', 'M', 'L'] as const)[i] }));
    const result = suggestGrouping({ applications });
    expect(result.givenUp.find((g) => g.rule === 'MIXED_SIZE_CLASSES')?.text).toEqual({
      nl: 'Ronde 1: de omvang loopt uiteen (kleinste: minder dan 20.000 inwoners; grootste: 100.000 tot 250.000 inwoners).',
      en: 'Round 1: sizes differ (smallest: fewer than 20,000 inhabitants; largest: 100,000 to 250,000 inhabitants).',
    });
  });

  it('spreads provinces and reports a shared province it could not avoid', () => {
    const spread = suggestGrouping({ applications: apps(8, (i) => ({ province: ['Utrecht', 'Zeeland', 'Drenthe', 'Limburg'][i % 4] })) });
    expect(spread.givenUp).toEqual([]);
    expect(spread.rounds[0].reasons.find((r) => r.code === 'PROVINCES')?.text).toEqual({
      nl: '4 provincies: Drenthe, Limburg, Utrecht en Zeeland.',
      en: '4 provinces: Drenthe, Limburg, Utrecht and Zeeland.',
    });
    const same = suggestGrouping({ applications: apps(4, () => ({ province: 'Utrecht' })) });
    expect(same.givenUp).toEqual([
      {
        rule: 'SAME_PROVINCE',
        round: 1,
        province: 'Utrecht',
        organisationIds: [orgId(0), orgId(1), orgId(2), orgId(3)],
        text: { nl: 'Ronde 1: 4 gemeenten uit Utrecht.', en: 'Round 1: 4 municipalities from Utrecht.' },
      },
    ]);
  });

  it('prefers avoiding an earlier pairing over a shared theme', () => {
    // 0 and 1 share a rare theme but were together before.
    const applications = apps(8, (i) => ({ themes: i < 2 ? ['Jeugd', 'Wmo'] : ['Jeugd'] }));
    const result = suggestGrouping({ applications, earlierPairings: [[orgId(0), orgId(1)]] });
    expect(roundOf(result, orgId(0))).not.toBe(roundOf(result, orgId(1)));
  });
});

describe('suggestGrouping: determinism and bookkeeping', () => {
  const input: GroupingInput = {
    applications: variedApps(37, 3),
    conflicts: [
      [orgId(1), orgId(2)],
      [orgId(5), orgId(30)],
      [orgId(7), orgId(8)],
    ],
    earlierPairings: [
      [orgId(3), orgId(4)],
      [orgId(10), orgId(20)],
    ],
  };

  it('gives the same output for the same input', () => {
    expect(suggestGrouping(input)).toEqual(suggestGrouping(input));
  });

  it('gives the same output when the input order is shuffled and pairs are reversed', () => {
    const shuffled: GroupingInput = {
      applications: [...input.applications].reverse().map((a) => ({ ...a, themes: [...a.themes].reverse() })),
      conflicts: [...(input.conflicts ?? [])].reverse().map(([a, b]) => [b, a] as [string, string]),
      earlierPairings: [...(input.earlierPairings ?? [])].map(([a, b]) => [b, a] as [string, string]),
    };
    expect(suggestGrouping(shuffled)).toEqual(suggestGrouping(input));
  });

  it('numbers rounds 1.. in order of their first organisation, ids sorted within each round', () => {
    const result = suggestGrouping(input);
    expect(result.rounds.map((r) => r.round)).toEqual(result.rounds.map((_, i) => i + 1));
    const firsts = result.rounds.map((r) => r.organisationIds[0]);
    expect(firsts).toEqual([...firsts].sort());
    for (const r of result.rounds) expect(r.organisationIds).toEqual([...r.organisationIds].sort());
    expect(result.rounds[0].applicationIds[0]).toBe(result.rounds[0].organisationIds[0].replace('org', 'app'));
  });

  it('leaves out a second application of the same organisation', () => {
    const applications = [...apps(4), { ...app(0), id: 'app-zzz' }];
    const result = suggestGrouping({ applications });
    expect(result.rounds[0].applicationIds).toEqual(['app-000', 'app-001', 'app-002', 'app-003']);
    expect(result.unplaced).toEqual([
      expect.objectContaining({ organisationId: orgId(0), applicationId: 'app-zzz', reason: expect.objectContaining({ code: 'DUPLICATE_APPLICATION' }) }),
    ]);
  });

  it('gives every round at least one reason and every text in both languages', () => {
    const result = suggestGrouping(input);
    for (const round of result.rounds) {
      expect(round.reasons.length).toBeGreaterThan(0);
      for (const r of round.reasons) expect(r.text.nl && r.text.en).toBeTruthy();
    }
    for (const g of result.givenUp) expect(g.text.nl && g.text.en).toBeTruthy();
    for (const u of result.unplaced) expect(u.reason.text.nl && u.reason.text.en).toBeTruthy();
  });
});

describe('classRange', () => {
  it.each([
    [0, 0, 'minder dan 20.000 inwoners', 'fewer than 20,000 inhabitants'],
    [1, 2, '20.000 tot 100.000 inwoners', '20,000 to 100,000 inhabitants'],
    [3, 3, '100.000 tot 250.000 inwoners', '100,000 to 250,000 inhabitants'],
    [3, 4, '100.000 inwoners of meer', '100,000 inhabitants or more'],
    [0, 4, 'elke omvang', 'every size'],
  ])('%i..%i → %s', (low, high, nl, en) => {
    expect(classRange(low, high)).toEqual({ nl, en });
  });
});
