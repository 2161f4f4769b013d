import { useState, type FormEvent, type ReactNode } from 'react';
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
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { SelectField, TextareaField, TextField, VisuallyHidden } from '@kijkje/web/ui';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router-dom';
import {
  ApplyForProgrammeDocument,
  ChangeProgrammeStatusDocument,
  DeclineApplicationDocument,
  ProgrammeDocument,
  ProgrammesDocument,
  WithdrawApplicationDocument,
  type ApplicationFieldsFragment,
  type ProgrammeQuery,
  type ProgrammeStatus,
  type SharingLevel,
} from '../../generated/graphql';
import { RouterLink } from '../../app/router-link';
import { isCoordinator, useSession } from '../../app/session';
import { ErrorAlert, ErrorState, LoadingState } from '../../app/states';
import { useFormErrors } from '../../app/use-form-errors';
import { usePageTitle } from '../../app/use-page-title';
import { formatDate, formatNumber } from '../../lib/format';
import { newIdempotencyKey } from '../../lib/idempotency';
import { ProgrammeHarvestLinks } from '../harvests/programme-harvest-links';
import { ProgrammePublishedHarvests } from '../harvests/programme-published-harvests';
import { ProgrammeVisitReports } from '../reports/programme-visit-reports';
import { RoundVisits } from '../visits/round-visits';
import { ActionError } from './action-error';
import { SHARING_LEVELS } from './programmes-page';

type Programme = ProgrammeQuery['programme'];
type Organisations = ProgrammeQuery['organisations'];

const NEXT_STATUS: Partial<Record<ProgrammeStatus, ProgrammeStatus>> = { DRAFT: 'OPEN', OPEN: 'RUNNING', RUNNING: 'CLOSED' };

export function ProgrammePage() {
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
          <RoundVisits programmeId={programme.id} />
          <ProgrammeVisitReports programmeId={programme.id} />
          <ProgrammeHarvestLinks programmeId={programme.id} />
          <ApplicationsBoard programme={programme} />
        </>
      ) : (
        <>
          <MemberApplication programme={programme} organisations={data.organisations} />
          <RoundVisits programmeId={programme.id} />
          <ProgrammeVisitReports programmeId={programme.id} />
          <ProgrammePublishedHarvests programmeId={programme.id} />
        </>
      )}
    </>
  );
}

function StatusControl({ programme }: { programme: Programme }) {
  const { t } = useTranslation();
  const next = NEXT_STATUS[programme.status];
  const [done, setDone] = useState<ProgrammeStatus | null>(null);
  const [change, { loading }] = useMutation(ChangeProgrammeStatusDocument, { refetchQueries: [ProgrammeDocument, ProgrammesDocument] });
  const errors = useFormErrors();
  if (!next) return null;

  const onChange = async () => {
    setDone(null);
    errors.clear();
    try {
      await change({ variables: { input: { id: programme.id, status: next, version: programme.version } } });
      setDone(next);
    } catch (error) {
      errors.fail(error);
    }
  };

  return (
    <section className="kijkje-section" aria-labelledby="status-heading">
      <Heading level={2} id="status-heading">
        {t('programmes.statusTitle')}
      </Heading>
      <div role="status">{done && <Alert type="ok">{t('programmes.statusChanged', { status: t(`programmes.status.${done}`) })}</Alert>}</div>
      <ActionError errors={errors} />
      <Button type="button" appearance="primary-action-button" busy={loading} disabled={loading} onClick={() => void onChange()}>
        {t(`programmes.to.${next}`)}
      </Button>
    </section>
  );
}

const ACTIVE = new Set(['SUBMITTED', 'ACCEPTED', 'PLACED']);

