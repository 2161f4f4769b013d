import type { DocumentLanguage } from './document.model';

/** The few words the renderers add themselves, in the document's language. */
export interface DocumentLabels {
  /** BCP 47 tag for document metadata and number formatting. */
  locale: string;
  /** "Pagina 2 van 9", split around the two numbers so DOCX can put fields in between. */
  page: [before: string, between: string];
  chartLabel: string;
  chartValue: string;
}

const LABELS: Record<DocumentLanguage, DocumentLabels> = {
  nl: { locale: 'nl-NL', page: ['Pagina ', ' van '], chartLabel: 'Onderdeel', chartValue: 'Aantal' },
  en: { locale: 'en-GB', page: ['Page ', ' of '], chartLabel: 'Item', chartValue: 'Count' },
};

export function labelsFor(language: DocumentLanguage): DocumentLabels {
  return LABELS[language] ?? LABELS.nl;
}

export function pageLabel(labels: DocumentLabels, page: number, total: number): string {
  return `${labels.page[0]}${page}${labels.page[1]}${total}`;
}

// Building an Intl.NumberFormat costs far more than using one; charts format many numbers.
const numberFormats = new Map<string, Intl.NumberFormat>();

export function formatNumber(labels: DocumentLabels, value: number): string {
  let format = numberFormats.get(labels.locale);
  if (!format) {
    format = new Intl.NumberFormat(labels.locale, { maximumFractionDigits: 2 });
    numberFormats.set(labels.locale, format);
  }
  return format.format(value);
}
