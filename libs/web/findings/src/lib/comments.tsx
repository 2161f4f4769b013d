import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import type { Reference } from '@apollo/client';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { AddFindingCommentDocument, type FindingFieldsFragment } from '@kijkje/web/data-access';
import { TextareaField, useFormErrors, formatDateTime, newIdempotencyKey, Markdown } from '@kijkje/web/ui';

/** The review team's discussion of one finding; nobody outside the team sees it. */
export function Comments({ finding }: { finding: FindingFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState('');
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const [add, { loading }] = useMutation(AddFindingCommentDocument);
  const errors = useFormErrors();
  const id = `comment-${finding.id}`;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!errors.check(text.trim() ? {} : { text: 'findings.comments.required' })) return;
    try {
      await add({
        variables: { input: { findingId: finding.id, text, idempotencyKey } },
        update(cache, { data }) {
          const comment = data?.addFindingComment;
          if (!comment) return;
          cache.modify({
            id: cache.identify({ __typename: 'Finding', id: finding.id }),
            fields: {
              comments(existing: readonly Reference[] = [], { readField, toReference }) {
                if (existing.some((item) => readField('id', item) === comment.id)) return existing;
                const ref = toReference({ __typename: 'FindingComment', id: comment.id });
                return ref ? [...existing, ref] : existing;
              },
            },
          });
        },
      });
      setText('');
      setIdempotencyKey(newIdempotencyKey());
    } catch (error) {
      errors.fail(error);
    }
  };

  return (
    <section aria-labelledby={`${id}-heading`}>
      <Heading level={5} id={`${id}-heading`}>
        {t('findings.comments.title', { count: finding.comments.length })}
      </Heading>
      {finding.comments.length > 0 && (
        <ul className="kijkje-comments">
          {finding.comments.map((comment) => (
            <li key={comment.id}>
              <Paragraph className="kijkje-finding-meta">
                {t('findings.comments.by', { name: comment.author.name, date: formatDateTime(comment.createdAt, i18n.language) })}
              </Paragraph>
              <Markdown source={comment.text} topHeadingLevel={6} />
            </li>
          ))}
        </ul>
      )}
      <form noValidate onSubmit={onSubmit}>
        <TextareaField
          id={`${id}-text`}
          label={t('findings.comments.label')}
          value={text}
          onChange={setText}
          rows={2}
          maxLength={4000}
          error={errors.field('text') ?? (errors.field('findingId') || (errors.view && !errors.view.fields.text ? errors.general : null))}
        />
        <Button type="submit" appearance="secondary-action-button" busy={loading} disabled={loading}>
          {t('findings.comments.submit')}
        </Button>
      </form>
    </section>
  );
}
