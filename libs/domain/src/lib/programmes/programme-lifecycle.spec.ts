import type { ProgrammeFacts, ProgrammeStatus, ProgrammeTransitionViolation } from './programme-lifecycle';
import {
  checkProgrammePlaces,
  canTransitionProgramme,
  DEFAULT_THEMES,
  defaultFramework,
  PROGRAMME_STATUSES,
  PROGRAMME_TRANSITION_VIOLATIONS,
  programmeTransitions,
  programmeViolationMessages,
} from './programme-lifecycle';

const ready: ProgrammeFacts = {
  signUpOpensAt: new Date('2026-01-01T00:00:00Z'),
  signUpClosesAt: new Date('2026-02-01T00:00:00Z'),
  places: 10,
  themes: ['Wmo', 'Jeugd'],
};

describe('programme life cycle', () => {
  it('goes DRAFT → OPEN → RUNNING → CLOSED only', () => {
    const allowed: [ProgrammeStatus, ProgrammeStatus][] = [
      ['DRAFT', 'OPEN'],
      ['OPEN', 'RUNNING'],
      ['RUNNING', 'CLOSED'],
    ];
    for (const from of PROGRAMME_STATUSES)
      for (const to of PROGRAMME_STATUSES) {
        const ok = allowed.some(([f, t]) => f === from && t === to);
        expect(programmeTransitions[from].includes(to)).toBe(ok);
        if (!ok) expect(canTransitionProgramme(from, to, ready)).toEqual(['TRANSITION_NOT_ALLOWED']);
      }
  });

  it.each<[string, Partial<ProgrammeFacts> | undefined, ProgrammeTransitionViolation[]]>([
    ['a complete programme', {}, []],
    ['no window', { signUpOpensAt: null, signUpClosesAt: null }, ['SIGN_UP_WINDOW_MISSING']],
    ['no end date', { signUpClosesAt: null }, ['SIGN_UP_WINDOW_MISSING']],
    ['an invalid date', { signUpOpensAt: new Date('nonsense') }, ['SIGN_UP_WINDOW_MISSING']],
    ['start equal to end', { signUpClosesAt: new Date('2026-01-01T00:00:00Z') }, ['SIGN_UP_WINDOW_INVALID']],
    ['start after end', { signUpClosesAt: new Date('2025-12-31T00:00:00Z') }, ['SIGN_UP_WINDOW_INVALID']],
    ['3 places', { places: 3 }, ['TOO_FEW_PLACES']],
    ['4 places', { places: 4 }, []],
    ['4.5 places', { places: 4.5 }, ['PLACES_NOT_WHOLE']],
    ['NaN places', { places: Number.NaN }, ['PLACES_NOT_WHOLE', 'TOO_FEW_PLACES']],
    ['no themes', { themes: [] }, ['NO_THEMES']],
    ['only blank themes', { themes: ['  '] }, ['NO_THEMES']],
    ['a theme twice', { themes: ['Wmo', ' wmo '] }, ['DUPLICATE_THEME']],
    ['nothing at all', { signUpOpensAt: null, signUpClosesAt: null, places: 0, themes: [] }, ['SIGN_UP_WINDOW_MISSING', 'TOO_FEW_PLACES', 'NO_THEMES']],
    ['no facts', undefined, ['SIGN_UP_WINDOW_MISSING', 'TOO_FEW_PLACES', 'NO_THEMES']],
  ])('opening with %s', (_, facts, violations) => {
    expect(canTransitionProgramme('DRAFT', 'OPEN', facts && { ...ready, ...facts })).toEqual(violations);
  });

  it('needs no facts to start running or to close', () => {
    expect(canTransitionProgramme('OPEN', 'RUNNING')).toEqual([]);
    expect(canTransitionProgramme('RUNNING', 'CLOSED')).toEqual([]);
  });

  it('has a Dutch and an English message for every violation', () => {
    for (const code of PROGRAMME_TRANSITION_VIOLATIONS) {
      expect(programmeViolationMessages[code].nl).toBeTruthy();
      expect(programmeViolationMessages[code].en).toBeTruthy();
    }
    expect(programmeViolationMessages.TOO_FEW_PLACES.nl).toBe('Er zijn minstens 4 plaatsen nodig: een ronde heeft 4 of 5 gemeenten.');
  });
});

describe('default themes and framework', () => {
  it('has the five themes of the social domain', () => {
    expect(DEFAULT_THEMES).toEqual(['Wmo', 'Jeugd', 'Participatie', 'Informatievoorziening', 'Financiële beheersbaarheid']);
  });

  it('asks foto van nu and stip aan de horizon, then the three questions per theme', () => {
    const framework = defaultFramework(['Wmo', 'Jeugd']);
    expect(framework.general.map((q) => q.question.nl)).toEqual(['Foto van nu', 'Stip aan de horizon']);
    expect(framework.themes.map((t) => t.theme)).toEqual(['Wmo', 'Jeugd']);
    for (const t of framework.themes)
      expect(t.questions.map((q) => q.question.nl)).toEqual(['Wat gaat goed?', 'Waar maak je je zorgen om?', 'Wat zie je als eigen verantwoordelijkheid?']);
    expect(framework.themes[0].questions.map((q) => q.key)).toEqual(['WHAT_GOES_WELL', 'WHAT_WORRIES_YOU', 'OWN_RESPONSIBILITY']);
  });

  it('uses the default themes when none are given and drops blank and duplicate themes', () => {
    expect(defaultFramework().themes.map((t) => t.theme)).toEqual([...DEFAULT_THEMES]);
    expect(defaultFramework([' Jeugd ', '', 'jeugd', 'Wmo']).themes.map((t) => t.theme)).toEqual(['Jeugd', 'Wmo']);
    expect(defaultFramework([]).themes).toEqual([]);
  });

  it('returns fresh objects every call', () => {
    const a = defaultFramework(['Wmo']);
    a.general[0].question.nl = 'veranderd';
    a.themes[0].questions[0].hint.en = 'changed';
    const b = defaultFramework(['Wmo']);
    expect(b.general[0].question.nl).toBe('Foto van nu');
    expect(b.themes[0].questions[0].hint.en).not.toBe('changed');
  });

  it('has every text in Dutch and English', () => {
    const f = defaultFramework();
    for (const q of [...f.general, ...f.themes.flatMap((t) => t.questions)]) {
      expect(q.question.nl && q.question.en && q.hint.nl && q.hint.en).toBeTruthy();
    }
  });
});

describe('a programme’s places', () => {
  it.each<[number, string[]]>([
    [0, ['TOO_FEW_PLACES']],
    [3, ['TOO_FEW_PLACES']],
    [3.5, ['PLACES_NOT_WHOLE', 'TOO_FEW_PLACES']],
    [4, []],
    [4.5, ['PLACES_NOT_WHOLE']],
    [10, []],
    [Number.NaN, ['PLACES_NOT_WHOLE', 'TOO_FEW_PLACES']],
  ])('%d places: %j', (places, expected) => {
    expect(checkProgrammePlaces(places)).toEqual(expected);
  });
});
