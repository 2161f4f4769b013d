import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ActionPlanDocument, CommentOnPlanActionDocument } from '@kijkje/web/data-access';
import { ErrorAlert, TextareaField, formatDateTime, useFormErrors } from '@kijkje/web/ui';
import type { Action } from './plan-types';

/** The team and the host discuss an action of a shared plan. */
export function ActionComments({ action, visitId, canComment }: { action: Action; visitId: string; canComment: boolean }) {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState('');
  const [comment, { loading }] = useMutation(CommentOnPlanActionDocument, {
    refetchQueries: [{ query: ActionPlanDocument, variables: { visitId } }],
    awaitRefetchQueries: true,
  });
  const errors = useFormErrors();
  const id = `comment-${action.id}`;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!errors.check(text.trim() ? {} : { text: 'actionPlan.comments.required' })) return;
    try {
      await comment({ variables: { input: { actionId: action.id, text } } });
      setText('');
    } catch (error) {
      errors.fail(error);
    }
  };

  if (!canComment && action.comments.length === 0) return null;
  return (
    <div className="kijkje-plan-comments">
      {action.comments.length > 0 && (
        <ul aria-label={t('actionPlan.comments.list', { title: action.title })}>
          {action.comments.map((c) => (
            <li key={c.id}>
              <Paragraph>
                <strong>{c.author ?? t('actionPlan.comments.formerMember')}</strong> ({formatDateTime(c.createdAt, i18n.language)}): {c.text}
              </Paragraph>
            </li>
          ))}
        </ul>
      )}
      {canComment && (
        <form className="kijkje-form" noValidate onSubmit={onSubmit}>
          <ErrorAlert message={errors.general} />
          <TextareaField
            id={id}
            label={t('actionPlan.comments.label', { title: action.title })}
            value={text}
            onChange={setText}
            rows={2}
            error={errors.field('text')}
          />
          <Button type="submit" appearance="secondary-action-button" busy={loading} disabled={loading}>
            {t('actionPlan.comments.submit')}
          </Button>
        </form>
      )}
    </div>
  );
}
