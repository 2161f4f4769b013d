import type { KijkjeDocument } from '@kijkje/api/documents';
import type { HarvestVisibility, Language } from '@kijkje/domain';
import { DUTCH_TIME_ZONE } from '@kijkje/domain';

/**
 * A published version of a meeting's report as it is frozen: the frame of the meeting (title,
 * host, when and where, the programme with its speakers) as the network announced it, and the
 * anonymised text from the tables. The page and the PDF and DOCX files are made from this alone.
 */
export interface MeetingReportContent {
  title: string;
  network: string;
  host: string | null;
  startsAt: string;
  endsAt: string;
  place: string;
  items: { atTime: string; speaker: string; talk: string }[];
  /** Markdown, anonymised. */
  text: string;
  visibility: HarvestVisibility;
  number: number;
  publishedAt: string;
  /** The next meeting of the series as announced when this version was published. */
  next: { title: string; host: string | null; startsAt: string } | null;
}

export const REPORT_TEXT = {
  nl: {
    kind: 'Verslag van de werkbijeenkomst',
    version: (n: number) => `Versie ${n}`,
    published: 'gepubliceerd op',
    meeting: 'De bijeenkomst',
    when: 'Wanneer',
    host: 'Gastorganisatie',
    place: 'Plaats',
    programme: 'Programma',
    yields: 'Opbrengsten en aanbevelingen',
    next: 'De volgende bijeenkomst',
    nextAt: (title: string, host: string | null, when: string) => `${title}${host ? `, bij ${host}` : ''}, ${when}.`,
    anonymised: 'De opbrengsten zijn geanonimiseerd: ze noemen geen gemeenten, personen of plaatsen.',
    footer: { NETWORK: 'Verslag werkbijeenkomst · voor het netwerk', PUBLIC: 'Verslag werkbijeenkomst · openbaar' },
  },
  en: {
    kind: 'Report of the work meeting',
    version: (n: number) => `Version ${n}`,
    published: 'published on',
    meeting: 'The meeting',
    when: 'When',
    host: 'Host organisation',
    place: 'Place',
    programme: 'Programme',
    yields: 'Yields and recommendations',
    next: 'The next meeting',
    nextAt: (title: string, host: string | null, when: string) => `${title}${host ? `, hosted by ${host}` : ''}, ${when}.`,
    anonymised: 'The yields are anonymised: they name no municipalities, people or places.',
    footer: { NETWORK: 'Work meeting report · for the network', PUBLIC: 'Work meeting report · public' },
  },
} as const;

const locale = (language: Language) => (language === 'en' ? 'en-GB' : 'nl-NL');

/** A moment in Dutch time, in words: "7 juni 2026 13:30". */
export function formatMoment(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'long', timeStyle: 'short', timeZone: DUTCH_TIME_ZONE }).format(new Date(iso));
}

/** The meeting's span: "7 juni 2026 13:30 – 17:00". */
export function formatSpan(startsAt: string, endsAt: string, language: Language): string {
  const end = new Intl.DateTimeFormat(locale(language), { timeStyle: 'short', timeZone: DUTCH_TIME_ZONE }).format(new Date(endsAt));
  return `${formatMoment(startsAt, language)} – ${end}`;
}

export function programmeLine(item: MeetingReportContent['items'][number]): string {
  return `${item.atTime} · ${item.talk}${item.speaker ? ` (${item.speaker})` : ''}`;
}

/** The report as a document for PDF and DOCX: the same content as the page, in the same order. */
export function meetingReportDocument(content: MeetingReportContent, language: Language): KijkjeDocument {
  const t = REPORT_TEXT[language];
  const when = formatSpan(content.startsAt, content.endsAt, language);
  const facts: [string, string][] = [[t.when, when]];
  if (content.host) facts.push([t.host, content.host]);
  if (content.place) facts.push([t.place, content.place]);
  return {
    language,
    title: content.title,
    subtitle: t.kind,
    titlePageLines: [content.network, when, `${t.version(content.number)} · ${t.published} ${formatMoment(content.publishedAt, language)}`],
    footerLabel: t.footer[content.visibility],
    sections: [
      {
        heading: t.meeting,
        blocks: [{ kind: 'keyValue', rows: facts }],
        subsections: content.items.length
          ? [{ heading: t.programme, blocks: [{ kind: 'list', ordered: false, items: content.items.map((i) => [{ text: programmeLine(i) }]) }] }]
          : [],
      },
      {
        heading: t.yields,
        blocks: [
          { kind: 'paragraph', runs: [{ text: t.anonymised }] },
          { kind: 'markdown', source: content.text },
        ],
      },
      ...(content.next
        ? [
            {
              heading: t.next,
              blocks: [
                {
                  kind: 'paragraph' as const,
                  runs: [{ text: t.nextAt(content.next.title, content.next.host, formatMoment(content.next.startsAt, language)) }],
                },
              ],
            },
          ]
        : []),
    ],
  };
}
