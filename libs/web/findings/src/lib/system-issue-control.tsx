import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { MarkSystemIssueDocument, type FindingFieldsFragment, type SystemIssueCategory } from '@kijkje/web/data-access';
import { ErrorAlert, SelectField, useAction } from '@kijkje/web/ui';

const CATEGORIES: SystemIssueCategory[] = ['LAW', 'FUNDING', 'NATIONAL_PARTIES', 'OTHER'];

/** The review team marks a finding as a systeemsignaal for the national level, with its category. */
export function SystemIssueControl({ finding }: { finding: FindingFieldsFragment }) {
  const { t } = useTranslation();
  const [mark] = useMutation(MarkSystemIssueDocument);
  const [pending, setPending] = useState<string | null>(null);
  const action = useAction(async (value: string) => {
    const category = CATEGORIES.find((c) => c === value) ?? null;
    await mark({ variables: { input: { findingId: finding.id, category, version: finding.version } } });
    return category;
  });
  const id = `system-issue-${finding.id}`;

  const onChange = async (value: string) => {
    if (action.pending) return;
    setPending(value);
    await action.run(value);
    setPending(null);
  };

  return (
    <div className="kijkje-system-issue">
      <SelectField
        id={id}
        label={t('systemIssue.label')}
        description={t('systemIssue.description')}
        value={pending ?? finding.systemIssue ?? ''}
        onChange={(value) => void onChange(value)}
        options={[{ value: '', label: t('systemIssue.none') }, ...CATEGORIES.map((c) => ({ value: c, label: t(`systemIssue.${c}`) }))]}
      />
      <div role="status">
        {action.succeeded && <Paragraph className="kijkje-finding-meta">{action.done ? t('systemIssue.saved') : t('systemIssue.cleared')}</Paragraph>}
      </div>
      <ErrorAlert message={action.errors.general} />
    </div>
  );
}

/** How a reader sees the mark when they may not change it. */
export function SystemIssueBadge({ finding }: { finding: FindingFieldsFragment }) {
  const { t } = useTranslation();
  if (!finding.systemIssue) return null;
  return <Paragraph className="kijkje-finding-meta">{t('systemIssue.badge', { category: t(`systemIssue.${finding.systemIssue}`) })}</Paragraph>;
}
