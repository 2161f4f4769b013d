import { useState, type FormEvent } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading,
  Paragraph,
  RadioButton,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { FindingDocument, ReplyToFindingDocument, SetFindingReleaseDocument, type FindingFieldsFragment, type ResponseKind } from '@kijkje/web/data-access';
import { RESPONSE_KINDS } from '@kijkje/domain';
import { TextareaField, ErrorAlert, useFormErrors, readApiError, formatDateTime, Markdown } from '@kijkje/web/ui';

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

/**
 * Hoor en wederhoor: the host agrees, corrects a fact or comments, and may change that until the
 * deadline (sending the reply's version, so two people of the host never overwrite each other).
 */
export function ReplyForm({ finding }: { finding: FindingFieldsFragment }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const response = finding.response;
  const [open, setOpen] = useState(!response);
  const [kind, setKind] = useState<ResponseKind | ''>(response?.kind ?? '');
  const [text, setText] = useState(response?.text ?? '');
  const [saved, setSaved] = useState(false);
  const [conflict, setConflict] = useState(false);
  const [reply, { loading }] = useMutation(ReplyToFindingDocument);
  const errors = useFormErrors();
  const id = `reply-${finding.id}`;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const problems: Record<string, string> = {};
    if (!kind) problems.kind = 'reply.kindRequired';
    else if (kind !== 'AGREE' && !text.trim()) problems.text = 'reply.textRequired';
    if (!errors.check(problems) || !kind) return;
    try {
      await reply({ variables: { input: { findingId: finding.id, kind, text: text.trim() || null, ...(response ? { version: response.version } : {}) } } });
      setSaved(true);
      setOpen(false);
    } catch (error) {
      if (readApiError(error, 'nl').code === 'CONFLICT') setConflict(true);
      else errors.fail(error);
    }
  };

  const loadLatest = async () => {
    const { data } = await client
      .query({ query: FindingDocument, variables: { id: finding.id }, fetchPolicy: 'network-only' })
      .catch(() => ({ data: undefined }));
    const latest = data?.finding.response;
    setKind(latest?.kind ?? '');
    setText(latest?.text ?? '');
    setConflict(false);
  };

  const kindError = errors.field('kind');

  return (
    <section aria-labelledby={`${id}-heading`}>
      <Heading level={5} id={`${id}-heading`}>
        {t('reply.title')}
      </Heading>
      <div role="status">{saved && <Alert type="ok">{t('reply.saved')}</Alert>}</div>
      {!open ? (
        <Button type="button" appearance="secondary-action-button" onClick={() => setOpen(true)}>
          {t('reply.change')}
        </Button>
      ) : (
        <form noValidate onSubmit={onSubmit}>
          {conflict && (
            <Alert type="warning">
              <Paragraph>{t('reply.conflict')}</Paragraph>
              <Button type="button" appearance="secondary-action-button" onClick={() => void loadLatest()}>
                {t('reply.loadLatest')}
              </Button>
            </Alert>
          )}
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
            <Button type="submit" appearance="primary-action-button" busy={loading} disabled={loading || conflict}>
              {response ? t('reply.update') : t('reply.submit')}
            </Button>
            {response && (
              <Button type="button" appearance="secondary-action-button" disabled={loading} onClick={() => setOpen(false)}>
                {t('reply.cancel')}
              </Button>
            )}
          </div>
        </form>
      )}
    </section>
  );
}

/** The host's per-finding choice: may it be used, anonymised, in the harvest? */
export function ReleaseSwitch({ finding }: { finding: FindingFieldsFragment }) {
  const { t } = useTranslation();
  const [release, { loading }] = useMutation(SetFindingReleaseDocument);
  const [saved, setSaved] = useState<boolean | null>(null);
  // The choice shows at once; the cache follows when the server has it (or it flips back).
  const [pending, setPending] = useState<boolean | null>(null);
  const errors = useFormErrors();
  const id = `release-${finding.id}`;

  const onChange = async (released: boolean) => {
    // Not disabled while saving: a disabled control would drop the keyboard focus.
    if (loading) return;
    setSaved(null);
    setPending(released);
    errors.clear();
    try {
      await release({ variables: { input: { findingId: finding.id, released } } });
      setSaved(released);
    } catch (error) {
      errors.fail(error);
    } finally {
      setPending(null);
    }
  };

  return (
    <div>
      <FormField
        type="checkbox"
        label={
          <FormLabel htmlFor={id} type="checkbox">
            {t('reply.release')}
          </FormLabel>
        }
        description={<FormFieldDescription id={`${id}-description`}>{t('reply.releaseDescription')}</FormFieldDescription>}
        input={
          <Checkbox
            id={id}
            role="switch"
            checked={pending ?? finding.releasedForHarvest}
            aria-describedby={`${id}-description`}
            onChange={(event) => void onChange(event.target.checked)}
          />
        }
      />
      <div role="status">{saved !== null && <Paragraph className="kijkje-finding-meta">{saved ? t('reply.released') : t('reply.withheld')}</Paragraph>}</div>
      <ErrorAlert message={errors.general} />
    </div>
  );
}
