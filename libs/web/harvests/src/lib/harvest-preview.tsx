import { Heading, Link, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { FindingKind } from '@kijkje/web/data-access';
import { Markdown } from '@kijkje/web/ui';
import { HarvestCounts } from './harvest-counts-view';
import { HarvestExtraParts } from './harvest-extra-parts';
import { HarvestPatterns } from './harvest-patterns-view';
import { previewPath } from './harvest-publish-bar';
import { type Harvest } from './use-latest-harvest';

/** Quotes as readers see them: read only, with their kind and theme. */
export function QuoteList({
  quotes,
  labelledBy,
}: {
  quotes: readonly { kind?: FindingKind | null; theme?: string | null; text: string }[];
  labelledBy: string;
}) {
  const { t } = useTranslation();
  if (quotes.length === 0) return <Paragraph>{t('harvest.quotes.noneChosen')}</Paragraph>;
  return (
    <ol className="kijkje-quotes" aria-labelledby={labelledBy}>
      {quotes.map((quote, index) => (
        <li key={index}>
          <Paragraph className="kijkje-harvest-meta">
            {[quote.kind ? t(`findings.kind.${quote.kind}`) : '', quote.theme ?? ''].filter(Boolean).join(' · ')}
          </Paragraph>
          <blockquote className="kijkje-quote">
            <Paragraph>{quote.text}</Paragraph>
          </blockquote>
        </li>
      ))}
    </ol>
  );
}

/**
 * In the Publiceren step: what readers will see once the draft is published, in the order of the
 * public page (counts, the programmes compared, cijfers and evaluation, patterns, quotes, narrative), read only. A public harvest also links to the
 * public page itself as publishing now would make it.
 */
export function HarvestPreview({ harvest }: { harvest: Harvest }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="kijkje-section kijkje-harvest-preview" aria-labelledby="harvest-draft-preview-heading" data-testid="harvest-preview">
      <Heading level={3} id="harvest-draft-preview-heading">
        {t(`harvest.preview.title.${harvest.visibility}`)}
      </Heading>
      <Paragraph>{t(`harvest.preview.intro.${harvest.visibility}`)}</Paragraph>
      {harvest.visibility === 'PUBLIC' && (
        <Paragraph>
          <Link href={previewPath(harvest.id, i18n.language)} target="_blank" rel="noopener" data-testid="harvest-public-preview-link">
            {t('harvest.publish.confirm.preview')}
          </Link>
        </Paragraph>
      )}
      <Heading level={4} id="preview-counts-heading">
        {t('harvest.counts.title')}
      </Heading>
      <HarvestCounts counts={harvest.counts} headingLevel={4} idPrefix="preview-counts" />
      <HarvestExtraParts parts={harvest} headingLevel={4} idPrefix="preview" />
      <Heading level={4} id="preview-patterns-heading">
        {t('harvest.patterns.title')}
      </Heading>
      <HarvestPatterns patterns={harvest.patterns} headingLevel={5} />
      <Heading level={4} id="preview-quotes-heading">
        {t('harvest.quotes.title')}
      </Heading>
      <QuoteList quotes={harvest.quotes} labelledBy="preview-quotes-heading" />
      <Heading level={4} id="preview-narrative-heading">
        {t('harvest.narrative.title')}
      </Heading>
      {harvest.narrative.trim() ? <Markdown source={harvest.narrative} topHeadingLevel={5} /> : <Paragraph>{t('harvest.narrative.empty')}</Paragraph>}
    </section>
  );
}
