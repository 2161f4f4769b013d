import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Fieldset, FieldsetLegend, FormField, FormLabel, Heading, Paragraph, RadioButton } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { DELIVERIES, type Delivery, type NotificationKind } from '@kijkje/domain';
import { NotificationSettingsDocument, SetNotificationSettingDocument } from '@kijkje/web/data-access';
import { ErrorAlert, ErrorState, LoadingState, readApiError, RouterLink, usePageTitle } from '@kijkje/web/ui';
import { notificationTitle, settingsByKind } from './notification-texts';
import './notifications.css';

/** "Meldingsinstellingen": per kind of notification, whether and how it comes by mail; saved on each choice. */
export function NotificationSettingsPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('notifications.settings.title'));
  const { data, loading, error } = useQuery(NotificationSettingsDocument, { fetchPolicy: 'cache-and-network' });
  const [save] = useMutation(SetNotificationSettingDocument, {
    update(cache, result) {
      const settings = result.data?.setNotificationSetting;
      if (settings) cache.writeQuery({ query: NotificationSettingsDocument, data: { notificationSettings: settings } });
    },
  });
  const [saved, setSaved] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  // The choice shows at once, before the server answers; a refusal puts the stored one back.
  const [chosen, setChosen] = useState<Partial<Record<NotificationKind, Delivery>>>({});

  if (loading && !data) return <LoadingState />;
  if (error && !data) return <ErrorState error={error} />;

  const choose = async (kind: NotificationKind, delivery: Delivery) => {
    setSaved(null);
    setSaveError(null);
    setChosen((current) => ({ ...current, [kind]: delivery }));
    try {
      await save({ variables: { input: { kind, delivery } } });
      setSaved(t('notifications.settings.saved', { kind: notificationTitle(kind, i18n.language), delivery: t(`notifications.settings.delivery.${delivery}`) }));
    } catch (err) {
      setChosen((current) => ({ ...current, [kind]: undefined }));
      setSaveError(readApiError(err, i18n.language).message ?? t('common.errorGeneric'));
    }
  };

  return (
    <>
      <Heading level={1}>{t('notifications.settings.title')}</Heading>
      <Paragraph>{t('notifications.settings.intro')}</Paragraph>
      <Paragraph>{t('notifications.settings.security')}</Paragraph>
      <div role="status">{saved && <Alert type="ok">{saved}</Alert>}</div>
      <ErrorAlert message={saveError} />
      <div className="kijkje-notification-settings">
        {settingsByKind(data?.notificationSettings ?? []).map(({ kind, delivery }) => (
          <Fieldset key={kind} data-testid="notification-setting" data-kind={kind}>
            <FieldsetLegend>{notificationTitle(kind, i18n.language)}</FieldsetLegend>
            {DELIVERIES.map((option) => (
              <FormField
                key={option}
                type="radio"
                label={
                  <FormLabel htmlFor={`notification-${kind}-${option}`} type="radio">
                    {t(`notifications.settings.delivery.${option}`)}
                  </FormLabel>
                }
                input={
                  <RadioButton
                    id={`notification-${kind}-${option}`}
                    name={`notification-${kind}`}
                    value={option}
                    checked={(chosen[kind] ?? delivery) === option}
                    onChange={() => void choose(kind, option)}
                  />
                }
              />
            ))}
          </Fieldset>
        ))}
      </div>
      <Paragraph>
        <RouterLink to="/account/agenda">{t('notifications.settings.calendarLink')}</RouterLink>
      </Paragraph>
      <Paragraph>
        <RouterLink to="/meldingen">{t('notifications.settings.back')}</RouterLink>
      </Paragraph>
    </>
  );
}
