import { useState } from 'react';
import { Alert, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { PeopleQuery } from '@kijkje/web/data-access';
import { ErrorAlert, useFormErrors } from '@kijkje/web/ui';
import { EraseMemberButton } from './erase-member-button';

/** The network's people, each member with the way to erase them on their request (coordinators erase themselves). */
export function MembersTable({ memberships, networkName }: { memberships: PeopleQuery['memberships']; networkName: string }) {
  const { t } = useTranslation();
  const [erased, setErased] = useState<string | null>(null);
  const eraseErrors = useFormErrors((view) => view.fields['membershipId'] ?? null);
  const onErased = (message: string | null, error?: unknown) => {
    setErased(message);
    if (error) eraseErrors.fail(error);
    else eraseErrors.clear();
  };

  return (
    <>
      <div role="status">{erased && <Alert type="ok">{erased}</Alert>}</div>
      <ErrorAlert message={eraseErrors.general} />
      <div className="kijkje-table-scroll">
        <Table>
          <TableCaption>{t('people.membersCaption', { network: networkName })}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('people.name')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('people.email')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('people.role')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('people.organisation')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('people.actions')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {memberships.map((membership) => (
              <TableRow key={membership.id}>
                <TableCell>{membership.user.name}</TableCell>
                <TableCell>{membership.user.email}</TableCell>
                <TableCell>{t(`roles.${membership.role}`)}</TableCell>
                <TableCell>{membership.organisation?.name ?? ''}</TableCell>
                <TableCell>
                  {membership.role !== 'COORDINATOR' && membership.active && (
                    <EraseMemberButton membershipId={membership.id} name={membership.user.name} onDone={onErased} />
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </>
  );
}
