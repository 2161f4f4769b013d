import { defaultFramework, frameworkDrafts } from '@kijkje/domain';
import {
  checkProgrammeForm,
  defaultQuestionItems,
  draftsFromView,
  fieldId,
  frameworkFromView,
  frameworkInput,
  moveItem,
  newQuestion,
  questionItems,
  removeAt,
  themeItems,
  type FrameworkView,
} from './programme-form';

const view: FrameworkView = [
  { theme: null, questions: [{ key: 'FOTO_VAN_NU', nl: 'Foto van nu', en: 'Snapshot', hint: { nl: 'Hint', en: 'Hint' } }] },
  {
    theme: 'Wmo',
    questions: [
      { key: 'WHAT_GOES_WELL', nl: 'Wat gaat goed?', en: 'What goes well?', hint: { nl: '', en: '' } },
      { key: 'CUSTOM_1', nl: 'Eigen vraag', en: 'Own question', hint: { nl: '', en: '' } },
    ],
  },
];

describe('the themes and framework editors', () => {
  it('moves an item one place by button, and leaves the ends alone', () => {
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
    expect(removeAt(['a', 'b', 'c'], 1)).toEqual(['a', 'c']);
  });

  it('gives every item its own id, so focus and React follow it when the list changes', () => {
    const items = themeItems(['Wmo', 'Jeugd'], true);
    expect(new Set(items.map((i) => i.id)).size).toBe(2);
    expect(items.map((i) => i.saved)).toEqual(['Wmo', 'Jeugd']);
    expect(themeItems(['Wmo'], false)[0].saved).toBeNull();
    expect(newQuestion().id).not.toBe(newQuestion().id);
  });

  it('reads the API’s framework back into the framework the rules check against', () => {
    const stored = defaultFramework(['Wmo']);
    const asView: FrameworkView = frameworkDrafts(stored).map((s) => ({
      theme: s.theme,
      questions: s.questions.map((q) => ({ key: q.key!, nl: q.nl, en: q.en, hint: { nl: q.hintNl!, en: q.hintEn! } })),
    }));
    expect(frameworkFromView(asView)).toEqual(stored);
    const drafts = draftsFromView(view);
    expect(drafts.general.map((q) => q.key)).toEqual(['FOTO_VAN_NU']);
    expect(drafts.byTheme.get('Wmo')!.map((q) => q.nl)).toEqual(['Wat gaat goed?', 'Eigen vraag']);
  });

  it('sends the general part, then the themes in order; a renamed theme sends its own questions as new ones', () => {
    const drafts = draftsFromView(view);
    const [wmo, added] = [...themeItems(['Wmo'], true), ...themeItems(['Wonen'], false)];
    const sections = { [wmo.id]: drafts.byTheme.get('Wmo')!, [added.id]: defaultQuestionItems() };
    expect(frameworkInput(drafts.general, [added, wmo], sections).map((s) => [s.theme, ...s.questions.map((q) => q.key)])).toEqual([
      [null, 'FOTO_VAN_NU'],
      ['Wonen', 'WHAT_GOES_WELL', 'WHAT_WORRIES_YOU', 'OWN_RESPONSIBILITY'],
      ['Wmo', 'WHAT_GOES_WELL', 'CUSTOM_1'],
    ]);
    const renamed = { ...wmo, name: ' Maatschappelijke ondersteuning ' };
    expect(frameworkInput(drafts.general, [renamed], sections)[1]).toMatchObject({
      theme: 'Maatschappelijke ondersteuning',
      questions: [{ key: 'WHAT_GOES_WELL' }, { key: null, nl: 'Eigen vraag' }],
    });
  });

  it('checks in the browser what the server would, on the same field paths', () => {
    const drafts = draftsFromView(view);
    const items = themeItems(['Wmo', ''], true);
    expect(checkProgrammeForm(items)).toEqual({
      'themes.1': { nl: 'Vul de naam van het thema in, of verwijder het.', en: 'Enter the name of the theme, or remove it.' },
    });
    expect(Object.keys(checkProgrammeForm([]))).toEqual(['themes']);

    const [wmo] = themeItems(['Wmo'], true);
    const general = [...drafts.general, { ...newQuestion(), nl: 'Alleen Nederlands' }];
    const sections = { [wmo.id]: questionItems([{ key: 'WHAT_GOES_WELL', nl: '', en: 'What goes well?' }]) };
    expect(checkProgrammeForm([wmo], { saved: frameworkFromView(view), sections: frameworkInput(general, [wmo], sections) })).toEqual({
      'framework.0.questions.1.en': { nl: 'Vul de vraag in.', en: 'Enter the question.' },
      'framework.1.questions.0.nl': { nl: 'Vul de vraag in.', en: 'Enter the question.' },
    });
    expect(checkProgrammeForm([wmo], { saved: frameworkFromView(view), sections: frameworkInput([], [wmo], sections) })['framework.0.questions']).toEqual({
      nl: 'Het algemene deel houdt minstens één vraag.',
      en: 'The general part keeps at least one question.',
    });
  });

  it('names form controls after their field path, for labels and links from the error summary', () => {
    expect(fieldId('framework.2.questions.0.nl')).toBe('field-framework-2-questions-0-nl');
    expect(fieldId('themes')).toBe('field-themes');
  });
});
