import { useQuery } from '@apollo/client/react';
import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { PublishedHarvestsDocument } from '@kijkje/web/data-access';
import { RouterLink } from '@kijkje/web/ui';
import { groupPublishedHarvests } from './published-harvests';
import { PublishedHarvestList } from './published-harvests-page';
import './harvests.css';

/** On the programme page, for members: the harvests published for this programme, read only. */
export function ProgrammePublishedHarvests({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(PublishedHarvestsDocument, { variables: { programmeId }, fetchPolicy: 'cache-and-network' });
  const harvests = groupPublishedHarvests(data?.publishedHarvests ?? []);
  return (
    <section className="kijkje-section" aria-labelledby="programme-published-harvests-heading" data-testid="programme-published-harvests">
      <Heading level={2} id="programme-published-harvests-heading">
        {t('harvests.ofProgramme.title')}
      </Heading>
      {loading && !data ? (
        <Paragraph>{t('common.loading')}</Paragraph>
      ) : error && !data ? (
        <Alert type="error">{t('common.errorGeneric')}</Alert>
      ) : harvests.length === 0 ? (
        <Paragraph>{t('harvests.ofProgramme.empty')}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('harvests.ofProgramme.intro')}</Paragraph>
          <PublishedHarvestList harvests={harvests} headingLevel={3} showProgramme={false} />
        </>
      )}
      <Paragraph>
        <RouterLink to="/oogsten">{t('harvests.ofProgramme.all')}</RouterLink>
      </Paragraph>
    </section>
  );
}