function ApplicationsBoard({ programme }: { programme: Programme }) {
  const { t } = useTranslation();
  const [declined, setDeclined] = useState<string | null>(null);
  const [decline, { loading }] = useMutation(DeclineApplicationDocument, { refetchQueries: [ProgrammeDocument, ProgrammesDocument], awaitRefetchQueries: true });
  const errors = useFormErrors();
  const applications = programme.applications;
  const accepted = applications.filter((application) => ACTIVE.has(application.status));
  const waitlist = applications.filter((application) => application.status === 'WAITLISTED').sort((a, b) => (a.waitlistPosition ?? 0) - (b.waitlistPosition ?? 0));
  const gone = applications.filter((application) => application.status === 'DECLINED' || application.status === 'WITHDRAWN');

  const onDecline = async (application: ApplicationFieldsFragment) => {
    setDeclined(null);
    errors.clear();
    try {
      await decline({ variables: { id: application.id } });
      setDeclined(application.organisation.name);
    } catch (error) {
      errors.fail(error);
    }
  };

  const declineButton = (application: ApplicationFieldsFragment) => (
    <Button type="button" appearance="secondary-action-button" hint="danger" disabled={loading} onClick={() => void onDecline(application)}>
      {t('board.decline')}
      <VisuallyHidden> {application.organisation.name}</VisuallyHidden>
    </Button>
  );

  return (
    <section className="kijkje-section" aria-labelledby="board-heading">
      <Heading level={2} id="board-heading">
        {t('board.title')}
      </Heading>
      <div role="status">{declined && <Alert type="ok">{t('board.declined', { name: declined })}</Alert>}</div>
      <ActionError errors={errors} />
      <ApplicationTable id="accepted" title={t('board.accepted')} applications={accepted} action={declineButton} />
      <ApplicationTable id="waitlist" title={t('board.waitlist')} applications={waitlist} positions action={declineButton} />
      <ApplicationTable id="gone" title={t('board.gone')} applications={gone} />
    </section>
  );
}

