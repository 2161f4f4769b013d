import { useQuery } from '@apollo/client/react';
import { Heading, Link, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ProgrammeHarvestLinksDocument } from '@kijkje/web/data-access';
import { RouterLink, VisuallyHidden } from '@kijkje/web/ui';
import { harvestServing } from './harvest-serving';
import { publicPath } from './harvest-states';

/**
 * On the programme page, for coordinators: the way to its harvests, straight to each harvest's
 * editor (whose publish bar publishes from any step), and to each public one.
 */
export function ProgrammeHarvestLinks({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(ProgrammeHarvestLinksDocument, { variables: { programmeId }, fetchPolicy: 'cache-and-network' });
  // Only what the public page serves now: the newest version, while it is public and not withdrawn.
  const harvests = data?.harvests ?? [];
  const published = harvests.filter((harvest) => harvestServing(harvest.versions).state === 'PUBLIC');
  return (
    <section className="kijkje-section" aria-labelledby="programme-harvests-heading">
      <Heading level={2} id="programme-harvests-heading">
        {t('harvests.nav')}
      </Heading>
      <Paragraph>
        <RouterLink to={`/programmas/${programmeId}/oogsten`}>{t('harvests.link')}</RouterLink>
      </Paragraph>
      {harvests.length > 0 && (
        <>
          <Heading level={3} id="programme-harvests-edit-heading">
            {t('harvests.editLinks')}
          </Heading>
          <ul aria-labelledby="programme-harvests-edit-heading" data-testid="programme-harvest-editors">
            {harvests.map((harvest) => (
              <li key={harvest.id}>
                <RouterLink to={`/oogsten/${harvest.id}`}>
                  {harvest.title}
                  <VisuallyHidden> {t('harvests.editSuffix')}</VisuallyHidden>
                </RouterLink>{' '}
                · {t('harvests.versions', { count: harvest.versions.length, n: harvest.versions.length })}
              </li>
            ))}
          </ul>
        </>
      )}
      {published.length > 0 && (
        <>
          <Heading level={3}>{t('harvests.publicLinks')}</Heading>
          <ul>
            {published.map((harvest) => (
              <li key={harvest.id}>
                <Link href={publicPath(harvest.slug)}>{harvest.title}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
