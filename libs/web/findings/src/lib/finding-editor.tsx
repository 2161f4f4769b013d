import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { FindingDocument, UpdateFindingDocument, type FindingFieldsFragment } from '@kijkje/web/data-access';
import { ConflictView, ErrorAlert, errorExtensions, formatDateTime, isConflict, useVersionedSave } from '@kijkje/web/ui';
import { checkDraft, draftOf, FindingFields, type FindingDraft } from './finding-fields';
import { evidenceInput, parseTags } from './finding-labels';
import { ClosedConflict, VersionView } from './finding-version';
import { useEditSessions, type CurrentFinding } from './edit-sessions';

export { EvidenceView } from './finding-version';

/** The finding as the server has it, from a CONFLICT's `extensions.current` or a fresh read. */
function currentOf(value: unknown): CurrentFinding | null {
  if (!value || typeof value !== 'object') return null;
  const c = value as Partial<CurrentFinding>;
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
 * chooses (REL-02): nothing is overwritten without that choice, and nothing typed is lost. The
 * edit lives in the board's edit sessions, so it survives the card moving to another cell.
 */
export function FindingEditor({ finding, themes, onDone }: { finding: FindingFieldsFragment; themes: readonly string[]; onDone: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const client = useApolloClient();
  const sessions = useEditSessions();
  const [session] = useState(() => sessions.get(finding.id) ?? { draft: draftOf(finding), baseVersion: finding.version, conflict: null });
  const [draft, setDraft] = useState<FindingDraft>(session.draft);
  // What the server answered with its CONFLICT: the latest version without asking again.
  const answered = useRef<CurrentFinding | null>(null);
  const saver = useVersionedSave<CurrentFinding>(session.baseVersion, async () => {
    const known = answered.current;
    answered.current = null;
    if (known) return { value: known, version: known.version };
    const fresh = await client.query({ query: FindingDocument, variables: { id: finding.id }, fetchPolicy: 'network-only' });
    const latest = currentOf(fresh.data?.finding);
    return latest ? { value: latest, version: latest.version } : null;
  });
  // A conflict shown before the card was rebuilt elsewhere in the grid is shown again.
  const [restored, setRestored] = useState(session.conflict);
  const conflict = saver.conflict?.value ?? restored;
  const [taking, setTaking] = useState(false);
  useEffect(() => {
    sessions.set(finding.id, { draft, baseVersion: saver.baseVersion, conflict });
  }, [sessions, finding.id, draft, saver.baseVersion, conflict]);
  const [update] = useMutation(UpdateFindingDocument);
  const changedElsewhere = !conflict && finding.version !== saver.baseVersion;

  const save = async (version: number) => {
    const input = { id: finding.id, version, kind: draft.kind || finding.kind, theme: draft.theme, text: draft.text, tags: parseTags(draft.tags) };
    try {
      const result = await update({ variables: { input: { ...input, evidence: evidenceInput(draft) } } });
      return result.data?.updateFinding.version;
    } catch (error) {
      answered.current = isConflict(error) ? currentOf(errorExtensions(error)?.['current']) : null;
      throw error;
    }
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!saver.errors.check(checkDraft(draft))) return;
    if (await saver.send(save)) onDone(t('findings.edit.saved'));
  };

  const keepMine = async () => {
    const saved = saver.conflict ? await saver.keepMine(save) : await saver.send(save, restored?.version);
    if (!saved) return;
    setRestored(null);
    onDone(t('findings.edit.saved'));
  };

  const takeLatest = async () => {
    saver.takeLatest();
    setRestored(null);
    setTaking(true);
    await client.query({ query: FindingDocument, variables: { id: finding.id }, fetchPolicy: 'network-only' }).catch(() => undefined);
    setTaking(false);
    onDone(t('findings.conflict.tookLatest'));
  };

  if (conflict) {
    const mine = { kind: draft.kind || finding.kind, theme: draft.theme, text: draft.text, evidence: evidenceOf(draft), tags: parseTags(draft.tags) };
    const savedAt = conflict.updatedAt ? t('findings.conflict.savedAt', { date: formatDateTime(conflict.updatedAt, i18n.language) }) : '';
    const busy = saver.pending || taking;
    if (conflict.status !== 'DRAFT' && conflict.status !== 'SUBMITTED') {
      return (
        <ClosedConflict mine={mine} latest={conflict} latestMeta={savedAt} busy={busy} error={saver.errors.general} onTakeLatest={() => void takeLatest()} />
      );
    }
    return (
      <ConflictView
        testId="finding-conflict"
        headingLevel={4}
        title={t('findings.conflict.title')}
        intro={t('findings.conflict.intro')}
        mineLabel={t('findings.conflict.mine')}
        latestLabel={t('findings.conflict.latest')}
        mine={<VersionView version={mine} />}
        latest={<VersionView version={conflict} />}
        latestMeta={savedAt && <Paragraph className="kijkje-finding-meta">{savedAt}</Paragraph>}
        keepMineLabel={t('findings.conflict.keepMine')}
        takeLatestLabel={t('findings.conflict.takeLatest')}
        busy={busy}
        error={saver.errors.general}
        onKeepMine={() => void keepMine()}
        onTakeLatest={() => void takeLatest()}
      />
    );
  }

  return (
    <form noValidate onSubmit={onSubmit} aria-label={t('findings.edit.formLabel')}>
      {changedElsewhere && <Alert type="info">{t('findings.edit.changedElsewhere')}</Alert>}
      <ErrorAlert message={saver.errors.general} />
      <FindingFields
        idPrefix={`edit-${finding.id}`}
        draft={draft}
        onChange={(patch) => setDraft((current) => ({ ...current, ...patch }))}
        themes={themes}
        error={saver.errors.field}
      />
      <div className="kijkje-actions">
        <Button type="submit" appearance="primary-action-button" busy={saver.pending} disabled={saver.pending}>
          {t('findings.edit.save')}
        </Button>
        <Button type="button" appearance="secondary-action-button" disabled={saver.pending} onClick={() => onDone('')}>
          {t('findings.edit.cancel')}
        </Button>
      </div>
    </form>
  );
}

function evidenceOf(draft: FindingDraft) {
  return { source: draft.source, quote: draft.quote, indicator: draft.indicator };
}
