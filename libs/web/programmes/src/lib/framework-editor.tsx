import { useEffect, useRef, useState } from 'react';
import {
  Button,
  ButtonGroup,
  Fieldset,
  FieldsetLegend,
  FormFieldDescription,
  FormFieldErrorMessage,
  Heading,
  Paragraph,
} from '@utrecht/component-library-react';
import { TextareaField, TextField, VisuallyHidden } from '@kijkje/web/ui';
import { useTranslation } from 'react-i18next';
import { fieldId, newQuestion, removeAt, replaceAt, type QuestionItem } from './programme-form';

export interface FrameworkSection {
  /** 'general', or the id of the theme in the themes editor. */
  id: string;
  title: string;
  description?: string;
  questions: QuestionItem[];
}

interface Props {
  /** The general part first, then per theme, in the order the form sends them. */
  sections: FrameworkSection[];
  onChange: (id: string, questions: QuestionItem[]) => void;
  error: (path: string) => string | null;
}

/**
 * The preparation framework the hosts fill in: per section its questions in Dutch and English with
 * a hint, which a coordinator rewords, adds to and removes from.
 */
export function FrameworkEditor({ sections, onChange, error }: Props) {
  const { t } = useTranslation();
  const [announcement, setAnnouncement] = useState('');
  const focusNext = useRef<string | null>(null);

  useEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });

  return (
    <>
      {sections.map((section, s) => {
        const path = `framework.${s}`;
        const headingId = `${fieldId(path)}-heading`;
        const sectionError = error(`${path}.questions`) ?? error(`${path}.theme`);
        const add = () => {
          focusNext.current = fieldId(`${path}.questions.${section.questions.length}.nl`);
          onChange(section.id, [...section.questions, newQuestion()]);
          setAnnouncement(t('programmeEdit.questionAdded', { number: section.questions.length + 1, section: section.title }));
        };
        const remove = (index: number) => {
          const rest = removeAt(section.questions, index);
          focusNext.current = rest.length ? fieldId(`${path}.questions.${Math.min(index, rest.length - 1)}.nl`) : `${fieldId(path)}-add`;
          onChange(section.id, rest);
          setAnnouncement(t('programmeEdit.questionRemoved', { number: index + 1, section: section.title }));
        };
        return (
          <section key={section.id} id={fieldId(path)} className="kijkje-editor-section" aria-labelledby={headingId} tabIndex={-1}>
            <Heading level={3} id={headingId}>
              {section.title}
            </Heading>
            {section.description && <Paragraph>{section.description}</Paragraph>}
            {sectionError && <FormFieldErrorMessage id={`${fieldId(path)}-error`}>{sectionError}</FormFieldErrorMessage>}
            {section.questions.length === 0 && <Paragraph>{t('programmeEdit.noQuestions')}</Paragraph>}
            <ol className="kijkje-editor-list">
              {section.questions.map((question, q) => {
                const at = `${path}.questions.${q}`;
                const set = (change: Partial<QuestionItem>) => onChange(section.id, replaceAt(section.questions, q, { ...question, ...change }));
                const keyError = error(`${at}.key`);
                return (
                  <li key={question.id} className="kijkje-editor-item">
                    <Fieldset id={fieldId(at)} aria-describedby={keyError ? `${fieldId(at)}-error` : undefined}>
                      <FieldsetLegend>
                        {t('programmeEdit.question', { number: q + 1 })}
                        <VisuallyHidden> ({section.title})</VisuallyHidden>
                      </FieldsetLegend>
                      {question.key === null && <FormFieldDescription>{t('programmeEdit.newQuestion')}</FormFieldDescription>}
                      {keyError && <FormFieldErrorMessage id={`${fieldId(at)}-error`}>{keyError}</FormFieldErrorMessage>}
                      <TextField
                        id={fieldId(`${at}.nl`)}
                        label={t('programmeEdit.questionNl')}
                        value={question.nl}
                        onChange={(nl) => set({ nl })}
                        autoComplete="off"
                        required
                        error={error(`${at}.nl`)}
                      />
                      <TextField
                        id={fieldId(`${at}.en`)}
                        label={t('programmeEdit.questionEn')}
                        value={question.en}
                        onChange={(en) => set({ en })}
                        autoComplete="off"
                        required
                        error={error(`${at}.en`)}
                      />
                      <TextareaField
                        id={fieldId(`${at}.hintNl`)}
                        label={t('programmeEdit.hintNl')}
                        value={question.hintNl}
                        onChange={(hintNl) => set({ hintNl })}
                        rows={3}
                        error={error(`${at}.hintNl`)}
                      />
                      <TextareaField
                        id={fieldId(`${at}.hintEn`)}
                        label={t('programmeEdit.hintEn')}
                        value={question.hintEn}
                        onChange={(hintEn) => set({ hintEn })}
                        rows={3}
                        error={error(`${at}.hintEn`)}
                      />
                      <ButtonGroup>
                        <Button type="button" appearance="subtle-button" hint="danger" onClick={() => remove(q)}>
                          {t('programmeEdit.removeQuestion')}
                          <VisuallyHidden> {t('programmeEdit.questionOf', { number: q + 1, section: section.title })}</VisuallyHidden>
                        </Button>
                      </ButtonGroup>
                    </Fieldset>
                  </li>
                );
              })}
            </ol>
            <Button id={`${fieldId(path)}-add`} type="button" appearance="secondary-action-button" onClick={add}>
              {t('programmeEdit.addQuestion')}
              <VisuallyHidden> {t('programmeEdit.toSection', { section: section.title })}</VisuallyHidden>
            </Button>
          </section>
        );
      })}
      <div className="kijkje-visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>
    </>
  );
}
