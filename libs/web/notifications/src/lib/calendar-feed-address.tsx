import { useEffect, useRef, useState } from 'react';
import { Button, FormField, FormFieldDescription, FormLabel, Link, Paragraph, Textbox } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

/** The same address for calendar programs that open `webcal:` links (subscribing instead of importing once). */
export const webcalOf = (url: string) => url.replace(/^https?:\/\//, 'webcal://');

/** A freshly made feed address, shown this once: to copy, or to open in a calendar program. */
export function CalendarFeedAddress({ url }: { url: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const field = useRef<HTMLInputElement>(null);
  // Shown once, after a button that made it: the focus goes to it, so it can be copied at once.
  useEffect(() => field.current?.focus(), [url]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('yes');
    } catch {
      // No clipboard (an insecure origin, a refusal): the field stays there to select by hand.
      setCopied('no');
    }
  };
  return (
    <div className="kijkje-calendar-feed-address">
      <FormField
        label={<FormLabel htmlFor="calendar-feed-url">{t('calendarFeed.address')}</FormLabel>}
        description={<FormFieldDescription id="calendar-feed-url-description">{t('calendarFeed.addressOnce')}</FormFieldDescription>}
        input={
          <Textbox
            id="calendar-feed-url"
            ref={field}
            readOnly
            value={url}
            aria-describedby="calendar-feed-url-description"
            data-testid="calendar-feed-url"
            onFocus={(event) => event.currentTarget.select()}
          />
        }
      />
      <Button type="button" appearance="primary-action-button" onClick={() => void copy()}>
        {t('calendarFeed.copy')}
      </Button>
      <Paragraph aria-live="polite">{copied === 'yes' ? t('calendarFeed.copied') : copied === 'no' ? t('calendarFeed.copyFailed') : ''}</Paragraph>
      <Paragraph>
        <Link href={webcalOf(url)}>{t('calendarFeed.open')}</Link>
      </Paragraph>
    </div>
  );
}
