import type { DocSection, DocumentBlock, KijkjeDocument } from '@kijkje/api/documents';
import { FINDING_KINDS, findingKindLabels, responseKindLabels, type Language } from '@kijkje/domain';
import { markdownToPlainText } from '@kijkje/markdown';
import type { ReportContent, ReportFindingContent } from '../report-content';

const T = {
  nl: {
    title: (host: string) => `Bezoekverslag ${host}`,
    draft: 'Concept',
    shared: 'Gedeeld met de gastgemeente',
    final: 'Definitief',
    revision: (n: number) => `versie ${n}`,
    confidential: 'Vertrouwelijk: alleen voor wie het verslag met u deelde. Niet verder verspreiden.',
    footer: (host: string) => `Bezoekverslag ${host} · vertrouwelijk`,
    facts: 'Het bezoek',
    host: 'Gastgemeente',
    programme: 'Programma',
    round: 'Ronde',
    date: 'Datum',
    location: 'Locatie',
    reviewQuestion: 'Reviewvraag',
    team: 'Reviewteam',
    lead: 'teamleider',
    summary: 'Samenvatting',
    noSummary: 'Nog geen samenvatting.',
    findings: 'Bevindingen',
    noFindings: 'Er zijn geen definitieve bevindingen.',
    evidence: 'Onderbouwing',
    source: 'Bron',
    quote: 'Citaat',
    indicator: 'Indicator',
    tags: 'Labels',
    appendix: 'Bijlage: hoor en wederhoor',
    appendixIntro: 'De reactie van de gastgemeente op elke bevinding.',
    finding: 'Bevinding',
    reply: 'Reactie',
    replyText: 'Toelichting',
    noReply: 'Geen reactie',
    hostComment: 'Reactie van de gastgemeente op het verslag',
    status: 'Status',
  },
  en: {
    title: (host: string) => `Visit report ${host}`,
    draft: 'Draft',
    shared: 'Shared with the host',
    final: 'Final',
    revision: (n: number) => `version ${n}`,
    confidential: 'Confidential: only for those the report was shared with. Do not pass on.',
    footer: (host: string) => `Visit report ${host} · confidential`,
    facts: 'The visit',
    host: 'Host municipality',
    programme: 'Programme',
    round: 'Round',
    date: 'Date',
    location: 'Location',
    reviewQuestion: 'Review question',
    team: 'Review team',
    lead: 'lead',
    summary: 'Summary',
    noSummary: 'No summary yet.',
    findings: 'Findings',
    noFindings: 'There are no final findings.',
    evidence: 'Evidence',
    source: 'Source',
    quote: 'Quote',
    indicator: 'Indicator',
    tags: 'Tags',
    appendix: 'Appendix: the host’s replies',
    appendixIntro: 'The host municipality’s reply to each finding.',
    finding: 'Finding',
    reply: 'Reply',
    replyText: 'Explanation',
    noReply: 'No reply',
    hostComment: 'The host’s comment on the report',
    status: 'Status',
  },
};

const STATUS = { REPORT_DRAFT: 'draft', REPORT_SHARED: 'shared', REPORT_FINAL: 'final' } as const;

function formatDate(date: string | null, language: Language): string {
  if (!date) return '—';
  return new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function findingBlocks(f: ReportFindingContent, language: Language): DocumentBlock[] {
  const t = T[language];
  const blocks: DocumentBlock[] = [{ kind: 'markdown', source: f.text }];
  const evidence: [string, string][] = [
    [t.source, f.evidence.source],
    [t.quote, f.evidence.quote],
    [t.indicator, f.evidence.indicator],
  ].filter(([, value]) => value) as [string, string][];
  if (f.tags.length) evidence.push([t.tags, f.tags.join(', ')]);
  if (evidence.length) blocks.push({ kind: 'keyValue', rows: evidence });
  return blocks;
}

/** The report as a document for PDF and DOCX: title page, the visit, the summary, the findings by theme and kind, and the replies. */
export function reportDocument(content: ReportContent & { revision: number | null }, language: Language): KijkjeDocument {
  const t = T[language];
  const statusKey = STATUS[content.status as keyof typeof STATUS] ?? 'draft';
  const status = t[statusKey] + (content.revision ? ` (${t.revision(content.revision)})` : '');
  const themes = [...content.themes, ...new Set(content.findings.map((f) => f.theme).filter((theme) => !content.themes.includes(theme)))];
  const byTheme: DocSection[] = themes
    .map((theme) => ({
      heading: theme,
      blocks: [] as DocumentBlock[],
      subsections: FINDING_KINDS.map((kind) => {
        const found = content.findings.filter((f) => f.theme === theme && f.kind === kind);
        return {
          heading: findingKindLabels[kind][language],
          blocks: found.flatMap((f, i) => [...(i > 0 ? [{ kind: 'paragraph', runs: [{ text: '—' }] } as DocumentBlock] : []), ...findingBlocks(f, language)]),
        };
      }).filter((s) => s.blocks.length > 0),
    }))
    .filter((s) => s.subsections.length > 0);
  const numbered = content.findings.map((f, i) => ({ f, n: i + 1 }));
  const team = content.team.map((m) => `${m.name} (${m.organisation}${m.lead ? `, ${t.lead}` : ''})`).join('; ');
  return {
    language,
    title: t.title(content.host),
    subtitle: `${content.programme} · ${content.round}`,
    titlePageLines: [content.network, `${t.date}: ${formatDate(content.startsOn, language)}`, `${t.status}: ${status}`, t.confidential],
    footerLabel: t.footer(content.host),
    sections: [
      {
        heading: t.facts,
        blocks: [
          {
            kind: 'keyValue',
            rows: [
              [t.host, content.host],
              [t.programme, content.programme],
              [t.round, content.round],
              [t.date, formatDate(content.startsOn, language)],
              [t.location, content.location || '—'],
              [t.reviewQuestion, content.reviewQuestion || '—'],
              [t.team, team || '—'],
              [t.status, status],
            ],
          },
        ],
      },
      {
        heading: t.summary,
        blocks: [content.summary.trim() ? { kind: 'markdown', source: content.summary } : { kind: 'paragraph', runs: [{ text: t.noSummary }] }],
      },
      {
        heading: t.findings,
        blocks: content.findings.length ? [] : [{ kind: 'paragraph', runs: [{ text: t.noFindings }] }],
        subsections: byTheme,
      },
      {
        heading: t.appendix,
        blocks: [
          { kind: 'paragraph', runs: [{ text: t.appendixIntro }] },
          {
            kind: 'table',
            header: ['#', t.finding, t.reply, t.replyText],
            rows: numbered.map(({ f, n }) => [
              String(n),
              `${f.theme} · ${findingKindLabels[f.kind][language]}: ${truncate(markdownToPlainText(f.text).replace(/\s+/g, ' '), 300)}`,
              f.response ? responseKindLabels[f.response.kind][language] : t.noReply,
              f.response?.text ?? '',
            ]),
          },
        ],
        subsections: content.hostComment.trim() ? [{ heading: t.hostComment, blocks: [{ kind: 'markdown', source: content.hostComment }] }] : [],
      },
    ],
  };
}
