import { DEFAULT_DEADLINE_SETTINGS } from '../time/deadlines';
import type { ProgrammeEditable, ProgrammeEditFacts, ProgrammeEditViolation, ThemeUsage } from './programme-edit';
import {
  changedProgrammeFields,
  checkProgrammeEdit,
  PROGRAMME_EDIT_FIELDS,
  programmeEditViolationField,
  programmeEditViolationMessage,
  removedThemes,
} from './programme-edit';
import { reviseFramework } from './framework-edit';
import { defaultFramework } from './programme-lifecycle';

const programme: ProgrammeEditable = {
  name: 'Sturen met Kwaliteit 2026',
  description: '',
  themes: ['Wmo', 'Jeugd'],
  framework: defaultFramework(['Wmo', 'Jeugd']),
  places: 10,
  signUpOpensAt: new Date('2026-01-01T00:00:00Z'),
  signUpClosesAt: new Date('2026-02-01T00:00:00Z'),
  defaultSharing: 'NETWORK',
  ...DEFAULT_DEADLINE_SETTINGS,
  progressReviewMonths: [6, 12],
};

const unused = (theme: string): ThemeUsage => ({ theme, applications: 0, findings: 0, selfAssessments: 0 });

function facts(extra: Partial<Omit<ProgrammeEditFacts, 'after'>> & { after?: Partial<ProgrammeEditFacts['after']> } = {}): ProgrammeEditFacts {
  return { status: 'OPEN', changed: [], placesTaken: 0, removedThemeUsage: [], ...extra, after: { ...programme, ...extra.after } };
}

describe('which fields an edit changes', () => {
  it('sees nothing when the form sends everything back as it was, also a copy of the framework', () => {
    expect(
      changedProgrammeFields(programme, {
        ...programme,
        themes: [...programme.themes],
        framework: defaultFramework(['Wmo', 'Jeugd']),
        signUpOpensAt: new Date(programme.signUpOpensAt!),
      }),
    ).toEqual([]);
  });

  it('sees each changed field', () => {
    const reworded = reviseFramework(programme.framework, programme.themes, [{ theme: 'Wmo', questions: [] }]);
    if (!reworded.ok) throw new Error('refused');
    const after: ProgrammeEditable = {
      name: 'Nieuw',
      description: 'Ook nieuw',
      themes: ['Jeugd', 'Wmo'],
      framework: reworded.framework,
      places: 12,
      signUpOpensAt: null,
      signUpClosesAt: new Date('2026-03-01T00:00:00Z'),
      defaultSharing: 'PUBLIC',
      preparationDaysBefore: 10,
      replyDays: 21,
      reportWeeksAfter: 6,
      progressReviewMonths: [6, 18],
    };
    expect(changedProgrammeFields(programme, after)).toEqual([...PROGRAMME_EDIT_FIELDS]);
  });

  it('sees removed themes by their exact name', () => {
    expect(removedThemes(['Wmo', 'Jeugd', 'Wonen'], ['wmo', 'Wonen'])).toEqual(['Wmo', 'Jeugd']);
  });
});

