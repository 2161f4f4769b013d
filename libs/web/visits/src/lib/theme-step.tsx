import { useTranslation } from 'react-i18next';
import { TextareaField, VisuallyHidden, toLang } from '@kijkje/web/ui';
import { answerKey } from './steps';
import type { PreparationAutosave } from './use-preparation-autosave';
import type { VisitData } from './visit-page';

const ANSWER_MAX = 10_000;

type Section = VisitData['programme']['framework'][number];

/** One part of the self-assessment: foto van nu and stip aan de horizon, or a theme's three questions. */
export function ThemeStep({ section, sectionIndex, draft }: { section: Section; sectionIndex: number; draft: PreparationAutosave }) {
  const { i18n } = useTranslation();
  const lang = toLang(i18n.language);
  return (
    <form className="kijkje-form" noValidate onSubmit={(event) => event.preventDefault()}>
      {section.questions.map((question, questionIndex) => {
        const key = answerKey(section.theme, question.key);
        return (
          <TextareaField
            key={key}
            id={`answer-${sectionIndex}-${questionIndex}`}
            label={
              <>
                {question[lang]}
                {section.theme && <VisuallyHidden> ({section.theme})</VisuallyHidden>}
              </>
            }
            description={question.hint[lang]}
            value={draft.answers[key] ?? ''}
            onChange={(text) => draft.changeAnswer(key, text)}
            onBlur={() => void draft.flush('answers')}
            maxLength={ANSWER_MAX}
            rows={section.theme ? 4 : 6}
            error={draft.answerErrors[key] ?? null}
          />
        );
      })}
    </form>
  );
}
