import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { ROUND_MIN_ORGANISATIONS, checkProgrammePlaces, programmeViolationMessages } from '@kijkje/domain';
import { useTranslation } from 'react-i18next';
import {
  ProgrammeDocument,
  ProgrammesDocument,
  UpdateProgrammeDocument,
  type ProgrammeEditFieldsFragment,
  type SharingLevel,
  type UpdateProgrammeInput,
} from '@kijkje/web/data-access';
import { InputField, SelectField, TextareaField, TextField, useFormErrors, type ClientErrors } from '@kijkje/web/ui';
import { amsterdamDateOf, amsterdamInstant } from './dates';
import { DeadlineFields, checkDeadlineDraft, deadlineDraft } from './deadline-fields';
import { ProgressMomentsField, checkProgressMonthsDraft, progressMonthsDraft } from './progress-moments-field';
import { EditErrorSummary } from './edit-error-summary';
import { FrameworkEditor, type FrameworkSection } from './framework-editor';
import {
  checkProgrammeForm,
  defaultQuestionItems,
  draftsFromView,
  fieldId,
  frameworkFromView,
  frameworkInput,
  themeItems,
  type QuestionItem,
  type ThemeItem,
} from './programme-form';
import { SHARING_LEVELS } from './programmes-page';
import { ThemesEditor } from './themes-editor';

const editable = (programme: ProgrammeEditFieldsFragment) => programme.status === 'DRAFT' || programme.status === 'OPEN';

