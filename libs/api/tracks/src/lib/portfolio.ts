import type { DocSection, KijkjeDocument } from '@kijkje/api/documents';
import { dayInWords, dutchWallClock, type Language } from '@kijkje/domain';
import type { TrackCaseView } from './track.views';

const T = {
  nl: {
    title: (name: string) => `Portfolio van ${name}`,
    track: 'Leergang',
    question: 'Stuurvraag',
    noQuestion: 'Nog geen stuurvraag.',
    log: 'Logboek',
    noEntries: 'Nog geen aantekeningen.',
    feedback: 'Feedback',
    noFeedback: 'Nog geen feedback.',
    from: (name: string | null) => `Van ${name ?? 'een voormalig deelnemer'}`,
    confidential: 'Persoonlijk: alleen voor de deelnemer, de begeleiders en wie de deelnemer het toont.',
  },
  en: {
    title: (name: string) => `Portfolio of ${name}`,
    track: 'Learning track',
    question: 'Steering question',
    noQuestion: 'No steering question yet.',
    log: 'Log',
    noEntries: 'No entries yet.',
    feedback: 'Feedback',
    noFeedback: 'No feedback yet.',
    from: (name: string | null) => `From ${name ?? 'a former participant'}`,
    confidential: 'Personal: only for the participant, the facilitators and whoever the participant shows it to.',
  },
} as const;

/** Feedback per session, in the schedule's order: a session's heading once, its feedback under it. */
function bySession(feedback: TrackCaseView['feedback']): { title: string; day: string; items: TrackCaseView['feedback'] }[] {
  const sessions = new Map<string, { title: string; day: string; items: TrackCaseView['feedback'] }>();
  for (const f of feedback) {
    const entry = sessions.get(f.sessionId) ?? { title: f.sessionTitle, day: '', items: [] };
    entry.items.push(f);
    sessions.set(f.sessionId, entry);
  }
  return [...sessions.values()];
}

/** The case log as a portfolio in Markdown: the question, the entries by day, the feedback per session. */
export function portfolioMarkdown(c: TrackCaseView, language: Language): string {
  const t = T[language];
  const lines = [`# ${t.title(c.ownerName)}`, '', `${t.track}: ${c.trackTitle}`, '', `## ${t.question}`, '', c.question || t.noQuestion, '', `## ${t.log}`, ''];
  if (!c.entries.length) lines.push(t.noEntries, '');
  for (const e of c.entries) lines.push(`### ${dayInWords(e.day, language)}`, '', e.text, '');
  lines.push(`## ${t.feedback}`, '');
  if (!c.feedback.length) lines.push(t.noFeedback, '');
  for (const s of bySession(c.feedback)) {
    lines.push(`### ${s.title}`, '');
    for (const f of s.items)
      lines.push(`${t.from(f.authorName)} (${dayInWords(dutchWallClock(f.createdAt).day, language)}):`, '', ...f.text.split('\n').map((l) => `> ${l}`), '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** The same portfolio as a document for PDF (libs/api/documents). */
export function portfolioDocument(c: TrackCaseView, language: Language): KijkjeDocument {
  const t = T[language];
  const log: DocSection = {
    heading: t.log,
    blocks: c.entries.length ? [] : [{ kind: 'markdown', source: t.noEntries }],
    subsections: c.entries.map((e) => ({ heading: dayInWords(e.day, language), blocks: [{ kind: 'markdown', source: e.text }] })),
  };
  const feedback: DocSection = {
    heading: t.feedback,
    blocks: c.feedback.length ? [] : [{ kind: 'markdown', source: t.noFeedback }],
    subsections: bySession(c.feedback).map((s) => ({
      heading: s.title,
      blocks: s.items.flatMap((f) => [
        { kind: 'keyValue' as const, rows: [[t.from(f.authorName), dayInWords(dutchWallClock(f.createdAt).day, language)]] as [string, string][] },
        { kind: 'markdown' as const, source: f.text },
      ]),
    })),
  };
  return {
    language,
    title: t.title(c.ownerName),
    subtitle: `${t.track}: ${c.trackTitle}`,
    titlePageLines: [t.confidential],
    footerLabel: `${t.title(c.ownerName)} · ${c.trackTitle}`,
    sections: [{ heading: t.question, blocks: [{ kind: 'markdown', source: c.question || t.noQuestion }] }, log, feedback],
  };
}