describe('the guards on editing a programme', () => {
  it('lets the deadline rules change while the programme runs, but not the places, and not once it is closed', () => {
    expect(checkProgrammeEdit(facts({ status: 'RUNNING', changed: ['preparationDaysBefore', 'replyDays', 'reportWeeksAfter'] }))).toEqual([]);
    expect(checkProgrammeEdit(facts({ status: 'RUNNING', changed: ['replyDays', 'places'] }))).toEqual([{ code: 'LOCKED_WHILE_RUNNING', field: 'places' }]);
    expect(checkProgrammeEdit(facts({ status: 'CLOSED', changed: ['replyDays'] }))).toEqual([{ code: 'LOCKED_WHILE_RUNNING', field: 'replyDays' }]);
  });

  it('lets the progress review moments change in every state: they come after the visits, often once the programme is closed', () => {
    for (const status of ['DRAFT', 'OPEN', 'RUNNING', 'CLOSED'] as const)
      expect(checkProgrammeEdit(facts({ status, changed: ['progressReviewMonths'] }))).toEqual([]);
  });

  it.each<[string, ProgrammeEditFacts, ProgrammeEditViolation[]]>([
    [
      'a draft with anything changed',
      facts({ status: 'DRAFT', changed: ['themes', 'framework', 'places'], after: { places: 4, signUpOpensAt: null, signUpClosesAt: null, themes: [] } }),
      [],
    ],
    ['a draft left at too few places while other fields change', facts({ status: 'DRAFT', changed: ['themes'], after: { places: 0, themes: [] } }), []],
    ['a draft given fewer places than one round', facts({ status: 'DRAFT', changed: ['places'], after: { places: 3 } }), [{ code: 'TOO_FEW_PLACES' }]],
    ['a draft given half a place', facts({ status: 'DRAFT', changed: ['places'], after: { places: 4.5 } }), [{ code: 'PLACES_NOT_WHOLE' }]],
    [
      'a draft with an inverted window',
      facts({ status: 'DRAFT', changed: ['signUpClosesAt'], after: { signUpClosesAt: new Date('2025-12-01T00:00:00Z') } }),
      [{ code: 'SIGN_UP_WINDOW_INVALID' }],
    ],
    ['an open programme with new themes and framework', facts({ changed: ['themes', 'framework'], removedThemeUsage: [unused('Jeugd')] }), []],
    ['an open programme losing its window', facts({ changed: ['signUpOpensAt'], after: { signUpOpensAt: null } }), [{ code: 'SIGN_UP_WINDOW_MISSING' }]],
    ['an open programme dropping to three places', facts({ changed: ['places'], after: { places: 3 } }), [{ code: 'TOO_FEW_PLACES' }]],
    ['places below those taken', facts({ changed: ['places'], placesTaken: 7, after: { places: 6 } }), [{ code: 'PLACES_BELOW_TAKEN', taken: 7 }]],
    ['places exactly those taken', facts({ changed: ['places'], placesTaken: 7, after: { places: 7 } }), []],
    ['places left alone while more are taken', facts({ changed: ['name'], placesTaken: 11, after: { places: 10 } }), []],
    [
      'removing themes in use',
      facts({
        changed: ['themes'],
        removedThemeUsage: [
          { theme: 'Wmo', applications: 3, findings: 0, selfAssessments: 0 },
          unused('Wonen'),
          { theme: 'Jeugd', applications: 0, findings: 2, selfAssessments: 1 },
        ],
      }),
      [
        { code: 'THEME_IN_USE', usage: { theme: 'Wmo', applications: 3, findings: 0, selfAssessments: 0 } },
        { code: 'THEME_IN_USE', usage: { theme: 'Jeugd', applications: 0, findings: 2, selfAssessments: 1 } },
      ],
    ],
    ['a running programme renamed and described', facts({ status: 'RUNNING', changed: ['name', 'description'] }), []],
    [
      'a running programme with other changes',
      facts({ status: 'RUNNING', changed: ['name', 'themes', 'framework', 'places'], after: { places: 1 } }),
      [
        { code: 'LOCKED_WHILE_RUNNING', field: 'themes' },
        { code: 'LOCKED_WHILE_RUNNING', field: 'framework' },
        { code: 'LOCKED_WHILE_RUNNING', field: 'places' },
      ],
    ],
    [
      'a closed programme with new sharing',
      facts({ status: 'CLOSED', changed: ['defaultSharing'] }),
      [{ code: 'LOCKED_WHILE_RUNNING', field: 'defaultSharing' }],
    ],
  ])('%s', (_, input, violations) => {
    expect(checkProgrammeEdit(input)).toEqual(violations);
  });

  it('ties each violation to its field', () => {
    expect(programmeEditViolationField({ code: 'LOCKED_WHILE_RUNNING', field: 'framework' })).toBe('framework');
    expect(programmeEditViolationField({ code: 'PLACES_BELOW_TAKEN', taken: 3 })).toBe('places');
    expect(programmeEditViolationField({ code: 'THEME_IN_USE', usage: unused('Wmo') })).toBe('themes');
    expect(programmeEditViolationField({ code: 'SIGN_UP_WINDOW_MISSING' })).toBe('signUpOpensAt');
    expect(programmeEditViolationField({ code: 'SIGN_UP_WINDOW_INVALID' })).toBe('signUpClosesAt');
  });

  it('says which theme is in use and by what, in Dutch and English', () => {
    expect(programmeEditViolationMessage({ code: 'THEME_IN_USE', usage: { theme: 'Wmo', applications: 3, findings: 1, selfAssessments: 2 } })).toEqual({
      nl: 'Het thema "Wmo" kan niet worden verwijderd: het wordt al gebruikt in 3 aanmeldingen, 2 zelfanalyses en 1 bevinding.',
      en: 'The theme "Wmo" cannot be removed: it is already used in 3 applications, 2 self-assessments and 1 finding.',
    });
    expect(programmeEditViolationMessage({ code: 'THEME_IN_USE', usage: { theme: 'Jeugd', applications: 1, findings: 0, selfAssessments: 0 } }).nl).toBe(
      'Het thema "Jeugd" kan niet worden verwijderd: het wordt al gebruikt in 1 aanmelding.',
    );
    expect(programmeEditViolationMessage({ code: 'PLACES_BELOW_TAKEN', taken: 7 }).nl).toBe(
      'Er zijn al 7 plaatsen bezet; het aantal plaatsen kan niet lager dan 7.',
    );
    expect(programmeEditViolationMessage({ code: 'LOCKED_WHILE_RUNNING', field: 'themes' }).en).toMatch(/Only the name and the description/);
    expect(programmeEditViolationMessage({ code: 'TOO_FEW_PLACES' }).nl).toMatch(/minstens 4 plaatsen/);
  });
});