/** The programme's details, themes and framework: all of it while DRAFT or OPEN, name and description after. */
export function ProgrammeEditForm({
  programme,
  onSaved,
  onEdit,
  onReload,
}: {
  programme: ProgrammeEditFieldsFragment;
  onSaved: () => void;
  onEdit: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const full = editable(programme);
  const [initial] = useState(() => ({ opensAt: amsterdamDateOf(programme.signUpOpensAt), closesAt: amsterdamDateOf(programme.signUpClosesAt) }));
  const [name, setName] = useState(programme.name);
  const [description, setDescription] = useState(programme.description);
  const [places, setPlaces] = useState(String(programme.places));
  const [opensAt, setOpensAt] = useState(initial.opensAt);
  const [closesAt, setClosesAt] = useState(initial.closesAt);
  const [sharing, setSharing] = useState<SharingLevel>(programme.defaultSharing);
  const [deadlines, setDeadlines] = useState(() => deadlineDraft(programme));
  // The deadline rules stay editable while the programme runs, not once it is closed.
  const withDeadlines = programme.status !== 'CLOSED';
  const [moments, setMoments] = useState(() => progressMonthsDraft(programme.progressReviewMonths));
  const [themes, setThemes] = useState<ThemeItem[]>(() => themeItems(programme.themes, true));
  const [drafts] = useState(() => draftsFromView(programme.framework));
  const [general, setGeneral] = useState<QuestionItem[]>(drafts.general);
  const [sections, setSections] = useState<Record<string, QuestionItem[]>>(() =>
    Object.fromEntries(themes.map((item) => [item.id, drafts.byTheme.get(item.name) ?? defaultQuestionItems()])),
  );
  const [update, { loading }] = useMutation(UpdateProgrammeDocument, { refetchQueries: [ProgrammeDocument, ProgrammesDocument] });
  const errors = useFormErrors((view) => (view.code === 'CONFLICT' ? t('programmeEdit.conflict') : null));
  const summaryRef = useRef<HTMLDivElement>(null);
  const [showSummary, setShowSummary] = useState(0);

  useEffect(() => {
    if (showSummary) summaryRef.current?.focus();
  }, [showSummary]);

  const edited =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      onEdit();
      set(value);
    };

  const frameworkSections: FrameworkSection[] = [
    { id: 'general', title: t('programmeEdit.generalSection'), description: t('programmeEdit.generalDescription'), questions: general },
    ...themes.map((item) => ({
      id: item.id,
      title: t('programmeEdit.themeSection', { theme: item.name.trim() || t('programmeEdit.unnamedTheme') }),
      questions: sections[item.id] ?? [],
    })),
  ];

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const problems: ClientErrors = {};
    if (name.trim().length < 2) problems.name = name.trim() ? 'programmeEdit.nameTooShort' : 'common.required';
    const count = Number(places);
    if (full) {
      // Places fill at least one round; the rule is checked where the number changes, as the server does.
      const [placesProblem] = places.trim() === '' ? (['PLACES_NOT_WHOLE'] as const) : count !== programme.places ? checkProgrammePlaces(count) : [];
      if (placesProblem) problems.places = programmeViolationMessages[placesProblem];
      if (opensAt && closesAt && closesAt < opensAt) problems.signUpClosesAt = 'programmes.windowInvalid';
      Object.assign(
        problems,
        checkProgrammeForm(themes, { saved: frameworkFromView(programme.framework), sections: frameworkInput(general, themes, sections) }),
      );
    }
    const typedDeadlines = checkDeadlineDraft(deadlines);
    if (withDeadlines) Object.assign(problems, typedDeadlines.problems);
    const typedMoments = checkProgressMonthsDraft(moments);
    Object.assign(problems, typedMoments.problems);
    if (!errors.check(problems)) {
      setShowSummary((n) => n + 1);
      return;
    }
    const input: UpdateProgrammeInput = { id: programme.id, version: programme.version, name: name.trim(), description: description.trim() };
    if (withDeadlines) Object.assign(input, typedDeadlines.settings);
    input.progressReviewMonths = typedMoments.months;
    if (full) {
      input.themes = themes.map((item) => item.name.trim());
      input.framework = frameworkInput(general, themes, sections);
      input.places = count;
      input.defaultSharing = sharing;
      // Only a changed date is sent: the stored instant need not be the start or end of a day.
      if (opensAt !== initial.opensAt) input.signUpOpensAt = amsterdamInstant(opensAt, false);
      if (closesAt !== initial.closesAt) input.signUpClosesAt = amsterdamInstant(closesAt, true);
    }
    try {
      await update({ variables: { input } });
      onSaved();
    } catch (error) {
      errors.fail(error);
      setShowSummary((n) => n + 1);
    }
  };

  return (
    <form className="kijkje-form kijkje-edit-form" noValidate onSubmit={onSubmit}>
      <div ref={summaryRef} tabIndex={-1}>
        <EditErrorSummary errors={errors} sections={frameworkSections} onReload={onReload} />
      </div>

      <section className="kijkje-section" aria-labelledby="edit-details-heading">
        <Heading level={2} id="edit-details-heading">
          {t('programmeEdit.detailsTitle')}
        </Heading>
        {!full && <Alert type="info">{t('programmeEdit.runningNotice')}</Alert>}
        <TextField
          id={fieldId('name')}
          label={t('programmes.name')}
          value={name}
          onChange={edited(setName)}
          autoComplete="off"
          required
          error={errors.field('name')}
        />
        <TextareaField
          id={fieldId('description')}
          label={t('programmes.description')}
          value={description}
          onChange={edited(setDescription)}
          error={errors.field('description')}
        />
        {full && (
          <>
            <InputField
              id={fieldId('places')}
              type="number"
              min={ROUND_MIN_ORGANISATIONS}
              label={t('programmes.places')}
              description={t('programmeEdit.placesDescription', { count: programme.placesTaken })}
              value={places}
              onChange={edited(setPlaces)}
              required
              error={errors.field('places')}
            />
            <InputField
              id={fieldId('signUpOpensAt')}
              type="date"
              label={t('programmes.opensAt')}
              value={opensAt}
              onChange={edited(setOpensAt)}
              error={errors.field('signUpOpensAt')}
            />
            <InputField
              id={fieldId('signUpClosesAt')}
              type="date"
              label={t('programmes.closesAt')}
              value={closesAt}
              onChange={edited(setClosesAt)}
              error={errors.field('signUpClosesAt')}
            />
            <SelectField
              id={fieldId('defaultSharing')}
              label={t('programmes.defaultSharing')}
              description={t('programmes.defaultSharingDescription')}
              value={sharing}
              onChange={edited((value: string) => setSharing(SHARING_LEVELS.find((level) => level === value) ?? 'NETWORK'))}
              options={SHARING_LEVELS.map((level) => ({ value: level, label: t(`programmes.sharing.${level}`) }))}
              error={errors.field('defaultSharing')}
            />
          </>
        )}
      </section>

      {withDeadlines && <DeadlineFields draft={deadlines} onChange={edited(setDeadlines)} error={errors.field} />}
      <ProgressMomentsField draft={moments} onChange={edited(setMoments)} error={errors.field} />

      {full && (
        <>
          <section className="kijkje-section" aria-labelledby="edit-themes-heading">
            <Heading level={2} id="edit-themes-heading">
              {t('programmeEdit.themesTitle')}
            </Heading>
            <ThemesEditor
              themes={themes}
              onChange={edited(setThemes)}
              error={errors.field}
              legend={t('programmeEdit.themesLegend')}
              onAdded={(item) => setSections((current) => ({ ...current, [item.id]: defaultQuestionItems() }))}
            />
          </section>
          <section className="kijkje-section" aria-labelledby="edit-framework-heading">
            <Heading level={2} id="edit-framework-heading">
              {t('programmeEdit.frameworkTitle')}
            </Heading>
            <Paragraph>{t('programmeEdit.frameworkDescription')}</Paragraph>
            <FrameworkEditor
              sections={frameworkSections}
              error={errors.field}
              onChange={(sectionId, questions) => {
                onEdit();
                if (sectionId === 'general') setGeneral(questions);
                else setSections((current) => ({ ...current, [sectionId]: questions }));
              }}
            />
          </section>
        </>
      )}

      <div className="kijkje-section">
        <Button type="submit" appearance="primary-action-button" busy={loading} disabled={loading}>
          {t('programmeEdit.save')}
        </Button>
      </div>
    </form>
  );
}
