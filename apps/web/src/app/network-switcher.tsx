import { useState, type FormEvent } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Button, FormLabel, Select, SelectOption } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { SwitchNetworkDocument, type Viewer } from '@kijkje/web/data-access';

/** A select plus a button (never switching on change alone: WCAG 3.2.2). */
export function NetworkSwitcher({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [selected, setSelected] = useState(viewer.currentNetwork?.id ?? '');
  const [announcement, setAnnouncement] = useState('');
  const [switchNetwork, { loading }] = useMutation(SwitchNetworkDocument);

  const networks = new Map<string, string>();
  for (const membership of viewer.memberships) networks.set(membership.network.id, membership.network.name);
  if (networks.size < 2) return null;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!selected || selected === viewer.currentNetwork?.id) return;
    try {
      const result = await switchNetwork({ variables: { networkId: selected } });
      // Everything cached belongs to the old network: drop it and refetch what is on screen.
      await client.resetStore();
      setAnnouncement(t('networkSwitcher.switched', { name: result.data?.switchNetwork.currentNetwork?.name ?? networks.get(selected) }));
    } catch {
      setAnnouncement(t('common.errorGeneric'));
    }
  };

  return (
    <form className="kijkje-switcher" onSubmit={onSubmit}>
      <div>
        <FormLabel htmlFor="network-switcher">{t('networkSwitcher.label')}</FormLabel>
        <Select id="network-switcher" value={selected} onChange={(event) => setSelected(event.target.value)}>
          {[...networks].map(([id, name]) => (
            <SelectOption key={id} value={id}>
              {name}
            </SelectOption>
          ))}
        </Select>
      </div>
      <Button type="submit" appearance="secondary-action-button" busy={loading} disabled={loading}>
        {t('networkSwitcher.submit')}
      </Button>
      <span className="kijkje-visually-hidden" role="status">
        {announcement}
      </span>
    </form>
  );
}
