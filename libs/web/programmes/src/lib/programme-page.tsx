import { useState, type ComponentType, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading,
  Paragraph,
  RadioButton,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router-dom';
import {
  ApplyForProgrammeDocument,
  ProgrammeDocument,
  ProgrammesDocument,
  type ProgrammeQuery,
  type SharingLevel,
  isCoordinator,
  useSession,
} from '@kijkje/web/data-access';
import {
  SelectField,
  TextareaField,
  TextField,
  RouterLink,
  ErrorAlert,
  ErrorState,
  LoadingState,
  useFormErrors,
  usePageTitle,
  formatDate,
  formatNumber,
  newIdempotencyKey,
} from '@kijkje/web/ui';
import { ApplicationsBoard } from './applications-board';
import { OwnApplication } from './own-application';
import { StatusControl } from './status-control';
import { SHARING_LEVELS } from './programmes-page';

type Programme = ProgrammeQuery['programme'];
type Organisations = ProgrammeQuery['organisations'];

/**
 * What the contexts further down the life cycle show on a programme's page (its rounds and visits,
 * their reports, its harvests). The app shell passes them in, so programmes never imports from them.
 */
export interface ProgrammeSections {
  /** For the coordinator, who steers the programme. */
  coordinator: ComponentType<{ programmeId: string }>;
  /** For a member, who takes part in it. */
  member: ComponentType<{ programmeId: string }>;
}

export function ProgrammePage({ sections }: { sections: ProgrammeSections }) {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const { viewer } = useSession();
  const { data, loading, error } = useQuery(ProgrammeDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  usePageTitle(data?.programme.name ?? t('programmes.title'));

  if (loading && !data) return <LoadingState />;
  if (error && !data) return <ErrorState error={error} />;
  if (!data) return null;
  const programme = data.programme;
  const coordinator = isCoordinator(viewer);
  const created = (location.state as { created?: boolean } | null)?.created;
  const lang = i18n.language;

  return (
    <>
      <Paragraph>
        <RouterLink to="/programmas">{t('programmes.back')}</RouterLink>
      </Paragraph>
      <Heading level={1}>{programme.name}</Heading>
      {created && <Alert type="ok">{t('programmes.created', { name: programme.name })}</Alert>}
      {programme.description && <Paragraph>{programme.description}</Paragraph>}
      <dl className="kijkje-facts">
        <dt>{t('programmes.statusLabel')}</dt>
        <dd data-testid="programme-status">{t(`programmes.status.${programme.status}`)}</dd>
        <dt>{t('programmes.themes')}</dt>
        <dd>{programme.themes.join(', ')}</dd>
        <dt>{t('programmes.window')}</dt>
        <dd>
          {programme.signUpOpensAt || programme.signUpClosesAt
            ? t('programmes.windowValue', { from: formatDate(programme.signUpOpensAt, lang) || '…', until: formatDate(programme.signUpClosesAt, lang) || '…' })
            : t('programmes.noWindow')}
        </dd>
        <dt>{t('programmes.placesTaken')}</dt>
        <dd>{t('programmes.placesOf', { taken: formatNumber(programme.placesTaken, lang), places: formatNumber(programme.places, lang) })}</dd>
        <dt>{t('programmes.waitlist')}</dt>
        <dd>{formatNumber(programme.waitlistLength, lang)}</dd>
        <dt>{t('programmes.defaultSharing')}</dt>
        <dd>{t(`programmes.sharing.${programme.defaultSharing}`)}</dd>
      </dl>
      {coordinator ? (
        <>
          <StatusControl programme={programme} />
          <Paragraph>
            <RouterLink to={`/programmas/${programme.id}/bewerken`}>{t('programmeEdit.link')}</RouterLink>
          </Paragraph>
          <Paragraph>
            <RouterLink to={`/programmas/${programme.id}/samenstellen`}>{t('composition.link')}</RouterLink>
          </Paragraph>
          <sections.coordinator programmeId={programme.id} />
          <ApplicationsBoard programme={programme} />
        </>
      ) : (
        <>
          <MemberApplication programme={programme} organisations={data.organisations} />
          <sections.member programmeId={programme.id} />
        </>
      )}
    </>
  );
}

function MemberApplication({ programme, organisations }: { programme: Programme; organisations: Organisations }) {
  const { t } = useTranslation();
  const { viewer } = useSession();
  const own = viewer?.currentMembership?.organisation;
  const application = programme.applications.find((candidate) => candidate.organisation.id === own?.id) ?? programme.applications[0];

  if (application) return <OwnApplication application={application} programmeName={programme.name} />;
  if (!own) return <Paragraph>{t('apply.noOrganisation')}</Paragraph>;
  if (programme.status !== 'OPEN') return <Paragraph>{t('apply.closed')}</Paragraph>;
  return <ApplyForm programme={programme} organisations={organisations.filter((organisation) => organisation.id !== own.id)} organisationName={own.name} />;
}

function ApplyForm({ programme, organisations, organisationName }: { programme: Programme; organisations: Organisations; organisationName: string }) {
  const { t } = useTranslation();
  const [reviewQuestion, setReviewQuestion] = useState('');
  const [themes, setThemes] = useState<string[]>([]);
  const [preferredPeriod, setPreferredPeriod] = useState('');
  const [consent, setConsent] = useState<SharingLevel>(programme.defaultSharing);
  const [conflictOrganisation, setConflictOrganisation] = useState('');
  const [conflictDescription, setConflictDescription] = useState('');
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [apply, { loading }] = useMutation(ApplyForProgrammeDocument, { refetchQueries: [ProgrammeDocument, ProgrammesDocument], awaitRefetchQueries: true });
  const errors = useFormErrors();

  const toggleTheme = (theme: string, checked: boolean) => setThemes((current) => (checked ? [...current, theme] : current.filter((item) => item !== theme)));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    const question = reviewQuestion.trim();
    if (question.length < 10 || question.length > 2000) problems.reviewQuestion = 'apply.reviewQuestionLength';
    if (themes.length === 0) problems.themes = 'apply.themesRequired';
    if (conflictOrganisation && !conflictDescription.trim()) problems.description = 'apply.conflictDescriptionRequired';
    if (!errors.check(problems)) return;
    const conflict = conflictDescription.trim() ? [{ organisationId: conflictOrganisation || null, description: conflictDescription.trim() }] : [];
    try {
      await apply({
        variables: {
          input: {
            programmeId: programme.id,
            reviewQuestion: question,
            themes: programme.themes.filter((theme) => themes.includes(theme)),
            preferredPeriod: preferredPeriod.trim() || null,
            consent,
            conflicts: conflict,
            idempotencyKey,
          },
        },
      });
    } catch (error) {
      errors.fail(error);
    }
  };

  const themesError = errors.field('themes');
  const consentError = errors.field('consent');

  return (
    <section className="kijkje-section" aria-labelledby="apply-heading">
      <Heading level={2} id="apply-heading">
        {t('apply.title')}
      </Heading>
      <Paragraph>{t('apply.intro', { name: organisationName })}</Paragraph>
      <ErrorAlert message={errors.general} />
      <form className="kijkje-form" noValidate onSubmit={onSubmit}>
        <TextareaField
          id="apply-review-question"
          label={t('apply.reviewQuestion')}
          description={t('apply.reviewQuestionDescription')}
          value={reviewQuestion}
          onChange={setReviewQuestion}
          required
          error={errors.field('reviewQuestion')}
        />
        <Fieldset invalid={Boolean(themesError)} aria-describedby={themesError ? 'apply-themes-error' : undefined}>
          <FieldsetLegend>{t('apply.themes')}</FieldsetLegend>
          {themesError && <FormFieldErrorMessage id="apply-themes-error">{themesError}</FormFieldErrorMessage>}
          {programme.themes.map((theme, index) => (
            <FormField
              key={theme}
              type="checkbox"
              label={
                <FormLabel htmlFor={`apply-theme-${index}`} type="checkbox">
                  {theme}
                </FormLabel>
              }
              input={
                <Checkbox
                  id={`apply-theme-${index}`}
                  name="themes"
                  value={theme}
                  checked={themes.includes(theme)}
                  onChange={(event) => toggleTheme(theme, event.target.checked)}
                />
              }
            />
          ))}
        </Fieldset>
        <TextField
          id="apply-period"
          label={t('apply.preferredPeriod')}
          description={t('apply.preferredPeriodDescription')}
          value={preferredPeriod}
          onChange={setPreferredPeriod}
          error={errors.field('preferredPeriod')}
        />
        <Fieldset invalid={Boolean(consentError)}>
          <FieldsetLegend>{t('apply.consent')}</FieldsetLegend>
          <FormFieldDescription>{t('apply.consentDescription')}</FormFieldDescription>
          {consentError && <FormFieldErrorMessage>{consentError}</FormFieldErrorMessage>}
          {SHARING_LEVELS.map((level) => (
            <FormField
              key={level}
              type="radio"
              label={
                <FormLabel htmlFor={`apply-consent-${level}`} type="radio">
                  {t(`apply.consentOption.${level}`)}
                </FormLabel>
              }
              input={<RadioButton id={`apply-consent-${level}`} name="consent" value={level} checked={consent === level} onChange={() => setConsent(level)} />}
            />
          ))}
        </Fieldset>
        <Fieldset>
          <FieldsetLegend>{t('apply.conflictTitle')}</FieldsetLegend>
          <FormFieldDescription>{t('apply.conflictDescription')}</FormFieldDescription>
          <SelectField
            id="apply-conflict-organisation"
            label={t('apply.conflictOrganisation')}
            value={conflictOrganisation}
            onChange={setConflictOrganisation}
            options={[
              { value: '', label: t('apply.conflictNone') },
              ...organisations.map((organisation) => ({ value: organisation.id, label: organisation.name })),
            ]}
            error={errors.field('organisationId')}
          />
          <TextField
            id="apply-conflict-description"
            label={t('apply.conflictText')}
            value={conflictDescription}
            onChange={setConflictDescription}
            error={errors.field('description')}
          />
        </Fieldset>
        <Button type="submit" appearance="primary-action-button" busy={loading} disabled={loading}>
          {t('apply.submit')}
        </Button>
      </form>
    </section>
  );
}
