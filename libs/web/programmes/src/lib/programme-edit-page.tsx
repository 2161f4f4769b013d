import { useEffect, useRef, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { ProgrammeForEditDocument, isCoordinator, useSession } from '@kijkje/web/data-access';
import { RouterLink, ErrorState, LoadingState, NoAccess, usePageTitle } from '@kijkje/web/ui';
import { ProgrammeEditForm } from './programme-edit-form';

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
