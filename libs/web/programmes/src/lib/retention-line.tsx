import { useQuery } from '@apollo/client/react';
import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { dayInWords } from '@kijkje/domain';
import { ProgrammeRetentionDocument } from '@kijkje/web/data-access';
import { formatDate } from '@kijkje/web/ui';

/** On a closed programme's page: until when its visit material is kept, or when it was removed. */
export function RetentionLine({ programmeId }: { programmeId: string }) {
  const { t, i18n } = useTranslation();
  const { data } = useQuery(ProgrammeRetentionDocument, { variables: { id: programmeId }, fetchPolicy: 'cache-and-network' });
  const retention = data?.programmeRetention;
  if (!retention) return null;
  const lang = i18n.language.startsWith('en') ? 'en' : 'nl';
  return (
    <Paragraph data-testid="programme-retention">
      {retention.removedAt
        ? t('programmes.materialRemoved', { date: formatDate(retention.removedAt, lang) })
        : t('programmes.materialKept', { date: dayInWords(retention.keptUntil, lang) })}
    </Paragraph>
  );
}
