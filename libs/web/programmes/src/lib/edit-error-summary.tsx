import { Alert, Button, Link, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { useFormErrors } from '@kijkje/web/ui';
import type { FrameworkSection } from './framework-editor';
import { fieldId } from './programme-form';

/**
 * What is wrong with the programme form, at the top: each message names its field in the words of
 * the form and links to it; after a conflict, a button loads the latest version.
 */
export function EditErrorSummary({
  errors,
  sections: frameworkSections,
  onReload,
}: {
  errors: ReturnType<typeof useFormErrors>;
  sections: FrameworkSection[];
  onReload: () => void;
}) {
  const { t } = useTranslation();
  /** Which field a message in the summary is about, in the words of the form. */
  const whereOf = (path: string): string => {
    const labels: Record<string, string> = {
      name: t('programmes.name'),
      description: t('programmes.description'),
      places: t('programmes.places'),
      signUpOpensAt: t('programmes.opensAt'),
      signUpClosesAt: t('programmes.closesAt'),
      defaultSharing: t('programmes.defaultSharing'),
      themes: t('programmeEdit.themesTitle'),
      preparationDaysBefore: t('programmeEdit.deadline.preparationDaysBefore'),
      replyDays: t('programmeEdit.deadline.replyDays'),
      reportWeeksAfter: t('programmeEdit.deadline.reportWeeksAfter'),
      progressReviewMonths: t('programmeEdit.progressMonths'),
    };
    if (labels[path]) return labels[path];
    const theme = /^themes\.(\d+)$/.exec(path);
    if (theme) return t('programmeEdit.themeLabel', { number: Number(theme[1]) + 1 });
    const at = /^framework\.(\d+)(?:\.questions\.(\d+)\.(\w+))?/.exec(path);
    const section = at ? frameworkSections[Number(at[1])] : undefined;
    if (!at || !section) return path;
    if (at[2] === undefined) return section.title;
    const field = { nl: 'questionNl', en: 'questionEn', hintNl: 'hintNl', hintEn: 'hintEn' }[at[3]];
    return [section.title, t('programmeEdit.question', { number: Number(at[2]) + 1 }), ...(field ? [t(`programmeEdit.${field}`)] : [])].join(', ');
  };

  const conflict = errors.view?.code === 'CONFLICT';
  const messages = errors.messages();
  const summary = errors.general ?? (errors.hasClientErrors ? t('errors.BAD_USER_INPUT') : null);
  if (!summary) return null;

  return (
    <Alert type="error">
      <Paragraph>{summary}</Paragraph>
      {messages.length > 0 && (
        <UnorderedList>
          {messages.map((entry) => (
            <UnorderedListItem key={entry.field}>
              <Link href={`#${targetOf(entry.field)}`}>{t('programmeEdit.summaryItem', { where: whereOf(entry.field), message: entry.text })}</Link>
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      {conflict && (
        <Button type="button" appearance="primary-action-button" onClick={onReload}>
          {t('programmeEdit.reload')}
        </Button>
      )}
    </Alert>
  );
}

/** Where an error in the summary takes you: the field itself, or the list or section it is about. */
function targetOf(path: string): string {
  const question = /^(framework\.\d+\.questions\.\d+)\.key$/.exec(path);
  if (question) return fieldId(`${question[1]}.nl`);
  const section = /^(framework\.\d+)\.(questions|theme)$/.exec(path);
  if (section) return fieldId(section[1]);
  return fieldId(path);
}
