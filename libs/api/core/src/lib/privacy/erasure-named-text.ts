import { scrubAgendaPartners, scrubPersonName, scrubReportSpeakers, searchableNames, type AgendaItem } from '@kijkje/domain';
import type { EntityManager } from 'typeorm';
import { AGENDAS, ERASE_REPORT_SPEAKERS, NAMED_IN_TEXT, REPORT_VERSION_PROGRAMMES, REWRITE_AGENDA } from './erasure.queries';
import { enterNetwork } from './privacy.queries';

/** Published versions of a meeting's report whose frozen programme named the person as a speaker, per network. */
export interface ErasedReportSpeakers {
  networkId: string;
  meetingId: string;
  /** The version numbers rewritten. */
  numbers: number[];
}

/**
 * Where the networks wrote the erased person's name as free text (a speaker, an action's owner, a
 * conversation partner on a visit's agenda, a speaker in the programme a published meeting report
 * froze), the name gives way to `placeholder`, the former member the person's authored content is
 * attributed to. Read and written in each network's own scope, as the person; the caller restores
 * the operation's scope. Answers the report versions rewritten, for the audit trail.
 */
export async function scrubNamedText(
  em: EntityManager,
  networkIds: readonly string[],
  personId: string,
  names: readonly string[],
  placeholder: string,
): Promise<ErasedReportSpeakers[]> {
  const reports: ErasedReportSpeakers[] = [];
  if (searchableNames(names).length === 0) return reports;
  for (const networkId of networkIds) {
    await enterNetwork(em, networkId, personId);
    for (const field of NAMED_IN_TEXT)
      for (const row of (await em.query(field.rows)) as { id: string; text: string }[]) {
        const scrubbed = scrubPersonName(row.text, names, placeholder).slice(0, field.max);
        if (scrubbed !== row.text) await em.query(field.rewrite, [row.id, scrubbed]);
      }
    for (const row of (await em.query(AGENDAS)) as { id: string; agenda: AgendaItem[] }[]) {
      const agenda = scrubAgendaPartners(row.agenda, names, placeholder);
      if (agenda) await em.query(REWRITE_AGENDA, [row.id, JSON.stringify(agenda)]);
    }
    for (const row of (await em.query(REPORT_VERSION_PROGRAMMES)) as { meetingId: string; number: number; items: { speaker?: string | null }[] }[]) {
      const speakers = scrubReportSpeakers(row.items, names, placeholder);
      if (!speakers) continue;
      await em.query(ERASE_REPORT_SPEAKERS, [row.meetingId, row.number, speakers, placeholder]);
      const last = reports.at(-1);
      if (last?.networkId === networkId && last.meetingId === row.meetingId) last.numbers.push(row.number);
      else reports.push({ networkId, meetingId: row.meetingId, numbers: [row.number] });
    }
  }
  return reports;
}
