import type { ComponentType } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router-dom';
import { ProgrammeDocument, type ProgrammeQuery, isCoordinator, useSession } from '@kijkje/web/data-access';
import { RouterLink, ErrorState, LoadingState, usePageTitle, formatDate, formatNumber } from '@kijkje/web/ui';
import { ApplicationsBoard } from './applications-board';
import { ApplyForm } from './apply-form';
import { OwnApplication } from './own-application';
import { RetentionLine } from './retention-line';
import { StatusControl } from './status-control';

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
      {programme.status === 'CLOSED' && <RetentionLine programmeId={programme.id} />}
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
