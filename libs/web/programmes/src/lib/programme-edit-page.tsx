import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Heading, Link, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { ROUND_MIN_ORGANISATIONS, checkProgrammePlaces, programmeViolationMessages } from '@kijkje/domain';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import {
  ProgrammeDocument,
  ProgrammeForEditDocument,
  ProgrammesDocument,
  UpdateProgrammeDocument,
  type ProgrammeEditFieldsFragment,
  type SharingLevel,
  type UpdateProgrammeInput,
} from '@kijkje/web/data-access';
import { isCoordinator, useSession } from '@kijkje/web/data-access';
import {
  InputField,
  SelectField,
  TextareaField,
  TextField,
  RouterLink,
  ErrorState,
  LoadingState,
  NoAccess,
  useFormErrors,
  type ClientErrors,
  usePageTitle,
} from '@kijkje/web/ui';
import { amsterdamDateOf, amsterdamInstant } from './dates';
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

export function ProgrammeEditPage() {
  const { t } = useTranslation();
  const { viewer } = useSession();
  if (!viewer?.currentNetwork || !isCoordinator(viewer)) return <NoAccess title={t('programmeEdit.title')} />;
  return <ProgrammeEditContent />;
}

function ProgrammeEditContent() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  usePageTitle(t('programmeEdit.title'));
  const { data, loading, error, refetch } = useQuery(ProgrammeForEditDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [notice, setNotice] = useState<'saved' | 'reloaded' | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  if (loading && !data) return <LoadingState />;
  if (error && !data) return <ErrorState error={error} />;
  if (!data) return null;
  const programme = data.programme;

  const reload = async () => {
    await refetch();
    setNotice('reloaded');
  };

  return (
    <>
      <Paragraph>
        <RouterLink to={`/programmas/${programme.id}`}>{t('programmeEdit.back', { name: programme.name })}</RouterLink>
      </Paragraph>
      <Heading level={1}>{t('programmeEdit.title')}</Heading>
      <Paragraph>{t('programmeEdit.intro', { name: programme.name })}</Paragraph>
      <div role="status" ref={noticeRef} tabIndex={-1}>
        {notice && <Alert type="ok">{t(`programmeEdit.${notice}`)}</Alert>}
      </div>
      {/* A new version (saved here, or loaded after a conflict) starts the form afresh from it. */}
      <ProgrammeEditForm
        key={programme.version}
        programme={programme}
        onSaved={() => setNotice('saved')}
        onEdit={() => setNotice(null)}
        onReload={() => void reload()}
      />
    </>
  );
}

const editable = (programme: ProgrammeEditFieldsFragment) => programme.status === 'DRAFT' || programme.status === 'OPEN';

function ProgrammeEditForm({
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
    if (!errors.check(problems)) {
      setShowSummary((n) => n + 1);
      return;
    }
    const input: UpdateProgrammeInput = { id: programme.id, version: programme.version, name: name.trim(), description: description.trim() };
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

  return (
    <form className="kijkje-form kijkje-edit-form" noValidate onSubmit={onSubmit}>
      <div ref={summaryRef} tabIndex={-1}>
        {summary && (
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
        )}
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

/** Where an error in the summary takes you: the field itself, or the list or section it is about. */
function targetOf(path: string): string {
  const question = /^(framework\.\d+\.questions\.\d+)\.key$/.exec(path);
  if (question) return fieldId(`${question[1]}.nl`);
  const section = /^(framework\.\d+)\.(questions|theme)$/.exec(path);
  if (section) return fieldId(section[1]);
  return fieldId(path);
}
