import { useQuery } from '@apollo/client/react';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { TrackCaseDocument } from '@kijkje/web/data-access';
import { ErrorAlert, LoadingState, RouterLink, usePageTitle } from '@kijkje/web/ui';
import { CaseEntries } from './case-entries';
import { CaseFeedback } from './case-feedback';
import { CaseQuestion } from './case-question';
import './tracks.css';

/**
 * A participant's case: their steering question and who may read it, the log of dated entries,
 * and feedback per session. Its owner edits it; the facilitators and (when shared) the feedback
 * group read it and give feedback; to anyone else it does not exist. The portfolio download is
 * offered only to those who may take it (the participant and the facilitators).
 */
export function TrackCasePage() {
  const { id = '', participantId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { data, loading, error } = useQuery(TrackCaseDocument, { variables: { participantId }, fetchPolicy: 'cache-and-network' });
  const c = data?.trackCase;
  const title = c ? (c.mine ? t('tracks.case.myTitle') : t('tracks.case.pageTitle', { name: c.ownerName })) : t('tracks.title');
  usePageTitle(title);
  if (loading && !data) return <LoadingState />;
  if (!c) return <ErrorAlert message={error ? t('errors.NOT_FOUND') : null} />;
  const language = i18n.language.startsWith('en') ? 'en' : 'nl';
  return (
    <>
      <Paragraph>
        <RouterLink to={`/leergangen/${id}`}>{t('tracks.case.back', { title: c.trackTitle })}</RouterLink>
      </Paragraph>
      <Heading level={1}>{title}</Heading>
      <CaseQuestion kase={c} />
      <CaseEntries kase={c} />
      <CaseFeedback kase={c} />
      {c.canExportPortfolio && <CasePortfolio participantId={c.participantId} language={language} />}
    </>
  );
}

/** The portfolio downloads: the participant's and the facilitators' only (mayExportPortfolio), never a peer's. */
function CasePortfolio({ participantId, language }: { participantId: string; language: 'nl' | 'en' }) {
  const { t } = useTranslation();
  const base = `/export/portfolio/${encodeURIComponent(participantId)}`;
  return (
    <section className="kijkje-section" aria-labelledby="case-portfolio">
      <Heading level={2} id="case-portfolio">
        {t('tracks.case.portfolio')}
      </Heading>
      <ul>
        <li>
          <a href={`${base}/md?taal=${language}`}>{t('tracks.case.portfolioMd')}</a>
        </li>
        <li>
          <a href={`${base}/pdf?taal=${language}`}>{t('tracks.case.portfolioPdf')}</a>
        </li>
      </ul>
    </section>
  );
}
