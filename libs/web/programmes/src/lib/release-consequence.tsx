import { Paragraph } from '@utrecht/component-library-react';
import { holdsPlace, promoteAfterRelease, type ApplicationStatus } from '@kijkje/domain';
import { useTranslation } from 'react-i18next';
import type { ApplicationFieldsFragment, ProgrammeQuery } from '@kijkje/web/data-access';

type Programme = ProgrammeQuery['programme'];

/** Who gets the place an application gives up, by the waitlist rule of the domain: names, oldest sign-up first. */
export function nextOnWaitlist(programme: Programme, released: ApplicationFieldsFragment): string[] {
  const after = programme.applications.map((application) => ({
    id: application.id,
    status: (application.id === released.id ? 'DECLINED' : application.status) as ApplicationStatus,
    submittedAt: new Date(application.submittedAt),
  }));
  const ids = promoteAfterRelease(after, programme.places);
  return ids.map((id) => programme.applications.find((application) => application.id === id)?.organisation.name ?? '');
}

/** What declining an application does, for the coordinator: the municipality is out, and where its place goes. */
export function DeclineConsequence({ application, programme }: { application: ApplicationFieldsFragment; programme: Programme }) {
  const { t } = useTranslation();
  const name = application.organisation.name;
  const next = holdsPlace(application.status as ApplicationStatus) ? nextOnWaitlist(programme, application) : [];
  return (
    <>
      <Paragraph>{t('board.declineConfirm.what', { name, programme: programme.name })}</Paragraph>
      {application.status === 'WAITLISTED' && (
        <Paragraph>{t('board.declineConfirm.offWaitlist', { name, position: application.waitlistPosition ?? '' })}</Paragraph>
      )}
      {application.status === 'PLACED' && <Paragraph>{t('board.declineConfirm.leavesRound', { name })}</Paragraph>}
      {holdsPlace(application.status as ApplicationStatus) && (
        <Paragraph data-testid="decline-place-goes-to">
          {next.length > 0 ? t('board.declineConfirm.placeGoesTo', { next: next[0] }) : t('board.declineConfirm.placeStaysOpen')}
        </Paragraph>
      )}
      <Paragraph>{t('board.declineConfirm.final')}</Paragraph>
    </>
  );
}

/** What withdrawing its own application does, for the municipality. */
export function WithdrawConsequence({ application, programmeName }: { application: ApplicationFieldsFragment; programmeName: string }) {
  const { t } = useTranslation();
  const status = application.status as ApplicationStatus;
  return (
    <>
      <Paragraph>{t('apply.withdrawConfirm.what', { name: application.organisation.name, programme: programmeName })}</Paragraph>
      {holdsPlace(status) && <Paragraph>{t('apply.withdrawConfirm.place')}</Paragraph>}
      {status === 'WAITLISTED' && <Paragraph>{t('apply.withdrawConfirm.waitlist', { position: application.waitlistPosition ?? '' })}</Paragraph>}
      <Paragraph>{t('apply.withdrawConfirm.final', { programme: programmeName })}</Paragraph>
    </>
  );
}
