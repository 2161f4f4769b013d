import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { EraseMemberOnRequestDocument, PeopleDocument } from '@kijkje/web/data-access';
import { ConfirmDialog, VisuallyHidden } from '@kijkje/web/ui';

/**
 * A coordinator erases a member on the member's request (AVG): the whole account when the person
 * is only in networks this coordinator coordinates, otherwise only their membership here (the API
 * decides, by the rule in libs/domain). Says which it was afterwards.
 */
export function EraseMemberButton({
  membershipId,
  name,
  onDone,
}: {
  membershipId: string;
  name: string;
  onDone: (message: string | null, error?: unknown) => void;
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [erase, { loading }] = useMutation(EraseMemberOnRequestDocument, { refetchQueries: [PeopleDocument], awaitRefetchQueries: true });

  const onConfirm = async () => {
    try {
      const result = await erase({ variables: { membershipId } });
      setAsking(false);
      onDone(result.data?.eraseMemberOnRequest === 'MEMBERSHIP' ? t('people.erase.doneMembership', { name }) : t('people.erase.doneAccount'));
    } catch (error) {
      setAsking(false);
      onDone(null, error);
    }
  };

  return (
    <>
      <Button type="button" appearance="secondary-action-button" hint="danger" disabled={loading} onClick={() => setAsking(true)}>
        {t('people.erase.button')}
        <VisuallyHidden> {name}</VisuallyHidden>
      </Button>
      <ConfirmDialog
        open={asking}
        tone="danger"
        testId="erase-member-dialog"
        title={t('people.erase.title', { name })}
        confirmLabel={t('people.erase.confirm')}
        cancelLabel={t('people.erase.cancel')}
        busy={loading}
        onConfirm={() => void onConfirm()}
        onCancel={() => setAsking(false)}
      >
        <Paragraph>{t('people.erase.what')}</Paragraph>
      </ConfirmDialog>
    </>
  );
}
