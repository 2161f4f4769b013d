/** Where the personal download lives; the PDF in the language the page is shown in. */
export function myDataHref(format: 'json' | 'pdf', language: string): string {
  return format === 'json' ? '/export/mijn-gegevens/json' : `/export/mijn-gegevens/pdf?taal=${language.startsWith('en') ? 'en' : 'nl'}`;
}
