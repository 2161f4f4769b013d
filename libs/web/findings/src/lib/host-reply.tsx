import { useState, type FormEvent } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import {
  Alert,
  Button,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldErrorMessage,
  FormLabel,
  Heading,
  Paragraph,
  RadioButton,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { FindingDocument, ReplyToFindingDocument, type FindingFieldsFragment, type ResponseKind } from '@kijkje/web/data-access';
import { RESPONSE_KINDS } from '@kijkje/domain';
import { ConflictView, TextareaField, ErrorAlert, formatDateTime, Markdown, useVersionedSave } from '@kijkje/web/ui';

export { ReleaseSwitch } from './release-switch';

interface Reply {
  kind: ResponseKind | '';
  text: string;
}

/** The host's reply as everyone who may read the finding sees it. */
export function ResponseView({ response }: { response: NonNullable<FindingFieldsFragment['response']> }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="kijkje-response" data-testid="host-response">
      <Paragraph className="kijkje-finding-meta">
        <strong>{t('reply.shown', { kind: t(`reply.kind.${response.kind}`) })}</strong>{' '}
        {t('reply.by', { name: response.respondedBy.name, date: formatDateTime(response.updatedAt, i18n.language) })}
      </Paragraph>
      {response.text.trim() && <Markdown source={response.text} topHeadingLevel={6} />}
    </div>
  );
}

function ReplyVersion({ reply }: { reply: Reply }) {
  const { t } = useTranslation();
  return (
    <>
      <Paragraph className="kijkje-finding-meta">{reply.kind ? t(`reply.kind.${reply.kind}`) : ''}</Paragraph>
      {reply.text.trim() ? <Markdown source={reply.text} topHeadingLevel={6} /> : <Paragraph>{t('reply.noText')}</Paragraph>}
    </>
  );
}

/**
 * Hoor en wederhoor: the host agrees, corrects a fact or comments, and may change that until the
 * deadline. The reply's version goes with each change, so two people of the host never overwrite
 * each other: when one saved first, both replies are shown and the writer chooses.
 */
export function ReplyForm({ finding }: { finding: FindingFieldsFragment }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const response = finding.response;
  const [open, setOpen] = useState(!response);
  const [kind, setKind] = useState<ResponseKind | ''>(response?.kind ?? '');
  const [text, setText] = useState(response?.text ?? '');
  const [saved, setSaved] = useState(false);
  const [reply] = useMutation(ReplyToFindingDocument);
  const saver = useVersionedSave<Reply>(response?.version ?? 0, async () => {
    const { data } = await client.query({ query: FindingDocument, variables: { id: finding.id }, fetchPolicy: 'network-only' });
    const latest = data?.finding.response;
    return latest ? { value: { kind: latest.kind, text: latest.text }, version: latest.version } : null;
  });
  const errors = saver.errors;
  const id = `reply-${finding.id}`;

  // Version 0: no reply yet, so this one is the first.
  const save = async (version: number) => {
    if (!kind) return;
    const input = { findingId: finding.id, kind, text: text.trim() || null, ...(version > 0 ? { version } : {}) };
    const result = await reply({ variables: { input } });
    return result.data?.replyToFinding.response?.version;
  };

  const done = (ok: boolean) => {
    if (!ok) return;
    setSaved(true);
    setOpen(false);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const problems: Record<string, string> = {};
    if (!kind) problems.kind = 'reply.kindRequired';
    else if (kind !== 'AGREE' && !text.trim()) problems.text = 'reply.textRequired';
    if (!errors.check(problems)) return;
    done(await saver.send(save));
  };

  // Changing starts from the reply as it is now (a colleague may have changed it meanwhile).
  const change = () => {
    setKind(response?.kind ?? '');
    setText(response?.text ?? '');
    if (response) saver.setBaseVersion(response.version);
    setSaved(false);
    setOpen(true);
  };

  const takeLatest = () => {
    const latest = saver.takeLatest();
    if (!latest) return;
    setKind(latest.kind);
    setText(latest.text);
  };

  const kindError = errors.field('kind');

  return (
    <section aria-labelledby={`${id}-heading`}>
      <Heading level={5} id={`${id}-heading`}>
        {t('reply.title')}
      </Heading>
      <div role="status">{saved && <Alert type="ok">{t('reply.saved')}</Alert>}</div>
      {saver.conflict ? (
        <ConflictView
          testId="reply-conflict"
          headingLevel={4}
          title={t('reply.conflictTitle')}
          intro={t('reply.conflictIntro')}
          mineLabel={t('reply.mine')}
          latestLabel={t('reply.latest')}
          mine={<ReplyVersion reply={{ kind, text }} />}
          latest={<ReplyVersion reply={saver.conflict.value} />}
          keepMineLabel={t('reply.keepMine')}
          takeLatestLabel={t('reply.takeLatest')}
          busy={saver.pending}
          error={errors.general}
          onKeepMine={() => void saver.keepMine(save).then(done)}
          onTakeLatest={takeLatest}
        />
      ) : !open ? (
        <Button type="button" appearance="secondary-action-button" onClick={change}>
          {t('reply.change')}
        </Button>
      ) : (
        <form noValidate onSubmit={onSubmit}>
          <ErrorAlert message={errors.view && !kindError && !errors.field('text') ? errors.general : null} />
          <Fieldset invalid={Boolean(kindError)} aria-describedby={kindError ? `${id}-kind-error` : undefined}>
            <FieldsetLegend>{t('reply.kindLegend')}</FieldsetLegend>
            {kindError && <FormFieldErrorMessage id={`${id}-kind-error`}>{kindError}</FormFieldErrorMessage>}
            {RESPONSE_KINDS.map((option) => (
              <FormField
                key={option}
                type="radio"
                label={
                  <FormLabel htmlFor={`${id}-${option}`} type="radio">
                    {t(`reply.kind.${option}`)}
                  </FormLabel>
                }
                input={<RadioButton id={`${id}-${option}`} name={`${id}-kind`} value={option} checked={kind === option} onChange={() => setKind(option)} />}
              />
            ))}
          </Fieldset>
          <TextareaField
            id={`${id}-text`}
            label={t('reply.text')}
            description={t('reply.textDescription')}
            value={text}
            onChange={setText}
            rows={3}
            maxLength={4000}
            error={errors.field('text')}
          />
          <div className="kijkje-actions">
            <Button type="submit" appearance="primary-action-button" busy={saver.pending} disabled={saver.pending}>
              {response ? t('reply.update') : t('reply.submit')}
            </Button>
            {response && (
              <Button type="button" appearance="secondary-action-button" disabled={saver.pending} onClick={() => setOpen(false)}>
                {t('reply.cancel')}
              </Button>
            )}
          </div>
        </form>
      )}
    </section>
  );
}
