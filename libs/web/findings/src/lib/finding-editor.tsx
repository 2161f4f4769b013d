import { Fragment, useEffect, useState, type FormEvent } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { FindingDocument, UpdateFindingDocument, type FindingFieldsFragment, type FindingKind } from '@kijkje/web/data-access';
import { checkDraft, draftOf, FindingFields, type FindingDraft } from './finding-fields';
import { evidenceInput, parseTags } from './finding-labels';
import { useEditSessions, type CurrentFinding } from './edit-sessions';
import { ErrorAlert, useFormErrors, errorExtensions, readApiError, formatDateTime, Markdown } from '@kijkje/web/ui';

function currentOf(error: unknown): CurrentFinding | null {
  const current = errorExtensions(error)?.['current'];
  if (!current || typeof current !== 'object') return null;
  const c = current as Partial<CurrentFinding>;
  if (typeof c.version !== 'number' || typeof c.text !== 'string') return null;
  return {
    version: c.version,
    status: c.status ?? 'SUBMITTED',
    kind: c.kind ?? 'STRENGTH',
    theme: c.theme ?? '',
    text: c.text,
    evidence: { source: '', quote: '', indicator: '', ...c.evidence },
    tags: c.tags ?? [],
    updatedAt: c.updatedAt ?? '',
  };
}

/**
 * The author edits a finding in place. The version it started from goes with the save; when
 * someone (or another tab) saved in between, both versions are shown side by side and the author
 * chooses (REL-02): nothing is overwritten without that choice, and nothing typed is lost.
 */
export function FindingEditor({ finding, themes, onDone }: { finding: FindingFieldsFragment; themes: readonly string[]; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const sessions = useEditSessions();
  const [session] = useState(() => sessions.get(finding.id) ?? { draft: draftOf(finding), baseVersion: finding.version, conflict: null });
  const [draft, setDraft] = useState<FindingDraft>(session.draft);
  const [baseVersion, setBaseVersion] = useState(session.baseVersion);
  const [conflict, setConflict] = useState<CurrentFinding | null>(session.conflict);
  // Kept on the board as well, so the edit survives the card being rebuilt elsewhere in the grid.
  useEffect(() => {
    sessions.set(finding.id, { draft, baseVersion, conflict });
  }, [sessions, finding.id, draft, baseVersion, conflict]);
  const [update, { loading }] = useMutation(UpdateFindingDocument);
  const [taking, setTaking] = useState(false);
  const errors = useFormErrors();
  const changedElsewhere = !conflict && finding.version !== baseVersion;

  const save = async (version: number) => {
    if (!errors.check(checkDraft(draft))) return;
    try {
      await update({
        variables: {
          input: {
            id: finding.id,
            version,
            kind: draft.kind || finding.kind,
            theme: draft.theme,
            text: draft.text,
            tags: parseTags(draft.tags),
            evidence: evidenceInput(draft),
          },
        },
      });
      onDone(t('findings.edit.saved'));
    } catch (error) {
      const current = readApiError(error, 'nl').code === 'CONFLICT' ? currentOf(error) : null;
      if (current) {
        setConflict(current);
        setBaseVersion(current.version);
      } else errors.fail(error);
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void save(baseVersion);
  };

  const takeLatest = async () => {
    setTaking(true);
    await client.query({ query: FindingDocument, variables: { id: finding.id }, fetchPolicy: 'network-only' }).catch(() => undefined);
    setTaking(false);
    onDone(t('findings.conflict.tookLatest'));
  };

  if (conflict) {
    const editable = conflict.status === 'DRAFT' || conflict.status === 'SUBMITTED';
    const mine = {
      kind: draft.kind || finding.kind,
      theme: draft.theme,
      text: draft.text,
      evidence: { source: draft.source, quote: draft.quote, indicator: draft.indicator },
      tags: parseTags(draft.tags),
    };
    return (
      <div className="kijkje-conflict">
        <Alert type="warning">
          <Paragraph>{t('findings.conflict.intro')}</Paragraph>
        </Alert>
        <div className="kijkje-versions">
          <VersionView title={t('findings.conflict.mine')} version={mine} />
          <VersionView title={t('findings.conflict.latest')} version={conflict} updatedAt={conflict.updatedAt} />
        </div>
        <ErrorAlert message={errors.general} />
        {!editable && <Paragraph>{t('findings.conflict.notEditable')}</Paragraph>}
        <div className="kijkje-actions">
          {editable && (
            <Button type="button" appearance="primary-action-button" busy={loading} disabled={loading || taking} onClick={() => void save(conflict.version)}>
              {t('findings.conflict.keepMine')}
            </Button>
          )}
          <Button type="button" appearance="secondary-action-button" busy={taking} disabled={loading || taking} onClick={() => void takeLatest()}>
            {t('findings.conflict.takeLatest')}
          </Button>
        </div>
      </div>
    );
  }

  return (
    <form noValidate onSubmit={onSubmit} aria-label={t('findings.edit.formLabel')}>
      {changedElsewhere && <Alert type="info">{t('findings.edit.changedElsewhere')}</Alert>}
      <ErrorAlert message={errors.general} />
      <FindingFields
        idPrefix={`edit-${finding.id}`}
        draft={draft}
        onChange={(patch) => setDraft((current) => ({ ...current, ...patch }))}
        themes={themes}
        error={errors.field}
      />
      <div className="kijkje-actions">
        <Button type="submit" appearance="primary-action-button" busy={loading} disabled={loading}>
          {t('findings.edit.save')}
        </Button>
        <Button type="button" appearance="secondary-action-button" disabled={loading} onClick={() => onDone('')}>
          {t('findings.edit.cancel')}
        </Button>
      </div>
    </form>
  );
}

function VersionView({
  title,
  version,
  updatedAt,
}: {
  title: string;
  version: { kind: FindingKind; theme: string; text: string; evidence: { source: string; quote: string; indicator: string }; tags: string[] };
  updatedAt?: string;
}) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-label={title}>
      <Heading level={5}>{title}</Heading>
      <Paragraph className="kijkje-finding-meta">
        {t(`findings.kind.${version.kind}`)} · {version.theme}
        {updatedAt && <> · {t('findings.conflict.savedAt', { date: formatDateTime(updatedAt, i18n.language) })}</>}
      </Paragraph>
      <Markdown source={version.text} topHeadingLevel={6} />
      <EvidenceView evidence={version.evidence} />
      {version.tags.length > 0 && <Paragraph className="kijkje-finding-meta">{t('findings.tagsLine', { tags: version.tags.join(', ') })}</Paragraph>}
    </section>
  );
}

export function EvidenceView({ evidence }: { evidence: { source: string; quote: string; indicator: string } }) {
  const { t } = useTranslation();
  const parts = (['source', 'quote', 'indicator'] as const).filter((part) => evidence[part].trim() !== '');
  if (parts.length === 0) return null;
  return (
    <dl className="kijkje-facts">
      {parts.map((part) => (
        <Fragment key={part}>
          <dt>{t(`findings.evidence.${part}`)}</dt>
          <dd>{part === 'quote' ? <q>{evidence.quote}</q> : evidence[part]}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
