import { selfAssessmentKeys } from '../visits/preparation';
import type { FrameworkQuestionDraft, FrameworkSectionDraft, FrameworkViolation, FrameworkViolationCode, ThemeViolation } from './framework-edit';
import {
  checkFramework,
  defaultThemeQuestions,
  FRAMEWORK_HINT_MAX,
  FRAMEWORK_QUESTION_MAX,
  FRAMEWORK_QUESTIONS_MAX,
  FRAMEWORK_VIOLATIONS,
  frameworkDrafts,
  frameworkViolationMessages,
  frameworkViolationPath,
  reviseFramework,
  reviseThemes,
  sameFramework,
  THEME_NAME_MAX,
  THEME_VIOLATIONS,
  themeViolationMessages,
  themeViolationPath,
} from './framework-edit';
import type { PreparationFramework } from './programme-lifecycle';
import { defaultFramework } from './programme-lifecycle';

const q = (nl: string, extra: Partial<FrameworkQuestionDraft> = {}): FrameworkQuestionDraft => ({ nl, en: `${nl} (en)`, ...extra });

function revised(current: PreparationFramework, themes: string[], sections?: FrameworkSectionDraft[]): PreparationFramework {
  const result = reviseFramework(current, themes, sections);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.violations)}`);
  expect(checkFramework(result.framework, themes)).toEqual([]);
  return result.framework;
}

function refused(current: PreparationFramework, themes: string[], sections: FrameworkSectionDraft[]): FrameworkViolation[] {
  const result = reviseFramework(current, themes, sections);
  if (result.ok) throw new Error('accepted');
  return result.violations;
}

const keysOf = (f: PreparationFramework) => [f.general.map((x) => x.key), ...f.themes.map((s) => [s.theme, ...s.questions.map((x) => x.key)])];

describe('themes of a programme', () => {
  it.each<[string, string[], string[], ThemeViolation[]]>([
    ['the defaults', ['Wmo', 'Jeugd'], ['Wmo', 'Jeugd'], []],
    ['an own theme, trimmed', ['  Wonen ', 'Wmo'], ['Wonen', 'Wmo'], []],
    ['nothing', [], [], [{ code: 'NO_THEMES', index: null }]],
    ['a blank one', ['Wmo', '  '], ['Wmo', ''], [{ code: 'THEME_REQUIRED', index: 1 }]],
    ['the same theme twice, other case', ['Wmo', 'Jeugd', ' wmo'], ['Wmo', 'Jeugd', 'wmo'], [{ code: 'DUPLICATE_THEME', index: 2 }]],
    ['a very long name', ['x'.repeat(THEME_NAME_MAX + 1)], ['x'.repeat(THEME_NAME_MAX + 1)], [{ code: 'THEME_TOO_LONG', index: 0 }]],
    ['exactly the longest name', ['x'.repeat(THEME_NAME_MAX)], ['x'.repeat(THEME_NAME_MAX)], []],
    ['a line break inside', ['Wmo\nJeugd'], ['Wmo\nJeugd'], [{ code: 'THEME_INVALID', index: 0 }]],
    [
      'twenty-one themes',
      Array.from({ length: 21 }, (_, i) => `T${i}`),
      Array.from({ length: 21 }, (_, i) => `T${i}`),
      [{ code: 'TOO_MANY_THEMES', index: null }],
    ],
  ])('%s', (_, raw, themes, violations) => {
    expect(reviseThemes(raw)).toEqual({ themes, violations });
  });

  it('names the field of each problem and says it in Dutch and English', () => {
    expect(themeViolationPath({ code: 'THEME_REQUIRED', index: 3 })).toBe('themes.3');
    expect(themeViolationPath({ code: 'NO_THEMES', index: null })).toBe('themes');
    for (const code of THEME_VIOLATIONS) expect(themeViolationMessages[code].nl && themeViolationMessages[code].en).toBeTruthy();
  });
});

describe('editing the framework', () => {
  const themes = ['Wmo', 'Jeugd'];
  const start = defaultFramework(themes);

  it('without sections follows the themes: kept sections stay, added themes get the three questions, removed ones go', () => {
    const edited = revised(start, ['Wmo', 'Jeugd'], [{ theme: 'Wmo', questions: [q('Eigen vraag')] }]);
    const next = revised(edited, ['Wonen', 'Wmo']);
    expect(next.themes.map((s) => s.theme)).toEqual(['Wonen', 'Wmo']);
    expect(next.themes[0].questions.map((x) => x.key)).toEqual(['WHAT_GOES_WELL', 'WHAT_WORRIES_YOU', 'OWN_RESPONSIBILITY']);
    expect(next.themes[1].questions.map((x) => x.question.nl)).toEqual(['Eigen vraag']);
    expect(next.general).toEqual(start.general);
  });

  it('rewords a question under its key, trimmed, hint and all', () => {
    const next = revised(start, themes, [
      {
        theme: null,
        questions: [
          { key: 'FOTO_VAN_NU', nl: '  Waar staan we nu? ', en: ' Where are we now? ', hintNl: ' Kort ', hintEn: null },
          { key: 'STIP_AAN_DE_HORIZON', nl: 'Stip', en: 'Point' },
        ],
      },
    ]);
    expect(next.general[0]).toEqual({ key: 'FOTO_VAN_NU', question: { nl: 'Waar staan we nu?', en: 'Where are we now?' }, hint: { nl: 'Kort', en: '' } });
    expect(next.themes).toEqual(start.themes);
  });

  it('gives new questions CUSTOM_1, CUSTOM_2… per section, after every custom key the section has', () => {
    const once = revised(start, themes, [
      { theme: null, questions: [...frameworkDrafts(start)[0].questions, q('Nieuw A'), q('Nieuw B')] },
      { theme: 'Jeugd', questions: [q('Alleen deze')] },
    ]);
    expect(keysOf(once)).toEqual([
      ['FOTO_VAN_NU', 'STIP_AAN_DE_HORIZON', 'CUSTOM_1', 'CUSTOM_2'],
      ['Wmo', 'WHAT_GOES_WELL', 'WHAT_WORRIES_YOU', 'OWN_RESPONSIBILITY'],
      ['Jeugd', 'CUSTOM_1'],
    ]);
    // Order as sent: the new question first, the kept one after it.
    const twice = revised(once, themes, [{ theme: 'jeugd', questions: [q('Bovenaan'), { key: 'CUSTOM_1', nl: 'Alleen deze', en: 'Only this' }] }]);
    expect(twice.themes[1].questions.map((x) => [x.key, x.question.nl])).toEqual([
      ['CUSTOM_2', 'Bovenaan'],
      ['CUSTOM_1', 'Alleen deze'],
    ]);
  });

  it('never hands a removed custom key to a new question, also after the theme was removed and added again', () => {
    const withCustom = revised(start, themes, [{ theme: 'Wmo', questions: [q('Een'), q('Twee')] }]);
    const removedOne = revised(withCustom, themes, [{ theme: 'Wmo', questions: [{ key: 'CUSTOM_1', nl: 'Een', en: 'One' }] }]);
    expect(removedOne.retiredKeys).toEqual(['theme:Wmo:CUSTOM_2']);
    const added = revised(removedOne, themes, [{ theme: 'Wmo', questions: [{ key: 'CUSTOM_1', nl: 'Een', en: 'One' }, q('Drie')] }]);
    expect(added.themes[0].questions.map((x) => x.key)).toEqual(['CUSTOM_1', 'CUSTOM_3']);

    const withoutWmo = revised(added, ['Jeugd']);
    expect(withoutWmo.retiredKeys).toEqual(['theme:Wmo:CUSTOM_2', 'theme:Wmo:CUSTOM_1', 'theme:Wmo:CUSTOM_3']);
    const back = revised(withoutWmo, ['Jeugd', 'Wmo'], [{ theme: 'Wmo', questions: [...defaultThemeQuestions(), q('Vier')] }]);
    expect(back.themes[1].questions.map((x) => x.key)).toEqual(['WHAT_GOES_WELL', 'WHAT_WORRIES_YOU', 'OWN_RESPONSIBILITY', 'CUSTOM_4']);
    expect(new Set(selfAssessmentKeys(back)).size).toBe(selfAssessmentKeys(back).length);
  });

  it('accepts the default keys in the section of a theme added in the same edit', () => {
    const next = revised(
      start,
      ['Wmo', 'Jeugd', 'Wonen'],
      [{ theme: 'Wonen', questions: [{ key: 'WHAT_GOES_WELL', nl: 'Wat gaat goed in het wonen?', en: 'What goes well in housing?' }, q('Eigen')] }],
    );
    expect(next.themes[2].questions.map((x) => x.key)).toEqual(['WHAT_GOES_WELL', 'CUSTOM_1']);
  });

  it('lets a theme section become empty, but not the general part', () => {
    expect(revised(start, themes, [{ theme: 'Jeugd', questions: [] }]).themes[1].questions).toEqual([]);
    expect(refused(start, themes, [{ theme: null, questions: [] }])).toEqual([{ code: 'GENERAL_EMPTY', section: 0, question: null, field: 'questions' }]);
  });

  it('returns what it was given when the editor sends the framework back unchanged', () => {
    const edited = revised(start, themes, [{ theme: 'Wmo', questions: [q('Een')] }]);
    expect(sameFramework(revised(edited, themes, frameworkDrafts(edited)), edited)).toBe(true);
  });

  it.each<[string, FrameworkSectionDraft[], [FrameworkViolationCode, string][]]>([
    ['a section for a theme the programme lacks', [{ theme: 'Wonen', questions: [] }], [['SECTION_THEME_UNKNOWN', 'framework.0.theme']]],
    [
      'the general part twice',
      [
        { theme: null, questions: [q('A')] },
        { theme: null, questions: [q('B')] },
      ],
      [['SECTION_DUPLICATE', 'framework.1.theme']],
    ],
    [
      'a theme twice, other case',
      [
        { theme: 'Wmo', questions: [] },
        { theme: 'WMO', questions: [] },
      ],
      [['SECTION_DUPLICATE', 'framework.1.theme']],
    ],
    [
      'an empty question',
      [{ theme: 'Wmo', questions: [q('Goed'), { nl: '  ', en: '' }] }],
      [
        ['QUESTION_REQUIRED', 'framework.0.questions.1.nl'],
        ['QUESTION_REQUIRED', 'framework.0.questions.1.en'],
      ],
    ],
    [
      'a question that is too long',
      [{ theme: 'Wmo', questions: [q('x'.repeat(FRAMEWORK_QUESTION_MAX + 1), { en: 'Fine' })] }],
      [['QUESTION_TOO_LONG', 'framework.0.questions.0.nl']],
    ],
    [
      'a hint that is too long',
      [{ theme: 'Wmo', questions: [q('Goed', { hintEn: 'x'.repeat(FRAMEWORK_HINT_MAX + 1) })] }],
      [['HINT_TOO_LONG', 'framework.0.questions.0.hintEn']],
    ],
    ['a control character', [{ theme: 'Wmo', questions: [q('Goed\u0007', { en: 'Good' })] }], [['TEXT_INVALID', 'framework.0.questions.0.nl']]],
    [
      'a key the section never had',
      [{ theme: 'Wmo', questions: [{ key: 'FOTO_VAN_NU', nl: 'Foto', en: 'Photo' }] }],
      [['KEY_UNKNOWN', 'framework.0.questions.0.key']],
    ],
    ['a made-up custom key', [{ theme: 'Wmo', questions: [{ key: 'CUSTOM_7', nl: 'Zeven', en: 'Seven' }] }], [['KEY_UNKNOWN', 'framework.0.questions.0.key']]],
    [
      'one key twice',
      [
        {
          theme: null,
          questions: [
            { key: 'FOTO_VAN_NU', nl: 'Foto', en: 'Photo' },
            { key: 'FOTO_VAN_NU', nl: 'Nog eens', en: 'Again' },
          ],
        },
      ],
      [['KEY_DUPLICATE', 'framework.0.questions.1.key']],
    ],
    [
      'too many questions',
      [{ theme: 'Wmo', questions: Array.from({ length: FRAMEWORK_QUESTIONS_MAX + 1 }, (_, i) => q(`Vraag ${i}`)) }],
      [['TOO_MANY_QUESTIONS', 'framework.0.questions']],
    ],
    [
      'problems in two sections, in the order of the form',
      [
        { theme: 'Jeugd', questions: [q('')] },
        { theme: null, questions: [] },
        { theme: 'Onbekend', questions: [] },
      ],
      [
        ['QUESTION_REQUIRED', 'framework.0.questions.0.nl'],
        ['GENERAL_EMPTY', 'framework.1.questions'],
        ['SECTION_THEME_UNKNOWN', 'framework.2.theme'],
      ],
    ],
  ])('refuses %s', (_, sections, expected) => {
    expect(refused(start, themes, sections).map((v) => [v.code, frameworkViolationPath(v)])).toEqual(expected);
  });

  it('has a Dutch and an English message for every violation', () => {
    for (const code of FRAMEWORK_VIOLATIONS) expect(frameworkViolationMessages[code].nl && frameworkViolationMessages[code].en).toBeTruthy();
    expect(frameworkViolationMessages.GENERAL_EMPTY.nl).toBe('Het algemene deel houdt minstens één vraag.');
  });

  it('treats a stored framework in any property order as the same', () => {
    const stored = JSON.parse(JSON.stringify(start), (_k, v) =>
      v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v,
    );
    expect(sameFramework(stored, start)).toBe(true);
    expect(sameFramework(revised(start, themes, [{ theme: 'Wmo', questions: [] }]), start)).toBe(false);
  });

  it('finds what is wrong with a framework that did not come from the rules', () => {
    const broken: PreparationFramework = {
      general: [],
      themes: [
        {
          theme: 'Wmo',
          questions: [
            { key: 'x', question: { nl: ' ', en: 'E' }, hint: { nl: '', en: '' } },
            { key: 'x', question: { nl: 'N', en: 'E' }, hint: { nl: '', en: '' } },
          ],
        },
      ],
    };
    expect(checkFramework(broken, ['Jeugd'])).toEqual([
      'general: no questions',
      'sections do not follow the themes',
      'Wmo: bad key x',
      'Wmo: bad question text " "',
      'Wmo: bad key x',
      'Wmo: duplicate key x',
    ]);
  });
});
