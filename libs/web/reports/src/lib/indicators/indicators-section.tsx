import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { IndicatorsDocument } from '@kijkje/web/data-access';
import { formatDate } from '@kijkje/web/ui';
import { IndicatorChart } from './indicator-chart';
import { IndicatorForm } from './indicator-form';
import { IndicatorTable } from './indicator-table';
import { IndicatorUpload } from './indicator-upload';
import { IndicatorValues } from './indicator-values';
import './indicators.css';

/**
 * Cijfers: the host organisation's figures then (at or just before the visit) and now (the newest),
 * as a table and a bar chart; the host and the coordinator enter them by hand or from a CSV export.
 * Shown to whoever may read them (the API answers nothing to anyone else).
 */
export function IndicatorsSection({ visitId }: { visitId: string }) {
  const { t, i18n } = useTranslation();
  const { data } = useQuery(IndicatorsDocument, { variables: { visitId }, fetchPolicy: 'cache-and-network' });
  const [notice, setNotice] = useState<string | null>(null);
  const indicators = data?.indicators;
  if (!indicators?.canRead) return null;
  return (
    <section className="kijkje-section" aria-labelledby="indicators-heading">
      <Heading level={2} id="indicators-heading">
        {t('indicators.title')}
      </Heading>
      <Paragraph>
        {t('indicators.intro', {
          name: indicators.organisationName,
          date: indicators.visitDay ? formatDate(indicators.visitDay, i18n.language) : t('indicators.noVisitDay'),
        })}
      </Paragraph>
      <div role="status">{notice && <Alert type="ok">{notice}</Alert>}</div>
      {indicators.pairs.length === 0 ? (
        <Paragraph>{t('indicators.empty')}</Paragraph>
      ) : (
        <div className="kijkje-indicators">
          <IndicatorTable pairs={indicators.pairs} />
          <IndicatorChart pairs={indicators.pairs} />
        </div>
      )}
      {indicators.canWrite && (
        <>
          <IndicatorValues visitId={visitId} values={indicators.values} notify={setNotice} />
          <div className="kijkje-indicator-entry">
            <IndicatorForm visitId={visitId} values={indicators.values} notify={setNotice} />
            <IndicatorUpload visitId={visitId} notify={setNotice} />
          </div>
        </>
      )}
    </section>
  );
}