function ApplicationTable({
  id,
  title,
  applications,
  positions,
  action,
}: {
  id: string;
  title: string;
  applications: ApplicationFieldsFragment[];
  positions?: boolean;
  action?: (application: ApplicationFieldsFragment) => ReactNode;
}) {
  const { t, i18n } = useTranslation();
  return (
    <section className="kijkje-section" aria-labelledby={`${id}-heading`}>
      <Heading level={3} id={`${id}-heading`}>
        {title} ({formatNumber(applications.length, i18n.language)})
      </Heading>
      {applications.length === 0 ? (
        <Paragraph>{t('board.none')}</Paragraph>
      ) : (
        <div className="kijkje-table-scroll">
          <Table>
            <TableCaption className="kijkje-visually-hidden">{title}</TableCaption>
            <TableHeader>
              <TableRow>
                {positions && (
                  <TableHeaderCell scope="col" className="utrecht-table__header-cell--numeric">
                    {t('board.position')}
                  </TableHeaderCell>
                )}
                <TableHeaderCell scope="col">{t('board.organisation')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('board.themes')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('board.preferredPeriod')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('board.submittedAt')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('board.status')}</TableHeaderCell>
                {action && <TableHeaderCell scope="col">{t('board.actions')}</TableHeaderCell>}
              </TableRow>
            </TableHeader>
            <TableBody>
              {applications.map((application) => (
                <TableRow key={application.id}>
                  {positions && <TableCell className="utrecht-table__cell--numeric">{application.waitlistPosition ?? ''}</TableCell>}
                  <TableCell>{application.organisation.name}</TableCell>
                  <TableCell>{application.themes.join(', ')}</TableCell>
                  <TableCell>{application.preferredPeriod}</TableCell>
                  <TableCell>{formatDate(application.submittedAt, i18n.language)}</TableCell>
                  <TableCell>{t(`applications.status.${application.status}`)}</TableCell>
                  {action && <TableCell>{action(application)}</TableCell>}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}

function MemberApplication({ programme, organisations }: { programme: Programme; organisations: Organisations }) {
  const { t } = useTranslation();
  const { viewer } = useSession();
  const own = viewer?.currentMembership?.organisation;
  const application = programme.applications.find((candidate) => candidate.organisation.id === own?.id) ?? programme.applications[0];

  if (application) return <OwnApplication application={application} />;
  if (!own) return <Paragraph>{t('apply.noOrganisation')}</Paragraph>;
  if (programme.status !== 'OPEN') return <Paragraph>{t('apply.closed')}</Paragraph>;
  return <ApplyForm programme={programme} organisations={organisations.filter((organisation) => organisation.id !== own.id)} organisationName={own.name} />;
}

function OwnApplication({ application }: { application: ApplicationFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const [withdraw, { loading }] = useMutation(WithdrawApplicationDocument, { refetchQueries: [ProgrammeDocument, ProgrammesDocument], awaitRefetchQueries: true });
  const errors = useFormErrors();
  const canWithdraw = application.status !== 'WITHDRAWN' && application.status !== 'DECLINED';

  const onWithdraw = async () => {
    errors.clear();
    try {
      await withdraw({ variables: { id: application.id } });
    } catch (error) {
      errors.fail(error);
    }
  };

  return (
    <section className="kijkje-section" aria-labelledby="own-application-heading">
      <Heading level={2} id="own-application-heading">
        {t('apply.ownTitle', { name: application.organisation.name })}
      </Heading>
      <div role="status" aria-live="polite">
        <Alert type={application.status === 'WAITLISTED' ? 'warning' : application.status === 'WITHDRAWN' || application.status === 'DECLINED' ? 'info' : 'ok'}>
          <Paragraph data-testid="application-status">{t('apply.statusIs', { status: t(`applications.status.${application.status}`) })}</Paragraph>
          {application.status === 'WAITLISTED' && application.waitlistPosition && <Paragraph>{t('apply.waitlistPosition', { position: application.waitlistPosition })}</Paragraph>}
        </Alert>
      </div>
      <dl className="kijkje-facts">
        <dt>{t('apply.reviewQuestion')}</dt>
        <dd>{application.reviewQuestion}</dd>
        <dt>{t('apply.themes')}</dt>
        <dd>{application.themes.join(', ')}</dd>
        <dt>{t('apply.preferredPeriod')}</dt>
        <dd>{application.preferredPeriod || t('common.none')}</dd>
        <dt>{t('apply.consent')}</dt>
        <dd>{t(`apply.consentOption.${application.consent}`)}</dd>
        <dt>{t('board.submittedAt')}</dt>
        <dd>{formatDate(application.submittedAt, i18n.language)}</dd>
      </dl>
      <ActionError errors={errors} />
      {canWithdraw && (
        <Button type="button" appearance="secondary-action-button" hint="danger" busy={loading} disabled={loading} onClick={() => void onWithdraw()}>
          {t('apply.withdraw')}
        </Button>
      )}
    </section>
  );
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
              label={<FormLabel htmlFor={`apply-theme-${index}`} type="checkbox">{theme}</FormLabel>}
              input={
                <Checkbox id={`apply-theme-${index}`} name="themes" value={theme} checked={themes.includes(theme)} onChange={(event) => toggleTheme(theme, event.target.checked)} />
              }
            />
          ))}
        </Fieldset>
        <TextField id="apply-period" label={t('apply.preferredPeriod')} description={t('apply.preferredPeriodDescription')} value={preferredPeriod} onChange={setPreferredPeriod} error={errors.field('preferredPeriod')} />
        <Fieldset invalid={Boolean(consentError)}>
          <FieldsetLegend>{t('apply.consent')}</FieldsetLegend>
          <FormFieldDescription>{t('apply.consentDescription')}</FormFieldDescription>
          {consentError && <FormFieldErrorMessage>{consentError}</FormFieldErrorMessage>}
          {SHARING_LEVELS.map((level) => (
            <FormField
              key={level}
              type="radio"
              label={<FormLabel htmlFor={`apply-consent-${level}`} type="radio">{t(`apply.consentOption.${level}`)}</FormLabel>}
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
            options={[{ value: '', label: t('apply.conflictNone') }, ...organisations.map((organisation) => ({ value: organisation.id, label: organisation.name }))]}
            error={errors.field('organisationId')}
          />
          <TextField id="apply-conflict-description" label={t('apply.conflictText')} value={conflictDescription} onChange={setConflictDescription} error={errors.field('description')} />
        </Fieldset>
        <Button type="submit" appearance="primary-action-button" busy={loading} disabled={loading}>
          {t('apply.submit')}
        </Button>
      </form>
    </section>
  );
}
